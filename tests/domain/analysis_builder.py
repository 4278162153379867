"""A terse way to draw small maps for the analysis tests: ids are the names."""

from __future__ import annotations

from procesbouw.model import (
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    ProcessMap,
    Role,
    RoleLink,
    Step,
)


class MapBuilder:
    def __init__(self, hours_per_day: float = 24.0) -> None:
        self.pm = ProcessMap(details=MapDetails(name="Test", hours_per_day=hours_per_day))

    def role(self, name: str) -> str:
        self.pm.add(Role(name, id=name))
        return name

    def step(
        self,
        name: str,
        wait: float = 0.0,
        process: float = 0.0,
        role: str | None = None,
        ftr: float = 100.0,
    ) -> str:
        self.pm.add(
            Step(
                name,
                role_id=role,
                wait_minutes=wait,
                process_minutes=process,
                ftr_percent=ftr,
                id=name,
            )
        )
        return name

    def chain(self, *names: str) -> None:
        """Handoffs between consecutive steps."""
        for source, target in zip(names, names[1:], strict=False):
            self.handoff(source, target)

    def handoff(self, source: str, target: str) -> str:
        flow_id = f"{source}->{target}"
        self.pm.add(Flow(source, target, id=flow_id))
        return flow_id

    def rework(self, source: str, target: str, share: float) -> str:
        flow_id = f"{source}~>{target}"
        self.pm.add(Flow(source, target, FlowKind.REWORK, rework_share=share, id=flow_id))
        return flow_id

    def link(self, role_a: str, role_b: str) -> str:
        link_id = f"{role_a}-{role_b}"
        self.pm.add(RoleLink(role_a, role_b, id=link_id))
        return link_id

    def finding(
        self,
        name: str,
        tags: tuple[str, ...] = (),
        steps: tuple[str, ...] = (),
        roles: tuple[str, ...] = (),
        flows: tuple[str, ...] = (),
    ) -> str:
        self.pm.add(
            Finding(name, tags=tags, step_ids=steps, role_ids=roles, flow_ids=flows, id=name)
        )
        return name
