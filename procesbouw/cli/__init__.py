"""Headless subcommands for scripting: ``procesbouw SUBCOMMAND …``.

Each subcommand lives in its own module with ``add_arguments(parser)`` and
``run(args) -> int``; modules are imported only when their command runs, so
``info`` never pays for reportlab.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# name → (module, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "info": ("procesbouw.cli.info", "show what a map file holds"),
    "analyse": ("procesbouw.cli.analyse", "lead time, bottlenecks and hidden connections"),
    "export": ("procesbouw.cli.exchange", "write a map as JSON, GraphML, CSV or BPMN 2.0"),
    "import": (
        "procesbouw.cli.exchange",
        "a new map from JSON or BPMN, or steps from CSV into a map",
    ),
    "log": ("procesbouw.cli.log", "lead times measured from an event log (CSV or XES)"),
    "report": ("procesbouw.cli.report", "write the PDF report for the management team"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="procesbouw", description="Procesbouw command line.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text)
        importlib.import_module(module_name).add_arguments(sub)
    return parser


def run(argv: list[str]) -> int:
    """Run one subcommand; returns the process exit code (0 ok, 1 bad input)."""
    args = build_parser().parse_args(argv)
    module = importlib.import_module(SUBCOMMANDS[args.command][0])
    try:
        code: int = module.run(args)
    except BrokenPipeError:
        code = 0
    sys.stdout.flush()
    return code
