"""What the app remembers between runs: recent maps, window layout, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

MAX_RECENT = 12


def _settings() -> QSettings:
    return QSettings()


def recent_maps() -> list[Path]:
    value = _settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in (value or []) if isinstance(p, str)]


def remember_map(path: Path) -> None:
    path = path.resolve()
    paths = [p for p in recent_maps() if p != path]
    _settings().setValue("recent", [str(p) for p in [path, *paths][:MAX_RECENT]])


def forget_map(path: Path) -> None:
    _settings().setValue("recent", [str(p) for p in recent_maps() if p != path])


def window_state(name: str) -> QByteArray | None:
    value = _settings().value(f"window/{name}")
    return value if isinstance(value, QByteArray) else None


def save_window_state(name: str, state: QByteArray) -> None:
    _settings().setValue(f"window/{name}", state)


def active_language() -> str:
    """The language this run of the app speaks (set at start-up), "nl" or "en"."""
    app = QCoreApplication.instance()
    value = app.property("language") if app is not None else None
    return value if value in ("nl", "en") else "nl"


def error_text(error: Exception) -> str:
    """What went wrong, in the app's language: storage and exchange errors carry an
    English text besides their Dutch one (model refusals are Dutch only)."""
    english = getattr(error, "message_en", None)
    if active_language() == "en" and isinstance(english, str):
        return english
    return str(error)


def language() -> str:
    value = _settings().value("language", "nl")
    return value if value in ("nl", "en") else "nl"


def set_language(code: str) -> None:
    _settings().setValue("language", code)


def library_address() -> str:
    """The team library the user chose ("" for the local default); never a password."""
    value = _settings().value("library/address", "")
    return value if isinstance(value, str) else ""


def remember_library_address(address: str) -> None:
    """Store ``address``, which must already be stripped of any password."""
    _settings().setValue("library/address", address)


def keep_tidy() -> bool:
    """Whether the map is laid out again as steps are added ("Netjes houden")."""
    value = _settings().value("keep_tidy", False)
    return value in (True, "true", 1, "1")


def set_keep_tidy(on: bool) -> None:
    _settings().setValue("keep_tidy", on)
