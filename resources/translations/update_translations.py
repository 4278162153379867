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


def main() -> None:
    for language in LANGUAGES:
        ts = HERE / f"procesbouw_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    main()
