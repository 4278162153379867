"""Steps on the system clipboard, so they can be pasted into this or another map."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from procesbouw.fragment import copy_fragment
from procesbouw.model import ProcessMap

FRAGMENT_MIME = "application/x-procesbouw-fragment"


def copy_steps(pm: ProcessMap, step_ids: list[str]) -> None:
    """The steps and the flows among them; other apps get their names as text."""
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME, json.dumps(copy_fragment(pm, step_ids)).encode("utf-8"))
    mime.setText("\n".join(pm.steps[s].name for s in step_ids))
    QGuiApplication.clipboard().setMimeData(mime)


def copied_steps() -> Any | None:
    """The fragment on the clipboard, or None when it holds no steps of ours.
    The fragment is still unchecked data: ``paste_fragment`` validates it."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(FRAGMENT_MIME):
        return None
    try:
        return json.loads(bytes(mime.data(FRAGMENT_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
