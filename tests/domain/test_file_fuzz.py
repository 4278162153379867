"""Damaged map files: every mutation of a real map's bytes either opens as a valid
map or raises a documented ``MapFileError`` — no other exception, no hang, and
the file is never written (same bytes, same mtime, no side files left).

The cases are seeded, so a failure names a case that reproduces. Each open runs
in a worker process with a time limit: a hang inside SQLite's C code could not
be interrupted from within the process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import random
import shutil
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest

from procesbouw.serialize import map_from_dict, map_to_dict
from procesbouw.storage import MapFile, MapFileError
from resources import sample_path

CASES = 100
PAGE = 4096  # the page size of map files (docs/file-format.md)
HANG_SECONDS = 20


def open_outcome(path: str, read_only: bool) -> str:
    """Open (and close) ``path``; "ok", a MapFileError's class name, or what went wrong."""
    try:
        with MapFile.open(path, read_only=read_only) as opened:
            pm = opened.map
            migrated = opened.backup_path is not None
            # A map that opened must be one the app could have made itself.
            if map_from_dict(map_to_dict(pm)) != pm:
                return "INVALID: the opened map changes in a validated round trip"
            return "migrated" if migrated else "ok"
    except MapFileError as error:
        return type(error).__name__
    except Exception:  # noqa: BLE001 - reporting every other exception is the point
        return "UNEXPECTED " + traceback.format_exc()


def mutate(original: bytes, case: int) -> tuple[str, bytes]:
    """Case ``case``: what was done (for the failure message) and the damaged bytes."""
    rng = random.Random(case)
    data = bytearray(original)
    pages = len(data) // PAGE
    kind = ("flip", "truncate", "overwrite", "header", "page header", "zeros")[case % 6]
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            spot = rng.randrange(len(data))
            data[spot] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        cut = rng.choice([rng.randrange(len(data)), rng.randrange(1, pages) * PAGE])
        del data[cut:]
    elif kind == "overwrite":
        start = rng.randrange(len(data))
        length = rng.randint(1, 600)
        data[start : start + length] = rng.randbytes(min(length, len(data) - start))
    elif kind == "header":  # the 100-byte database header: sizes, counters, versions
        spot = rng.randrange(100)
        data[spot] = rng.choice([0, 1, 0xFF, rng.randrange(256)])
    elif kind == "page header":  # a b-tree page header: type, cells, offsets
        page = rng.randrange(pages)
        start = page * PAGE + (100 if page == 0 else 0)
        spot = start + rng.randrange(12)
        data[spot] = rng.randrange(256)
    else:  # a run of zeros at a page start, as a sync client's unwritten block
        start = rng.randrange(pages) * PAGE
        end = min(len(data), start + rng.choice([16, 512, PAGE]))
        data[start:end] = bytes(end - start)
    return f"case {case}: {kind}", bytes(data)


def fingerprint(folder: Path, path: Path) -> tuple[str, int, list[str]]:
    stat = path.stat()
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        stat.st_mtime_ns,
        sorted(os.listdir(folder)),
    )


@pytest.fixture(scope="module")
def workers() -> Iterator[ProcessPoolExecutor]:
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        yield pool


@pytest.fixture(scope="module")
def original() -> bytes:
    return sample_path().read_bytes()


def run_in_worker(pool: ProcessPoolExecutor, path: Path, read_only: bool) -> str:
    future = pool.submit(open_outcome, str(path), read_only)
    try:
        return future.result(timeout=HANG_SECONDS)
    except FutureTimeout:
        pytest.fail(f"opening {path.name} hangs (read_only={read_only})")


@pytest.mark.parametrize("case", range(CASES))
def test_a_damaged_map_opens_or_says_why_and_is_never_written(
    case: int, original: bytes, workers: ProcessPoolExecutor, tmp_path: Path
) -> None:
    what, damaged = mutate(original, case)
    path = tmp_path / "beschadigd.procesbouw"
    path.write_bytes(damaged)
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = fingerprint(tmp_path, path)

    read_only = run_in_worker(workers, path, read_only=True)
    # A flip inside a table's definition makes the schema differ from its version's:
    # refused as unsafe (UnsafeMapError), with the table named, and never written.
    allowed = ("ok", "NotAMapError", "CorruptMapError", "NewerVersionError", "UnsafeMapError")
    assert read_only in allowed, f"{what}: {read_only}"
    assert fingerprint(tmp_path, path) == before, f"{what}: a read-only open wrote"

    writable = run_in_worker(workers, path, read_only=False)
    assert not writable.startswith(("UNEXPECTED", "INVALID")), f"{what}: {writable}"
    if writable == "migrated":  # an older version number: migrated, original kept aside
        return
    assert fingerprint(tmp_path, path) == before, f"{what}: opening for editing wrote"
    assert writable == read_only, what


def test_the_cases_cover_every_kind_of_damage(original: bytes) -> None:
    kinds = {mutate(original, case)[0].split(": ")[1] for case in range(CASES)}
    assert kinds == {"flip", "truncate", "overwrite", "header", "page header", "zeros"}
    unchanged = sum(mutate(original, case)[1] == original for case in range(CASES))
    assert unchanged <= CASES // 20  # a zero written over a zero changes nothing


def test_the_untouched_sample_opens_both_ways(tmp_path: Path) -> None:
    path = tmp_path / "heel.procesbouw"
    shutil.copyfile(sample_path(), path)
    assert open_outcome(str(path), read_only=True) == "ok"
    assert open_outcome(str(path), read_only=False) == "ok"
