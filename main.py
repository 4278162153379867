"""Composition root and the ``procesbouw`` entry point.

A known subcommand (``procesbouw info FILE``…) runs headless through
``procesbouw.cli`` without importing Qt; anything else starts the app, with an
optional map file or ``--sample``.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from procesbouw.cli import SUBCOMMANDS, parse_app_arguments, run

    if args and args[0] in SUBCOMMANDS:
        from procesbouw.cli import exchange

        exchange.picture_exporter = _export_picture
        return run(args)
    options = parse_app_arguments(args)  # --help and mistakes end here, before Qt loads
    # Start-up makes a few hundred thousand objects (modules, classes, widgets) and
    # almost none is garbage, yet the collector walks them all again and again while
    # they are made (~100 ms before the first window). It resumes once the first
    # window has painted (ui.app).
    gc.disable()
    from ui.app import run_app

    return run_app(options)


def _export_picture(map_path: Path, output: Path) -> None:
    # Imported only when a picture is asked for: other subcommands never load Qt.
    from ui.picture_export import export_picture

    export_picture(map_path, output)


if __name__ == "__main__":
    sys.exit(main())
