"""The public names of ``transmitsms``: pinned, resolvable, and loaded only on use."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import transmitsms
from tests.support.imports import imports

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = {
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessDeniedError",
    "AsyncPager",
    "AsyncTransmitSMS",
    "AuthenticationError",
    "BulkInputError",
    "BulkProgress",
    "BulkSummary",
    "ChunkReport",
    "ConfigurationError",
    "ConflictError",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "InsufficientFundsError",
    "JournalBusyError",
    "JournalError",
    "MalformedCallbackError",
    "MalformedResponseError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "OpenStrEnum",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "ServerError",
    "SyncPager",
    "TransmitSMS",
    "TransmitSMSError",
    "UNSET",
    "UnknownAPIError",
    "Unset",
    "ValidationError",
}


def test_all_is_pinned_and_every_name_resolves() -> None:
    assert set(transmitsms.__all__) == EXPECTED
    for name in transmitsms.__all__:
        assert getattr(transmitsms, name) is not None
    assert set(dir(transmitsms)) >= EXPECTED
    assert transmitsms.__spec_version__.count(".") == 2
    assert "__version__" in dir(transmitsms)


def test_the_version_is_the_distribution_s() -> None:
    pyproject = tomllib.loads((ROOT / "generated_client" / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "transmitsms/_runtime/version.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", transmitsms.__version__)
    changelog = (ROOT / "generated_client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {transmitsms.__version__} " in changelog, "each version has its changelog entry"


def test_every_exception_derives_from_the_base() -> None:
    for name in EXPECTED:
        value = getattr(transmitsms, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, transmitsms.TransmitSMSError), name


def test_unknown_names_raise_attribute_error() -> None:
    try:
        transmitsms.NoSuchThing  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def loaded_modules(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "generated_client"), "PATH": ""},
    )
    return set(result.stdout.split())


def test_importing_the_package_loads_nothing_else() -> None:
    modules = loaded_modules("import transmitsms")
    assert {m for m in modules if m.startswith("transmitsms")} == {
        "transmitsms",
        "transmitsms._runtime",
        "transmitsms._runtime.version",  # __version__: one string
    }
    assert "httpx" not in modules


def test_building_a_client_loads_no_model_endpoint_or_asyncio() -> None:
    modules = loaded_modules("from transmitsms import TransmitSMS\nTransmitSMS(api_key='k', api_secret='s')")
    ours = {m for m in modules if m.startswith("transmitsms")}
    assert not any(m.startswith(("transmitsms.models.", "transmitsms.resources.")) for m in ours)
    assert "asyncio" not in modules


def test_using_a_resource_group_loads_only_its_models() -> None:
    modules = loaded_modules("from transmitsms import TransmitSMS\nTransmitSMS(api_key='k', api_secret='s').account")
    models = {m for m in modules if m.startswith("transmitsms.models.")}
    # The model modules the group's own module imports, and no other (nested ones load when parsing).
    group = ROOT / "generated_client" / "transmitsms" / "resources" / "account.py"
    imported = {n for n in imports(group, "transmitsms.resources") if n.startswith("transmitsms.models.")}
    assert models == {n for n in imported if n.count(".") == 2} != set()
