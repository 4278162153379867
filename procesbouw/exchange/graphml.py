"""GraphML of the step graph and of the role network, for Gephi, yEd and networkx.

Written with ``networkx.write_graphml`` and named key ids, so every attribute's
GraphML key is its own name. That matters for Gephi, which reads ``label``,
``x``, ``y``, ``r``, ``g``, ``b`` and ``weight`` as display properties — and
would otherwise take networkx's generated key ``d3`` for a node label.
Attribute types are fixed per attribute (string, double, long, boolean) so
every reader sees one column type. Node and edge attributes never share a
name, so key ids stay unique.

Text typed by users may hold characters XML 1.0 forbids (control characters,
lone surrogates); they are dropped, because no XML reader would accept them.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from procesbouw.model import ProcessMap, Role

if TYPE_CHECKING:
    import networkx as nx

    from procesbouw.analysis import Analysis

# Characters outside XML 1.0's Char production.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NO_ROLE_COLOUR = "#A0A5A9"  # LEGO light bluish grey: a step nobody owns yet


def xml_text(text: str) -> str:
    """``text`` without the characters an XML 1.0 document cannot contain."""
    return _NOT_XML.sub("", text)


def export_step_graphml(pm: ProcessMap) -> bytes:
    """The step graph as GraphML (UTF-8): a directed graph whose nodes are the
    steps (keyed by step id) and whose edges are the flows."""
    import networkx as nx  # deferred: the domain stays cheap to import

    graph = nx.DiGraph()
    for step in pm.steps.values():
        role = pm.roles.get(step.role_id) if step.role_id is not None else None
        graph.add_node(
            xml_text(step.id),
            label=xml_text(step.name),
            role=xml_text(role.name) if role else "",
            role_id=xml_text(role.id) if role else "",
            role_colour=role.colour if role else "",
            process_minutes=float(step.process_minutes),
            wait_minutes=float(step.wait_minutes),
            ftr_percent=float(step.ftr_percent),
            note=xml_text(step.note),
            x=float(step.x),
            y=float(step.y),
            **_rgb(role.colour if role else NO_ROLE_COLOUR),
        )
    for flow in pm.flows.values():
        graph.add_edge(
            xml_text(flow.source_id),
            xml_text(flow.target_id),
            flow_id=xml_text(flow.id),
            kind=flow.kind.value,
            rework_share=float(flow.rework_share or 0.0),
        )
    return _graphml(graph, edge_id="flow_id")


def export_role_graphml(pm: ProcessMap, analysis: Analysis | None = None) -> bytes:
    """The role network as GraphML (UTF-8): an undirected graph whose nodes are
    the roles and whose edges join two roles that pass work to each other
    (``flow_count``, ``weight``) or that the team linked (``linked``).
    ``hidden``: flows but no link; ``unused``: a link but no flows.
    ``analysis`` (of ``pm``) is computed when not given."""
    import networkx as nx  # deferred: the domain stays cheap to import

    if analysis is None:
        from procesbouw.analysis import analyse

        analysis = analyse(pm)
    graph = nx.Graph()
    for role in pm.roles.values():
        graph.add_node(xml_text(role.id), **_role_attributes(role))
    edges: dict[frozenset[str], dict[str, Any]] = {}
    for collaboration in analysis.collaboration:
        pair = frozenset((collaboration.role_a_id, collaboration.role_b_id))
        edges[pair] = _pair_attributes(flow_count=collaboration.flow_count)
    for link in pm.role_links.values():
        pair = frozenset((link.role_a_id, link.role_b_id))
        attributes = edges.setdefault(pair, _pair_attributes(flow_count=0))
        attributes.update(linked=True, link_note=xml_text(link.note))
    for pair, attributes in edges.items():
        role_a, role_b = sorted(pair)
        flows = attributes["flow_count"]
        attributes.update(hidden=flows > 0 and not attributes["linked"])
        attributes.update(unused=flows == 0 and attributes["linked"])
        graph.add_edge(xml_text(role_a), xml_text(role_b), **attributes)
    return _graphml(graph)


def _role_attributes(role: Role) -> dict[str, Any]:
    return {
        "label": xml_text(role.name),
        "kind": role.kind.value,
        "colour": role.colour,
        **_rgb(role.colour),
    }


def _pair_attributes(flow_count: int) -> dict[str, Any]:
    return {
        "flow_count": flow_count,
        "weight": float(flow_count),
        "linked": False,
        "link_note": "",
    }


def _rgb(colour: str) -> dict[str, int]:
    """Gephi colours a node from its ``r``, ``g``, ``b`` attributes."""
    return {
        "r": int(colour[1:3], 16),
        "g": int(colour[3:5], 16),
        "b": int(colour[5:7], 16),
    }


def _graphml(graph: nx.Graph, edge_id: str | None = None) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, named_key_ids=True, edge_id_from_attribute=edge_id)
    return buffer.getvalue()
