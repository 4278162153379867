"""Shared test set-up: Qt always renders offscreen, so tests run without a screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
