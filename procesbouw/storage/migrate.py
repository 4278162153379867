"""Bring a map file's schema up to date with the Alembic revisions shipped in the package.

Alembic is imported only here, so opening a current map never pays for it.
All revisions run in one SQLite transaction: a migration that fails leaves the
file at its old version (and the caller kept a copy aside before starting).
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from procesbouw.storage.files import move_into_place, temporary_beside

if TYPE_CHECKING:
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
# Alembic keeps its running migration in module globals (``alembic.op``,
# ``alembic.context``): two migrations at once in one process, say a map file
# on the UI thread and the team library on a worker, would trample each other.
ALEMBIC_LOCK = threading.Lock()


def head_revision() -> str:
    """The newest revision id the shipped migrations know."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Run the missing revisions up to ``revision`` on ``conn`` and commit."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    with ALEMBIC_LOCK, conn.begin():
        command.upgrade(config, revision)


def backup_path(path: Path, version: int) -> Path:
    """Where the original of a migrated map is kept: ``name.v1-backup.procesbouw``,
    numbered if that name is taken."""
    stem, suffix = path.stem, path.suffix
    candidate = path.with_name(f"{stem}.v{version}-backup{suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}.v{version}-backup-{number}{suffix}")
        number += 1
    return candidate


def copy_aside(path: Path, version: int) -> Path:
    """Copy the original file, byte for byte, before migrating it; returns the copy."""
    target = backup_path(path, version)
    temporary = temporary_beside(target, "copying")
    shutil.copyfile(path, temporary)
    move_into_place(temporary, target)
    return target
