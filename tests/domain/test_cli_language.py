"""The command line lists its subcommands and speaks ``--lang``'s language in help and errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from procesbouw.cli import SUBCOMMANDS, run

ROOT = Path(__file__).resolve().parents[2]


def _procesbouw(*args: str) -> subprocess.CompletedProcess[str]:
    # Through main.py, as the installed ``procesbouw`` runs: --help must answer before Qt loads.
    command = [sys.executable, "-X", "importtime", str(ROOT / "main.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(
    ("lang", "heading", "line"),
    [
        ("nl", "subcommando's (zonder venster):", "schrijf het PDF-rapport voor het MT"),
        ("en", "subcommands (headless, no window):", "write the PDF report for the management"),
    ],
)
def test_help_lists_every_subcommand_in_the_chosen_language(
    lang: str, heading: str, line: str
) -> None:
    result = _procesbouw("--help", "--lang", lang)
    assert result.returncode == 0
    assert heading in result.stdout and line in result.stdout
    for name in SUBCOMMANDS:
        assert f"\n  {name} " in result.stdout
    assert "PySide6" not in result.stderr  # -X importtime: Qt was never imported


def test_default_help_is_dutch_throughout() -> None:
    out = _procesbouw("--help").stdout
    assert out.startswith("gebruik: procesbouw") and "opties:" in out
    assert "toon deze hulp en stop" in out and "usage" not in out and "options:" not in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "x.procesbouw", "--format", "bmp", "-o", "x.bmp"], "ongeldige keuze: 'bmp'"),
        (
            ["export", "x.procesbouw", "--format", "bmp", "-o", "x.bmp", "--lang", "en"],
            "invalid choice: 'bmp'",
        ),
        (["info"], "fout: deze argumenten ontbreken: file"),
        (["info", "--lang=en"], "error: the following arguments are required: file"),
    ],
)
def test_usage_errors_speak_the_chosen_language(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(argv)
    assert exited.value.code == 2
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["import", "{missing}", "-o", "{new}"], "bestaat niet"),
        (["import", "{missing}", "-o", "{new}", "--lang", "en"], "does not exist"),
        (["export", "{missing}", "--format", "json", "-o", "-", "--lang", "en"], "does not exist"),
        (["report", "{missing}", "-o", "{pdf}", "--lang", "en"], "does not exist"),
        (["report", "{missing}", "-o", "{pdf}"], "bestaat niet"),
    ],
)
def test_errors_of_the_commands_speak_the_chosen_language(
    argv: list[str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = {
        "missing": str(tmp_path / "weg.json"),
        "new": str(tmp_path / "nieuw.procesbouw"),
        "pdf": str(tmp_path / "r.pdf"),
    }
    assert run([arg.format(**names) for arg in argv]) == 1
    assert expected in capsys.readouterr().err


def test_every_help_text_has_its_dutch() -> None:
    import argparse

    from procesbouw.cli import build_parser
    from procesbouw.cli.language import HELP_NL

    def helps(parser: argparse.ArgumentParser) -> list[str]:
        found = [parser.description or ""]
        for action in parser._actions:  # noqa: SLF001
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for sub in action.choices.values():
                    found += helps(sub)
            elif action.help and not isinstance(action, argparse._HelpAction):  # noqa: SLF001
                found.append(action.help)
        return found

    missing = {text for text in helps(build_parser("en")) if text and text not in HELP_NL}
    assert missing == set()
