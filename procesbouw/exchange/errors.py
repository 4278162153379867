"""What can go wrong when a map or its steps come in from outside.

Every error carries a Dutch message (``str(error)``) a facilitator understands
and an English one (``error.message_en``). When an import raises, nothing has
been imported: callers never have to clean up half a map.
"""

from __future__ import annotations

from dataclasses import dataclass


class ExchangeError(Exception):
    """Base of every export/import problem; ``str()`` is Dutch."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message_en = message_en

    def text(self, lang: str = "nl") -> str:
        """The message in ``lang`` ("nl" or "en"); Dutch for anything else."""
        return self.message_en if lang == "en" else str(self)


class TooLargeError(ExchangeError):
    """The input is larger than any real map could be."""


class NotJsonError(ExchangeError):
    """The text cannot be read as JSON at all."""


class NotOurFormatError(ExchangeError):
    """Valid JSON, but not a Procesbouw map export."""


class NewerVersionError(ExchangeError):
    """A map exported by a newer Procesbouw than this one."""

    def __init__(self, version: int, supported: int) -> None:
        super().__init__(
            f"Dit bestand is gemaakt met een nieuwere versie van Procesbouw "
            f"(formaatversie {version}; deze versie leest tot en met {supported}) "
            "— werk Procesbouw bij.",
            f"This file was made with a newer version of Procesbouw (format version "
            f"{version}; this version reads up to {supported}) — please update Procesbouw.",
        )
        self.version = version
        self.supported = supported


class InvalidMapError(ExchangeError):
    """Our format, but the map inside breaks the rules of a map."""


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong in a CSV file, where a spreadsheet user would look for it.

    ``line`` counts rows as a spreadsheet shows them (the header is line 1);
    ``column`` is the header as written in the file, or "" for the whole row."""

    line: int
    column: str
    message: str
    message_en: str

    def text(self, lang: str = "nl") -> str:
        """Where and what, in ``lang`` ("nl" or "en"); Dutch for anything else."""
        if lang == "en":
            where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
            return f"{where}: {self.message_en}"
        where = f"regel {self.line}" + (f", kolom '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"

    def __str__(self) -> str:
        return self.text("nl")


# A message lists this many problems; ``problems`` always holds all of them.
_LISTED = 50


class CsvImportError(ExchangeError):
    """A CSV file of steps with problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[CsvProblem]) -> None:
        count = len(problems)
        rest = count - _LISTED
        super().__init__(
            f"Er is niets geïmporteerd: het bestand heeft {count} "
            f"{'probleem' if count == 1 else 'problemen'}.\n"
            + _listing(problems, "nl")
            + (f"\n  … en nog {rest} meer." if rest > 0 else ""),
            f"Nothing was imported: the file has {count} problem{'' if count == 1 else 's'}.\n"
            + _listing(problems, "en")
            + (f"\n  … and {rest} more." if rest > 0 else ""),
        )
        self.problems = tuple(problems)


def _listing(problems: list[CsvProblem], lang: str) -> str:
    return "\n".join(f"  {problem.text(lang)}" for problem in problems[:_LISTED])
