"""Files the app ships: sample maps (and fonts, icons, translations), via importlib.resources."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

SAMPLES = ("zorgorganisatie", "gemeente")


def sample_path(name: str = "zorgorganisatie") -> Path:
    """The installed sample map ``name``. Never edit it: open a ``copy_sample_to`` copy."""
    if name not in SAMPLES:
        raise ValueError(f"unknown sample {name!r}; choose from {', '.join(SAMPLES)}")
    path = Path(str(files(__name__).joinpath("samples", f"{name}.procesbouw")))
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def copy_sample_to(directory: Path, name: str = "zorgorganisatie", reuse: bool = True) -> Path:
    """The user's own copy of a sample map in ``directory``; returns its path.

    With ``reuse`` an earlier copy (``zorgorganisatie.procesbouw``) is returned as is,
    so work done in the sample is kept; otherwise a fresh copy gets a free name
    (``zorgorganisatie (2).procesbouw``). An existing file is never overwritten."""
    source = sample_path(name)
    directory.mkdir(parents=True, exist_ok=True)
    target, number = directory / source.name, 2
    if reuse and target.exists():
        return target
    while True:
        try:
            with source.open("rb") as data, target.open("xb") as copy:  # "x": never overwrite
                shutil.copyfileobj(data, copy)
            return target
        except FileExistsError:
            target, number = directory / f"{name} ({number}).procesbouw", number + 1
