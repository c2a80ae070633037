"""Smoke test of the ``transmitsms`` wheel installed alone in a fresh venv (``make check-dists``).

Run by that venv's interpreter from an empty directory: it imports the client, calls it through
an ``httpx.MockTransport``, pickles an error, and shows that a client-only install adds no pytest
plugin (a scratch project's ``pytest`` runs untouched) and one command, ``transmitsms``, which
without the ``cli`` extra says in one line how to install it and exits non-zero, without a
traceback. Each check prints a line; any failure raises.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import pickle
import subprocess
import sys
from pathlib import Path

import httpx

import transmitsms
from transmitsms import ConfigurationError, TransmitSMS, ValidationError

SCRATCH_TEST = "def test_trivial():\n    assert 1 + 1 == 2\n"


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/get-balance.json":
        return httpx.Response(
            200, json={"balance": 12.5, "currency": "AUD", "error": {"code": "SUCCESS", "description": "OK"}}
        )
    return httpx.Response(400, json={"error": {"code": "FIELD_INVALID", "description": 'Field "to" is invalid'}})


def main() -> None:
    installed = importlib.metadata.version("transmitsms")
    assert transmitsms.__version__ == installed, (transmitsms.__version__, installed)
    where = Path(transmitsms.__file__).parent
    print(f"import transmitsms: {transmitsms.__version__} (spec {transmitsms.__spec_version__}) from {where}")

    for module in ("transmitsms_sim", "transmitsms_spec", "starlette", "uvicorn"):
        assert importlib.util.find_spec(module) is None, f"{module} is installed with the client"
    entry_points = {(e.group, e.name) for e in importlib.metadata.distribution("transmitsms").entry_points}
    assert entry_points == {("console_scripts", "transmitsms")}, entry_points
    assert not (Path(sys.executable).parent / "transmitsms-sim").exists(), "the client installs transmitsms-sim"
    print("no simulator code, no transmitsms-sim command; one entry point: the transmitsms command")

    assert importlib.util.find_spec("rich") is None, "rich is installed without the cli extra"
    command = Path(sys.executable).parent / "transmitsms"
    run = subprocess.run([str(command), "balance"], capture_output=True, text=True, check=False)
    assert run.returncode == 3 and run.stdout == "", (run.returncode, run.stdout, run.stderr)
    assert run.stderr == 'transmitsms: the command needs its extra: pip install "transmitsms[cli]"\n', run.stderr
    print(f"transmitsms balance without the cli extra: exit {run.returncode}, one line: {run.stderr.strip()}")

    with TransmitSMS(api_key="key", api_secret="secret", transport=httpx.MockTransport(answer)) as client:
        print(f"client.account.get_balance() through a MockTransport: {client.account.get_balance().balance}")
        try:
            client.sms.send(message="Hi", to="nope")
        except ValidationError as exc:
            copy = pickle.loads(pickle.dumps(exc))
            assert (type(copy), copy.code, str(copy)) == (type(exc), exc.code, str(exc))
            print(f"a ValidationError pickles and unpickles: {copy!r}")
    try:
        TransmitSMS(api_key="k", api_secret="s", base_url="http://sim:8080")
    except ConfigurationError as exc:
        assert "allow_insecure_http=True" in str(exc)
    assert TransmitSMS(api_key="k", api_secret="s", base_url="http://sim:8080", allow_insecure_http=True).base_url
    print("plain http:// to sim:8080 refused, naming allow_insecure_http; allowed with it")

    Path("test_scratch.py").write_text(SCRATCH_TEST, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"], capture_output=True, text=True, check=False
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0 and "1 passed" in output, output
    plugins = [line for line in output.splitlines() if line.startswith("plugins:")]
    assert "transmitsms" not in str(plugins) and "Error while loading plugin" not in output, output
    print(f"pytest in a scratch project: exit 0, {output.strip().splitlines()[-1].strip('= ')}, no plugin of ours")


if __name__ == "__main__":
    main()
