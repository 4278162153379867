"""One writer per map: a small lock file beside it, like LibreOffice's.

``.~lock.NAME.procesbouw#`` holds JSON ``{user, host, pid, since}``. It is created
with O_EXCL, so of two instances opening at once exactly one wins. In a synced
folder the lock file syncs too, so a colleague on another laptop is warned as
well. A lock left by a crashed instance on this machine (its pid is gone) is
taken over; a lock from another machine cannot be checked and is respected.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from procesbouw.storage.errors import MapInUseError

# A lock file younger than this that cannot be read is being written right now.
_FRESH_S = 10.0


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str  # local time, as shown to the facilitator

    @classmethod
    def me(cls) -> LockHolder:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name (some containers, services)
            user = "onbekend"
        since = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        return cls(user, socket.gethostname(), os.getpid(), since)


def lock_path(map_path: Path) -> Path:
    return map_path.with_name(f".~lock.{map_path.name}#")


def read_holder(path: Path) -> LockHolder | None:
    """The holder written in a lock file, or None if it cannot be read."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _is_stale(holder: LockHolder | None, path: Path) -> bool:
    if holder is None:
        try:
            return time.time() - path.stat().st_mtime > _FRESH_S
        except OSError:
            return True  # gone meanwhile
    return holder.host == socket.gethostname() and not _pid_alive(holder.pid)


class MapLock:
    """A held lock on one map file; ``release`` removes it (only if still ours)."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        self.path = path
        self.holder = holder

    @classmethod
    def acquire(cls, map_path: Path) -> MapLock:
        """Take the lock or raise MapInUseError naming the holder."""
        path = lock_path(map_path)
        me = LockHolder.me()
        for _attempt in range(3):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(path)
                if not _is_stale(holder, path):
                    holder = holder or LockHolder("onbekend", "onbekend", 0, "zojuist")
                    raise MapInUseError(
                        map_path, holder.user, holder.host, holder.since, path
                    ) from None
                path.unlink(missing_ok=True)  # a crashed instance's lock: take it over
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(asdict(me), file)
            return cls(path, me)
        # Lost the race every time: someone else is opening it right now.
        raise MapInUseError(map_path, "onbekend", "onbekend", "zojuist", path)

    def release(self) -> None:
        if read_holder(self.path) == self.holder:
            self.path.unlink(missing_ok=True)
