"""A short glossary in plain words: what the report's terms mean, for an MT
member who was not at the table."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.page import PORTRAIT, frame_size
from procesbouw.report.tables import data_table
from procesbouw.report.text import para
from procesbouw.units import day_basis

# (term nl, term en, meaning nl, meaning en)
_TERMS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Doorlooptijd",
        "Lead time",
        "Hoe lang een cliënt of melding er gemiddeld over doet van de eerste tot de laatste "
        "stap, wachten meegeteld. ‘Verwacht’ telt het overdoen van werk mee; ‘in één keer "
        "goed’ niet.",
        "How long a case takes on average from the first to the last step, waiting "
        "included. ‘Expected’ counts work that is done again; ‘first pass’ does not.",
    ),
    (
        "Dag / werkdag",
        "Day / working day",
        "Deze kaart rekent in {basis}. ‘1 dag’ is 24 uur; ‘1 werkdag’ is een dag van het "
        "aantal werkuren dat het team heeft gekozen.",
        "This map counts in {basis}. ‘1 day’ is 24 hours; ‘1 working day’ is a day of the "
        "working hours the team chose.",
    ),
    (
        "Wachttijd",
        "Wait time",
        "Tijd dat het werk stilligt vóór een stap: in een bak, op een lijst, op een akkoord.",
        "Time the work lies still before a step: in a tray, on a list, awaiting approval.",
    ),
    (
        "Bewerkingstijd",
        "Process time",
        "Tijd dat er echt aan gewerkt wordt.",
        "Time someone actually works on it.",
    ),
    (
        "Stroomefficiëntie",
        "Flow efficiency",
        "Welk deel van de doorlooptijd echt werk is. Laag betekent: vooral wachten.",
        "Which part of the lead time is actual work. Low means: mostly waiting.",
    ),
    (
        "Kritieke pad",
        "Critical path",
        "De langste route door het proces; die bepaalt de doorlooptijd. Sneller worden kan "
        "alleen op deze route.",
        "The longest route through the process; it sets the lead time. Getting faster is "
        "only possible on this route.",
    ),
    (
        "First-time-right (FTR)",
        "First-time-right (FTR)",
        "Hoe vaak het werk in één keer goed is. Gaat een deel terug naar een eerdere stap, "
        "dan telt dat als niet in één keer goed. ‘Keten’: de kans dat het hele kritieke pad "
        "in één keer goed gaat.",
        "How often the work is right the first time. Work sent back to an earlier step "
        "counts as not right first time. ‘Rolled’: the chance that the whole critical path "
        "goes right first time.",
    ),
    (
        "Overdracht",
        "Handoff",
        "Het werk gaat naar een andere rol. Elke overdracht is een kans op wachten en misverstand.",
        "The work moves to another role. Every handoff is a chance of waiting and "
        "misunderstanding.",
    ),
    (
        "Terugkoppeling",
        "Rework",
        "Werk dat terug moet naar een eerdere stap, met het deel van de gevallen waarin dat "
        "gebeurt.",
        "Work that has to go back to an earlier step, with the share of cases it happens in.",
    ),
    (
        "Knelpunt",
        "Bottleneck",
        "Een stap op het kritieke pad die een groot deel van de doorlooptijd kost.",
        "A step on the critical path that takes a large part of the lead time.",
    ),
    (
        "Verborgen verbinding",
        "Hidden connection",
        "Twee rollen die in het werk samenwerken, maar die het team niet als verbinding zag.",
        "Two roles that work together in practice, but that the team did not see as connected.",
    ),
    (
        "Verbindende rol",
        "Connecting role",
        "Een rol waar werk tussen andere rollen doorheen loopt. Valt die uit, dan stokt er veel.",
        "A role that work between other roles runs through. If it is missing, much stalls.",
    ),
    (
        "Momentopname",
        "Snapshot",
        "Een vastgelegde versie van de kaart op een datum, om later mee te vergelijken.",
        "A saved version of the map on a date, to compare with later.",
    ),
    (
        "Drie stemmen",
        "Three voices",
        "Wat medewerkers, klanten en de organisatie ervaren en meten: de stem van de "
        "medewerker, van de klant en van de organisatie.",
        "What employees, customers and the organisation experience and measure: the voice "
        "of the employee, the customer and the business.",
    ),
)


def glossary_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    width, _ = frame_size(PORTRAIT)
    en = ctx.lang == "en"
    basis = day_basis(ctx.pm.details.hours_per_day, ctx.lang)
    rows = [
        [term_en if en else term_nl, (meaning_en if en else meaning_nl).format(basis=basis)]
        for term_nl, term_en, meaning_nl, meaning_en in _TERMS
    ]
    header = [ctx.label("glossary_term"), ctx.label("glossary_meaning")]
    return [
        CondPageBreak(120 * mm),
        Paragraph(para(ctx.label("glossary")), sheet["h1"]),
        Paragraph(para(ctx.label("glossary_intro")), sheet["intro"]),
        data_table(header, rows, [width * 0.27, width * 0.73]),
    ]
