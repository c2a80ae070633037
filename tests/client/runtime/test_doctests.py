"""The examples in the runtime's docstrings run, and do what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import transmitsms._runtime

MODULES = sorted(m.name for m in pkgutil.iter_modules(transmitsms._runtime.__path__, "transmitsms._runtime."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0
