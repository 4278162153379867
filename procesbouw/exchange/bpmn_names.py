"""Names both BPMN directions share: namespaces, our extension attributes, and
how BPMN-DI pixels relate to canvas coordinates (see ``docs/file-format.md``)."""

from __future__ import annotations

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Our own namespace for the figures BPMN has no attribute for.
PROCESBOUW = "https://procesbouw.nl/bpmn/1"

# Extension attributes (local names, in the PROCESBOUW namespace).
PROCESS_MINUTES = "processMinutes"
WAIT_MINUTES = "waitMinutes"
FTR_PERCENT = "ftrPercent"
REWORK_SHARE = "reworkShare"
ROLE_KIND = "roleKind"
COLOUR = "colour"

# A BPMN task is drawn 100 x 80 px, a brick 160 x 80: canvas = DI * scale.
SCALE_X = 1.6
SCALE_Y = 1.25
BRICK_WIDTH = 160.0
BRICK_HEIGHT = 80.0
GRID = 20.0


def tag(namespace: str, local: str) -> str:
    """An ElementTree ``{namespace}local`` name."""
    return f"{{{namespace}}}{local}"
