"""Every damaged or hostile file of the corpus, through every way a map is read.

``info``, ``analyse`` (text and JSON) and ``report`` either work or print the
documented reason and exit with 1: no traceback, no crash, no hang, and the
file is never changed. Opening for editing gives the expected outcome too.
The GUI's open path over the same corpus is in tests/ui/test_hostile_open.py.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from procesbouw.cli import run
from procesbouw.storage import MapFile, MapFileError
from procesbouw.storage.errors import MapNotWritableError
from tests.hostile.make_corpus import CASES, build

Corpus = dict[str, tuple[Path, str]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def editing_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """A corpus of its own: opening for editing moves foreign journals aside."""
    return build(tmp_path_factory.mktemp("editing"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


@pytest.mark.parametrize("name", CASES)
def test_opening_for_editing_gives_the_expected_outcome(editing_corpus: Corpus, name: str) -> None:
    path, expected = editing_corpus[name]
    before = _digest(path)
    try:
        with MapFile.open(path):
            outcome = "ok"
    except MapNotWritableError:
        outcome = "ok" if name == "read_only_file" else "MapNotWritableError"
    except MapFileError as error:
        outcome = type(error).__name__
        assert error.message_en != str(error)  # Dutch and English
    assert outcome == expected
    assert _digest(path) == before  # refused or opened: the map's bytes are the same


def _reason(path: Path, lang: str) -> str:
    """What a read-only open says about ``path``, in ``lang`` ("" if it opens)."""
    try:
        with MapFile.open(path, read_only=True):
            return ""
    except MapFileError as error:
        return error.message_en if lang == "en" else str(error)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_info_and_analyse_work_or_explain(
    corpus: Corpus, name: str, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = corpus[name]
    before = _digest(path)
    reason = _reason(path, lang)
    for command in (["info"], ["analyse"], ["analyse", "--json"]):
        code = run([*command, str(path), "--lang", lang])
        out, err = capsys.readouterr()
        if expected == "ok":
            assert code == 0, err
            if "--json" in command:
                assert "Infinity" not in out and "NaN" not in out
                json.loads(out)
        else:
            assert code == 1 and out == "" and err.strip() == reason
    assert _digest(path) == before


@pytest.mark.parametrize("name", CASES)
def test_report_works_or_explains(
    corpus: Corpus, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = corpus[name]
    pdf = tmp_path / "rapport.pdf"
    code = run(["report", str(path), "-o", str(pdf)])
    err = capsys.readouterr().err
    if expected == "ok":
        assert code == 0, err
        assert pdf.read_bytes().startswith(b"%PDF")
    else:
        assert code == 1 and not pdf.exists() and err.strip() == _reason(path, "nl")
