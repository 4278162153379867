"""What the server and the network do to a library: 20 publishers at once, a
server killed mid-publish, a connection dropped while browsing, passwords."""

from __future__ import annotations

import multiprocessing
import time
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import URL

from procesbouw.library import (
    Library,
    LibraryError,
    LibraryUnreachableError,
    NewerVersionExistsError,
    PasswordNeededError,
    library_url,
    remembered,
)
from procesbouw.model import ProcessMap
from procesbouw.storage.origin import LibraryOrigin
from tests.maps import full_map
from tests.postgres_server import PASSWORD, PASSWORD_USER, PostgresServer

PUBLISHERS = 20
# Forked children start at once with everything imported (real processes, own connections).
_FORK = multiprocessing.get_context("fork")


def _publish(
    url: str,
    pm: ProcessMap,
    origin: LibraryOrigin | None,
    anyway: bool,
    who: str,
    start: Any,
    results: Any,
) -> None:
    start.wait()
    try:
        with Library.open(library_url(url)) as library:
            published = library.publish(pm, who, origin, anyway)
        results.put(("ok", published.version, ""))
    except LibraryError as error:
        results.put((type(error).__name__, 0, str(error)))
    except Exception as error:  # anything else is what the test must catch
        results.put(("crash", 0, repr(error)))


def _run_publishers(url: URL, origin: LibraryOrigin | None, anyway: bool) -> list[tuple]:
    pm = full_map()
    start, results = _FORK.Barrier(PUBLISHERS), _FORK.Queue()
    text = url.render_as_string(hide_password=False)
    processes = [
        _FORK.Process(
            target=_publish, args=(text, pm, origin, anyway, f"facilitator {i}", start, results)
        )
        for i in range(PUBLISHERS)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return outcomes


def test_twenty_publishers_at_once_get_twenty_consecutive_versions(url: URL) -> None:
    # The map is new: the first of them makes it, every one publishes "anyway".
    Library.open(url).close()  # the schema exists before they start
    outcomes = _run_publishers(url, None, anyway=True)
    assert [kind for kind, _, _ in outcomes] == ["ok"] * PUBLISHERS, outcomes
    assert sorted(number for _, number, _ in outcomes) == list(range(1, PUBLISHERS + 1))
    with Library.open(url) as library:
        [row] = library.latest_versions()  # one map, not twenty
        assert row.number == PUBLISHERS
        assert len(library.versions(row.map_id)) == PUBLISHERS


def test_twenty_publishers_on_one_base_one_wins_the_others_hear_who(url: URL) -> None:
    with Library.open(url) as library:
        base = library.publish(full_map(), "Anouk")
    outcomes = _run_publishers(url, base, anyway=False)
    winners = [o for o in outcomes if o[0] == "ok"]
    refused = [o for o in outcomes if o[0] == NewerVersionExistsError.__name__]
    assert len(winners) == 1 and winners[0][1] == 2
    assert len(refused) == PUBLISHERS - 1, outcomes
    assert all("versie 2, door facilitator" in message for _, _, message in refused)


def _publish_until_paused(url: str, pm: ProcessMap, paused: Any, results: Any) -> None:
    """Publish, but stop just before the content is written: the parent kills the
    server at that moment."""
    try:
        with Library.open(library_url(url)) as library:

            def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                if statement.startswith("INSERT INTO library_contents"):
                    paused.set()
                    time.sleep(2)

            event.listen(library._engine, "before_cursor_execute", pause)
            library.publish(pm, "Bram", None, anyway=True)
        results.put(("ok", ""))
    except LibraryError as error:
        results.put((type(error).__name__, str(error)))
    except Exception as error:
        results.put(("crash", repr(error)))


def test_a_server_killed_mid_publish_leaves_no_half_version(postgres: PostgresServer) -> None:
    url = library_url(postgres.url(postgres.new_database()))
    with Library.open(url) as library:
        first = library.publish(full_map(), "Anouk")
    paused, results = _FORK.Event(), _FORK.Queue()
    text = url.render_as_string(hide_password=False)
    child = _FORK.Process(target=_publish_until_paused, args=(text, full_map(), paused, results))
    child.start()
    assert paused.wait(60)
    postgres.kill()  # version 2's row is written, its content not yet
    postgres.start()
    kind, message = results.get(timeout=60)
    child.join(30)
    assert kind == "LibraryUnreachableError", message
    assert "niets verloren" in message
    with Library.open(url) as library:
        versions = library.versions(first.map_id)
        assert [v.number for v in versions] == [1]  # no version 2 without its content
        assert library.latest_versions()[0].number == 1
        again = library.publish(full_map(), "Bram", first)
        assert again.version == 2  # numbering goes on without a gap


def test_a_dropped_connection_while_browsing_is_a_clear_message_and_then_works_again(
    postgres: PostgresServer,
) -> None:
    url = library_url(postgres.url(postgres.new_database()))
    with Library.open(url) as library:
        library.publish(full_map(), "Anouk")
        assert len(library.latest_versions()) == 1
        # The server drops every connection (a restart, a network cut): the pooled
        # connection is stale, and the next query notices and reconnects.
        postgres.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name = 'procesbouw'")  # fmt: skip
        assert len(library.latest_versions()) == 1
        postgres.kill()
        try:
            with pytest.raises(LibraryUnreachableError) as unreachable:
                library.latest_versions()
            assert "niet bereikbaar" in str(unreachable.value)
            assert "cannot be reached" in unreachable.value.message_en
        finally:
            postgres.start()
        assert len(library.latest_versions()) == 1  # the same library object goes on


def test_no_server_at_all_is_a_clear_message(tmp_path: Any) -> None:
    url = library_url(f"postgresql://nobody@/library?host={tmp_path}")
    started = time.monotonic()
    with pytest.raises(LibraryUnreachableError, match="niet bereikbaar") as unreachable:
        Library.open(url)
    assert time.monotonic() - started < 30  # no endless wait either
    assert "nobody" not in str(unreachable.value) or "@" not in str(unreachable.value)


def test_passwords_come_from_libpq_or_the_user_and_are_never_remembered(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = library_url(postgres.url(postgres.new_database(), user=PASSWORD_USER))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordNeededError) as needed:
        Library.open(url)
    assert needed.value.user == PASSWORD_USER and not needed.value.wrong
    with pytest.raises(PasswordNeededError) as wrong:
        Library.open(url, password="fout")
    assert wrong.value.wrong
    with Library.open(url, password=PASSWORD) as library:  # asked at connect time
        origin = library.publish(full_map(), "Anouk")
    assert PASSWORD not in origin.library and PASSWORD not in library.address
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # libpq's usual places work as they are
    with Library.open(url) as library:
        assert len(library.latest_versions()) == 1
    typed = library_url(f"postgresql://{PASSWORD_USER}:{PASSWORD}@db/x?password={PASSWORD}")
    assert PASSWORD not in remembered(typed) and PASSWORD_USER in remembered(typed)


def test_tls_options_pass_through_to_libpq(postgres: PostgresServer) -> None:
    text = postgres.url(postgres.new_database()) + "&sslmode=disable&connect_timeout=3"
    url = library_url(text)
    assert url.query["sslmode"] == "disable" and "sslmode=disable" in remembered(url)
    with Library.open(url) as library:
        assert library.latest_versions() == []
    # (libpq ignores TLS on a unix socket, so prove it reads the option another way.)
    refused = library_url(postgres.url("library_1") + "&sslmode=nonsense")
    with pytest.raises(LibraryError, match="sslmode"):  # libpq itself read the option
        Library.open(refused)
