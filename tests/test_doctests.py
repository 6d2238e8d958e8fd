"""The examples in the docstrings run and print what they show (examples that need a store are
marked ``+SKIP``; the tests cover those)."""

import doctest
import importlib
import pkgutil

import pytest

import tifa

PACKAGES = ("tifa", "tifa.loaders", "tifa.ontology", "tifa.store", "tifa.queries", "tifa.views")
MODULES = sorted(
    module.name
    for package in PACKAGES
    for module in pkgutil.walk_packages(importlib.import_module(package).__path__, package + ".")
    if not module.name.endswith("__main__")
)


def test_every_package_is_searched():
    assert "tifa.views.network" in MODULES and "tifa.loaders.structure" in MODULES and tifa


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), report=True, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed (see the output above)"
