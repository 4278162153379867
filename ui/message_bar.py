"""A plain message across the top of the window that stays until it is dealt with.

For what the facilitator must not miss and should not be interrupted by with a
dialog: a change the file refused (disk full, file read-only or gone), a map
opened read-only, a journal set aside when the map was opened. It offers the
way out ("Opslaan als…") when there is one, and a close button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.canvas import style


class MessageBar(QFrame):
    """Hidden until ``show_message``; ``save_as_requested`` when its button is used."""

    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # file names are shown as typed
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_as_button = QPushButton(self.tr("Opslaan als…"))
        self.save_as_button.clicked.connect(self.save_as_requested)
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_as_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, text: str, problem: bool, offer_save_as: bool) -> None:
        """Show ``text``: a ``problem`` (a refused change) in warning colours, a notice
        in calm ones; with the "Opslaan als…" button when that is the way out."""
        background, border = style.MESSAGE_PROBLEM if problem else style.MESSAGE_NOTICE
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"#messageBar QLabel {{ color: {style.MESSAGE_TEXT}; }}"
        )
        self.text.setText(text)
        self.save_as_button.setVisible(offer_save_as)
        self.show()
