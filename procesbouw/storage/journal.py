"""Does the ``-journal`` beside a map belong to it? Asked from the bytes, before SQLite sees it.

SQLite rolls any non-empty journal beside a database back into it on the next
writable open, whatever its origin: a journal that arrived with a copy, a sync
conflict or a mail attachment would overwrite pages of an intact map with pages
of another. So the journal is read first, and only one that SQLite would call
hot *for this file* is left for SQLite to roll back:

- the header starts with SQLite's journal magic, its page size is the map's, its
  sector size a power of two;
- the copy of page 1 it holds (if any) passes its checksum, is one of our maps,
  records the database size the journal header records, and has the map's change
  counter or the one just before it (a commit cut off after it wrote page 1);
  without a copy of page 1 the map's header must still be the one the journal
  started from (same page count, header valid);
- it is not much older than the map: a commit writes its journal just before it
  writes the map.

Anything else is ``foreign``. A journal whose first byte is zero (or that is
empty) is "cold": SQLite ignores it, and so do we.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from procesbouw.storage.files import move_into_place, temporary_beside
from procesbouw.storage.tables import APPLICATION_ID

_MAGIC = bytes.fromhex("d9d505f920a163d7")
_DB_MAGIC = b"SQLite format 3\x00"
# A commit writes its journal moments before the map; a journal much older than the
# map was not cut off by the last write to it (a later edit moved the map on).
# Generous enough for a slow USB stick and a commit with large photos.
_OLDER_TOLERANCE_S = 120.0


class JournalState(Enum):
    NONE = "none"  # no journal, or a cold one SQLite ignores
    OURS = "ours"  # left by a commit to this very file: roll it back
    FOREIGN = "foreign"  # does not belong here: must never be rolled back


@dataclass(frozen=True)
class Journal:
    state: JournalState
    why: str = ""  # for a foreign journal: what gave it away (English, for the record)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def inspect(path: Path) -> Journal:
    """What the journal beside ``path`` is (reads bytes only, never writes)."""
    journal = journal_path(path)
    try:
        with journal.open("rb") as file:
            head = file.read(28)
            if head[:1] in (b"", b"\x00"):
                return Journal(JournalState.NONE)
            with path.open("rb") as db:
                db_header = db.read(100)
                db.seek(0)
                db_page_one = db.read(_page_size(db_header)) if len(db_header) == 100 else b""
            why = _mismatch(head, db_header, db_page_one, file)
        older = path.stat().st_mtime - journal.stat().st_mtime
    except OSError:
        return Journal(JournalState.NONE)
    if why is None and older > _OLDER_TOLERANCE_S:
        why = f"journal is {older:.0f} s older than the map"
    return Journal(JournalState.FOREIGN, why) if why else Journal(JournalState.OURS)


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _mismatch(head: bytes, db: bytes, db_page_one: bytes, journal: BinaryIO) -> str | None:
    """Why the journal (``head`` = its first 28 bytes) is not this map's; None if it is."""
    if len(head) < 28 or head[:8] != _MAGIC:
        return "no journal header"
    if len(db) < 100 or not db.startswith(_DB_MAGIC):
        return "the map has no SQLite header"
    records, nonce, initial_pages = _u32(head, 8), _u32(head, 12), _u32(head, 16)
    sector, page_size = _u32(head, 20), _u32(head, 24)
    if page_size != _page_size(db):
        return f"page size {page_size}, the map's is {_page_size(db)}"
    if sector < 32 or sector > 65536 or sector & (sector - 1):
        return f"sector size {sector}"
    page_one = _page_one(journal, sector, page_size, records, nonce)
    counter = _u32(db, 24)
    if page_one is None:
        # Page 1 not saved yet: the map's header must still be the one the journal began from.
        if db[92:96] != db[24:28] or _u32(db, 28) != initial_pages:
            return "the map's header is not the one the journal started from"
        return None
    if not page_one.startswith(_DB_MAGIC) or _u32(page_one, 68) != APPLICATION_ID:
        return "its copy of page 1 is not from a Procesbouw map"
    if page_one[92:96] == page_one[24:28] and _u32(page_one, 28) != initial_pages:
        return "its copy of page 1 records another database size"
    if _u32(page_one, 24) == counter:
        # The commit had not written page 1 yet (SQLite writes it first, with a new
        # counter), so the map's page 1 is still exactly the saved one.
        return None if page_one == db_page_one else "its copy of page 1 differs from the map's"
    if _u32(page_one, 24) != (counter - 1) & 0xFFFFFFFF:
        return f"change counter {_u32(page_one, 24)}, the map is at {counter}"
    return None


def _page_one(
    journal: BinaryIO, sector: int, page_size: int, records: int, nonce: int
) -> bytes | None:
    """The original page 1 from the journal's first segment, if its checksum holds."""
    record_size = 4 + page_size + 4
    journal.seek(0, os.SEEK_END)
    available = max(0, (journal.tell() - sector) // record_size)
    count = available if records == 0xFFFFFFFF else min(records, available)
    for index in range(count):
        journal.seek(sector + index * record_size)
        if int.from_bytes(journal.read(4), "big") != 1:
            continue
        page = journal.read(page_size)
        stored = int.from_bytes(journal.read(4), "big")
        checksum = nonce
        offset = page_size - 200
        while offset > 0:  # SQLite's own journal checksum (pager.c, pager_cksum)
            checksum += page[offset]
            offset -= 200
        return page if checksum & 0xFFFFFFFF == stored else None
    return None


def is_live(path: Path) -> bool:
    """Another program holds SQLite's write lock on the map: its journal is in use,
    not left behind (SQLite's own test: the RESERVED byte of the lock range)."""
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's locks there cannot be probed like this
        return False
    reserved = 0x40000001  # PENDING_BYTE + 1 (os_unix.c)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, reserved)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops the probe lock again
    return False


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _free_name(candidate: Path) -> Path:
    number = 2
    result = candidate
    while os.path.lexists(result):
        result = candidate.with_name(f"{candidate.name}-{number}")
        number += 1
    return result


def move_aside(path: Path) -> Path:
    """Rename a foreign journal to ``NAME.procesbouw-journal.orphan-DATE``; returns where."""
    journal = journal_path(path)
    target = _free_name(journal.with_name(f"{journal.name}.orphan-{_stamp()}"))
    os.rename(journal, target)
    return target


def keep_copy(path: Path) -> Path:
    """A byte copy of the map as it is before SQLite rolls its journal back into it."""
    target = _free_name(path.with_name(f"{path.name}.before-rollback-{_stamp()}"))
    temporary = temporary_beside(target, "copying")
    try:
        shutil.copyfile(path, temporary)
        move_into_place(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
