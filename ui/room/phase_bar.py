"""The phase bar: where the session is, the phase's timer and what the room sees.

Time up is said quietly: the timer turns amber and counts the minutes over;
nothing pops up and nothing takes the keyboard away from the facilitator.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from procesbouw.phases import AudienceView, PhaseTime
from procesbouw.session import MAX_PLANNED_MINUTES, PHASES, Phase
from ui.panels.wording import phase_label
from ui.room.session_control import SessionControl

_ON_TIME = "QLabel { padding: 2px 8px; border-radius: 4px; background: #E8EAED; }"
_TIME_UP = (
    "QLabel { padding: 2px 8px; border-radius: 4px; background: #FFE0B2; color: #8A4B00;"
    " font-weight: 600; }"
)


def clock_text(minutes: float) -> str:
    """Minutes as m:ss (or h:mm:ss from an hour), for a timer."""
    seconds = max(round(minutes * 60), 0)
    hours, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"


def timer_text(time: PhaseTime) -> str:
    """The phase's timer as the facilitator and the room read it: "12:30 / 45:00",
    or "tijd om · +2:10" once the planned time is over."""
    if time.over:
        over = clock_text(time.spent - time.planned)
        return QCoreApplication.translate("PhaseBar", "tijd om · +%1").replace("%1", over)
    return f"{clock_text(time.spent)} / {clock_text(time.planned)}"


class PhaseBar(QToolBar):
    """``reveal_requested`` asks for the next hidden connection on the audience screen."""

    reveal_requested = Signal()

    def __init__(self, control: SessionControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sessie"))
        self.setObjectName("toolbar-phases")
        self.setMovable(False)
        self.control = control
        self.buttons: dict[Phase, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for number, phase in enumerate(PHASES, start=1):
            button = QToolButton()
            button.setText(f"{number} {phase_label(phase)}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, p=phase: control.go_to(p))
            self._group.addButton(button)
            self.buttons[phase] = button
            self.addWidget(button)
        self.addSeparator()
        self.timer_label = QLabel()
        self.timer_label.setMinimumWidth(120)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.timer_label)
        self.run_action = QAction(self)
        self.run_action.triggered.connect(self._run_or_pause)
        self.addAction(self.run_action)
        self.plan_button = QToolButton()
        self.plan_button.setText(self.tr("Tijden"))
        self.plan_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.plan_button.setMenu(self._plan_menu())
        self.addWidget(self.plan_button)
        self.addSeparator()
        self.reveal_action = QAction(self.tr("Volgende verbinding"), self)
        self.reveal_action.setToolTip(
            self.tr("De volgende verborgen verbinding voor de zaal (PgDn)")
        )
        self.reveal_action.triggered.connect(self.reveal_requested)
        self.addAction(self.reveal_action)
        self.view_button = QToolButton()
        self.view_button.setText(self.tr("Zaal ziet"))
        self.view_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view_button.setMenu(self._view_menu())
        self.addWidget(self.view_button)
        control.changed.connect(self.refresh)
        control.ticked.connect(self._show_time)
        self.refresh()

    # -- menus ------------------------------------------------------------------------

    def _plan_menu(self) -> QMenu:
        menu = QMenu(self)
        form = QWidget()
        layout = QFormLayout(form)
        self.plan_boxes: dict[Phase, QSpinBox] = {}
        for phase in PHASES:
            box = QSpinBox()
            box.setRange(1, int(MAX_PLANNED_MINUTES))
            box.setSuffix(self.tr(" min"))
            box.editingFinished.connect(
                lambda p=phase, b=box: self.control.set_planned(p, float(b.value()))
            )
            layout.addRow(phase_label(phase), box)
            self.plan_boxes[phase] = box
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(form)
        menu.addAction(holder)
        return menu

    def _view_menu(self) -> QMenu:
        menu = QMenu(self)
        names = {
            "figures": self.tr("Kerncijfers"),
            "critical_path": self.tr("Kritiek pad"),
            "bottleneck_heat": self.tr("Knelpunten (wachttijd)"),
            "hotspots": self.tr("Succes-hotspots"),
            "hidden_connections": self.tr("Verborgen verbindingen"),
            "experiments": self.tr("Experimenten"),
            "agreements": self.tr("Afspraken (wie, wanneer)"),
        }
        assert set(names) == {f.name for f in fields(AudienceView)}
        self.view_actions: dict[str, QAction] = {}
        for name, text in names.items():
            action = menu.addAction(text)
            action.setCheckable(True)
            action.toggled.connect(
                lambda shown, n=name: self._view_toggled(n, shown)  # type: ignore[misc]
            )
            self.view_actions[name] = action
        menu.addSeparator()
        self.follow_phase_action = menu.addAction(self.tr("Zoals de fase het wil"))
        self.follow_phase_action.triggered.connect(lambda: self.control.set_override(None))
        return menu

    def _view_toggled(self, name: str, shown: bool) -> None:
        if getattr(self.control.view(), name) != shown:
            self.control.toggle_in_view(name, shown)

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        control = self.control
        session = control.session
        read_only = control.document.read_only
        for phase, button in self.buttons.items():
            button.setChecked(phase == control.phase)
            button.setEnabled(not read_only)
            spent = session.spent(phase)
            button.setToolTip(
                self.tr("%1: %2 min gepland, %3 besteed")
                .replace("%1", phase_label(phase))
                .replace("%2", f"{session.planned(phase):g}")
                .replace("%3", clock_text(spent))
            )
        for phase, box in self.plan_boxes.items():
            box.blockSignals(True)
            box.setValue(round(session.planned(phase)))
            box.blockSignals(False)
            box.setEnabled(not read_only)
        view = control.view()
        for name, action in self.view_actions.items():
            action.blockSignals(True)
            action.setChecked(getattr(view, name))
            action.blockSignals(False)
        self.follow_phase_action.setEnabled(control.overridden)
        self.view_button.setText(
            self.tr("Zaal ziet (eigen keuze)") if control.overridden else self.tr("Zaal ziet")
        )
        self.reveal_action.setVisible(view.hidden_connections)
        self.run_action.setText(self.tr("Pauze") if control.running else self.tr("Start"))
        self.run_action.setEnabled(not read_only)
        self._show_time()

    def _show_time(self) -> None:
        time = self.control.phase_time()
        self.timer_label.setText(timer_text(time))
        style = _TIME_UP if time.over else _ON_TIME
        if self.timer_label.styleSheet() != style:  # not restyled every second
            self.timer_label.setStyleSheet(style)

    def _run_or_pause(self) -> None:
        if self.control.running:
            self.control.pause()
        else:
            self.control.start()
