"""The site parsers: one module per site (``SITE = Site(...)``) or per shared platform."""
