"""``key=value`` arguments converted to a generated method's keyword arguments, by its signature.

Contract: ``call_arguments(method, pairs)`` reads the method's parameters and their annotations
(the generated signature is the only description of the API the command uses) and returns the
keyword arguments: ``int``, ``float`` and ``bool`` (``true``/``false``, ``1``/``0``, ``yes``/``no``)
converted, ``Literal`` choices checked, everything else passed as text (a comma-separated list is
what the API takes for lists). A key may be the API's parameter name (``from``) or the Python one
(``from_``). ``UsageError`` names an unknown key, a value of the wrong type and every missing
required parameter, with what the method takes.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

from .errors import UsageError

_RESERVED = frozenset({"timeout", "max_retries", "self"})
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


def parameters(method: Callable[..., Any]) -> dict[str, tuple[Any, bool]]:
    """The API parameters of a generated method: name -> (annotation, required)."""
    hints = typing.get_type_hints(method)
    found = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name in _RESERVED or parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        found[name] = (hints.get(name, str), parameter.default is inspect.Parameter.empty)
    return found


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [m for a in typing.get_args(annotation) for m in _members(a)]
    return [annotation]


def convert(name: str, annotation: Any, text: str) -> Any:
    """``text`` as the value of parameter ``name`` of type ``annotation``."""
    members = [m for m in _members(annotation) if getattr(m, "__name__", "") != "Unset"]
    literals = [v for m in members if typing.get_origin(m) is typing.Literal for v in typing.get_args(m)]
    if literals:
        if text not in literals:
            raise UsageError(f"{name} must be one of {', '.join(map(str, literals))}, got {text!r}")
        return text
    if bool in members:
        lowered = text.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise UsageError(f"{name} must be true or false, got {text!r}")
    for kind in (int, float):
        if kind in members and str not in members:
            try:
                return kind(text)
            except ValueError:
                raise UsageError(
                    f"{name} must be {'an integer' if kind is int else 'a number'}, got {text!r}"
                ) from None
    return text


def call_arguments(
    method: Callable[..., Any], pairs: Iterable[str], given: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The keyword arguments for ``method`` from ``key=value`` pairs (and already ``given`` ones)."""
    known = parameters(method)
    arguments = dict(given or {})
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"expected key=value, got {pair!r}")
        name = key if key in known else f"{key}_" if f"{key}_" in known else key.replace("-", "_")
        if name not in known:
            raise UsageError(f"unknown parameter {key!r}; this method takes: {', '.join(known) or 'none'}")
        arguments[name] = convert(name, known[name][0], value)
    missing = [name.rstrip("_") for name, (_, required) in known.items() if required and name not in arguments]
    if missing:
        raise UsageError(f"missing required parameter(s): {', '.join(missing)} (as key=value)")
    return arguments
