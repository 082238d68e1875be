"""Tools for testing parsers: scoring against references, drift strategies, fixtures.

The drift strategies (:mod:`newsparse.testing.drift`) need hypothesis, which
comes with ``pip install "newsparse[testing]"``; the rest and the pytest
plugin work with the core install.
"""
