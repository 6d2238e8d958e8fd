"""Commands beyond the core ones in `tifa.cli`, one module each.

Every module here defines ``register(command)``, where ``command(name, run, help)`` adds a
subcommand (with the shared --store options) and returns its argparse parser; ``run(args)``
returns the exit code. `tifa.cli` calls every module's ``register`` in name order.
"""

from __future__ import annotations

import importlib
import pkgutil


def register_all(command) -> None:
    """Let every command module of this package add its commands."""
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}").register(command)
