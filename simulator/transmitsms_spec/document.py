"""The bundled document at run time: shipped in the wheel, or bundled from a checkout's ``spec/``.

Contract: ``published_json()`` is the bundled document exactly as ``dist/openapi.json`` has it.
An installed ``transmitsms-sim`` wheel carries it as package data (``transmitsms_spec/openapi.json``,
written by the build hook ``simulator/hatch_build.py`` from ``spec/`` at build time, never
committed); in a checkout of the repository (tests, an editable install) there is no such file and
the fragments of ``spec/`` are bundled instead, so the document is never stale. ``load()`` is a
fresh copy of it as a dict. Both raise ``SpecNotFoundError`` when neither is there.
``published_legacy_json()`` and ``load_legacy()`` are the same for the document of the
first-generation XML API (``spec/legacy/``, packaged as ``transmitsms_spec/legacy-openapi.json``).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

from .bundle import CHECKOUT_SPEC_DIR, ROOT_FILE, bundle, dump_json

#: The package data files of a built wheel: the current API's document and the legacy API's.
PACKAGED_NAME = "openapi.json"
LEGACY_PACKAGED_NAME = "legacy-openapi.json"
#: The legacy API's fragments in a checkout.
LEGACY_SPEC_DIR = CHECKOUT_SPEC_DIR / "legacy"


class SpecNotFoundError(RuntimeError):
    """Neither the packaged document nor a checkout's ``spec/`` is there."""


def packaged_json(name: str = PACKAGED_NAME) -> bytes | None:
    """A document shipped in the wheel, or None in a checkout."""
    entry = resources.files("transmitsms_spec").joinpath(name)
    return entry.read_bytes() if entry.is_file() else None


def _published(name: str, spec_dir: Path) -> bytes:
    packaged = packaged_json(name)
    if packaged is not None:
        return packaged
    if (spec_dir / ROOT_FILE).is_file():
        return dump_json(bundle(spec_dir)).encode("utf-8")
    raise SpecNotFoundError(
        f"no bundled spec: transmitsms_spec/{name} is not installed (build the transmitsms-sim wheel, "
        f"whose build writes it) and {spec_dir} is not a checkout's spec fragments"
    )


@functools.cache
def published_json() -> bytes:
    """The bundled document as published JSON (read or bundled once per process)."""
    return _published(PACKAGED_NAME, CHECKOUT_SPEC_DIR)


@functools.cache
def published_legacy_json() -> bytes:
    """The legacy XML API's bundled document as published JSON (read or bundled once per process)."""
    return _published(LEGACY_PACKAGED_NAME, LEGACY_SPEC_DIR)


def load() -> dict[str, Any]:
    """The bundled document, as a new dict the caller may change."""
    document: dict[str, Any] = json.loads(published_json())
    return document


def load_legacy() -> dict[str, Any]:
    """The legacy XML API's bundled document, as a new dict the caller may change."""
    document: dict[str, Any] = json.loads(published_legacy_json())
    return document
