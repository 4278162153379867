"""Shared test set-up: Qt always renders offscreen, so tests run without a screen."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The expected schema of each map version is cached per user; the tests keep theirs
# out of the user's cache folder.
os.environ.setdefault("PROCESBOUW_CACHE", tempfile.mkdtemp(prefix="procesbouw-test-cache-"))
