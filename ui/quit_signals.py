"""Ctrl+C in the terminal (SIGINT) and SIGTERM close the app as the window's close
button would: fields being typed in are stored, every map file is closed and its
lock released, then the event loop ends.

Python runs a signal handler only when the interpreter gets control, and inside
Qt's C++ event loop it may not for a long time. ``signal.set_wakeup_fd`` makes
the C-level handler write a byte to a socket; a ``QSocketNotifier`` on the other
end wakes the loop, and the Python handler runs right then. No polling timer.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class QuitOnSignals(QObject):
    """Calls ``close_all(exit_code)`` once, in the Qt loop, when SIGINT or SIGTERM
    arrives; the exit code is 128 + the signal number, as a shell reports it."""

    def __init__(self, close_all: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close_all = close_all
        self._received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._handle) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _handle(self, number: int, _frame: object) -> None:
        if self._received is None:
            self._received = number
            # Not inside the handler: it may interrupt any Python code, even a paint.
            QTimer.singleShot(0, lambda: self._close_all(128 + number))

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            self._reader.recv(64)  # the bytes only woke the loop; the handler ran already

    def uninstall(self) -> None:
        """Give the signals back to whoever had them before."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
