"""A brick's tooltip is built when the pointer first rests on it, and follows edits."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsSceneHoverEvent

from procesbouw.model import ProcessMap, Role, Step
from ui.canvas.scene import MapScene


def test_the_tooltip_appears_on_hover_and_follows_a_rename(qtbot: object) -> None:
    pm = ProcessMap()
    planner = Role("Planner")
    pm.add(planner)
    step = Step("Intake <kort>", planner.id, process_minutes=90, wait_minutes=2880)
    pm.add(step)
    scene = MapScene(None, pm)  # kept: the scene owns its bricks
    brick = scene.bricks[step.id]

    brick.hoverEnterEvent(QGraphicsSceneHoverEvent())
    assert "Intake &lt;kort&gt;" in brick.toolTip() and "Planner" in brick.toolTip()
    assert "Wachttijd: 2 d" in brick.toolTip() and "Bewerkingstijd: 1,5 u" in brick.toolTip()

    brick.set_step(Step("Herintake", planner.id, id=step.id), planner, 24.0)  # still hovered
    assert "Herintake" in brick.toolTip()
    brick.hoverLeaveEvent(QGraphicsSceneHoverEvent())
    brick.set_step(Step("Afronden", None, id=step.id), None, 24.0)
    brick.hoverEnterEvent(QGraphicsSceneHoverEvent())
    assert "Afronden" in brick.toolTip() and "Herintake" not in brick.toolTip()
