"""Seeded synthetic process maps for benchmarks: ``generate_map(1000)``.

A layered DAG of handoffs (every step fed from the layer before, every step
but the last layer handing on), about 1.3 flows per step including some
rework flows that go back one to three steps, 8 roles (or ``roles``: a stress
map has one role per ten steps), a few drawn role links and findings. The same
(steps, seed) always gives the same map, ids included.

The map is assembled directly from valid entities rather than through
``ProcessMap.add``: add checks every new flow against all flows, which is
quadratic and would dominate the benchmark's set-up for 10,000 steps.
``tests/domain/test_analysis_generate.py`` proves the result is valid.
"""

from __future__ import annotations

import random

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

ROLE_COLOURS = (
    "#C91A09",  # red
    "#0055BF",  # blue
    "#F2CD37",  # yellow
    "#237841",  # green
    "#FE8A18",  # orange
    "#81007B",  # purple
    "#A0A5A9",  # light grey
    "#05131D",  # black
)
TAGS = ("direct contact", "vaste planner", "korte lijnen", "zelf plannen", "samen beslissen")
DAY = 24 * 60


def generate_map(steps: int, seed: int = 1, roles: int = 8) -> ProcessMap:
    """A valid map with ``steps`` steps in ``roles`` roles, reproducible from ``seed``."""
    rng = random.Random(seed)
    role_list = [
        Role(f"Rol {i + 1}", colour=ROLE_COLOURS[i % len(ROLE_COLOURS)], id=f"role-{i}")
        for i in range(roles)
    ]
    layers = _layers(steps, rng)
    step_list = [
        Step(
            f"Stap {i + 1}",
            role_id=rng.choice(role_list).id,
            process_minutes=float(rng.randint(5, 240)),
            wait_minutes=float(rng.randint(0, 2 * DAY)),
            ftr_percent=float(rng.randint(70, 100)),
            x=layer_no * 200.0,
            y=row * 120.0,
            id=f"step-{i}",
        )
        for layer_no, layer in enumerate(layers)
        for row, i in enumerate(layer)
    ]
    flows = _flows(layers, rng)
    findings = [
        Finding(
            f"Verhaal {i + 1}",
            tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
            step_ids=tuple(f"step-{s}" for s in rng.sample(range(steps), min(steps, 2))),
            role_ids=(rng.choice(role_list).id,),
            id=f"finding-{i}",
        )
        for i in range(max(1, steps // 50) if steps else 0)
    ]
    links = [
        RoleLink(role_list[a].id, role_list[b].id, id=f"link-{a}-{b}")
        for a, b in _linked_pairs(roles)
    ]
    return ProcessMap(
        details=MapDetails(name=f"Synthetische kaart ({steps} stappen)", hours_per_day=8.0),
        roles={role.id: role for role in role_list},
        steps={step.id: step for step in step_list},
        flows={flow.id: flow for flow in flows},
        role_links={link.id: link for link in links},
        findings={finding.id: finding for finding in findings},
    )


def _linked_pairs(roles: int) -> list[tuple[int, int]]:
    """The role links the team drew: five among the first eight roles, then
    every next pair of roles."""
    pairs = [(a, b) for a, b in ((0, 1), (1, 2), (2, 3), (4, 5), (6, 7)) if b < roles]
    return pairs + [(a, a + 1) for a in range(8, roles - 1, 2)]


def _layers(steps: int, rng: random.Random) -> list[list[int]]:
    """Step numbers per layer; layers hold 1 to 9 parallel steps."""
    layers: list[list[int]] = []
    done = 0
    while done < steps:
        width = min(rng.randint(1, 9), steps - done)
        layers.append(list(range(done, done + width)))
        done += width
    return layers


def _flows(layers: list[list[int]], rng: random.Random) -> list[Flow]:
    pairs: set[tuple[int, int]] = set()
    for before, layer in zip(layers, layers[1:], strict=False):
        handing_on = set()
        waiting = rng.sample(before, len(before))  # sources that hand nothing on yet
        for step in layer:  # every step gets work from the layer before
            source = waiting.pop() if waiting else rng.choice(before)
            pairs.add((source, step))
            handing_on.add(source)
        for step in before:  # and no step in the middle is a dead end
            if step not in handing_on:
                pairs.add((step, rng.choice(layer)))
        if rng.random() < 0.25:  # now and then an extra parallel handoff
            pairs.add((rng.choice(before), rng.choice(layer)))
    feeds: dict[int, list[int]] = {}  # step → the steps handing to it
    for source, target in sorted(pairs):
        feeds.setdefault(target, []).append(source)

    flows = [Flow(f"step-{s}", f"step-{t}", id=f"flow-{s}-{t}") for s, t in sorted(pairs)]
    step_count = sum(len(layer) for layer in layers)
    for step in rng.sample(range(step_count), step_count // 20):  # rework on 5% of steps
        target = step
        for _ in range(rng.randint(1, 3)):  # back along the handoffs, 1 to 3 steps
            if target not in feeds:
                break
            target = rng.choice(feeds[target])
        if target != step and (step, target) not in pairs:
            share = rng.choice((0.1, 0.2, 0.3, 0.5))
            flows.append(
                Flow(
                    f"step-{step}",
                    f"step-{target}",
                    FlowKind.REWORK,
                    rework_share=share,
                    id=f"rework-{step}-{target}",
                )
            )
    return flows
