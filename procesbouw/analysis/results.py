"""What the live analysis reports: typed, immutable results.

Every result carries an ``Explanation``: a short sentence the facilitator can
read out to the room, in Dutch and in English. Times are minutes throughout.
The UI, the PDF report and the CLI all consume these types; fields may be
added, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Explanation:
    """A sentence the facilitator can read out."""

    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        """The sentence in ``lang`` ("nl" or "en"); Dutch for anything else."""
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class KeyFigures:
    """The headline numbers. All path-based figures follow the critical path
    of the *expected* lead time (rework multipliers included)."""

    lead_time_first_pass: float  # minutes, rework ignored
    lead_time_expected: float  # minutes, with rework multipliers
    process_time: float  # minutes of (expected) process time on the critical path
    flow_efficiency: float  # 0..1 = process time / expected lead time (0 when that is 0)
    rolled_ftr: float  # 0..1, product of the *effective* FTR over the critical path
    handoffs: int  # role changes along the critical path
    critical_path: tuple[str, ...]  # step ids, start → end
    explanation: Explanation
    wait_time: float  # minutes of (expected) wait time on the critical path


@dataclass(frozen=True)
class Bottleneck:
    """A critical-path step, ranked by its share of the expected lead time."""

    step_id: str
    share: float  # 0..1 of the expected lead time
    wait_minutes: float  # expected (multiplied) wait part
    process_minutes: float  # expected process part
    explanation: Explanation


@dataclass(frozen=True)
class RoleCollaboration:
    """An edge of the role network: two roles that pass work to each other."""

    role_a_id: str  # unordered pair, stored with role_a_id < role_b_id
    role_b_id: str
    flow_count: int
    hidden: bool  # works together via flows but no RoleLink drawn


@dataclass(frozen=True)
class HiddenConnection:
    role_a_id: str  # role_a_id < role_b_id
    role_b_id: str
    flow_count: int
    explanation: Explanation
    flow_ids: tuple[str, ...] = ()  # the flows behind it, in map order


@dataclass(frozen=True)
class UnusedLink:
    link_id: str
    explanation: Explanation


@dataclass(frozen=True)
class Broker:
    role_id: str
    betweenness: float  # normalized betweenness centrality, 0..1
    explanation: Explanation


@dataclass(frozen=True)
class SuccessPattern:
    """Something that recurs across findings."""

    kind: str  # "tag" | "step" | "role" | "flow"
    key: str  # the tag text, or the entity id
    finding_ids: tuple[str, ...]
    explanation: Explanation


class WarningKind(StrEnum):
    HANDOFF_CYCLE = "handoff_cycle"  # handoffs that loop back: should be a rework flow
    NO_ROLE = "no_role"  # steps without a performing role
    UNREACHABLE = "unreachable"  # steps no start reaches through handoffs
    SEVERAL_STARTS = "several_starts"
    SEVERAL_ENDS = "several_ends"
    REWORK_NOT_UPSTREAM = "rework_not_upstream"  # rework to a step that is not upstream
    # a stated FTR higher than 1 − the rework shares leaving the step
    FTR_CONTRADICTS_REWORK = "ftr_contradicts_rework"


@dataclass(frozen=True)
class StructureWarning:
    """A friendly hint about the map's structure; never blocks anything."""

    kind: WarningKind
    entity_ids: tuple[str, ...]  # the steps (or the rework flow) concerned
    explanation: Explanation


@dataclass(frozen=True)
class Analysis:
    """Everything the live analysis knows about one map."""

    figures: KeyFigures | None  # None when the map cannot be analysed (see message)
    message: Explanation | None  # friendly reason when figures is None
    bottlenecks: tuple[Bottleneck, ...]  # largest share first
    slack: dict[str, float]  # step id → slack minutes, for analysed steps OFF the critical path
    multipliers: dict[str, float]  # step id → expected repeat factor from rework (1.0 if none)
    collaboration: tuple[RoleCollaboration, ...]
    hidden_connections: tuple[HiddenConnection, ...]
    unused_links: tuple[UnusedLink, ...]
    brokers: tuple[Broker, ...]  # highest betweenness first; only roles with betweenness > 0
    patterns: tuple[SuccessPattern, ...]  # strongest first
    hotspots: dict[str, int]  # step id → number of findings naming it (only ≥ 1)
    warnings: tuple[StructureWarning, ...]
    # step id → effective FTR 0..1: min(stated FTR, 1 − rework shares leaving the step)
    effective_ftr: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class WhatIf:
    """The lead time after a tentative change of one step's times."""

    step_id: str
    lead_time_before: float  # expected lead time, minutes
    lead_time_after: float
    first_pass_before: float
    first_pass_after: float
    explanation: Explanation
