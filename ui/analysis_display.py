"""Where the live analysis is shown: the canvas overlays, the figures banner,
the Analyse dock and the role network that can take the canvas's place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QStackedWidget

from procesbouw.model import ValidationError
from ui import settings
from ui.canvas.figures_banner import FiguresBanner
from ui.canvas.role_network import RoleNetworkScene
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document import MapDocument
from ui.live_analysis import LiveAnalysis
from ui.panels.analysis import AnalysisPanel


class AnalysisDisplay(QObject):
    """Keeps every view of the analysis in step with ``live_analysis``.
    ``centre`` holds the canvas and the role network, one at a time.
    ``link_drawn`` carries a role link just drawn in the network (to type its note)."""

    link_drawn = Signal(str)

    def __init__(self, document: MapDocument, scene: MapScene, view: MapView) -> None:
        super().__init__(scene)
        self.document = document
        self.scene = scene
        self.view = view
        self.live_analysis = LiveAnalysis(document)
        self.panel = AnalysisPanel(settings.active_language())
        self.role_network = RoleNetworkScene()
        self.role_view = QGraphicsView(self.role_network)
        self.role_view.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.banner = FiguresBanner(view.viewport())
        self.centre = QStackedWidget()
        self.centre.addWidget(view)
        self.centre.addWidget(self.role_view)
        self.live_analysis.updated.connect(self.show_analysis)
        self.panel.overlays_changed.connect(self.show_analysis)
        self.panel.entry_activated.connect(self.select_and_centre)
        self.panel.role_network_toggled.connect(self.show_role_network)
        self.role_network.read_only = document.read_only
        self.role_network.link_requested.connect(self.link_roles)
        self.role_network.unlink_requested.connect(self.unlink_roles)

    def link_roles(self, role_a_id: str, role_b_id: str) -> None:
        try:
            link = self.document.link_roles(role_a_id, role_b_id)
        except ValidationError as error:
            self.scene.report(settings.error_text(error))
            return
        if link is not None:
            self.link_drawn.emit(link.id)

    def unlink_roles(self, link_id: str) -> None:
        try:
            self.document.unlink_roles(link_id)
        except ValidationError as error:
            self.scene.report(settings.error_text(error))

    def show_analysis(self, *_: object) -> None:
        analysis = self.live_analysis.latest
        if analysis is None:
            return
        self.scene.show_analysis(analysis, self.panel.overlays())
        self.show_banner()
        self.panel.show_analysis(analysis, self.document.map)
        if self.centre.currentWidget() is self.role_view:
            self._draw_role_network()

    def show_banner(self) -> None:
        self.banner.show_analysis(
            self.live_analysis.latest,
            self.document.map.details.hours_per_day,
            settings.active_language(),
        )

    def _draw_role_network(self) -> None:
        analysis = self.live_analysis.latest
        if analysis is None:
            return
        labels = {
            "drawn": self.tr("verbinding die het team tekende"),
            "hidden": self.tr("verborgen verbinding (niet getekend)"),
            "unused": self.tr("getekend, maar zonder overdrachten"),
            "broker": self.tr("spilfunctie: werk tussen anderen loopt via deze rol"),
            "how": self.tr(
                "Sleep van rol naar rol om een verbinding te tekenen;\n"
                "rechtsklik op een verbinding om haar te verwijderen."
            ),
        }
        narrow = self.role_view.width() < self.role_view.height() * 1.3
        self.role_network.show_network(analysis, self.document.map, labels, narrow)
        rect = self.role_network.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.role_view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def show_role_network(self, shown: bool) -> None:
        self.centre.setCurrentWidget(self.role_view if shown else self.view)
        if shown:
            self._draw_role_network()

    def select_and_centre(self, ids: list[str]) -> None:
        """Back to the canvas, with ``ids`` selected and in view."""
        self.show_role_network(False)
        self.panel.network_box.setChecked(False)
        self.scene.select_ids(ids)
        self.view.centre_on_ids(ids)
