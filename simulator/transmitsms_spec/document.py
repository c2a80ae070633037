"""The bundled document at run time: shipped in the wheel, or bundled from a checkout's ``spec/``.

Contract: ``published_json()`` is the bundled document exactly as ``dist/openapi.json`` has it.
An installed ``transmitsms-sim`` wheel carries it as package data (``transmitsms_spec/openapi.json``,
written by the build hook ``simulator/hatch_build.py`` from ``spec/`` at build time, never
committed); in a checkout of the repository (tests, an editable install) there is no such file and
the fragments of ``spec/`` are bundled instead, so the document is never stale. ``load()`` is a
fresh copy of it as a dict. Both raise ``SpecNotFoundError`` when neither is there.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .bundle import CHECKOUT_SPEC_DIR, ROOT_FILE, bundle, dump_json

#: The package data file of a built wheel.
PACKAGED_NAME = "openapi.json"


class SpecNotFoundError(RuntimeError):
    """Neither the packaged document nor a checkout's ``spec/`` is there."""


def packaged_json() -> bytes | None:
    """The document shipped in the wheel, or None in a checkout."""
    entry = resources.files("transmitsms_spec").joinpath(PACKAGED_NAME)
    return entry.read_bytes() if entry.is_file() else None


@functools.cache
def published_json() -> bytes:
    """The bundled document as published JSON (read or bundled once per process)."""
    packaged = packaged_json()
    if packaged is not None:
        return packaged
    if (CHECKOUT_SPEC_DIR / ROOT_FILE).is_file():
        return dump_json(bundle(CHECKOUT_SPEC_DIR)).encode("utf-8")
    raise SpecNotFoundError(
        f"no bundled spec: transmitsms_spec/{PACKAGED_NAME} is not installed (build the transmitsms-sim wheel, "
        f"whose build writes it) and {CHECKOUT_SPEC_DIR} is not a checkout's spec/"
    )


def load() -> dict[str, Any]:
    """The bundled document, as a new dict the caller may change."""
    document: dict[str, Any] = json.loads(published_json())
    return document
