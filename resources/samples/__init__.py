"""Sample maps, built by ``build_samples.py`` (``python -m resources.samples.build_samples``)."""
