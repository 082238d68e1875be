"""Subcommands of the ``newsparse`` command line, one module each."""
