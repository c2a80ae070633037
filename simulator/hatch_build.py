"""Build hook of ``transmitsms-sim``: the bundled spec, made from the fragments at build time.

Contract: when hatchling builds the wheel (not an editable install), this hook bundles the spec
fragments (``spec/`` in an sdist, ``../spec`` in a checkout) with ``transmitsms_spec.bundle``,
the reader the simulator itself uses, and ships the result as ``transmitsms_spec/openapi.json``,
the package data ``transmitsms_spec.load`` reads. Nothing is written into the source tree: an
editable install and the tests bundle ``spec/`` at run time instead, so no copy can go stale.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BundledSpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._workdir: Path | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        candidates = (root / "spec", root.parent / "spec")
        spec_dir = next((d for d in candidates if (d / "openapi.yaml").is_file()), None)
        if spec_dir is None:
            raise RuntimeError(f"transmitsms-sim: no spec fragments in {' or '.join(map(str, candidates))}")
        sys.path.insert(0, str(root))
        try:
            from transmitsms_spec.bundle import bundle, dump_json
        finally:
            sys.path.remove(str(root))
        self._workdir = Path(tempfile.mkdtemp(prefix="transmitsms-sim-build-"))
        bundled = self._workdir / "openapi.json"
        bundled.write_text(dump_json(bundle(spec_dir)), encoding="utf-8")
        build_data["force_include"][str(bundled)] = "transmitsms_spec/openapi.json"
        # The first-generation XML API's document (spec/legacy/), read by transmitsms_legacy.
        legacy = self._workdir / "legacy-openapi.json"
        legacy.write_text(dump_json(bundle(spec_dir / "legacy")), encoding="utf-8")
        build_data["force_include"][str(legacy)] = "transmitsms_spec/legacy-openapi.json"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
