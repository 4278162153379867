"""Procesbouw: the domain of a LEGO process mapping session, free of any UI."""

__version__ = "0.1.0"
