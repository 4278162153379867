"""Every label the report prints, in Dutch and English, and the number and date
formats of each language. No Qt: the report runs headless and in worker threads."""

from __future__ import annotations

from datetime import date

from procesbouw.model import ActionStatus, ChangeForm, RoleKind, Voice
from procesbouw.units import format_duration_rounded, format_number

LANGUAGES = ("nl", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    "app": ("Procesbouw", "Procesbouw"),
    "report_kind": ("Rapportage voor het managementteam", "Report for the management team"),
    "team": ("Team", "Team"),
    "organisation": ("Organisatie", "Organisation"),
    "facilitator": ("Facilitator", "Facilitator"),
    "session_date": ("Sessiedatum", "Session date"),
    "page_of": ("pagina {n} van {m}", "page {n} of {m}"),
    "snapshot_note": (
        "Deze rapportage toont momentopname ‘{label}’ van {date}.",
        "This report shows snapshot ‘{label}’ of {date}.",
    ),
    # summary
    "summary": ("De cijfers achter de verandering", "The figures behind the change"),
    "summary_intro": ("Wat het team ontdekte", "What the team discovered"),
    "lead_time_expected": ("Doorlooptijd (verwacht)", "Lead time (expected)"),
    "lead_time_first_pass": ("Doorlooptijd (in één keer goed)", "Lead time (first pass)"),
    "process_time": ("Bewerkingstijd", "Process time"),
    "flow_efficiency": ("Stroomefficiëntie", "Flow efficiency"),
    "rolled_ftr": ("First-time-right (keten)", "Rolled first-time-right"),
    "handoffs": ("Overdrachten", "Handoffs"),
    "bottlenecks": ("Grootste knelpunten", "Top bottlenecks"),
    "hidden": ("Verborgen verbindingen", "Hidden connections"),
    "brokers": ("Verbindende rollen", "Connecting roles"),
    "patterns": ("Wanneer het goed gaat", "When it goes well"),
    "experiments": ("Experimenten", "Experiments"),
    "and_more": ("en {n} meer", "and {n} more"),
    "see_page": (" — zie pagina {page}", " — see page {page}"),
    "days_basis": ("Dagen zijn {basis}.", "Days are {basis}."),
    "change_heading": ("Wat er veranderde sinds ‘{first}’", "What changed since ‘{first}’"),
    "change_dates": (
        "Van de momentopname van {first} tot de kaart zoals die nu is.",
        "From the snapshot of {first} to the map as it is now.",
    ),
    "figures_now": ("De kerncijfers nu", "The key figures now"),
    "no_snapshots_yet": (
        "Nog geen momentopnamen om mee te vergelijken.",
        "No snapshots to compare with yet.",
    ),
    "mt_question": ("Vraag aan het MT", "Question for the management team"),
    "voices": ("Wat het team mat: de drie stemmen", "What the team measured: the three voices"),
    "better": ("beter", "better"),
    "worse": ("slechter", "worse"),
    "voices_trend": ("De drie stemmen over de tijd", "The three voices over time"),
    "now": ("nu", "now"),
    "lead_time_chart": ("Waar de doorlooptijd heen gaat", "Where the lead time goes"),
    "lead_time_chart_intro": (
        "Per stap op het kritieke pad: wachten vóór de stap en het werk zelf (met herhalingen).",
        "Per step on the critical path: waiting before the step and the work itself (with rework).",
    ),
    "lead_time_chart_some": (
        "De {shown} grootste van de {total} stappen op het kritieke pad.",
        "The {shown} largest of the {total} steps on the critical path.",
    ),
    "chart_wait": ("Wachten", "Waiting"),
    "chart_work": ("Werken", "Working"),
    "axis_days": ("dagen", "days"),
    "axis_working_days": ("werkdagen", "working days"),
    # The lead-time trend's title: one pair of brackets, not "(verwacht) (dagen)".
    "lead_time_in": ("Doorlooptijd (verwacht), in {unit}", "Lead time (expected), in {unit}"),
    "axis_hours": ("uren", "hours"),
    "trend": ("Het verloop over de momentopnamen", "The trend over the snapshots"),
    "trend_percent": (
        "First-time-right en stroomefficiëntie",
        "First-time-right and flow efficiency",
    ),
    "none_found": ("Geen gevonden.", "None found."),
    "no_analysis": ("Nog geen analyse mogelijk.", "No analysis possible yet."),
    # map
    "map": ("De proceskaart", "The process map"),
    "map_overview": (
        "Overzicht: de kaart is verdeeld over {n} pagina’s",
        "Overview: the map is split over {n} pages",
    ),
    "map_tile": ("De proceskaart — deel {tile}", "The process map — part {tile}"),
    "legend_critical": ("Kritiek pad", "Critical path"),
    "legend_rework": ("Terugkoppeling (deel dat terug gaat)", "Rework (share that goes back)"),
    "legend_wait": (
        "Wachttijd als deel van de doorlooptijd ({share})",
        "Wait as share of the lead time ({share})",
    ),
    "no_steps": ("Deze kaart heeft nog geen stappen.", "This map has no steps yet."),
    "wait_short": ("wacht", "wait"),
    "brick_times": ("wacht {wait} · werk {process}", "wait {wait} · work {process}"),
    # role network
    "network": ("Het rollennetwerk", "The role network"),
    "network_intro": (
        "Lijnen tonen wie werk aan wie doorgeeft; dikker is vaker. Gestreept: samenwerking "
        "die het team niet had getekend. Vaag: een getekende verbinding zonder werk erachter.",
        "Lines show who passes work to whom; thicker means more often. Dashed: collaboration "
        "the team had not drawn. Faded: a drawn connection without work behind it.",
    ),
    "legend_hidden": ("Verborgen verbinding", "Hidden connection"),
    "legend_unused": ("Verbinding zonder overdrachten", "Link without flows"),
    "legend_broker": ("Verbindende rol", "Connecting role"),
    "unused_links": ("Verbindingen zonder werk erachter", "Links without work behind them"),
    "no_roles": ("Er zijn nog geen rollen.", "There are no roles yet."),
    # stories
    "stories": ("Wanneer gaat het goed", "When does it go well"),
    "stories_intro": (
        "De verhalen van het team over momenten waarop het goed gaat.",
        "The team’s stories about moments when things go well.",
    ),
    "no_findings": ("Nog geen verhalen vastgelegd.", "No stories recorded yet."),
    "linked_steps": ("Stappen", "Steps"),
    "linked_roles": ("Rollen", "Roles"),
    "photo_unreadable": ("(foto kon niet worden gelezen)", "(photo could not be read)"),
    # experiments
    "experiments_intro": (
        "Kleine volgende stappen die het team wil uitproberen, per vorm van verandering.",
        "Small next steps the team wants to try, by form of change.",
    ),
    "no_experiments": ("Nog geen experimenten.", "No experiments yet."),
    "owner": ("Eigenaar", "Owner"),
    "due": ("Gereed", "Due"),
    "status": ("Status", "Status"),
    "based_on": ("Naar aanleiding van", "Based on"),
    # comparison
    "comparison": ("Vergelijking van momentopnamen", "Comparison of snapshots"),
    "comparison_intro": (
        "Van ‘{first}’ naar ‘{last}’.",
        "From ‘{first}’ to ‘{last}’.",
    ),
    "first_vs_latest": ("Eerste en laatste momentopname", "First and latest snapshot"),
    "each_step": ("Alle momentopnamen", "Every snapshot"),
    "figure": ("Kengetal", "Figure"),
    "change": ("Verandering", "Change"),
    "snapshot": ("Momentopname", "Snapshot"),
    "not_available": ("—", "—"),
    # glossary
    "glossary": ("Begrippen", "Glossary"),
    "glossary_intro": (
        "De woorden uit deze rapportage in gewone taal.",
        "The words of this report in plain language.",
    ),
    "glossary_term": ("Begrip", "Term"),
    "glossary_meaning": ("Wat het betekent", "What it means"),
    # appendix
    "appendix": ("Bijlage", "Appendix"),
    "appendix_steps": ("Stappen", "Steps"),
    "appendix_roles": ("Rollen", "Roles"),
    "appendix_measured": ("Geschat en gemeten", "Estimated and measured"),
    "appendix_measured_intro": (
        "De schatting van het team naast de mediaan uit het gebeurtenissenlog van de "
        "organisatie: de stem van de organisatie, met data. Grootste verschil eerst.",
        "The team's estimate next to the median from the organisation's event log: the "
        "voice of the business, with data. Largest difference first.",
    ),
    "col_measured_count": ("Gemeten", "Measured"),
    "col_source": ("Bron", "Source"),
    "col_step": ("Stap", "Step"),
    "col_role": ("Rol", "Role"),
    "col_process": ("Bewerking", "Process"),
    "col_wait": ("Wachten", "Wait"),
    "col_ftr": ("FTR", "FTR"),
    "col_efficiency": ("Efficiëntie", "Efficiency"),
    "col_rolled_ftr": ("FTR (keten)", "Rolled FTR"),
    "col_note": ("Toelichting", "Note"),
    "col_kind": ("Soort", "Kind"),
    "col_steps": ("Stappen", "Steps"),
    "no_role": ("(geen rol)", "(no role)"),
}

_FORMS: dict[ChangeForm, tuple[tuple[str, str], tuple[str, str]]] = {
    # form: ((nl name, en name), (nl explanation, en explanation))
    ChangeForm.IMPROVE: (
        ("Verbeteren", "Improve"),
        (
            "Beter worden binnen de huidige inrichting en het huidige denken.",
            "Getting better within today’s configuration and way of thinking.",
        ),
    ),
    ChangeForm.RENEW: (
        ("Vernieuwen", "Renew"),
        (
            "Een nieuwe inrichting (systemen, processen, structuren), hetzelfde denken.",
            "A new configuration (systems, processes, structures), the same way of thinking.",
        ),
    ),
    ChangeForm.TRANSITION: (
        ("Transitie", "Transition"),
        (
            "Het denken verandert, de inrichting blijft.",
            "The way of thinking shifts while the configuration stays.",
        ),
    ),
    ChangeForm.INNOVATE: (
        ("Innovatie", "Innovation"),
        (
            "Zowel het denken als de inrichting verandert.",
            "Both the way of thinking and the configuration change.",
        ),
    ),
}

_ENUM_NAMES: dict[object, tuple[str, str]] = {
    Voice.CUSTOMER: ("Klant", "Customer"),
    Voice.EMPLOYEE: ("Medewerker", "Employee"),
    Voice.BUSINESS: ("Organisatie", "Business"),
    RoleKind.INTERNAL: ("Intern", "Internal"),
    RoleKind.CLIENT: ("Klant", "Client"),
    RoleKind.EXTERNAL: ("Externe partner", "External partner"),
    ActionStatus.PLANNED: ("Gepland", "Planned"),
    ActionStatus.RUNNING: ("Loopt", "Running"),
    ActionStatus.DONE: ("Afgerond", "Done"),
    ActionStatus.STOPPED: ("Gestopt", "Stopped"),
}

_MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` with ``{placeholders}`` filled in."""
    text = _pick(_LABELS[key], lang)
    return text.format(**values) if values else text


def enum_name(value: object, lang: str) -> str:
    """The reader's word for a voice, role kind or experiment status."""
    return _pick(_ENUM_NAMES[value], lang)


def form_name(form: ChangeForm, lang: str) -> str:
    return _pick(_FORMS[form][0], lang)


def form_explanation(form: ChangeForm, lang: str) -> str:
    return _pick(_FORMS[form][1], lang)


def format_date(value: date, lang: str) -> str:
    """``24 november 2026`` in Dutch, ``24 November 2026`` in English."""
    months = _MONTHS["en" if lang == "en" else "nl"]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_count(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator."""
    return format_number(value, 0, lang, grouping=True)


def format_minutes(minutes: float, hours_per_day: float, lang: str) -> str:
    """A duration for reading, in the largest unit it reaches (``5,2 d``)."""
    return format_duration_rounded(minutes, hours_per_day, lang)
