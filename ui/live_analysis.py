"""Recomputes the analysis after edits, at most once per edit, without freezing.

Events of one edit (a drag of 50 bricks sends 50) are coalesced into one run.
Small maps are analysed on the UI thread (a few milliseconds), started by a
high-priority posted event as soon as the edit returns to the event loop: before
Qt repaints what the edit changed, so the edit and its analysis reach the screen
in one paint, not two. Big ones are analysed on a worker thread, from an
immutable copy of the map, and a result that an edit has overtaken is dropped;
there the edit is painted first and the worker started after it, because
whatever the UI thread does while the worker runs Python shares the interpreter
lock with it and takes twice as long or more. (The repaint is a low-priority
posted event that the scene asks for while it handles the edit's changes, itself
a posted event; a zero-delay timer fires once those are handled, and the run it
then posts at low priority queues behind the repaint.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from procesbouw.analysis.results import Analysis
from procesbouw.model import ProcessMap
from ui.document import MapDocument

# Above this many steps the analysis leaves the UI thread (measured ~10 ms at 1,000).
BACKGROUND_FROM_STEPS = 1500
SWITCH_INTERVAL_S = 0.0002
_RUN = QEvent.Type(QEvent.registerEventType())


class _Signals(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, pm: ProcessMap, signals: _Signals) -> None:
        super().__init__()
        self.generation = generation
        self.pm = pm
        self.signals = signals

    def run(self) -> None:
        from procesbouw.analysis import analyse

        self.signals.done.emit(self.generation, analyse(self.pm))


class LiveAnalysis(QObject):
    """``updated`` carries each new ``Analysis``; ``latest`` holds the last one."""

    updated = Signal(object)

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        # While a worker analyses, the UI thread waits for the interpreter lock at
        # most this long, each time it wakes. Python's default (5 ms) added up to
        # 30-50 ms stalls during an edit at 5,000 steps; 1 ms still to 35-43 ms at
        # 500 roles; 0.2 ms to 20-45 ms, and the analysis itself is no slower.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.document = document
        self.latest: Analysis | None = None
        self.runs = 0  # how many analyses ran (tests check "once per edit")
        self._generation = 0
        self._signals = _Signals()
        self._signals.done.connect(self._finished)
        self._posted = False
        # A big map's worker starts once the edit is painted (see the module's text).
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self._post_behind_repaint)
        document.changed.connect(self.schedule)
        document.reset.connect(self.schedule)

    def schedule(self, *_: object) -> None:
        self._generation += 1
        if self._posted:
            return
        self._posted = True
        if len(self.document.map.steps) >= BACKGROUND_FROM_STEPS:
            # The edit's repaint alone takes ~5 ms; beside a running worker,
            # 20-40 ms at 5,000 steps. Measured: the longest stall of a rename,
            # a nudge or a new time drops from 25-35 ms to 8-15 ms.
            self._after_paint.start()
        else:
            priority = Qt.EventPriority.HighEventPriority.value
            QCoreApplication.postEvent(self, QEvent(_RUN), priority)

    def _post_behind_repaint(self) -> None:
        priority = Qt.EventPriority.LowEventPriority.value
        QCoreApplication.postEvent(self, QEvent(_RUN), priority)

    def event(self, event: QEvent) -> bool:
        if event.type() == _RUN:
            self._posted = False
            self._run()
            return True
        return super().event(event)

    def _run(self) -> None:
        pm = self.document.map
        self.runs += 1
        if len(pm.steps) < BACKGROUND_FROM_STEPS:
            from procesbouw.analysis import analyse

            self._finished(self._generation, analyse(pm))
        else:
            job = _Job(self._generation, pm.copy(), self._signals)
            QThreadPool.globalInstance().start(job)

    def _finished(self, generation: int, analysis: Analysis) -> None:
        if generation != self._generation:
            return  # an edit came in meanwhile; its own run is on its way
        self.latest = analysis
        self.updated.emit(analysis)
