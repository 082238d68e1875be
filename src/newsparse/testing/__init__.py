"""Tools for testing parsers: scoring against references, drift strategies, fixtures."""
