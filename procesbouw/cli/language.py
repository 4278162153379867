"""The command line in the language of ``--lang``: help texts and argparse's own words.

The help texts in the subcommand modules are English; ``HELP_NL`` gives their
Dutch. argparse builds its usage line, headings and error messages through
``gettext``; while a Dutch parser is built and used, ``speaking("nl")`` answers
those look-ups from ``ARGPARSE_NL``. Dutch is the default, as in the app.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

LANGUAGES = ("nl", "en")

ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "not allowed with argument %s": "niet samen met argument %s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hooguit één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekend subcommando %(parser_name)r (kies uit %(choices)s)"
    ),
}

HELP_NL = {
    # the program
    "Procesbouw: the digital twin of a LEGO process-mapping session.": (
        "Procesbouw: de digitale tweeling van een LEGO-procesbouwsessie."
    ),
    "Without a subcommand the app starts (with FILE: that map).": (
        "Zonder subcommando start de app (met KAART: die kaart)."
    ),
    "FILE": "KAART",
    "SUBCOMMAND": "SUBCOMMANDO",
    "map file to open": "kaartbestand om te openen",
    "open your own copy of the sample map": "open je eigen kopie van de voorbeeldkaart",
    "language of the interface and of this text": "taal van de app en van deze tekst",
    "subcommands (headless, no window)": "subcommando's (zonder venster)",
    "procesbouw SUBCOMMAND --help tells more.": "procesbouw SUBCOMMANDO --help vertelt meer.",
    # the subcommands
    "show what a map file holds": "laat zien wat een kaartbestand bevat",
    "lead time, bottlenecks and hidden connections": (
        "doorlooptijd, knelpunten en verborgen verbindingen"
    ),
    "write a map as JSON, GraphML, CSV, BPMN 2.0, PNG or SVG": (
        "schrijf een kaart als JSON, GraphML, CSV, BPMN 2.0, PNG of SVG"
    ),
    "a new map from JSON or BPMN, or steps from CSV into a map": (
        "een nieuwe kaart uit JSON of BPMN, of stappen uit CSV in een kaart"
    ),
    "write the PDF report for the management team": "schrijf het PDF-rapport voor het MT",
    # their arguments
    "a .procesbouw map file": "een kaartbestand (.procesbouw)",
    "the map file (opened read-only)": "het kaartbestand (alleen-lezen geopend)",
    "print JSON instead of text": "schrijf JSON in plaats van tekst",
    "print JSON (docs/analysis-json.md)": "schrijf JSON (docs/analysis-json.md)",
    "language of the text": "taal van de tekst",
    # library
    "publish to, browse and report on the team library": (
        "publiceer naar, blader in en rapporteer over de teambibliotheek"
    ),
    "publish a map file as a new version": "publiceer een kaartbestand als nieuwe versie",
    "every map's newest version and key figures": "de nieuwste versie en kengetallen per kaart",
    "a version as a new map file": "een versie als nieuw kaartbestand",
    "the portfolio PDF for the MT": "de portfolio-PDF voor het MT",
    "the map file": "het kaartbestand",
    "who publishes (default: the facilitator)": "wie publiceert (standaard: de facilitator)",
    "publish even if a newer version exists": "publiceer ook als er een nieuwere versie is",
    "print JSON instead of a table": "JSON in plaats van een tabel",
    "the map's name": "de naam van de kaart",
    "default: the newest": "standaard: de nieuwste",
    "the team, when several maps share the name": "het team, als meer kaarten zo heten",
    "the organisation, when several maps share the name": (
        "de organisatie, als meer kaarten zo heten"
    ),
    "only this organisation": "alleen deze organisatie",
    "the library (default: $PROCESBOUW_LIBRARY or local)": (
        "de bibliotheek (standaard: $PROCESBOUW_LIBRARY of lokaal)"
    ),
    "language of the report": "taal van het rapport",
    "language of messages and summaries": "taal van meldingen en samenvattingen",
    "analyse this snapshot instead": "analyseer deze momentopname",
    "report this snapshot instead": "rapporteer over deze momentopname",
    "the PDF to write": "het PDF-bestand om te schrijven",
    "what to write": "wat er geschreven wordt",
    "the file to write, or - for standard output": (
        "het bestand om te schrijven, of - voor standaarduitvoer"
    ),
    "a JSON export, a BPMN 2.0 model, or a CSV file of steps": (
        "een JSON-export, een BPMN 2.0-model of een CSV-bestand met stappen"
    ),
    "JSON: the new map file to create (never overwritten)": (
        "JSON: het nieuwe kaartbestand (wordt nooit overschreven)"
    ),
    "CSV: the existing map file to add the steps to": (
        "CSV: het bestaande kaartbestand waaraan de stappen worden toegevoegd"
    ),
    # procesbouw log
    "lead times measured from an event log (CSV or XES)": (
        "doorlooptijden gemeten uit een gebeurtenissenlog (CSV of XES)"
    ),
    "the event log: CSV (one event a row) or XES": (
        "het gebeurtenissenlog: CSV (één gebeurtenis per regel) of XES"
    ),
    "CSV: the column with the case id": "CSV: de kolom met het zaaknummer",
    "CSV: the column with the activity's name": "CSV: de kolom met de naam van de activiteit",
    "CSV: the column with the (completion) time": "CSV: de kolom met het tijdstip (van afronden)",
    "CSV: the column with start/complete": "CSV: de kolom met start/complete",
    "CSV: the column with the start time of the same row": (
        "CSV: de kolom met het begintijdstip van dezelfde regel"
    ),
    "CSV: the column with who did it": "CSV: de kolom met wie het deed",
    "CSV: the column pairing a start with its complete": (
        "CSV: de kolom die een start aan zijn complete koppelt"
    ),
    "print the figures as JSON": "druk de cijfers af als JSON",
    "make a new map file from the log": "maak een nieuw kaartbestand uit het log",
    "attach the figures to this map's steps": "zet de cijfers bij de stappen van deze kaart",
    "--map: keep a directly-follows relation in at least this share of cases (default 0.05)": (
        "--map: neem een directe opvolging op vanaf dit aandeel van de zaken (standaard 0.05)"
    ),
    "--into: attach to this snapshot instead of the map": (
        "--into: zet de cijfers bij deze momentopname in plaats van bij de kaart"
    ),
}


def language_of(argv: Sequence[str], default: str = "nl") -> str:
    """The ``--lang`` value in ``argv`` (also ``--lang=en``), before any parsing,
    so that even the help and the errors of parsing itself use it."""
    for index, arg in enumerate(argv):
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return default


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's own words in ``lang`` while the block runs."""
    if lang != "nl":
        yield
        return
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda message: ARGPARSE_NL.get(message, message)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def words(text: str, lang: str) -> str:
    """One of our help texts in ``lang``."""
    return HELP_NL.get(text, text) if lang == "nl" else text


def translate_help(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put every help text of ``parser`` (and its subcommands) into ``lang``."""
    parser.description = words(parser.description, lang) if parser.description else None
    parser.epilog = words(parser.epilog, lang) if parser.epilog else None
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public walk
        if action.help and action.help != argparse.SUPPRESS:
            action.help = words(action.help, lang)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                choice.help = words(choice.help, lang) if choice.help else choice.help
            for sub in action.choices.values():
                translate_help(sub, lang)
