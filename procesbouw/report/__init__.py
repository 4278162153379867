"""The PDF report for the management team (reportlab, no Qt).

``build_report(pm, out, lang=…, snapshot_label=…, progress=…)`` writes the
whole report; see ``document`` for the order of its sections.
"""

from __future__ import annotations

from procesbouw.report.context import ReportCancelled
from procesbouw.report.document import UnknownSnapshotError, build_report

__all__ = ["ReportCancelled", "UnknownSnapshotError", "build_report"]
