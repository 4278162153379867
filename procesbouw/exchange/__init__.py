"""Open formats in and out: JSON (a whole map), GraphML (step graph, role
network), CSV (a list of steps) and BPMN 2.0 (process models). See ``docs/file-format.md``.

Exports return text or bytes and importers return new entities; none of them
touches a file or changes a map, so the UI and the CLI decide how to write.
"""

from __future__ import annotations

from procesbouw.exchange.bpmn_export import export_bpmn
from procesbouw.exchange.bpmn_import import BpmnImport, NotBpmnError, import_bpmn
from procesbouw.exchange.csv_steps import (
    CSV_ENCODING,
    CsvImport,
    decode_csv,
    export_steps_csv,
    import_steps_csv,
)
from procesbouw.exchange.errors import (
    CsvImportError,
    CsvProblem,
    ExchangeError,
    InvalidMapError,
    NewerVersionError,
    NotJsonError,
    NotOurFormatError,
    TooLargeError,
)
from procesbouw.exchange.graphml import export_role_graphml, export_step_graphml
from procesbouw.exchange.json_format import export_json, import_json, map_entities

__all__ = [
    "BpmnImport",
    "NotBpmnError",
    "export_bpmn",
    "import_bpmn",
    "CSV_ENCODING",
    "CsvImport",
    "CsvImportError",
    "CsvProblem",
    "ExchangeError",
    "InvalidMapError",
    "NewerVersionError",
    "NotJsonError",
    "NotOurFormatError",
    "TooLargeError",
    "decode_csv",
    "export_json",
    "export_role_graphml",
    "export_step_graphml",
    "export_steps_csv",
    "import_json",
    "import_steps_csv",
    "map_entities",
]
