"""Options every `tifa` command shares, and opening the store they name.

>>> parser = argparse.ArgumentParser()
>>> add_store_options(parser)
>>> parser.parse_args(["--store", "/tmp/kg"]).store
'/tmp/kg'
"""

from __future__ import annotations

import argparse

from tifa.graph.store import default_store_path, open_store


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """--store DIR (the embedded store; default: $TIFA_STORE or the user data directory)."""
    parser.add_argument("--store", metavar="DIR", help=f"store directory (default: {default_store_path()})")


def open_from_args(args: argparse.Namespace, *, read_only: bool = False):
    """The store the command line names, as a context manager."""
    return open_store(args.store, read_only=read_only)
