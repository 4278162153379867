"""The audience screen: a chrome-free window on the projector (or full screen on
the only screen) that mirrors the live map from the facilitator's own scene.

What it shows besides the map follows the session's phase (``SessionControl``):
the key figures in large type, the stories, the hidden connections one by one,
the chosen experiments with their form of change. Every mark on it is in the legend.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from procesbouw.analysis.results import Analysis
from procesbouw.model import FlowKind
from procesbouw.phases import role_pair
from procesbouw.session import PHASES
from ui import settings
from ui.canvas import style
from ui.canvas.role_network import RoleNetworkScene
from ui.canvas.scene import MapScene
from ui.live_analysis import LiveAnalysis
from ui.panels.wording import phase_label
from ui.room.figures import RoomFigures
from ui.room.legend import Entry, Legend
from ui.room.phase_bar import timer_text
from ui.room.room_view import RoomView
from ui.room.session_control import SessionControl
from ui.room.side_panel import SidePanel

REVEAL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
NEXT_PHASE_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)  # with Ctrl
PREVIOUS_PHASE_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)  # with Ctrl
_STEP = "font-size: 19px; color: #C9D1D9;"
_STEP_TIME_UP = "font-size: 19px; color: #FFB74D;"  # the phase bar's amber, on dark


class AudienceWindow(QWidget):
    """``leave_requested``: Esc or F5 on this window (presentation on one screen)."""

    leave_requested = Signal()

    def __init__(
        self,
        scene: MapScene,
        live_analysis: LiveAnalysis,
        control: SessionControl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Procesbouw — projectorscherm"))
        self.scene = scene
        self.live_analysis = live_analysis
        self.control = control
        self.document = control.document
        self.setStyleSheet("AudienceWindow { background: #EDEFF2; }")

        self.phase_title = QLabel()
        self.phase_title.setTextFormat(Qt.TextFormat.PlainText)
        self.phase_title.setStyleSheet("font-size: 34px; font-weight: 700; color: white;")
        self.phase_step = QLabel()
        self.phase_step.setStyleSheet(_STEP)
        self.figures = RoomFigures()
        header = QFrame()
        header.setObjectName("header")
        header.setStyleSheet("#header { background: #1F2A33; }")
        top = QHBoxLayout(header)
        top.setContentsMargins(28, 14, 20, 14)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.phase_title)
        titles.addWidget(self.phase_step)
        top.addLayout(titles)
        top.addWidget(self.figures, 1)

        self.view = RoomView(scene)
        self.network = RoleNetworkScene()
        self.network_view = QGraphicsView(self.network)
        self.network_view.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.network_view.setFrameShape(QFrame.Shape.NoFrame)
        self.network_view.setInteractive(False)
        self.network_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.view)
        self.centre.addWidget(self.network_view)
        self.side = SidePanel()
        self.body = QWidget()
        self._body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(0)
        self._body_layout.addWidget(self.centre, 3)
        self._body_layout.addWidget(self.side, 1)
        self.legend = Legend()

        layout = QVBoxLayout(self)
        # The window is the screen: what is too wide gets squeezed, never the
        # window widened past the screen (which would also end full screen).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.legend)

        # Edits reach the shared scene at once; the framing follows in the same turn.
        self.document.changed.connect(self._map_changed)
        self.document.reset.connect(self.refresh)
        scene.selectionChanged.connect(self._selection_changed)
        live_analysis.updated.connect(self.refresh)
        control.changed.connect(self.refresh)
        control.ticked.connect(self._show_phase_time)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scene.set_second_view(False)
        super().closeEvent(event)

    # -- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        with_ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.leave_requested.emit()
        elif with_ctrl and event.key() in NEXT_PHASE_KEYS:
            self.control.forward()  # on one screen the phase bar is behind this window
        elif with_ctrl and event.key() in PREVIOUS_PHASE_KEYS:
            self.control.back()
        elif event.key() in REVEAL_KEYS:
            self.reveal_next()
        else:
            super().keyPressEvent(event)

    # -- mirroring ---------------------------------------------------------------------

    def _map_changed(self, *_: object) -> None:
        self.view.reframe()
        self._show_legend()

    def _selection_changed(self) -> None:
        if not self.scene.selected_step_ids() and not self.view.fits_whole_map():
            return  # nothing to follow: stay where the room is looking
        self.view.reframe()
        self._show_legend()

    def hidden_pairs(self) -> list[tuple[str, str]]:
        analysis = self.live_analysis.latest
        if analysis is None:
            return []
        return [(c.role_a_id, c.role_b_id) for c in analysis.hidden_connections]

    def reveal_next(self) -> None:
        if self.control.view().hidden_connections:
            self.control.reveal_next(self.hidden_pairs())

    def refresh(self, *_: object) -> None:
        control = self.control
        view = control.view()
        analysis = self.live_analysis.latest
        pm = self.document.map
        phase = control.phase
        self.phase_title.setText(phase_label(phase))
        self._show_phase_time()
        lang = settings.active_language()
        self.figures.setVisible(view.figures)
        if view.figures:
            self.figures.show_analysis(analysis, pm.details.hours_per_day, lang)
        if view.hidden_connections and analysis is not None:
            self._show_network(analysis)
        else:
            self.centre.setCurrentWidget(self.view)
        if view.hidden_connections:
            hidden = list(analysis.hidden_connections) if analysis else []
            shown = set(control.reveal.visible(self.hidden_pairs()))
            revealed = [c for c in hidden if role_pair(c.role_a_id, c.role_b_id) in shown]
            self.side.show_connections(revealed, len(hidden) - len(revealed), pm)
        elif view.experiments or view.agreements:
            self.side.show_experiments(list(pm.actions.values()), view.agreements)
        elif view.hotspots:
            self.side.show_stories(list(pm.findings.values()))
        else:
            self.side.show_nothing()
        self._place_side_panel()
        QTimer.singleShot(0, self._reframe_centre)  # after the side panel took its room
        self._reframe_centre()
        self._show_legend()

    def _show_phase_time(self) -> None:
        """ "fase 2 van 5", with the phase's clock once it has counted: the room
        sees its timebox too, and on one screen it is the facilitator's only timer."""
        phase = self.control.phase
        words = (
            self.tr("fase %1 van %2")
            .replace("%1", str(PHASES.index(phase) + 1))
            .replace("%2", str(len(PHASES)))
        )
        time = self.control.phase_time()
        if time.over or self.control.running or time.spent > 0:
            words += "  ·  " + timer_text(time)
        self.phase_step.setText(words)
        style = _STEP_TIME_UP if time.over else _STEP
        if self.phase_step.styleSheet() != style:  # not restyled every second
            self.phase_step.setStyleSheet(style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_side_panel()

    def _place_side_panel(self) -> None:
        """Beside the map or under it: wherever the map (or the role network) keeps
        the larger scale. A wide map gets the whole width and the cards a row under
        it; a tall one keeps the full height with the cards in a column."""
        if self.side.isHidden():
            return
        area = self.body.size()
        content = self._centre_content()
        if area.isEmpty() or content.isEmpty():
            return
        column = area.width() // 4  # the column's stretch: one of four
        self.side.set_beside(False, area.width())
        row = self.side.heightForWidth(area.width())
        row = row if row > 0 else self.side.sizeHint().height()
        beside = min((area.width() - column) / content.width(), area.height() / content.height())
        under = min(area.width() / content.width(), (area.height() - row) / content.height())
        in_column = beside >= under or not self.side.row_fits(area.width())
        if in_column:
            self.side.set_beside(True)
        direction = QBoxLayout.Direction
        layout = self._body_layout
        layout.setDirection(direction.LeftToRight if in_column else direction.TopToBottom)
        layout.setStretchFactor(self.centre, 3 if in_column else 1)
        layout.setStretchFactor(self.side, 1 if in_column else 0)

    def _centre_content(self) -> QRectF:
        if self.centre.currentWidget() is self.network_view:
            return self.network.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        return self.view.content_rect()

    def _reframe_centre(self) -> None:
        if self.centre.currentWidget() is self.network_view:
            self._fit_network()
        else:
            self.view.reframe()

    def _fit_network(self) -> None:
        """Fit the role network; if its smallest words would then be under the
        wall's reading size, draw its words larger and fit again."""
        view = self.network_view
        view.fitInView(self._centre_content(), Qt.AspectRatioMode.KeepAspectRatio)
        analysis = self.live_analysis.latest
        on_screen = self.network_text_pixels()
        wanted = self.view.wall_text_pixels()
        if analysis is None or on_screen >= wanted:
            return
        for _ in range(3):  # larger words widen the drawing a little: fit again
            self.network.text_scale *= wanted / on_screen * 1.02
            self._show_network(analysis)
            view.fitInView(self._centre_content(), Qt.AspectRatioMode.KeepAspectRatio)
            on_screen = self.network_text_pixels()
            if on_screen >= wanted:
                return

    def _network_stretch(self) -> float:
        """As wide as the screen's part for it allows, so the words on the edges
        (drawn large for the wall) have room beside each other."""
        size = self.centre.size()
        aspect = size.width() / size.height() if size.height() > 0 else 1.0
        return min(max(aspect * 0.9, 1.0), 2.0)

    def network_text_pixels(self) -> float:
        """How high the role network's smallest words are on this screen."""
        return self.network.smallest_text_pixels() * self.network_view.transform().m11()

    def _show_network(self, analysis: Analysis) -> None:
        """The role network with only the revealed hidden connections drawn."""
        shown = set(self.control.reveal.visible(self.hidden_pairs()))
        collaboration = tuple(
            c
            for c in analysis.collaboration
            if not c.hidden or role_pair(c.role_a_id, c.role_b_id) in shown
        )
        self.network.show_network(
            replace(analysis, collaboration=collaboration),
            self.document.map,
            {},
            text_scale=self.network.text_scale,
            stretch=self._network_stretch(),
            names_beside=True,
        )
        self.centre.setCurrentWidget(self.network_view)

    def _show_legend(self) -> None:
        """One entry per mark on screen now: role colours, outlines, bars, discs, arrows."""
        view = self.control.view()
        pm = self.document.map
        marks: list[Entry] = []
        roles: list[Entry] = []
        if self.centre.currentWidget() is self.view:
            used = {s.role_id for s in pm.steps.values()}
            roles = [("brick", QColor(r.colour), r.name) for r in pm.roles.values() if r.id in used]
            if None in used:
                roles.append(("brick", style.NO_ROLE_COLOUR, self.tr("zonder rol")))
            marks.append(("arrow", style.FLOW, self.tr("overdracht")))
            if any(f.kind is FlowKind.REWORK for f in pm.flows.values()):
                marks.append(("dashed", style.REWORK, self.tr("terug voor herstel")))
            if self.scene.selected_step_ids():
                marks.append(("outline", style.SELECTION, self.tr("waar we het nu over hebben")))
            analysis = self.live_analysis.latest
            if analysis is not None and analysis.figures is not None:
                if view.critical_path:
                    marks.append(
                        ("outline", style.CRITICAL, self.tr("kritiek pad: bepaalt de doorlooptijd"))
                    )
                if view.bottleneck_heat and analysis.bottlenecks:
                    marks.append(("heat", style.HEAT, self.tr("wachttijd: hoe roder, hoe langer")))
            if view.hotspots and analysis is not None and analysis.hotspots:
                marks.append(("disc", style.HOTSPOT, self.tr("aantal verhalen over deze stap")))
            if self.view.scale_factor >= style.ROOM_FULL_ZOOM:
                marks.append(("wait", style.TEXT_DARK, self.tr("wachttijd")))
                marks.append(("process", style.TEXT_DARK, self.tr("bewerkingstijd")))
        else:
            marks = self._network_marks()
        self.legend.show_rows([roles, marks])

    def _network_marks(self) -> list[Entry]:
        """The role network's marks, for what it draws now."""
        analysis = self.live_analysis.latest
        if analysis is None:
            return []
        shown = set(self.control.reveal.visible(self.hidden_pairs()))
        marks: list[Entry] = [("thick", style.FLOW, self.tr("werkt samen via overdrachten"))]
        if shown:
            words = self.tr("verborgen verbinding: samen werken, niet getekend")
            marks.append(("dashed", style.REWORK, words))
        if analysis.unused_links:
            words = self.tr("getekend, maar zonder overdrachten")
            marks.append(("dotted", style.FLOW, words))
        if analysis.brokers:
            words = self.tr("spilfunctie: werk tussen anderen loopt via deze rol")
            marks.append(("ring", style.CRITICAL, words))
        return marks
