"""An in-memory copy of a map, for read-only opens that must not touch the file.

Needed when the file itself cannot be read as is without writing: an older
schema (migrated in memory only) or a journal left by a crashed writer (rolled
back in a temporary folder, never beside the original).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from procesbouw.storage.connection import harden, open_sqlite
from procesbouw.storage.errors import CorruptMapError
from procesbouw.storage.journal import journal_path


def private_copy(
    path: Path, source: sqlite3.Connection | None = None, with_journal: bool = True
) -> sqlite3.Connection:
    """A ``:memory:`` database with the map's committed content.

    Copies from ``source`` (and closes it) when given; otherwise copies ``path``
    and (``with_journal``) its journal to a temporary folder, where SQLite rolls
    the journal back. Without the journal, a foreign one is simply left out."""
    memory = harden(sqlite3.connect(":memory:", isolation_level=None))
    try:
        if source is not None:
            with closing(source):
                source.backup(memory)
            return memory
        with tempfile.TemporaryDirectory(prefix="procesbouw-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            if with_journal:
                shutil.copyfile(journal_path(path), journal_path(copy))
            with closing(open_sqlite(copy, read_only=False)) as recovered:
                recovered.backup(memory)
        return memory
    except (sqlite3.DatabaseError, OSError) as error:
        memory.close()
        raise CorruptMapError(path, str(error)) from error
