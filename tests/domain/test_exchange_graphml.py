"""GraphML of the step graph and the role network: readable by networkx, and
shaped for Gephi and yEd (named, typed keys; labels in ``label``)."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from defusedxml import ElementTree

from procesbouw.analysis import analyse
from procesbouw.exchange import export_role_graphml, export_step_graphml
from procesbouw.exchange.graphml import xml_text
from procesbouw.model import ProcessMap, Role, Step
from tests.maps import HOSTILE, rich_map

_NS = "{http://graphml.graphdrawing.org/xmlns}"


def _read(data: bytes) -> nx.Graph:
    return nx.read_graphml(io.BytesIO(data))


def _keys(data: bytes) -> dict[tuple[str, str], str]:
    """(for, attr.name) → attr.type, checking that every key id is its name."""
    root = ElementTree.fromstring(data)
    keys = {}
    for key in root.iter(f"{_NS}key"):
        assert key.get("id") == key.get("attr.name")  # Gephi reads key ids like "d3" as labels
        keys[(key.get("for"), key.get("attr.name"))] = key.get("attr.type")
    ids = [key.get("id") for key in root.iter(f"{_NS}key")]
    assert len(ids) == len(set(ids))
    return keys


def test_step_graph_has_every_step_and_flow_with_attributes() -> None:
    pm = rich_map()
    graph = _read(export_step_graphml(pm))
    assert isinstance(graph, nx.DiGraph)
    assert graph.number_of_nodes() == len(pm.steps) == 4
    assert graph.number_of_edges() == len(pm.flows) == 4
    intake = graph.nodes["s3"]
    assert intake["label"] == "Intake"
    assert intake["role"] == "Wijkverpleging"
    assert intake["role_colour"] == "#237841"
    assert (intake["r"], intake["g"], intake["b"]) == (0x23, 0x78, 0x41)
    assert intake["process_minutes"] == 90.0
    assert intake["wait_minutes"] == 480.0
    assert intake["ftr_percent"] == 95.5
    assert (intake["x"], intake["y"]) == (400.0, 0.0)
    assert intake["note"] == HOSTILE[0]
    assert graph.nodes["s2"]["label"] == HOSTILE[2]
    assert graph.nodes["s4"]["label"] == HOSTILE[3]
    assert graph.nodes["s4"]["role"] == ""
    rework = graph.edges["s3", "s2"]
    assert rework["kind"] == "rework"
    assert rework["rework_share"] == 0.25
    assert rework["id"] == "f4"
    assert graph.edges["s1", "s2"]["kind"] == "handoff"
    assert graph.edges["s1", "s2"]["rework_share"] == 0.0


def test_step_graph_keys_are_named_and_typed() -> None:
    keys = _keys(export_step_graphml(rich_map()))
    assert keys[("node", "label")] == "string"
    assert keys[("node", "process_minutes")] == "double"
    assert keys[("node", "x")] == "double"
    assert keys[("node", "r")] == "long"
    assert keys[("edge", "kind")] == "string"
    assert keys[("edge", "rework_share")] == "double"


def test_role_network_marks_hidden_and_unused() -> None:
    pm = rich_map()
    graph = _read(export_role_graphml(pm))
    assert not graph.is_directed()
    assert graph.number_of_nodes() == len(pm.roles) == 4
    assert graph.nodes["r-planner"]["label"] == HOSTILE[0]
    assert graph.nodes["r-client"]["kind"] == "client"
    assert graph.nodes["r-gp"]["colour"] == "#C91A09"
    drawn = graph.edges["r-client", "r-planner"]
    assert (drawn["flow_count"], drawn["linked"], drawn["hidden"], drawn["unused"]) == (
        1,
        True,
        False,
        False,
    )
    assert drawn["link_note"] == "we bellen"
    hidden = graph.edges["r-planner", "r-nurse"]  # a handoff and a rework flow, no link
    assert (hidden["flow_count"], hidden["weight"], hidden["linked"], hidden["hidden"]) == (
        2,
        2.0,
        False,
        True,
    )
    unused = graph.edges["r-planner", "r-gp"]
    assert (unused["flow_count"], unused["linked"], unused["unused"]) == (0, True, True)
    assert graph.number_of_edges() == 3


def test_role_network_keys_are_named_and_typed() -> None:
    keys = _keys(export_role_graphml(rich_map()))
    assert keys[("node", "label")] == "string"
    assert keys[("edge", "weight")] == "double"
    assert keys[("edge", "hidden")] == "boolean"
    assert keys[("edge", "unused")] == "boolean"


def test_role_network_uses_a_given_analysis() -> None:
    pm = rich_map()
    assert export_role_graphml(pm, analyse(pm)) == export_role_graphml(pm)


HOSTILE_XML = "a\x00b\x07c\x0bd\x1be\ufffef\ud800g\tok\nregel"


@pytest.mark.parametrize("export", [export_step_graphml, export_role_graphml])
def test_text_xml_forbids_is_dropped_and_the_rest_kept(export: object) -> None:
    pm = ProcessMap()
    pm.add(Role(HOSTILE_XML, id="r\x01ol"))
    pm.add(Step(HOSTILE_XML, "r\x01ol", note="<para>&amp;</para>", id="s\x02tap"))
    pm.add(Step("tweede", "r\x01ol"))
    data = export(pm)  # type: ignore[operator]
    ElementTree.fromstring(data)  # well-formed
    graph = _read(data)
    labels = {attributes["label"] for _, attributes in graph.nodes(data=True)}
    assert "abcdefg\tok\nregel" in labels
    if export is export_step_graphml:
        assert graph.nodes["stap"]["note"] == "<para>&amp;</para>"
        assert graph.nodes["stap"]["role"] == "abcdefg\tok\nregel"


def test_xml_text_keeps_what_xml_allows() -> None:
    allowed = "tab\t nl\n cr\r Zoë € 🧱 \u2028 \ue000 \U0010ffff"
    assert xml_text(allowed) == allowed
    assert xml_text("\x00\x08\x0c\x1f\ud800\udfff\uffff") == ""


def test_empty_map_gives_empty_graphs() -> None:
    pm = ProcessMap()
    assert _read(export_step_graphml(pm)).number_of_nodes() == 0
    assert _read(export_role_graphml(pm)).number_of_nodes() == 0
