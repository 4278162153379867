"""Refresh the translation sources from the UI code, then compile them.

    python -m resources.translations.update_translations

Dutch is the source language of every ``tr()`` string. ``procesbouw_en.ts``
holds the English translations; ``procesbouw_nl.ts`` only the Dutch plural
forms of ``%n`` strings (Qt needs a translation file for those, even in the
source language). pyside6-lupdate keeps existing translations and marks new
strings unfinished; translate those with Qt Linguist or by hand, then run this
again to write the ``.qm`` files the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("en", "nl")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update_ts(ts: Path) -> None:
    """Merge the ``tr()`` strings of the UI code into ``ts``: new ones unfinished,
    vanished ones dropped, existing translations kept."""
    subprocess.run(
        [tool("pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm``; unfinished messages are left out, so Qt shows
    the Dutch source text for them."""
    subprocess.run([tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    for language in LANGUAGES:
        ts = HERE / f"procesbouw_{language}.ts"
        update_ts(ts)
        compile_qm(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":
    main()
