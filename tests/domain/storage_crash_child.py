"""Child process of the crash test: edits a map as fast as it can until it is killed.

After each edit call returns it prints what it did and flushes, so every line
the parent reads is an edit the store promised to keep:
``add <id>`` for a step added on its own or in a batch of three,
``version <n>`` after renaming the counter step to ``v<n>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from procesbouw.model import Flow, Step, changed
from procesbouw.storage import MapFile


def main(path: Path) -> None:
    with MapFile.open(path) as mf:
        counter = next(s for s in mf.map.steps.values() if s.name.startswith("v"))
        version = int(counter.name[1:])
        print("ready", flush=True)
        previous = counter.id
        round_ = 0
        while True:
            round_ += 1
            if round_ % 3 == 0:
                batch = [Step(f"batch {round_}.{i}") for i in range(3)]
                with mf.batch():
                    for step in batch:
                        mf.add(step)
                    mf.add(Flow(previous, batch[0].id))
                print(*(f"add {step.id}" for step in batch), sep="\n", flush=True)
                previous = batch[-1].id
            elif round_ % 3 == 1:
                step = Step(f"stap {round_}", note="x" * (round_ % 500))
                mf.add(step, index=round_ % 7)
                print(f"add {step.id}", flush=True)
            else:
                version += 1
                counter = changed(counter, name=f"v{version}")  # type: ignore[assignment]
                mf.replace(counter)
                print(f"version {version}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
