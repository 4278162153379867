"""A throw-away PostgreSQL server for the tests (and bench/), started from the
PostgreSQL binaries: a fresh cluster in a temporary folder, listening only on a
unix socket in that folder (no TCP port), stopped and removed afterwards.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as
the ``postgres`` system user that Debian's package creates. ``.ci/run`` installs
that package when ``pg_ctl`` is missing; elsewhere the tests that need the
server skip with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD_USER = "facilitator"  # a role that must give a password (scram-sha-256)
PASSWORD = "lego-en-koffie"


class ServerUnavailable(Exception):
    """Why no server could be started here (the tests skip with this reason)."""


def find_bin_dir() -> Path:
    """The folder with pg_ctl and initdb: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise ServerUnavailable(
            "PostgreSQL is not installed (no pg_ctl): apt-get install postgresql"
        )
    return Path(candidates[-1]).parent


class PostgresServer:
    """A running server; ``url(database)`` is a SQLAlchemy URL to it."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.run_as = _unprivileged_user()
        self.folder = Path(tempfile.mkdtemp(prefix="procesbouw-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self._databases = 0
        try:
            self._create()
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def _create(self) -> None:
        if self.run_as is not None:
            os.chown(self.folder, self.run_as.pw_uid, self.run_as.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
                  "-E", "UTF8", "--no-sync", "--locale=C")  # fmt: skip
        with (self.data / "pg_hba.conf").open("w") as hba:
            hba.write(f"local all {PASSWORD_USER} scram-sha-256\nlocal all all trust\n")
        self.start()
        self.sql(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as.pw_name, "--", *command]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=self.folder
        )
        if result.returncode != 0:
            raise ServerUnavailable(f"{tool} failed: {result.stderr.strip()[-500:]}")

    def start(self) -> None:
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            "-c fsync=off -c max_connections=60 -c shared_buffers=32MB"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")  # fmt: skip

    def kill(self) -> None:
        """Stop the server the hard way: no clean shutdown, crash recovery on start."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            dbname=database, user=SUPERUSER, host=str(self.socket_dir), autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A fresh, empty database (each test gets its own)."""
        self._databases += 1
        name = f"library_{self._databases}"
        self.sql(f"CREATE DATABASE {name}")
        self.sql(f"GRANT ALL ON SCHEMA public TO {PASSWORD_USER}", name)
        return name

    def remove(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _unprivileged_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        raise ServerUnavailable(
            "running as root and there is no 'postgres' user to run PostgreSQL as"
        ) from None


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        yield server
    finally:
        server.remove()
