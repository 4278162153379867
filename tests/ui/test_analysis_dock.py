"""The Analyse dock follows every edit on the canvas, once per edit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLabel

from procesbouw.model import Flow, FlowKind
from tests.ui.conftest import drag
from ui.main_window import MainWindow
from ui.panels.analysis import AnalysisPanel
from ui.what_if import WhatIfDialog


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _lead_time_text(window: MainWindow) -> str:
    tile = window.analysis_panel.tile_grid.itemAt(0).widget()
    return tile.findChild(QLabel, "value").text()


def _chain(window: MainWindow) -> list[str]:
    doc = window.document
    a = doc.add_step("Aanmelding", (40, 100))
    b = doc.add_step("Intake", (280, 100))
    c = doc.add_step("Plannen", (520, 100))
    doc.add_entities([Flow(a.id, b.id), Flow(b.id, c.id)], "Verbinden")
    for step, wait in ((a, 60), (b, 120), (c, 60)):
        doc.change(doc.map.steps[step.id], "Wachttijd", wait_minutes=wait)
    _settle()
    return [a.id, b.id, c.id]


def test_an_edit_in_the_properties_changes_the_lead_time_in_the_dock(
    qtbot: object, window: MainWindow
) -> None:
    ids = _chain(window)
    assert _lead_time_text(window) == "4 u"
    window.scene.select_ids([ids[1]])
    field = window.properties.step_page.fields["wait_minutes"]
    field.editor.setText("1d")
    field.editor.editingFinished.emit()
    _settle()
    assert _lead_time_text(window) == "1,1 dagen"
    assert window.scene.bricks[ids[1]].critical


def test_the_analysis_runs_once_per_edit_even_for_a_multi_brick_drag(
    qtbot: object, window: MainWindow
) -> None:
    ids = _chain(window)
    window.view.resetTransform()
    window.view.centerOn(window.scene.content_rect().center())
    window.scene.select_ids(ids)
    runs = window.live_analysis.runs
    brick = window.scene.bricks[ids[0]]
    start = window.view.mapFromScene(brick.mapToScene(QPointF(80, 40)))
    drag(window.view.viewport(), start, start + QPoint(0, 60))
    _settle()
    assert all(window.document.map.steps[i].y == 160 for i in ids)
    assert window.live_analysis.runs == runs + 1


def test_clicking_a_bottleneck_selects_and_centres_its_step(
    qtbot: object, window: MainWindow
) -> None:
    ids = _chain(window)
    entries = window.analysis_panel.entries
    first_bottleneck = entries.item(1)
    assert "Intake" in first_bottleneck.text()
    entries.itemClicked.emit(first_bottleneck)
    assert window.scene.selected_step_ids() == [ids[1]]


def test_an_empty_map_gets_a_friendly_message(qtbot: object, window: MainWindow) -> None:
    _settle()
    assert window.analysis_panel.message.isVisibleTo(window.analysis_panel)
    assert window.analysis_panel.message.text()
    assert "Traceback" not in window.analysis_panel.message.text()


def test_what_if_previews_and_only_applies_on_request(qtbot: object, window: MainWindow) -> None:
    ids = _chain(window)
    dialog = WhatIfDialog(window.document, ids[1], window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.wait.setText("0")
    assert dialog.preview.text() == "4 u → 2 u"
    assert window.document.map.steps[ids[1]].wait_minutes == 120
    dialog.wait.setText("abc")
    assert not dialog.apply_button.isEnabled()
    dialog.wait.setText("30m")
    dialog.apply_button.click()
    assert window.document.map.steps[ids[1]].wait_minutes == 30


def test_role_network_view_marks_hidden_connections(qtbot: object, window: MainWindow) -> None:
    doc = window.document
    planner = doc.add_role("Planner", "#237841")
    nurse = doc.add_role("Wijkverpleegkundige", "#C91A09")
    a = doc.add_step("Intake", (0, 0), nurse.id)
    doc.add_step("Plannen", (200, 0), planner.id, after=a.id)
    _settle()
    window.analysis_panel.network_box.setChecked(True)
    assert window.centre.currentWidget() is window.role_view
    assert set(window.role_network.nodes) == {planner.id, nurse.id}
    (edge,) = window.role_network.edges.values()
    assert edge.pen().style() == Qt.PenStyle.DashLine
    hidden_texts = [i.text() for i in window.role_network.items() if hasattr(i, "text")]
    assert any("⚠" in text for text in hidden_texts)


def test_the_dock_charts_wait_and_work_of_each_critical_path_step(
    qtbot: object, window: MainWindow
) -> None:
    ids = _chain(window)
    chart = window.analysis_panel.chart
    assert chart.isVisible()
    assert [t.step_id for t in chart.times] == ids
    assert [t.wait for t in chart.times] == [60, 120, 60]
    assert chart.unit_name == "uren"  # no bar reaches a day
    assert "Intake: Wachten 2, Werken 0 uren" in chart.toolTip()
    image = chart.grab().toImage()
    wait_colour = image.pixelColor(int(chart.width() * 0.6), 24 + 18 + 9)  # Intake's bar
    assert wait_colour.name() == "#e8b04a"


def test_card_sentence_and_warning_agree_on_first_time_right(
    qtbot: object, window: MainWindow
) -> None:
    ids = _chain(window)
    window.document.add_entities(
        [Flow(ids[2], ids[0], FlowKind.REWORK, rework_share=0.2)], "Terugkoppeling"
    )
    _settle()
    panel = window.analysis_panel
    ftr_tile = panel.tile_grid.itemAt(4).widget().findChild(QLabel, "value")
    assert ftr_tile.text() == "80 %"
    assert "in 80 % van de gevallen in één keer goed" in panel.summary.text()
    texts = [panel.entries.item(i).text() for i in range(panel.entries.count())]
    assert any("Bij 'Plannen' staat FTR 100 %, maar 20 % gaat terug naar" in t for t in texts)


def _rows(panel: AnalysisPanel) -> list[tuple[str, object, bool]]:
    entries = panel.entries
    return [
        (entries.item(row).text(), panel.ids_at(row), entries.item(row).font().bold())
        for row in range(entries.count())
    ]


def test_the_panel_after_many_edits_shows_what_a_fresh_panel_shows(
    qtbot: object, window: MainWindow
) -> None:
    """The panel changes only the rows that differ; after every edit its entries,
    their ids and the figures are those of a panel that shows the analysis anew,
    and a hidden connection selects exactly the flows between its two roles."""
    doc = window.document
    roles = [doc.add_role(f"Rol {n}") for n in range(4)]
    assert all(roles)
    steps = [
        doc.add_step(f"Stap {n}", (n * 220.0, 100.0), roles[n % 4].id)  # type: ignore[union-attr]
        for n in range(6)
    ]
    doc.add_entities([Flow(a.id, b.id) for a, b in zip(steps, steps[1:], strict=False)], "Keten")
    doc.link_roles(roles[0].id, roles[1].id)  # type: ignore[union-attr]
    edits = [
        lambda: doc.move_steps({steps[2].id: (440.0, 300.0)}),
        lambda: doc.rename(steps[3].id, "Plannen"),
        lambda: doc.change(doc.map.steps[steps[1].id], "Wachttijd", wait_minutes=600),
        lambda: doc.connect(steps[0].id, steps[4].id),
        lambda: doc.change(doc.map.steps[steps[5].id], "Rol", role_id=roles[2].id),
        doc.undo_stack.undo,
        doc.undo_stack.undo,
        lambda: doc.remove([steps[5].id]),
    ]
    for edit in edits:
        edit()
        qtbot.waitUntil(lambda: window.live_analysis.latest is not None)  # type: ignore[attr-defined]
        _settle()
        analysis = window.live_analysis.latest
        fresh = AnalysisPanel(window.analysis_panel.language)
        fresh.show_analysis(analysis, doc.map)
        assert _rows(window.analysis_panel) == _rows(fresh)
        assert [v.text() for v in window.analysis_panel._values] == [
            v.text() for v in fresh._values
        ]
        pm = doc.map
        for hidden in analysis.hidden_connections:
            pair = {hidden.role_a_id, hidden.role_b_id}
            behind = [
                f.id
                for f in pm.flows.values()
                if {pm.steps[f.source_id].role_id, pm.steps[f.target_id].role_id} == pair
            ]
            assert list(hidden.flow_ids) == behind
