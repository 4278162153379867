"""The facilitator's words and colours for voices, forms of change and experiment
status, shared by the Bevindingen, Experimenten and Momentopnamen docks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from procesbouw.model import ActionStatus, ChangeForm, Voice
from procesbouw.session import Phase


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("Wording", …) below."""
    return QCoreApplication.translate("Wording", text)


# Chip colours: distinct from each other and readable with white text.
VOICE_COLOURS = {
    Voice.CUSTOMER: "#C2410C",
    Voice.EMPLOYEE: "#1565C0",
    Voice.BUSINESS: "#6A1B9A",
}
FORM_COLOURS = {
    ChangeForm.IMPROVE: "#2E7D32",
    ChangeForm.RENEW: "#00838F",
    ChangeForm.TRANSITION: "#EF6C00",
    ChangeForm.INNOVATE: "#AD1457",
}
STATUS_COLOURS = {
    ActionStatus.PLANNED: "#607D8B",
    ActionStatus.RUNNING: "#1565C0",
    ActionStatus.DONE: "#2E7D32",
    ActionStatus.STOPPED: "#8D6E63",
}
LINK_COLOUR = "#2E7D32"  # matches the canvas highlight of a finding's linked items
TAG_COLOUR = "#E8EAED"  # light chip, dark text
PHOTO_COLOUR = "#455A64"


def voice_label(voice: Voice) -> str:
    return {
        Voice.CUSTOMER: _tr(QT_TRANSLATE_NOOP("Wording", "klant")),
        Voice.EMPLOYEE: _tr(QT_TRANSLATE_NOOP("Wording", "medewerker")),
        Voice.BUSINESS: _tr(QT_TRANSLATE_NOOP("Wording", "organisatie")),
    }[voice]


def voice_explanation(voice: Voice) -> str:
    return {
        Voice.CUSTOMER: _tr(
            QT_TRANSLATE_NOOP("Wording", "Stem van de klant (VoC): hoe de cliënt het beleeft.")
        ),
        Voice.EMPLOYEE: _tr(
            QT_TRANSLATE_NOOP(
                "Wording", "Stem van de medewerker (VoE): hoe het team het werk beleeft."
            )
        ),
        Voice.BUSINESS: _tr(
            QT_TRANSLATE_NOOP(
                "Wording", "Stem van de organisatie (VoB): wat het de organisatie oplevert."
            )
        ),
    }[voice]


def form_label(form: ChangeForm) -> str:
    return {
        ChangeForm.IMPROVE: _tr(QT_TRANSLATE_NOOP("Wording", "verbeteren")),
        ChangeForm.RENEW: _tr(QT_TRANSLATE_NOOP("Wording", "vernieuwen")),
        ChangeForm.TRANSITION: _tr(QT_TRANSLATE_NOOP("Wording", "transitie")),
        ChangeForm.INNOVATE: _tr(QT_TRANSLATE_NOOP("Wording", "innovatie")),
    }[form]


def form_explanation(form: ChangeForm) -> str:
    """One line from the facilitation method: what changes in this form of change."""
    return {
        ChangeForm.IMPROVE: _tr(
            QT_TRANSLATE_NOOP(
                "Wording", "Beter binnen de huidige inrichting en het huidige denken."
            )
        ),
        ChangeForm.RENEW: _tr(
            QT_TRANSLATE_NOOP(
                "Wording", "Nieuwe inrichting (systemen, processen, structuren), hetzelfde denken."
            )
        ),
        ChangeForm.TRANSITION: _tr(
            QT_TRANSLATE_NOOP("Wording", "Het denken verandert, de inrichting blijft.")
        ),
        ChangeForm.INNOVATE: _tr(
            QT_TRANSLATE_NOOP("Wording", "Zowel de inrichting als het denken veranderen.")
        ),
    }[form]


def status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.PLANNED: _tr(QT_TRANSLATE_NOOP("Wording", "gepland")),
        ActionStatus.RUNNING: _tr(QT_TRANSLATE_NOOP("Wording", "loopt")),
        ActionStatus.DONE: _tr(QT_TRANSLATE_NOOP("Wording", "afgerond")),
        ActionStatus.STOPPED: _tr(QT_TRANSLATE_NOOP("Wording", "gestopt")),
    }[status]


def phase_label(phase: Phase) -> str:
    """The method's name for a phase of the session."""
    return {
        Phase.BUILD: _tr(QT_TRANSLATE_NOOP("Wording", "Bouwen")),
        Phase.STORIES: _tr(QT_TRANSLATE_NOOP("Wording", "Wanneer gaat het goed?")),
        Phase.CONNECTIONS: _tr(QT_TRANSLATE_NOOP("Wording", "Verbindingen zien")),
        Phase.EXPERIMENTS: _tr(QT_TRANSLATE_NOOP("Wording", "Experimenten kiezen")),
        Phase.AGREEMENTS: _tr(QT_TRANSLATE_NOOP("Wording", "Afspraken")),
    }[phase]
