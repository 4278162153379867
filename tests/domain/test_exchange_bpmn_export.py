"""BPMN 2.0 out: valid against the OMG schemas, read by bpmn-moddle without warnings,
and back in as the same steps, roles, flows and times."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from procesbouw.cli import run
from procesbouw.exchange import export_bpmn, import_bpmn, map_entities
from procesbouw.exchange.bpmn_names import MODEL, PROCESBOUW
from procesbouw.model import ProcessMap
from procesbouw.storage import MapFile
from tests.domain.bpmn_samples import SCHEMAS, reference
from tests.maps import rich_map

NODE_DIR = Path(__file__).resolve().parents[1] / ".node"  # git-ignored
CHECK_JS = Path(__file__).with_name("bpmn_moddle_check.js")
BPMN_MODDLE = "bpmn-moddle@10"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "BPMN20.xsd"))


@pytest.fixture(scope="session")
def moddle() -> Path:
    """A folder with bpmn-moddle installed from npm (once; reused between runs)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node and npm are not installed: the bpmn-moddle check cannot run")
    if not (NODE_DIR / "node_modules" / "bpmn-moddle").is_dir():
        NODE_DIR.mkdir(exist_ok=True)
        subprocess.run(
            [npm, "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", BPMN_MODDLE],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return NODE_DIR


def _moddle_read(folder: Path, path: Path) -> dict[str, object]:
    env = {**os.environ, "NODE_PATH": str(folder / "node_modules")}
    done = subprocess.run(
        ["node", str(CHECK_JS), str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _essence(pm: ProcessMap) -> tuple[object, ...]:
    """Steps (name, role, times, FTR, note), roles and flows, by name."""
    role_name = {r.id: (r.name, r.kind, r.colour.upper()) for r in pm.roles.values()}
    steps = sorted(
        (
            s.name,
            role_name.get(s.role_id or ""),
            s.process_minutes,
            s.wait_minutes,
            s.ftr_percent,
            s.note,
        )
        for s in pm.steps.values()
    )
    flows = sorted(
        (pm.steps[f.source_id].name, pm.steps[f.target_id].name, f.kind, f.rework_share)
        for f in pm.flows.values()
    )
    return steps, sorted(role_name.values()), flows, pm.details.hours_per_day


def _without_unused_roles(pm: ProcessMap) -> ProcessMap:
    copy = ProcessMap(pm.details)
    used = {s.role_id for s in pm.steps.values()}
    for role in pm.roles.values():
        if role.id in used:
            copy.add(role)
    for entity in [*pm.steps.values(), *pm.flows.values()]:
        copy.add(entity)
    return copy


def test_export_is_valid_against_the_omg_schemas(schema: xmlschema.XMLSchema) -> None:
    data = export_bpmn(rich_map())
    schema.validate(data.decode("utf-8"))


def test_export_has_a_lane_per_role_and_the_rework_gateway() -> None:
    root = ET.fromstring(export_bpmn(rich_map()))
    lanes = [lane.get("name") for lane in root.iter(f"{{{MODEL}}}lane")]
    assert lanes[:4] == [r.name for r in rich_map().roles.values()]
    assert lanes[4] == "Zonder rol"  # the step without a role
    tasks = list(root.iter(f"{{{MODEL}}}task"))
    intake = next(t for t in tasks if t.get("name") == "Intake")
    assert intake.get(f"{{{PROCESBOUW}}}processMinutes") == "90.0"
    assert intake.get(f"{{{PROCESBOUW}}}waitMinutes") == "480.0"
    docs = [d.text or "" for d in intake.iter(f"{{{MODEL}}}documentation")]
    assert any("Bewerkingstijd 1,5 u" in d and "wachttijd 1 d" in d for d in docs)
    (gateway,) = root.iter(f"{{{MODEL}}}exclusiveGateway")
    assert gateway.get("name") == "25% terug"
    shapes = {
        s.get("bpmnElement")
        for s in root.iter("{http://www.omg.org/spec/BPMN/20100524/DI}BPMNShape")
    }
    assert {t.get("id") for t in tasks} | {gateway.get("id")} <= shapes


def test_round_trip_gives_the_same_steps_roles_flows_and_times() -> None:
    original = _without_unused_roles(rich_map())
    back = import_bpmn(export_bpmn(original))
    assert _essence(back.map) == _essence(original)
    assert back.map.details.name == original.details.name
    assert not back.unknown_shares and not back.laid_out


@pytest.mark.parametrize("name", ["A.1.0", "A.4.0", "B.1.0", "C.1.0"])
def test_reference_models_survive_a_round_trip(name: str, schema: xmlschema.XMLSchema) -> None:
    first = import_bpmn(reference(name)).map
    data = export_bpmn(first)
    schema.validate(data.decode("utf-8"))
    assert _essence(import_bpmn(data).map) == _essence(first)


def test_bpmn_moddle_reads_the_export_without_warnings(moddle: Path, tmp_path: Path) -> None:
    for index, pm in enumerate([rich_map(), import_bpmn(reference("C.1.0")).map]):
        path = tmp_path / f"export{index}.bpmn"
        path.write_bytes(export_bpmn(pm))
        result = _moddle_read(moddle, path)
        assert result == {"ok": True, "type": "bpmn:Definitions", "warnings": []}


def test_bpmn_moddle_check_can_fail(moddle: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.bpmn"
    path.write_bytes(export_bpmn(rich_map()).replace(b"<bpmn:task ", b"<bpmn:taak ", 1))
    assert _moddle_read(moddle, path)["warnings"]


def test_cli_export_bpmn(tmp_path: Path, schema: xmlschema.XMLSchema) -> None:
    map_path = tmp_path / "zorg.procesbouw"
    pm = rich_map()
    with MapFile.create(map_path, pm.details) as map_file, map_file.batch():
        for entity in map_entities(pm):
            map_file.add(entity)
    out = tmp_path / "zorg.bpmn"
    assert run(["export", str(map_path), "--format", "bpmn", "-o", str(out)]) == 0
    schema.validate(str(out))
    assert len(import_bpmn(out.read_bytes()).map.steps) == len(pm.steps)
