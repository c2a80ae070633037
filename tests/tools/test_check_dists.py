"""The wheel inspection of make check-dists passes a good wheel and names what is wrong with a bad one."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tools.check_dists import (
    CLIENT,
    LICENSE,
    PACKAGED_LEGACY_SPEC,
    PACKAGED_SPEC,
    SIMULATOR,
    Distribution,
    wheel_problems,
)

SPEC = '{"openapi": "3.1.0"}\n'
LEGACY = '{"openapi": "3.1.0", "info": {"title": "legacy"}}\n'


def metadata(name: str, requires: list[str]) -> str:
    lines = [
        "Metadata-Version: 2.4",
        f"Name: {name}",
        "Version: 0.2.0",
        "Summary: Something",
        "License-Expression: MIT",
        "Requires-Python: >=3.11",
        "Classifier: Typing :: Typed",
        "Project-URL: Transmit SMS, https://www.transmitsms.com",
    ]
    return "\n".join(lines + [f"Requires-Dist: {r}" for r in requires]) + "\n\nThe description.\n"


def make_wheel(
    tmp_path: Path,
    dist: Distribution,
    *,
    requires: list[str],
    entry_points: str = "",
    changes: dict[str, str | None] | None = None,
) -> Path:
    info = f"{dist.name.replace('-', '_')}-0.2.0.dist-info"
    files: dict[str, str | bytes | None] = {f"{package}/__init__.py": "" for package in dist.packages}
    files[f"{info}/METADATA"] = metadata(dist.name, requires)
    files[f"{info}/licenses/LICENSE"] = LICENSE.read_bytes()
    if entry_points:
        files[f"{info}/entry_points.txt"] = entry_points
    if dist is SIMULATOR:
        files[PACKAGED_SPEC] = SPEC
        files.update(dict.fromkeys(dist.data_files(), "data"))
        files[PACKAGED_LEGACY_SPEC] = LEGACY
    files.update(changes or {})
    path = tmp_path / f"{dist.name}.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            if content is not None:
                archive.writestr(name, content)
    return path


CLIENT_REQUIRES = ["httpx<1,>=0.27", "attrs>=23.1", "rich<16,>=13.7; extra == 'cli'"]
CLIENT_ENTRY_POINTS = "[console_scripts]\ntransmitsms = transmitsms._cli:entry_point\n"
SIM_REQUIRES = [
    "starlette>=0.46",
    "uvicorn>=0.30",
    "python-multipart>=0.0.18",
    "httpx<1,>=0.27",
    "pyyaml>=6",
    "referencing>=0.31",
    "jsonschema-rs>=0.29",
    "phonenumbers>=8.13",
    "jinja2<4,>=3.1.2",
    "httptools>=0.6",
    "sniffio>=1.3",
    'transmitsms>=0.2; extra == "client"',
]
SIM_ENTRY_POINTS = (
    "[console_scripts]\ntransmitsms-sim = transmitsms_sim.cli:main\n"
    "transmitsms-legacy-bridge = transmitsms_legacy.bridge:main\n\n"
    "[pytest11]\ntransmitsms_sim = transmitsms_sim.pytest_plugin\n"
)


def test_good_wheels_pass(tmp_path: Path) -> None:
    client = make_wheel(tmp_path, CLIENT, requires=CLIENT_REQUIRES, entry_points=CLIENT_ENTRY_POINTS)
    assert wheel_problems(client, CLIENT, "0.2.0") == []
    sim = make_wheel(tmp_path, SIMULATOR, requires=SIM_REQUIRES, entry_points=SIM_ENTRY_POINTS)
    assert wheel_problems(sim, SIMULATOR, "0.2.0", SPEC, LEGACY) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"transmitsms_sim/__init__.py": ""}, "top-level entries"),
        ({"transmitsms-0.2.0.dist-info/licenses/LICENSE": None}, "no LICENSE"),
        ({"transmitsms-0.2.0.dist-info/licenses/LICENSE": "GPL"}, "LICENSE differs"),
        (
            {"transmitsms-0.2.0.dist-info/entry_points.txt": "[pytest11]\nx = transmitsms_sim.pytest_plugin\n"},
            "entry points",
        ),
        ({"transmitsms-0.2.0.dist-info/entry_points.txt": None}, "entry points"),
        (
            {"transmitsms-0.2.0.dist-info/METADATA": metadata("transmitsms", CLIENT_REQUIRES[:2])},
            "expected rich in the cli extra",
        ),
        (
            {"transmitsms-0.2.0.dist-info/METADATA": metadata("transmitsms", [*CLIENT_REQUIRES[:2], "rich>=13"])},
            "dependencies",
        ),
        (
            {"transmitsms-0.2.0.dist-info/METADATA": metadata("transmitsms", [*CLIENT_REQUIRES, "starlette"])},
            "dependencies",
        ),
        (
            {
                "transmitsms-0.2.0.dist-info/METADATA": metadata("transmitsms", CLIENT_REQUIRES).replace(
                    "Classifier: Typing :: Typed\n", ""
                )
            },
            "no Classifier",
        ),
    ],
)
def test_a_bad_client_wheel_is_named(tmp_path: Path, changes: dict[str, str | None], expected: str) -> None:
    wheel = make_wheel(tmp_path, CLIENT, requires=CLIENT_REQUIRES, entry_points=CLIENT_ENTRY_POINTS, changes=changes)
    assert any(expected in problem for problem in wheel_problems(wheel, CLIENT, "0.2.0")), wheel_problems(
        wheel, CLIENT, "0.2.0"
    )


def test_the_version_must_be_the_package_s(tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path, CLIENT, requires=CLIENT_REQUIRES)
    assert any("is the version 0.3.0" in p for p in wheel_problems(wheel, CLIENT, "0.3.0"))


@pytest.mark.parametrize(
    ("requires", "changes", "expected"),
    [
        ([*SIM_REQUIRES, "transmitsms>=0.2"], {}, "depends on the client"),
        (SIM_REQUIRES, {PACKAGED_SPEC: None}, "the build hook did not run"),
        (SIM_REQUIRES, {PACKAGED_SPEC: '{"stale": true}'}, "not the bundle of spec/"),
        (
            SIM_REQUIRES,
            {"transmitsms_sim/web/templates/base.html": None},
            "package data missing from the wheel: transmitsms_sim/web/templates/base.html",
        ),
        (SIM_REQUIRES, {"transmitsms_sim/web/static/app.js": None}, "transmitsms_sim/web/static/app.js"),
        (SIM_REQUIRES, {PACKAGED_LEGACY_SPEC: None}, "legacy-openapi.json (the build hook"),
        (SIM_REQUIRES, {PACKAGED_LEGACY_SPEC: '{"stale": true}'}, "not the bundle of spec/legacy/"),
    ],
)
def test_a_bad_simulator_wheel_is_named(
    tmp_path: Path, requires: list[str], changes: dict[str, str | None], expected: str
) -> None:
    wheel = make_wheel(tmp_path, SIMULATOR, requires=requires, entry_points=SIM_ENTRY_POINTS, changes=changes)
    assert any(expected in problem for problem in wheel_problems(wheel, SIMULATOR, "0.2.0", SPEC, LEGACY))
