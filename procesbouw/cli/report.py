"""``procesbouw report FILE -o OUT.pdf [--snapshot LABEL] [--lang nl|en]``

Writes the PDF report for the management team. The map is opened read-only;
problems go to stderr (Dutch, or English with ``--lang en``) with exit code 1, and no PDF is left
behind when the export fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the map file (opened read-only)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
    )
    parser.add_argument("--snapshot", metavar="LABEL", help="report this snapshot instead")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the report")


def run(args: argparse.Namespace) -> int:
    from procesbouw.cli.messages import complain, tell_notices
    from procesbouw.model import ValidationError
    from procesbouw.report import build_report
    from procesbouw.storage import MapFile
    from procesbouw.storage.errors import MapFileError

    try:
        with MapFile.open(args.file, read_only=True) as map_file:
            tell_notices(map_file, args.lang)
            pm = map_file.map
        build_report(pm, args.output, lang=args.lang, snapshot_label=args.snapshot)
    except MapFileError as error:
        return complain(error, args.lang)
    except ValidationError as error:  # an unknown --snapshot label
        message = str(error)
        if args.lang == "en":
            known = ", ".join(f"‘{s.label}’" for s in pm.snapshots.values()) or "none"
            message = f"No snapshot ‘{args.snapshot}’. Available: {known}."
        print(message, file=sys.stderr)
        return 1
    except OSError as error:
        reason = error.strerror or str(error)
        if args.lang == "en":
            print(f"Cannot write the report to {args.output}: {reason}.", file=sys.stderr)
        else:
            print(f"Kan het rapport niet schrijven naar {args.output}: {reason}.", file=sys.stderr)
        return 1
    print(args.output)
    return 0
