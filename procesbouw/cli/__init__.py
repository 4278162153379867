"""The command line: ``procesbouw [KAART] [--sample] [--lang nl|en]`` starts the app,
``procesbouw SUBCOMMAND …`` runs headless.

Each subcommand lives in its own module with ``add_arguments(parser)`` and
``run(args) -> int``; modules are imported only when their command runs, so
``info`` never pays for reportlab. Help and parsing errors speak ``--lang``'s
language (``procesbouw.cli.language``); nothing here imports Qt, so
``procesbouw --help`` answers without starting a window.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from procesbouw.cli.language import (
    ARGPARSE_NL,
    LANGUAGES,
    language_of,
    speaking,
    translate_help,
    words,
)

# name → (module, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "info": ("procesbouw.cli.info", "show what a map file holds"),
    "analyse": ("procesbouw.cli.analyse", "lead time, bottlenecks and hidden connections"),
    "export": (
        "procesbouw.cli.exchange",
        "write a map as JSON, GraphML, CSV, BPMN 2.0, PNG or SVG",
    ),
    "import": (
        "procesbouw.cli.exchange",
        "a new map from JSON or BPMN, or steps from CSV into a map",
    ),
    "log": ("procesbouw.cli.log", "lead times measured from an event log (CSV or XES)"),
    "report": ("procesbouw.cli.report", "write the PDF report for the management team"),
    "library": ("procesbouw.cli.library", "publish to, browse and report on the team library"),
}
_DESCRIPTION = "Procesbouw: the digital twin of a LEGO process-mapping session."


def build_parser(lang: str = "nl") -> argparse.ArgumentParser:
    """The parser of the subcommands, its help in ``lang`` (build it inside ``speaking``)."""
    parser = argparse.ArgumentParser(prog="procesbouw", description=_DESCRIPTION)
    commands = parser.add_subparsers(
        dest="command", required=True, title=words("subcommands (headless, no window)", lang)
    )
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(module_name).add_arguments(sub)
    translate_help(parser, lang)
    return parser


def app_parser(lang: str = "nl") -> argparse.ArgumentParser:
    """``procesbouw [KAART] [--sample] [--lang]``; its help lists the subcommands."""
    width = max(len(name) for name in SUBCOMMANDS) + 2
    listing = "\n".join(
        f"  {name:<{width}}{words(help_text, lang)}"
        for name, (_module, help_text) in SUBCOMMANDS.items()
    )
    epilog = (
        f"{words('subcommands (headless, no window)', lang)}:\n{listing}\n\n"
        f"{words('procesbouw SUBCOMMAND --help tells more.', lang)}"
    )
    file, command = words("FILE", lang), words("SUBCOMMAND", lang)
    indent = " " * len(ARGPARSE_NL["usage: "] if lang == "nl" else "usage: ")
    parser = argparse.ArgumentParser(
        prog="procesbouw",
        usage=f"%(prog)s [-h] [--sample] [--lang {{nl,en}}] [{file}]\n{indent}%(prog)s {command} …",
        description=words(_DESCRIPTION, lang)
        + " "
        + words("Without a subcommand the app starts (with FILE: that map).", lang),
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", type=Path, metavar=file, help=words("map file to open", lang)
    )
    parser.add_argument(
        "--sample", action="store_true", help=words("open your own copy of the sample map", lang)
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=words("language of the interface and of this text", lang)
    )
    return parser


def parse_app_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The app's own arguments; ``--help`` or a mistake prints and exits here."""
    lang = language_of(argv)
    with speaking(lang):
        return app_parser(lang).parse_args(list(argv))


def run(argv: list[str]) -> int:
    """Run one subcommand; returns the process exit code (0 ok, 1 bad input, 2 bad usage)."""
    lang = language_of(argv)
    with speaking(lang):
        args = build_parser(lang).parse_args(argv)
    module = importlib.import_module(SUBCOMMANDS[args.command][0])
    try:
        code: int = module.run(args)
    except BrokenPipeError:
        code = 0
    sys.stdout.flush()
    return code
