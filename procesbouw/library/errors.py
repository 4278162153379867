"""Why the team library could not do what was asked.

Every error has a Dutch message (``str(error)``) and an English one
(``error.message_en``), written for a facilitator or an MT member: no SQL, no
driver jargon. The local map is never touched by a library error.

Hierarchy::

    LibraryError                 base class
    ├── LibraryUnreachableError  the server cannot be reached, or the connection dropped
    ├── PasswordNeededError      the server wants a password and none was found
    ├── LibraryAccessError       the account may not do this (rights, wrong password)
    ├── LibrarySetupError        the database has no library (yet), or a newer one
    ├── NotInLibraryError        no such map or version
    └── NewerVersionExistsError  publishing refused: someone published in between
"""

from __future__ import annotations

from datetime import datetime


class LibraryError(Exception):
    """Base class: a library problem in words a facilitator can act on."""

    def __init__(self, message_nl: str, message_en: str) -> None:
        super().__init__(message_nl)
        self.message_nl = message_nl
        self.message_en = message_en

    def text(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class LibraryUnreachableError(LibraryError):
    """The server did not answer or the connection broke; ``detail`` is the driver's
    own short reason (for IT)."""

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(
            f"De teambibliotheek ({where}) is niet bereikbaar: {detail}. Uw kaart op deze "
            "computer werkt gewoon door en er is niets verloren; probeer het later opnieuw.",
            f"The team library ({where}) cannot be reached: {detail}. Your map on this "
            "computer keeps working and nothing is lost; try again later.",
        )
        self.detail = detail


class PasswordNeededError(LibraryError):
    """The server wants a password for ``user`` (``wrong``: the one given was refused)."""

    def __init__(self, where: str, user: str, wrong: bool = False) -> None:
        if wrong:
            nl = f"De teambibliotheek ({where}) weigert het wachtwoord voor '{user}'."
            en = f"The team library ({where}) refuses the password for '{user}'."
        else:
            nl = f"De teambibliotheek ({where}) vraagt een wachtwoord voor '{user}'."
            en = f"The team library ({where}) asks for a password for '{user}'."
        super().__init__(nl, en)
        self.user = user
        self.wrong = wrong


class LibraryAccessError(LibraryError):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(
            f"De teambibliotheek ({where}) laat dit niet toe: {detail}. Vraag de "
            "beheerder om de juiste rechten.",
            f"The team library ({where}) does not allow this: {detail}. Ask the "
            "administrator for the right permissions.",
        )


class LibrarySetupError(LibraryError):
    pass


class NotInLibraryError(LibraryError):
    pass


class NewerVersionExistsError(LibraryError):
    """Publishing was refused: the library map ``map_id`` has ``latest`` (by
    ``published_by`` at ``published_at``) and this map is based on ``base``
    (None: on none of its versions)."""

    def __init__(
        self,
        map_id: str,
        name: str,
        base: int | None,
        latest: int,
        published_by: str,
        published_at: datetime,
    ) -> None:
        when = published_at.astimezone().strftime("%d-%m-%Y %H:%M")
        if base is None:
            nl = (
                f"De bibliotheek heeft al een kaart '{name}' (versie {latest}, gepubliceerd "
                f"door {published_by} op {when}). Deze kaart komt daar niet vandaan."
            )
            en = (
                f"The library already has a map '{name}' (version {latest}, published by "
                f"{published_by} on {when}). This map did not come from there."
            )
        else:
            nl = (
                f"Er is intussen een nieuwere versie van '{name}' gepubliceerd: versie "
                f"{latest}, door {published_by} op {when}. Uw kaart is gebaseerd op versie "
                f"{base}. Open die versie, vergelijk ze, of publiceer toch als versie "
                f"{latest + 1}."
            )
            en = (
                f"A newer version of '{name}' was published in the meantime: version "
                f"{latest}, by {published_by} on {when}. Your map is based on version "
                f"{base}. Open that version, compare them, or publish anyway as version "
                f"{latest + 1}."
            )
        super().__init__(nl, en)
        self.map_id = map_id
        self.base = base
        self.latest = latest
        self.published_by = published_by
        self.published_at = published_at
