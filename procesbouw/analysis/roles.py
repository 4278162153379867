"""The role collaboration network: hidden connections, unused links, brokers.

Two roles collaborate when a flow (handoff or rework) runs from a step of one
to a step of the other; the pair is undirected and weighted by the number of
such flows. Flows within one role, and flows touching a step without a role,
say nothing about collaboration between roles and are ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from procesbouw.analysis.betweenness import role_betweenness
from procesbouw.analysis.results import (
    Broker,
    Explanation,
    HiddenConnection,
    RoleCollaboration,
    UnusedLink,
)
from procesbouw.analysis.wording import quoted, times
from procesbouw.model import ProcessMap


@dataclass(frozen=True)
class RoleNetwork:
    collaboration: tuple[RoleCollaboration, ...]
    hidden_connections: tuple[HiddenConnection, ...]
    unused_links: tuple[UnusedLink, ...]
    brokers: tuple[Broker, ...]


@dataclass(frozen=True)
class _Sources:
    """Everything a network says depends on: per flow between two different roles,
    in the map's order, its id and the roles of its two steps (``_crossing``); the
    drawn links, in order; the role names."""

    flows: list[tuple[str, str, str]]
    links: list[tuple[str, str, str]]
    role_names: dict[str, str]


# The last network and what it was made from: most edits (a move, a time, a
# rename of a step, a new step in the same role) leave all of it as it was, and
# then the network, its texts and its betweenness are not made again.
_last: tuple[_Sources, RoleNetwork] | None = None


def role_network(pm: ProcessMap) -> RoleNetwork:
    """The collaboration network of ``pm`` and what it reveals."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last is not None and _made_from(pm, last[0]):
        return last[1]
    sources = _Sources(
        list(_crossing(pm)),
        [(link.id, link.role_a_id, link.role_b_id) for link in pm.role_links.values()],
        {role_id: role.name for role_id, role in pm.roles.items()},
    )
    network = _network(pm, sources, last)
    _last = (sources, network)
    return network


def _crossing(pm: ProcessMap) -> Iterator[tuple[str, str, str]]:
    """(flow id, source role, target role) of each flow between two different
    roles, in map order: flows within one role, and flows touching a step
    without a role, say nothing about collaboration."""
    steps = pm.steps
    for flow in pm.flows.values():
        role_a = steps[flow.source_id].role_id
        role_b = steps[flow.target_id].role_id
        if role_a is not None and role_b is not None and role_a != role_b:
            yield flow.id, role_a, role_b


def _made_from(pm: ProcessMap, sources: _Sources) -> bool:
    """Whether ``pm`` still has the ``sources`` a network was made from.

    Compared one by one rather than by building the sources again and comparing:
    on a map of thousands of flows that would leave tens of thousands of new
    objects per analysis, and Python's garbage collector then walks the whole
    heap every few analyses (docs/performance.md, "Live means live")."""
    if len(pm.role_links) != len(sources.links) or len(pm.roles) != len(sources.role_names):
        return False
    kept = sources.flows
    count = 0
    for flow in _crossing(pm):
        if count == len(kept) or flow != kept[count]:
            return False
        count += 1
    if count != len(kept):
        return False
    for link, (link_id, role_a, role_b) in zip(pm.role_links.values(), sources.links, strict=True):
        if link.id != link_id or link.role_a_id != role_a or link.role_b_id != role_b:
            return False
    names = sources.role_names
    return all(names.get(role_id) == role.name for role_id, role in pm.roles.items())


def _network(
    pm: ProcessMap, sources: _Sources, last: tuple[_Sources, RoleNetwork] | None
) -> RoleNetwork:
    flows_of: dict[tuple[str, str], list[str]] = {}
    for flow_id, role_a, role_b in sources.flows:
        pair = (role_a, role_b) if role_a < role_b else (role_b, role_a)
        flows_of.setdefault(pair, []).append(flow_id)
    counts = {pair: len(ids) for pair, ids in flows_of.items()}
    drawn = {
        (min(link.role_a_id, link.role_b_id), max(link.role_a_id, link.role_b_id))
        for link in pm.role_links.values()
    }

    # Most flows first: the strongest collaboration is the one worth showing first.
    pairs = sorted(counts, key=lambda pair: (-counts[pair], _pair_names(pm, pair), pair))
    collaboration = tuple(
        RoleCollaboration(a, b, counts[(a, b)], hidden=(a, b) not in drawn) for a, b in pairs
    )
    # A hidden connection whose flows and role names are as before is the same,
    # text and all: a new flow changes one or two of thousands.
    before: dict[tuple[str, str], HiddenConnection] = {}
    if last is not None and last[0].role_names == sources.role_names:
        before = {(h.role_a_id, h.role_b_id): h for h in last[1].hidden_connections}
    hidden = tuple(
        _hidden_connection(pm, c, tuple(flows_of[(c.role_a_id, c.role_b_id)]), before)
        for c in collaboration
        if c.hidden
    )
    unused = tuple(
        UnusedLink(link.id, _unused_text(pm, link.role_a_id, link.role_b_id))
        for link in pm.role_links.values()
        if (min(link.role_a_id, link.role_b_id), max(link.role_a_id, link.role_b_id)) not in counts
    )
    return RoleNetwork(collaboration, hidden, unused, _brokers(pm, list(counts)))


def _hidden_connection(
    pm: ProcessMap,
    c: RoleCollaboration,
    flow_ids: tuple[str, ...],
    before: dict[tuple[str, str], HiddenConnection],
) -> HiddenConnection:
    kept = before.get((c.role_a_id, c.role_b_id))
    if kept is not None and kept.flow_ids == flow_ids:
        return kept
    return HiddenConnection(c.role_a_id, c.role_b_id, c.flow_count, _hidden_text(pm, c), flow_ids)


def _pair_names(pm: ProcessMap, pair: tuple[str, str]) -> tuple[str, str]:
    return pm.roles[pair[0]].name, pm.roles[pair[1]].name


def _brokers(pm: ProcessMap, pairs: list[tuple[str, str]]) -> tuple[Broker, ...]:
    """Roles with normalized betweenness > 0, highest first (computed only when
    the network changed; estimated on networks of hundreds of roles, see
    ``betweenness``).

    Betweenness ignores the flow counts: networkx reads a weight as a distance,
    and more flows between two roles means *closer*, not further apart. The
    network holds only roles that collaborate, so a role without flows does
    not dilute the normalisation."""
    if len(pairs) < 2:
        return ()
    centrality = role_betweenness(pairs)
    ranked = sorted(
        (role_id for role_id, value in centrality.items() if value > 0),
        key=lambda role_id: (-centrality[role_id], pm.roles[role_id].name, role_id),
    )
    return tuple(
        Broker(role_id, centrality[role_id], _broker_text(pm, role_id, first=rank == 0))
        for rank, role_id in enumerate(ranked)
    )


def _hidden_text(pm: ProcessMap, c: RoleCollaboration) -> Explanation:
    a, b = quoted(pm.roles[c.role_a_id].name), quoted(pm.roles[c.role_b_id].name)
    return Explanation(
        nl=f"{a} en {b} geven elkaar {times(c.flow_count, 'nl')} werk door, "
        "maar die verbinding is niet getekend.",
        en=f"{a} and {b} pass work to each other {times(c.flow_count, 'en')}, "
        "but that connection was not drawn.",
    )


def _unused_text(pm: ProcessMap, role_a_id: str, role_b_id: str) -> Explanation:
    a, b = quoted(pm.roles[role_a_id].name), quoted(pm.roles[role_b_id].name)
    return Explanation(
        nl=f"De verbinding tussen {a} en {b} is getekend, maar er gaat geen werk tussen hen.",
        en=f"The link between {a} and {b} was drawn, but no work passes between them.",
    )


def _broker_text(pm: ProcessMap, role_id: str, first: bool) -> Explanation:
    """Plain words for the team and the MT; the betweenness number itself says
    nothing to them, so it stays in ``Broker.betweenness`` (and the JSON)."""
    name = quoted(pm.roles[role_id].name)
    if first:
        return Explanation(
            nl=f"Via {name} loopt het meeste werk tussen andere rollen.",
            en=f"Most work between other roles runs through {name}.",
        )
    return Explanation(
        nl=f"Ook via {name} loopt werk tussen andere rollen.",
        en=f"Work between other roles also runs through {name}.",
    )
