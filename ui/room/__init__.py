"""The room: the session's phases and timer, and the audience screen on the projector."""
