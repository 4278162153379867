<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnalysisDisplay</name>
    <message>
        <location filename="../../ui/analysis_display.py" line="78"/>
        <source>verbinding die het team tekende</source>
        <translation>link the team drew</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_display.py" line="79"/>
        <source>verborgen verbinding (niet getekend)</source>
        <translation>hidden connection (not drawn)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_display.py" line="80"/>
        <source>getekend, maar zonder overdrachten</source>
        <translation>drawn, but without handoffs</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_display.py" line="81"/>
        <source>spilfunctie: werk tussen anderen loopt via deze rol</source>
        <translation>broker: work between others runs through this role</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_display.py" line="83"/>
        <source>Sleep van rol naar rol om een verbinding te tekenen;
rechtsklik op een verbinding om haar te verwijderen.</source>
        <translation>Drag from role to role to draw a link;
right-click a link to remove it.</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../ui/panels/analysis.py" line="98"/>
        <source>Kritiek pad</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="99"/>
        <source>Knelpunten (wachttijd)</source>
        <translation>Bottlenecks (wait time)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="100"/>
        <source>Succes-hotspots</source>
        <translation>Success hotspots</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="101"/>
        <source>Rolnetwerk</source>
        <translation>Role network</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="138"/>
        <source>Waar de doorlooptijd heen gaat</source>
        <translation>Where the lead time goes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="178"/>
        <source>Dagen: %1</source>
        <translation>Days: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="193"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="194"/>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="195"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="197"/>
        <source>Wachten</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="197"/>
        <source>Werken</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="201"/>
        <source>doorlooptijd (verwacht)</source>
        <translation>lead time (expected)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="202"/>
        <source>doorlooptijd eerste keer goed</source>
        <translation>first-pass lead time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="203"/>
        <source>bewerkingstijd op het kritieke pad</source>
        <translation>process time on the critical path</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="204"/>
        <source>stroomefficiëntie</source>
        <translation>flow efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="205"/>
        <source>first-time-right over de hele keten</source>
        <translation>first-time-right across the whole chain</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="206"/>
        <source>overdrachten tussen rollen</source>
        <translation>handoffs between roles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="242"/>
        <source>Knelpunten</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="247"/>
        <source>Verborgen verbindingen</source>
        <translation>Hidden connections</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="249"/>
        <source>Ongebruikte rolverbindingen</source>
        <translation>Unused role links</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="256"/>
        <source>Verbindende rollen</source>
        <translation>Connecting roles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="261"/>
        <source>Aandachtspunten</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location filename="../../ui/panels/analysis.py" line="280"/>
        <source>%1 — wachttijd: %2; bewerking: %3</source>
        <translation>%1 — wait: %2; process: %3</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../ui/room/audience_window.py" line="64"/>
        <source>Procesbouw — projectorscherm</source>
        <translation>Procesbouw — projector screen</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="205"/>
        <source>fase %1 van %2</source>
        <translation>phase %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="314"/>
        <source>zonder rol</source>
        <translation>no role</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="315"/>
        <source>overdracht</source>
        <translation>handoff</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="317"/>
        <source>terug voor herstel</source>
        <translation>sent back to be put right</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="319"/>
        <source>waar we het nu over hebben</source>
        <translation>what we are talking about now</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="324"/>
        <source>kritiek pad: bepaalt de doorlooptijd</source>
        <translation>critical path: sets the lead time</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="327"/>
        <source>wachttijd: hoe roder, hoe langer</source>
        <translation>waiting: the redder, the longer</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="329"/>
        <source>aantal verhalen over deze stap</source>
        <translation>number of stories about this step</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="331"/>
        <source>wachttijd</source>
        <translation>wait time</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="332"/>
        <source>bewerkingstijd</source>
        <translation>process time</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="343"/>
        <source>werkt samen via overdrachten</source>
        <translation>works together through handoffs</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="345"/>
        <source>verborgen verbinding: samen werken, niet getekend</source>
        <translation>hidden connection: working together, not drawn</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="348"/>
        <source>getekend, maar zonder overdrachten</source>
        <translation>drawn, but without handoffs</translation>
    </message>
    <message>
        <location filename="../../ui/room/audience_window.py" line="351"/>
        <source>spilfunctie: werk tussen anderen loopt via deze rol</source>
        <translation>broker: work between others runs through this role</translation>
    </message>
</context>
<context>
    <name>BrickItem</name>
    <message>
        <location filename="../../ui/canvas/brick.py" line="95"/>
        <location filename="../../ui/canvas/lanes.py" line="31"/>
        <source>Geen rol</source>
        <translation>No role</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/brick_text.py" line="68"/>
        <source>Wachttijd: %1</source>
        <translation>Wait time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/brick_text.py" line="71"/>
        <source>Bewerkingstijd: %1</source>
        <translation>Process time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/brick_text.py" line="75"/>
        <source>First-time-right: %1%</source>
        <translation>First-time-right: %1%</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="171"/>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="109"/>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="126"/>
        <source>De drie stemmen</source>
        <translation>The three voices</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="136"/>
        <source>Nieuwe stappen</source>
        <translation>New steps</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="136"/>
        <source>Geen nieuwe stappen.</source>
        <translation>No new steps.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="137"/>
        <source>Verdwenen stappen</source>
        <translation>Removed steps</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="137"/>
        <source>Geen stappen verdwenen.</source>
        <translation>No steps removed.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="138"/>
        <source>Veranderde stappen</source>
        <translation>Changed steps</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="138"/>
        <source>Geen stappen veranderd.</source>
        <translation>No steps changed.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="141"/>
        <source>Overdrachten en terugkoppelingen</source>
        <translation>Handoffs and rework loops</translation>
    </message>
    <message>
        <location filename="../../ui/panels/comparison_view.py" line="143"/>
        <source>Geen overdrachten veranderd.</source>
        <translation>No handoffs changed.</translation>
    </message>
</context>
<context>
    <name>DayBasisField</name>
    <message>
        <location filename="../../ui/panels/fields.py" line="160"/>
        <source>Rekenen in kalenderdagen (24 u)</source>
        <translation>Count in calendar days (24 h)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/fields.py" line="161"/>
        <source>Werkdagen van</source>
        <translation>Working days of</translation>
    </message>
    <message>
        <location filename="../../ui/panels/fields.py" line="166"/>
        <source>uur</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/panels/properties.py" line="305"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="305"/>
        <source>Naam van de kaart wijzigen</source>
        <translation>Rename map</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="306"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="306"/>
        <source>Team wijzigen</source>
        <translation>Change team</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="307"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="307"/>
        <source>Organisatie wijzigen</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="308"/>
        <source>Begeleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="308"/>
        <source>Begeleider wijzigen</source>
        <translation>Change facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="312"/>
        <source>Sessiedatum</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="312"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="315"/>
        <source>Dagduur wijzigen</source>
        <translation>Change day length</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="317"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="320"/>
        <source>Beschrijving wijzigen</source>
        <translation>Change description</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="323"/>
        <source>Vraag aan het MT</source>
        <translation>Question for the MT</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="326"/>
        <source>Vraag aan het MT wijzigen</source>
        <translation>Change question for the MT</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="330"/>
        <source>Wat het team het MT vraagt of welke besluiten het nodig heeft. Staat op blz. 1.</source>
        <translation>What the team asks of the MT or which decisions it needs. Shown on page 1 of the report.</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="56"/>
        <source>Gebeurtenissenlog inlezen</source>
        <translation>Read an event log</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="61"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Elke regel is één gebeurtenis van een zaak. Kies welke kolom wat bevat; Procesbouw heeft een gok gedaan.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Each row is one event of a case. Choose which column holds what; Procesbouw has made a guess.</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="73"/>
        <source>Een XES-log noemt zijn velden zelf: concept:name (activiteit), time:timestamp, lifecycle:transition, org:resource en concept:instance.</source>
        <translation>An XES log names its own fields: concept:name (activity), time:timestamp, lifecycle:transition, org:resource and concept:instance.</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="95"/>
        <source>Inlezen</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="102"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="105"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="106"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="107"/>
        <source>Tijdstip (einde)</source>
        <translation>Time (end)</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="108"/>
        <source>Start/complete</source>
        <translation>Start/complete</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="109"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="110"/>
        <source>Uitvoerder</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="111"/>
        <source>Instantie</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="117"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="146"/>
        <source>Wat wil je ermee?</source>
        <translation>What should it do?</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="148"/>
        <source>Een nieuwe kaart maken uit het log</source>
        <translation>Make a new map from the log</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="149"/>
        <source>Gemeten tijden bij de stappen van deze kaart zetten</source>
        <translation>Put the measured times on this map&apos;s steps</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="161"/>
        <source>Een overdracht komt op de kaart als hij in minstens dit deel van de zaken voorkomt.</source>
        <translation>A handoff goes on the map when it occurs in at least this share of the cases.</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="167"/>
        <source>Overdrachten vanaf</source>
        <translation>Handoffs from</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="169"/>
        <source>van de zaken</source>
        <translation>of the cases</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="187"/>
        <source>Kies de kolommen voor zaak, activiteit en tijdstip.</source>
        <translation>Choose the columns for case, activity and time.</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="189"/>
        <source>Elke kolom kan maar één ding zijn.</source>
        <translation>Each column can only be one thing.</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_dialog.py" line="192"/>
        <source>Kies óf een kolom met start/complete, óf een kolom met de begintijd.</source>
        <translation>Choose either a column with start/complete or a column with the start time.</translation>
    </message>
</context>
<context>
    <name>EventLogImport</name>
    <message>
        <location filename="../../ui/event_log_import.py" line="73"/>
        <source>Gebeurtenissenlog wordt gelezen…</source>
        <translation>Reading the event log…</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_import.py" line="76"/>
        <source>Gebeurtenissenlog</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_import.py" line="96"/>
        <source>Gebeurtenissenlog kan niet worden ingelezen</source>
        <translation>The event log cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/event_log_import.py" line="142"/>
        <source>Gemeten tijden uit gebeurtenissenlog</source>
        <translation>Measured times from an event log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/event_log_import.py" line="145"/>
        <source>Gemeten tijden bij %n stap(pen) gezet.</source>
        <translation>
            <numerusform>Measured times put on %n step.</numerusform>
            <numerusform>Measured times put on %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/exchange_menu.py" line="91"/>
        <source>Rapport (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="94"/>
        <source>Afbeelding (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="95"/>
        <source>Tekening (SVG)…</source>
        <translation>Drawing (SVG)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="97"/>
        <source>Volledige kaart (JSON)…</source>
        <translation>Complete map (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="99"/>
        <source>Stappen als netwerk (GraphML)…</source>
        <translation>Steps as a network (GraphML)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="102"/>
        <source>Rolnetwerk (GraphML)…</source>
        <translation>Role network (GraphML)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="104"/>
        <source>Stappen (CSV)…</source>
        <translation>Steps (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="106"/>
        <source>Procesmodel (BPMN 2.0)…</source>
        <translation>Process model (BPMN 2.0)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="109"/>
        <source>Stappen uit CSV toevoegen…</source>
        <translation>Add steps from CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="112"/>
        <source>Kaart uit JSON (nieuw bestand)…</source>
        <translation>Map from JSON (new file)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="115"/>
        <source>Kaart uit BPMN 2.0-model (nieuw bestand)…</source>
        <translation>Map from a BPMN 2.0 model (new file)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="119"/>
        <source>Gebeurtenissenlog (CSV of XES)…</source>
        <translation>Event log (CSV or XES)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="152"/>
        <source>Exporteren mislukt: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="156"/>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="162"/>
        <source>Rapport exporteren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="169"/>
        <source>Rapport wordt gemaakt…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="169"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="171"/>
        <location filename="../../ui/exchange_menu.py" line="209"/>
        <source>Rapport (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="202"/>
        <source>Rapport opgeslagen: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="210"/>
        <source>Het rapport kon niet worden gemaakt: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="215"/>
        <source>Rapport geannuleerd.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="220"/>
        <source>Afbeelding exporteren</source>
        <translation>Export image</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="225"/>
        <source>Tekening exporteren</source>
        <translation>Export drawing</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="233"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="241"/>
        <source>Kaart exporteren (JSON)</source>
        <translation>Export map (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="249"/>
        <source>Stappen exporteren (GraphML)</source>
        <translation>Export steps (GraphML)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="257"/>
        <source>Rolnetwerk exporteren (GraphML)</source>
        <translation>Export role network (GraphML)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="265"/>
        <source>Stappen exporteren (CSV)</source>
        <translation>Export steps (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="273"/>
        <source>Procesmodel exporteren (BPMN 2.0)</source>
        <translation>Export process model (BPMN 2.0)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="282"/>
        <location filename="../../ui/exchange_menu.py" line="288"/>
        <source>Stappen uit CSV</source>
        <translation>Steps from CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="292"/>
        <source>CSV kan niet worden ingelezen</source>
        <translation>The CSV cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="304"/>
        <source>Kaart uit JSON</source>
        <translation>Map from JSON</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="311"/>
        <source>JSON kan niet worden ingelezen</source>
        <translation>The JSON cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="361"/>
        <source>Nieuwe kaart opslaan</source>
        <translation>Save new map</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="368"/>
        <source>Gebeurtenissenlog</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="368"/>
        <source>Gebeurtenissenlog (*.csv *.txt *.xes)</source>
        <translation>Event log (*.csv *.txt *.xes)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="321"/>
        <location filename="../../ui/exchange_menu.py" line="352"/>
        <source>Kaart kan niet worden gemaakt</source>
        <translation>The map cannot be created</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="333"/>
        <source>Kaart uit BPMN 2.0-model</source>
        <translation>Map from a BPMN 2.0 model</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="341"/>
        <source>BPMN-model kan niet worden ingelezen</source>
        <translation>The BPMN model cannot be read</translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <location filename="../../ui/panels/experiments.py" line="54"/>
        <source>wie trekt het?</source>
        <translation>who takes the lead?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="55"/>
        <source>Klaar op</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="83"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="84"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="85"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="87"/>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="89"/>
        <source>Bouwt op</source>
        <translation>Builds on</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="93"/>
        <source>Experiment wijzigen</source>
        <translation>Change experiment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="96"/>
        <source>Eigenaar wijzigen</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="99"/>
        <location filename="../../ui/panels/experiments.py" line="156"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="101"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="104"/>
        <source>Vorm van verandering kiezen</source>
        <translation>Choose form of change</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="166"/>
        <source>Bevindingen koppelen</source>
        <translation>Link findings</translation>
    </message>
</context>
<context>
    <name>ExperimentsPanel</name>
    <message>
        <location filename="../../ui/panels/experiments.py" line="42"/>
        <source>Beschrijf het experiment.</source>
        <translation>Describe the experiment.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="191"/>
        <location filename="../../ui/panels/experiments.py" line="249"/>
        <location filename="../../ui/panels/experiments.py" line="251"/>
        <source>Nieuw experiment</source>
        <translation>New experiment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="193"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="229"/>
        <source>klaar op %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/experiments.py" line="266"/>
        <source>Experiment verwijderen</source>
        <translation>Delete experiment</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="61"/>
        <source>Procesbouw bewaart elke wijziging direct: er is niets meer op te slaan.</source>
        <translation>Procesbouw saves every change straight away: there is nothing left to save.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="73"/>
        <source>Het bestand heet nu &apos;%1&apos;. Hernoemen naar &apos;%2&apos;?</source>
        <translation>The file is called &apos;%1&apos;. Rename it to &apos;%2&apos;?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="76"/>
        <location filename="../../ui/file_actions.py" line="94"/>
        <source>Bestand hernoemen</source>
        <translation>Rename file</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="87"/>
        <source>Er bestaat al een bestand &apos;%1&apos;.</source>
        <translation>A file &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="106"/>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="129"/>
        <source>Verder in %1</source>
        <translation>Continuing in %1</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="35"/>
        <source>Geef de bevinding een titel.</source>
        <translation>Give the finding a title.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="74"/>
        <source>Wat gebeurt er als het goed gaat?</source>
        <translation>What happens when it goes well?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="83"/>
        <source>Koppel aan selectie</source>
        <translation>Link to selection</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="86"/>
        <source>Koppel de bevinding aan de stappen en overdrachten die nu op de kaart geselecteerd zijn.</source>
        <translation>Link the finding to the steps and handoffs now selected on the map.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="53"/>
        <location filename="../../ui/panels/finding_editor.py" line="92"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="51"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="52"/>
        <source>Overdrachten</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="57"/>
        <source>Nog nergens aan gekoppeld.</source>
        <translation>Not linked to anything yet.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="98"/>
        <source>Nog geen foto&apos;s. Sleep foto&apos;s hierheen of kies &apos;Foto toevoegen&apos;.</source>
        <translation>No photos yet. Drag photos here or choose &apos;Add photo&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="117"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="118"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="119"/>
        <source>Stem</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="120"/>
        <source>Kenmerken</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="121"/>
        <source>Gekoppeld</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="122"/>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="130"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="132"/>
        <source>Verhaal wijzigen</source>
        <translation>Change story</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="135"/>
        <source>Stem kiezen</source>
        <translation>Choose voice</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="138"/>
        <source>Kenmerken wijzigen</source>
        <translation>Change conditions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="208"/>
        <source>(nog geen rollen)</source>
        <translation>(no roles yet)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/finding_editor.py" line="227"/>
        <source>Koppelingen wijzigen</source>
        <translation>Change links</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/panels/findings.py" line="70"/>
        <source>Sleep de foto van het hele LEGO-bouwwerk hierheen.</source>
        <translation>Drag the photo of the whole LEGO build here.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="73"/>
        <location filename="../../ui/panels/findings.py" line="235"/>
        <location filename="../../ui/panels/findings.py" line="242"/>
        <location filename="../../ui/panels/findings.py" line="256"/>
        <source>Nieuwe bevinding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="75"/>
        <source>Bevinding bij selectie</source>
        <translation>Finding from selection</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="77"/>
        <source>Een nieuwe bevinding, gekoppeld aan wat op de kaart geselecteerd is.</source>
        <translation>A new finding, linked to what is selected on the map.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="80"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="97"/>
        <source>Wat steeds terugkomt als het goed gaat (aantal verhalen)</source>
        <translation>What keeps coming back when it goes well (number of stories)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="100"/>
        <source>Foto van het hele bouwwerk</source>
        <translation>Photo of the whole build</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="106"/>
        <source>Verhalen</source>
        <translation>Stories</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/findings.py" line="145"/>
        <source>%n koppeling(en)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/findings.py" line="148"/>
        <source>%n foto(&apos;s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="150"/>
        <source>(nog geen verhaal)</source>
        <translation>(no story yet)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="165"/>
        <source>Nog niets dat terugkomt. Zodra twee verhalen dezelfde stap, rol of hetzelfde kenmerk noemen, staat het hier.</source>
        <translation>Nothing recurs yet. As soon as two stories name the same step, role or condition, it appears here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/findings.py" line="173"/>
        <source>en nog %n</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="181"/>
        <source>stap</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="183"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="187"/>
        <source>overdracht</source>
        <translation>handoff</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="189"/>
        <source>kenmerk</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="249"/>
        <source>Niets geselecteerd op de kaart: de bevinding is nog nergens aan gekoppeld.</source>
        <translation>Nothing selected on the map: the finding is not linked to anything yet.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/findings.py" line="272"/>
        <source>Bevinding verwijderen</source>
        <translation>Delete finding</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/panels/properties.py" line="252"/>
        <source>Van → naar</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="255"/>
        <source>Overdracht</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="256"/>
        <source>Terugkoppeling</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="259"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="267"/>
        <source>Deel dat terug gaat</source>
        <translation>Share that goes back</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="267"/>
        <source>Deel wijzigen</source>
        <translation>Change share</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="280"/>
        <source>Soort overdracht wijzigen</source>
        <translation>Change flow type</translation>
    </message>
</context>
<context>
    <name>LegoColour</name>
    <message>
        <location filename="../../ui/canvas/style.py" line="88"/>
        <source>Rood</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="89"/>
        <source>Blauw</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="90"/>
        <source>Groen</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="91"/>
        <source>Geel</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="92"/>
        <source>Oranje</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="93"/>
        <source>Paars</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="94"/>
        <source>Azuur</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="95"/>
        <source>Limoen</source>
        <translation>Lime</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="96"/>
        <source>Roze</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="97"/>
        <source>Bruin</source>
        <translation>Brown</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="98"/>
        <source>Grijs</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="99"/>
        <source>Zwart</source>
        <translation>Black</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/style.py" line="100"/>
        <source>Wit</source>
        <translation>White</translation>
    </message>
</context>
<context>
    <name>LibraryAccess</name>
    <message>
        <location filename="../../ui/library_access.py" line="132"/>
        <source>Het wachtwoord werd geweigerd. Wachtwoord voor %1 (%2):</source>
        <translation>The password was refused. Password for %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/library_access.py" line="134"/>
        <source>Wachtwoord voor %1 (%2):</source>
        <translation>Password for %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/library_access.py" line="138"/>
        <source>Teambibliotheek</source>
        <translation>Team library</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../ui/library_menu.py" line="59"/>
        <source>&amp;Teambibliotheek</source>
        <translation>&amp;Team library</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="60"/>
        <source>Publiceren…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="61"/>
        <source>Portfolio en versies…</source>
        <translation>Portfolio and versions…</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="63"/>
        <source>Bibliotheek kiezen…</source>
        <translation>Choose library…</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="92"/>
        <source>Publiceren in %1…</source>
        <translation>Publishing in %1…</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="103"/>
        <source>Gepubliceerd als versie %1 in %2.</source>
        <translation>Published as version %1 in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="115"/>
        <location filename="../../ui/library_menu.py" line="191"/>
        <location filename="../../ui/library_menu.py" line="224"/>
        <location filename="../../ui/library_menu.py" line="232"/>
        <source>Teambibliotheek</source>
        <translation>Team library</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="120"/>
        <source>Niet gepubliceerd</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="122"/>
        <source>Hun versie openen</source>
        <translation>Open their version</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="123"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="125"/>
        <source>Toch publiceren als versie %1</source>
        <translation>Publish anyway as version %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="144"/>
        <source>Hun versie opslaan als</source>
        <translation>Save their version as</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="156"/>
        <location filename="../../ui/library_menu.py" line="186"/>
        <source>Versie %1 ophalen…</source>
        <translation>Fetching version %1…</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="176"/>
        <source>versie %1 (%2)</source>
        <translation>version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="179"/>
        <source>uw kaart</source>
        <translation>your map</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="209"/>
        <source>Teambibliotheek kiezen</source>
        <translation>Choose team library</translation>
    </message>
    <message>
        <location filename="../../ui/library_menu.py" line="211"/>
        <source>Adres van de teambibliotheek, bijvoorbeeld
postgresql://naam@server/procesbouw?sslmode=require
(leeg: de bibliotheek op deze computer). Een wachtwoord wordt
gevraagd als het nodig is en nooit bewaard.</source>
        <translation>Address of the team library, for example
postgresql://name@server/procesbouw?sslmode=require
(empty: the library on this computer). A password is
asked for when needed and never stored.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../ui/library_window.py" line="97"/>
        <source>Teambibliotheek — portfolio</source>
        <translation>Team library — portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="104"/>
        <source>Zoek team of kaart…</source>
        <translation>Search team or map…</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="107"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="109"/>
        <source>Portfolio-PDF…</source>
        <translation>Portfolio PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="121"/>
        <source>First-time-right over de hele keten</source>
        <translation>First-time-right across the whole chain</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="149"/>
        <location filename="../../ui/library_window.py" line="174"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="149"/>
        <source>Gepubliceerd door</source>
        <translation>Published by</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="149"/>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="150"/>
        <location filename="../../ui/library_window.py" line="175"/>
        <source>Doorlooptijd</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="161"/>
        <source>Openen als kaart…</source>
        <translation>Open as map…</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="174"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="174"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="174"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="175"/>
        <source>Gepubliceerd</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="122"/>
        <source>Stroomefficiëntie</source>
        <translation>Flow efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="123"/>
        <source>Verandering van de doorlooptijd sinds de eerste momentopname van het team</source>
        <translation>Change in lead time since the team&apos;s first snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="125"/>
        <source>Per meting de waarde nu en de verandering sinds de eerste momentopname; wijs een team aan</source>
        <translation>Per measure the value now and the change since the first snapshot; point at a team for every detail</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="175"/>
        <source>FTR</source>
        <translation>FTR</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="176"/>
        <source>Sinds start</source>
        <translation>Since start</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="176"/>
        <source>Drie stemmen</source>
        <translation>Three voices</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="176"/>
        <source>Stroom-eff.</source>
        <translation>Flow eff.</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="181"/>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="196"/>
        <source>Versies van de gekozen kaart</source>
        <translation>Versions of the chosen map</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="217"/>
        <source>Teambibliotheek: %1</source>
        <translation>Team library: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="228"/>
        <source>Bezig met laden uit %1…</source>
        <translation>Loading from %1…</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="238"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="246"/>
        <source>De teambibliotheek is nog leeg. Publiceer een kaart via Teambibliotheek → Publiceren.</source>
        <translation>The team library is still empty. Publish a map with Team library → Publish.</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="264"/>
        <source>niet gemeten</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="280"/>
        <source>Dit team heeft nog geen van de drie stemmen gemeten.</source>
        <translation>This team has not measured any of the three voices yet.</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="285"/>
        <source>Beter.</source>
        <translation>Better.</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="285"/>
        <source>Slechter.</source>
        <translation>Worse.</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="287"/>
        <source>(Nu: gemeten bij ‘%1’.)</source>
        <translation>(Now: measured at ‘%1’.)</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="310"/>
        <source>Versies laden…</source>
        <translation>Loading versions…</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="336"/>
        <source>Versie openen als kaart</source>
        <translation>Open version as map</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="351"/>
        <source>Versie ophalen…</source>
        <translation>Fetching version…</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="355"/>
        <source>Portfolio-PDF</source>
        <translation>Portfolio PDF</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="376"/>
        <source>Portfolio geschreven: %1</source>
        <translation>Portfolio written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_window.py" line="377"/>
        <source>Portfolio-PDF maken…</source>
        <translation>Making the portfolio PDF…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Deze kaart is alleen-lezen geopend: wijzigen kan niet. Kies &apos;Opslaan als…&apos; om in een kopie verder te werken.</source>
        <translation>This map is open read-only: it cannot be changed. Choose &apos;Save as…&apos; to continue in a copy.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Experimenten</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Momentopnamen</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Bevinding bij selectie</source>
        <translation>Finding from selection</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Nieuw experiment</source>
        <translation>New experiment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Foto van het bouwwerk toevoegen…</source>
        <translation>Add photo of the build…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Momentopname maken…</source>
        <translation>Take snapshot…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source> [alleen-lezen]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Alleen-lezen: wijzigingen zijn niet mogelijk</source>
        <translation>Read-only: changes are not possible</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Ongedaan maken kon niet worden opgeslagen: %1. Er is niets verloren; de kaart is nog zoals hij was en &apos;Ongedaan maken&apos; staat nog klaar.</source>
        <translation>Undo could not be saved: %1. Nothing was lost; the map is as it was and &apos;Undo&apos; is still there to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Opnieuw uitvoeren kon niet worden opgeslagen: %1. Er is niets verloren; de kaart is nog zoals hij was en &apos;Opnieuw&apos; staat nog klaar.</source>
        <translation>Redo could not be saved: %1. Nothing was lost; the map is as it was and &apos;Redo&apos; is still there to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Selecteer één stap om te proberen.</source>
        <translation>Select one step to try it out.</translation>
    </message>
</context>
<context>
    <name>MapDocument</name>
    <message>
        <location filename="../../ui/document.py" line="174"/>
        <source>Deze kaart is alleen-lezen geopend; er kan niets gewijzigd worden. Kies &apos;Opslaan als…&apos; om in een kopie verder te werken.</source>
        <translation>This map is open read-only; nothing can be changed. Choose &apos;Save as…&apos; to continue in a copy.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="258"/>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="298"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="311"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="318"/>
        <location filename="../../ui/document.py" line="324"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="357"/>
        <source>Terugkoppeling</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="365"/>
        <source>Deel wijzigen</source>
        <translation>Change share</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="378"/>
        <source>Netjes leggen</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="397"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="415"/>
        <source>Nieuwe rol</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="421"/>
        <source>Rol verwijderen</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="432"/>
        <source>Rollen verbinden</source>
        <translation>Link roles</translation>
    </message>
    <message>
        <location filename="../../ui/document.py" line="437"/>
        <source>Rolverbinding verwijderen</source>
        <translation>Remove role link</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../ui/canvas/scene.py" line="514"/>
        <source>Rol kiezen</source>
        <translation>Choose role</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="269"/>
        <source>Rol kiezen</source>
        <translation>Choose role</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/view.py" line="291"/>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../ui/panels/measures.py" line="60"/>
        <source>Meting wijzigen</source>
        <translation>Change measure</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="60"/>
        <source>Meting toevoegen</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="63"/>
        <source>bijv. verbondenheid in het team</source>
        <translation>e.g. connectedness in the team</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="66"/>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="67"/>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="68"/>
        <source>Organisatie</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="72"/>
        <source>bijv. 1–10, NPS, €, %</source>
        <translation>e.g. 1–10, NPS, €, %</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="73"/>
        <source>Hoger is beter</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="76"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="77"/>
        <source>Stem</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="78"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>MeasuresTable</name>
    <message>
        <location filename="../../ui/panels/measures.py" line="111"/>
        <source>Metingen: de drie stemmen</source>
        <translation>Measures: the three voices</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="121"/>
        <source>Meting toevoegen…</source>
        <translation>Add measure…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="235"/>
        <source>Meting verwijderen</source>
        <translation>Remove measure</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="159"/>
        <source>Meting</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="160"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="41"/>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="43"/>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="44"/>
        <source>Organisatie</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="123"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="124"/>
        <source>Naam, stem, eenheid en richting van de meting</source>
        <translation>The measure&apos;s name, voice, unit and direction</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="126"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="165"/>
        <source>hoger is beter</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="165"/>
        <source>lager is beter</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="221"/>
        <source>Meting wijzigen</source>
        <translation>Change measure</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="230"/>
        <source>Meting toevoegen</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="245"/>
        <source>Meetwaarde wissen</source>
        <translation>Clear measured value</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="249"/>
        <location filename="../../ui/panels/measures.py" line="252"/>
        <source>&apos;%1&apos; is geen getal.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/measures.py" line="254"/>
        <source>Meetwaarde invullen</source>
        <translation>Enter measured value</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="30"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="32"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NameMatchingDialog</name>
    <message>
        <location filename="../../ui/name_matching.py" line="34"/>
        <source>Activiteiten koppelen aan stappen</source>
        <translation>Pair activities with steps</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="40"/>
        <source>%1 van de %2 activiteiten hebben dezelfde naam als een stap. Kies voor de andere welke stap het is, of laat ze weg.</source>
        <translation>%1 of the %2 activities have the same name as a step. For the others, choose which step it is, or leave them out.</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="50"/>
        <source>Activiteit in het log</source>
        <translation>Activity in the log</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="50"/>
        <source>Keer</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="50"/>
        <source>Stap op de kaart</source>
        <translation>Step on the map</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="66"/>
        <source>(niet koppelen)</source>
        <translation>(do not pair)</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="82"/>
        <source>Koppelen</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="96"/>
        <source>Een stap kan maar bij één activiteit horen.</source>
        <translation>A step can belong to one activity only.</translation>
    </message>
    <message>
        <location filename="../../ui/name_matching.py" line="98"/>
        <source>Koppel minstens één activiteit aan een stap.</source>
        <translation>Pair at least one activity with a step.</translation>
    </message>
</context>
<context>
    <name>NewSnapshotDialog</name>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="64"/>
        <source>Momentopname maken</source>
        <translation>Take snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="66"/>
        <source>bijvoorbeeld: start, na 3 maanden</source>
        <translation>for example: start, after 3 months</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="73"/>
        <source>Maken</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="78"/>
        <source>Legt de kaart van nu vast, om later mee te vergelijken.</source>
        <translation>Captures the map as it is now, to compare with later.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="79"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="80"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="61"/>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="86"/>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="91"/>
        <source>Volgende verbinding</source>
        <translation>Next connection</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="93"/>
        <source>De volgende verborgen verbinding voor de zaal (PgDn)</source>
        <translation>The next hidden connection for the room (PgDn)</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="98"/>
        <location filename="../../ui/room/phase_bar.py" line="184"/>
        <source>Zaal ziet</source>
        <translation>Room sees</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="130"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="131"/>
        <source>Kritiek pad</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="132"/>
        <source>Knelpunten (wachttijd)</source>
        <translation>Bottlenecks (wait time)</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="133"/>
        <source>Succes-hotspots</source>
        <translation>Success hotspots</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="134"/>
        <source>Verborgen verbindingen</source>
        <translation>Hidden connections</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="135"/>
        <source>Experimenten</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="136"/>
        <source>Afspraken (wie, wanneer)</source>
        <translation>Agreements (who, when)</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="148"/>
        <source>Zoals de fase het wil</source>
        <translation>As the phase has it</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="167"/>
        <source>%1: %2 min gepland, %3 besteed</source>
        <translation>%1: %2 min planned, %3 spent</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="184"/>
        <source>Zaal ziet (eigen keuze)</source>
        <translation>Room sees (your choice)</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="187"/>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="187"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/room/phase_bar.py" line="50"/>
        <source>tijd om · +%1</source>
        <translation>time is up · +%1</translation>
    </message>
</context>
<context>
    <name>PhaseControls</name>
    <message>
        <location filename="../../ui/room/phase_controls.py" line="117"/>
        <source>De tijd voor %1 is om.</source>
        <translation>The time for %1 is up.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/panels/photos.py" line="131"/>
        <source>Dubbelklik om een foto groot te bekijken.</source>
        <translation>Double-click a photo to see it large.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="144"/>
        <source>Foto toevoegen…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="146"/>
        <location filename="../../ui/panels/photos.py" line="270"/>
        <source>Foto verwijderen</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="185"/>
        <source>Dubbelklik om te vergroten</source>
        <translation>Double-click to enlarge</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="215"/>
        <location filename="../../ui/panels/photos.py" line="233"/>
        <source>Foto&apos;s toevoegen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="217"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation>Images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="233"/>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="250"/>
        <source>Dit bestand is te groot voor een foto.</source>
        <translation>This file is too large for a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="254"/>
        <source>&apos;%1&apos; kan niet worden gelezen.</source>
        <translation>&apos;%1&apos; cannot be read.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/panels/photos.py" line="61"/>
        <location filename="../../ui/panels/photos.py" line="93"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="70"/>
        <source>Bijschrift, bijvoorbeeld: het bouwwerk na de sessie</source>
        <translation>Caption, for example: the build after the session</translation>
    </message>
    <message>
        <location filename="../../ui/panels/photos.py" line="87"/>
        <source>Bijschrift wijzigen</source>
        <translation>Change caption</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../ui/presentation.py" line="66"/>
        <source>Projectorscherm</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="68"/>
        <source>Presentatiemodus</source>
        <translation>Presentation mode</translation>
    </message>
</context>
<context>
    <name>Procesbouw</name>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Kaart openen</source>
        <translation>Open map</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>Kaart is al geopend</source>
        <translation>Map is already open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Alleen-lezen openen?</source>
        <translation>Open read-only?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="151"/>
        <source>Kaart kan niet worden geopend</source>
        <translation>The map cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="162"/>
        <source>Proceskaart</source>
        <translation>Process map</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../ui/panels/properties.py" line="41"/>
        <source>Een naam mag niet leeg zijn.</source>
        <translation>A name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="380"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="376"/>
        <source>Overdracht</source>
        <translation>Handoff</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/properties.py" line="384"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="388"/>
        <source>Selectie</source>
        <translation>Selection</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/properties.py" line="389"/>
        <source>%n onderdelen geselecteerd</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="392"/>
        <source>Proceskaart</source>
        <translation>Process map</translation>
    </message>
</context>
<context>
    <name>RecentCard</name>
    <message numerus="yes">
        <location filename="../../ui/start_screen.py" line="106"/>
        <source>%n stap(pen)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="108"/>
        <source>gewijzigd %1</source>
        <translation>modified %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="114"/>
        <source>Kan niet openen</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="118"/>
        <source>Uit de lijst halen</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>RemoveRoleDialog</name>
    <message>
        <location filename="../../ui/panels/roles.py" line="67"/>
        <source>Rol verwijderen</source>
        <translation>Delete role</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/roles.py" line="69"/>
        <source>&apos;%1&apos; voert %n stap(pen) uit. Wat moet er met die stappen gebeuren?</source>
        <translation>
            <numerusform>&apos;%1&apos; performs %n step. What should happen to it?</numerusform>
            <numerusform>&apos;%1&apos; performs %n steps. What should happen to them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="75"/>
        <source>Zonder rol laten</source>
        <translation>Leave without a role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="79"/>
        <source>Overzetten naar %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="85"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RoleLinksBox</name>
    <message>
        <location filename="../../ui/panels/role_links.py" line="30"/>
        <source>bijv. we bellen elkaar bij spoed</source>
        <translation>e.g. we call each other when it is urgent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/role_links.py" line="32"/>
        <source>Verbinding verwijderen</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../ui/panels/role_links.py" line="34"/>
        <source>Verbindingen die het team noemt</source>
        <translation>Links the team names</translation>
    </message>
    <message>
        <location filename="../../ui/panels/role_links.py" line="37"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/panels/role_links.py" line="89"/>
        <source>Notitie wijzigen</source>
        <translation>Change note</translation>
    </message>
</context>
<context>
    <name>RoleNetworkScene</name>
    <message>
        <location filename="../../ui/canvas/role_network.py" line="185"/>
        <source>Verbinding verwijderen</source>
        <translation>Remove link</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../ui/panels/roles.py" line="56"/>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="57"/>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="58"/>
        <source>Externe partner</source>
        <translation>External partner</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="136"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="138"/>
        <source>Selecteer twee rollen (Ctrl+klik) die met elkaar verbonden zijn</source>
        <translation>Select two roles (Ctrl+click) that are connected</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="142"/>
        <source>Rol toevoegen</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="144"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="148"/>
        <source>Rol hernoemen</source>
        <translation>Rename role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="152"/>
        <source>Soort rol wijzigen</source>
        <translation>Change type of role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="165"/>
        <source>Kleur wijzigen</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="171"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="172"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="173"/>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="190"/>
        <source>Geef de rol een naam.</source>
        <translation>Give the role a name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/roles.py" line="240"/>
        <source>%n stap(pen)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/roles.py" line="309"/>
        <source>Rol %1</source>
        <translation>Role %1</translation>
    </message>
</context>
<context>
    <name>RoomFigures</name>
    <message>
        <location filename="../../ui/room/figures.py" line="67"/>
        <source>doorlooptijd</source>
        <translation>lead time</translation>
    </message>
    <message>
        <location filename="../../ui/room/figures.py" line="69"/>
        <source>first-time-right</source>
        <translation>first-time-right</translation>
    </message>
    <message>
        <location filename="../../ui/room/figures.py" line="70"/>
        <source>overdrachten</source>
        <translation>handoffs</translation>
    </message>
    <message>
        <location filename="../../ui/room/figures.py" line="71"/>
        <source>stroomefficiëntie</source>
        <translation>flow efficiency</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room/room_view.py" line="168"/>
        <source>‹ kaart gaat verder</source>
        <translation>‹ the map continues</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="169"/>
        <source>kaart gaat verder ›</source>
        <translation>the map continues ›</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="170"/>
        <source>˄ kaart gaat verder</source>
        <translation>˄ the map continues</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="171"/>
        <source>˅ kaart gaat verder</source>
        <translation>˅ the map continues</translation>
    </message>
</context>
<context>
    <name>SelectionEdits</name>
    <message>
        <location filename="../../ui/selection_edits.py" line="49"/>
        <source>Nieuwe stap	Tab</source>
        <translation>New step	Tab</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="50"/>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="51"/>
        <source>Nieuwe stap na de geselecteerde (Tab)</source>
        <translation>New step after the selected one (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="52"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="53"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="55"/>
        <source>Verbind de geselecteerde stappen in de volgorde waarin je ze koos (C)</source>
        <translation>Connect the selected steps in the order you chose them (C)</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="57"/>
        <source>Terugkoppeling</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="59"/>
        <source>Werk gaat terug van de latere naar de eerdere geselecteerde stap (T)</source>
        <translation>Work goes back from the later to the earlier selected step (T)</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="61"/>
        <source>Netjes leggen</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="63"/>
        <source>Leg de kaart in banen per rol, van links naar rechts (Ctrl+L)</source>
        <translation>Lay the map out in a lane per role, left to right (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="65"/>
        <source>Netjes houden</source>
        <translation>Keep tidy</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="69"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="71"/>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="72"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="73"/>
        <source>Knippen</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="74"/>
        <location filename="../../ui/selection_edits.py" line="202"/>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="75"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="132"/>
        <source>Selecteer twee of meer stappen om ze te verbinden.</source>
        <translation>Select two or more steps to connect them.</translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="141"/>
        <source>Selecteer precies twee stappen voor een terugkoppeling.</source>
        <translation>Select exactly two steps for a rework flow.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/selection_edits.py" line="170"/>
        <source>%n bevinding(en) verloren een koppeling. Ongedaan maken herstelt die.</source>
        <translation>
            <numerusform>%n finding lost a link. Undo restores it.</numerusform>
            <numerusform>%n findings lost a link. Undo restores them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/selection_edits.py" line="188"/>
        <source>Het klembord bevat geen stappen uit Procesbouw.</source>
        <translation>The clipboard holds no Procesbouw steps.</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <location filename="../../ui/room/session_control.py" line="95"/>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room/session_control.py" line="114"/>
        <source>Tijd voor %1 wijzigen</source>
        <translation>Change the time for %1</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/room/side_panel.py" line="131"/>
        <source>en nog %1</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="144"/>
        <source>Wanneer gaat het goed?</source>
        <translation>When does it go well?</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="148"/>
        <source>Nog geen verhalen.</source>
        <translation>No stories yet.</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="156"/>
        <source>Verborgen verbindingen</source>
        <translation>Hidden connections</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/side_panel.py" line="160"/>
        <source>%n overdracht(en), maar niet getekend</source>
        <translation>
            <numerusform>%n handoff, but not drawn</numerusform>
            <numerusform>%n handoffs, but not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/side_panel.py" line="163"/>
        <source>nog %n te onthullen</source>
        <translation>
            <numerusform>%n more to reveal</numerusform>
            <numerusform>%n more to reveal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="166"/>
        <source>Geen verborgen verbindingen.</source>
        <translation>No hidden connections.</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="173"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="173"/>
        <source>Experimenten</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="178"/>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="179"/>
        <source>nog geen datum</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="180"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/room/side_panel.py" line="184"/>
        <source>Nog geen experimenten.</source>
        <translation>No experiments yet.</translation>
    </message>
</context>
<context>
    <name>SnapshotWindow</name>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="95"/>
        <source>Momentopname %1 — alleen-lezen</source>
        <translation>Snapshot %1 — read-only</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="100"/>
        <source>Zo zag de kaart eruit op %1. Alleen-lezen.</source>
        <translation>This is how the map looked on %1. Read-only.</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="137"/>
        <source>Momentopname</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="137"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="137"/>
        <location filename="../../ui/panels/snapshots.py" line="279"/>
        <source>Doorlooptijd</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="143"/>
        <source>Momentopname maken…</source>
        <translation>Take snapshot…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="145"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="147"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="149"/>
        <source>Hernoemen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="151"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="255"/>
        <source>Van %1 naar %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="273"/>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="273"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="275"/>
        <source>Doorlooptijd (%1)</source>
        <translation>Lead time (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="287"/>
        <source>First-time-right en stroomefficiëntie</source>
        <translation>First-time-right and flow efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="291"/>
        <source>First-time-right</source>
        <translation>First-time-right</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="296"/>
        <source>Stroomefficiëntie</source>
        <translation>Flow efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="318"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="362"/>
        <source>Nog geen momentopnamen. Maak er een aan het eind van de sessie.</source>
        <translation>No snapshots yet. Take one at the end of the session.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="364"/>
        <source>Vergelijken zet de oudste naast de nieuwste.</source>
        <translation>Compare puts the oldest next to the newest.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="367"/>
        <source>Kies één momentopname om met de kaart van nu te vergelijken, of twee om ze met elkaar te vergelijken.</source>
        <translation>Choose one snapshot to compare with the current map, or two to compare them with each other.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="410"/>
        <source>Momentopname maken</source>
        <translation>Take snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="419"/>
        <location filename="../../ui/panels/snapshots.py" line="429"/>
        <source>Momentopname hernoemen</source>
        <translation>Rename snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="419"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="435"/>
        <source>Momentopname verwijderen</source>
        <translation>Delete snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/panels/snapshots.py" line="465"/>
        <source>de kaart van nu</source>
        <translation>the current map</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="148"/>
        <source>Bouw het proces samen, en zie wanneer het goed gaat.</source>
        <translation>Build the process together, and see when it goes well.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="151"/>
        <source>Nieuwe kaart</source>
        <translation>New map</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="154"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="157"/>
        <source>Voorbeeldkaart</source>
        <translation>Sample map</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Recente kaarten</source>
        <translation>Recent maps</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="210"/>
        <source>Nog geen kaarten. Begin met een nieuwe kaart of bekijk de voorbeeldkaart.</source>
        <translation>No maps yet. Start a new map or take a look at the sample map.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/panels/properties.py" line="136"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="136"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="137"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="137"/>
        <source>Rol kiezen</source>
        <translation>Choose role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="139"/>
        <source>Wachttijd</source>
        <translation>Wait time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="142"/>
        <source>Wachttijd wijzigen</source>
        <translation>Change wait time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="145"/>
        <source>Bewerkingstijd</source>
        <translation>Process time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="148"/>
        <source>Bewerkingstijd wijzigen</source>
        <translation>Change process time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="151"/>
        <source>First-time-right</source>
        <translation>First-time-right</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="154"/>
        <source>First-time-right wijzigen</source>
        <translation>Change first-time-right</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="159"/>
        <source>Gemeten</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="160"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="160"/>
        <source>Notitie wijzigen</source>
        <translation>Change note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/properties.py" line="180"/>
        <source>Wachttijd: %1
Bewerkingstijd: %2
%n keer gemeten (%3)</source>
        <translation>
            <numerusform>Wait: %1
Process time: %2
measured %n time (%3)</numerusform>
            <numerusform>Wait: %1
Process time: %2
measured %n times (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/properties.py" line="95"/>
        <source>(geen rol)</source>
        <translation>(no role)</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../ui/panels/tags.py" line="62"/>
        <source>bijvoorbeeld: direct contact, vaste planner</source>
        <translation>for example: direct contact, fixed planner</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <location filename="../../ui/what_if.py" line="32"/>
        <source>Wat als…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <location filename="../../ui/what_if.py" line="43"/>
        <source>Wachttijd</source>
        <translation>Wait time</translation>
    </message>
    <message>
        <location filename="../../ui/what_if.py" line="44"/>
        <source>Bewerkingstijd</source>
        <translation>Process time</translation>
    </message>
    <message>
        <location filename="../../ui/what_if.py" line="52"/>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/what_if.py" line="92"/>
        <source>Wat als toepassen</source>
        <translation>Apply what-if</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../ui/window_menus.py" line="90"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="92"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="99"/>
        <source>Nieuwe kaart</source>
        <translation>New map</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="100"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="101"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="102"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="103"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="105"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="107"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="109"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="110"/>
        <source>Passend maken</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="111"/>
        <source>Wat als…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="113"/>
        <source>Volledig scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="117"/>
        <source>Presentatiemodus</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="119"/>
        <source>Presentatie verlaten</source>
        <translation>Leave presentation</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="132"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="136"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="137"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="141"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="151"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="154"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="163"/>
        <source>Rolnetwerk</source>
        <translation>Role network</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="172"/>
        <source>Panelen</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="178"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="202"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="215"/>
        <source>De nieuwe taal geldt vanaf de volgende start van Procesbouw.</source>
        <translation>The new language takes effect the next time Procesbouw starts.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/panels/wording.py" line="42"/>
        <source>klant</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="43"/>
        <source>medewerker</source>
        <translation>employee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="44"/>
        <source>organisatie</source>
        <translation>business</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="51"/>
        <source>Stem van de klant (VoC): hoe de cliënt het beleeft.</source>
        <translation>Voice of the customer (VoC): how the client experiences it.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="54"/>
        <source>Stem van de medewerker (VoE): hoe het team het werk beleeft.</source>
        <translation>Voice of the employee (VoE): how the team experiences the work.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="59"/>
        <source>Stem van de organisatie (VoB): wat het de organisatie oplevert.</source>
        <translation>Voice of the business (VoB): what it brings the organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="68"/>
        <source>verbeteren</source>
        <translation>improve</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="69"/>
        <source>vernieuwen</source>
        <translation>renew</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="70"/>
        <source>transitie</source>
        <translation>transition</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="71"/>
        <source>innovatie</source>
        <translation>innovate</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="79"/>
        <source>Beter binnen de huidige inrichting en het huidige denken.</source>
        <translation>Better within today&apos;s configuration and today&apos;s way of thinking.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="84"/>
        <source>Nieuwe inrichting (systemen, processen, structuren), hetzelfde denken.</source>
        <translation>A new configuration (systems, processes, structures), the same way of thinking.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="89"/>
        <source>Het denken verandert, de inrichting blijft.</source>
        <translation>The way of thinking changes, the configuration stays.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="92"/>
        <source>Zowel de inrichting als het denken veranderen.</source>
        <translation>Both the configuration and the way of thinking change.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="99"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="100"/>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="101"/>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="102"/>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="109"/>
        <source>Bouwen</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="110"/>
        <source>Wanneer gaat het goed?</source>
        <translation>When does it go well?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="111"/>
        <source>Verbindingen zien</source>
        <translation>See the connections</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="112"/>
        <source>Experimenten kiezen</source>
        <translation>Choose experiments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/wording.py" line="113"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
</context>
</TS>
