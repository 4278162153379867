"""Fonts embedded in the PDF report (see LICENSE-DejaVu.txt)."""
