"""Profiles: ``transmitsms login`` writes them (0600, XDG_CONFIG_HOME), ``--profile`` and the environment choose."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.client.cli.conftest import CLI
from transmitsms._cli import config
from transmitsms._runtime.exceptions import ConfigurationError


def test_login_verifies_and_writes_a_private_profile_then_commands_use_it(
    cli: CLI, transmitsms_sim: Any, config_home: Path
) -> None:
    run = cli(
        "login",
        "--profile",
        "sim",
        "--api-key",
        transmitsms_sim.api_key,
        "--api-secret-stdin",
        "--base-url",
        transmitsms_sim.base_url,
        input=transmitsms_sim.api_secret + "\n",
        credentials=False,
    )
    assert run.status == 0, run.output
    path = config_home / "transmitsms" / "config.toml"
    assert f"saved profile 'sim' (API key {transmitsms_sim.api_key[:4]}…) to {path}" in run.stdout
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert tomllib.loads(path.read_text())["sim"] == {
        "api_key": transmitsms_sim.api_key,
        "api_secret": transmitsms_sim.api_secret,
        "base_url": transmitsms_sim.base_url,
    }
    assert cli("--profile", "sim", "balance", credentials=False).status == 0
    assert cli("balance", credentials=False, env={"TRANSMITSMS_PROFILE": "sim"}).status == 0
    listed = cli("profiles", credentials=False)
    assert "sim" in listed.stdout and transmitsms_sim.api_key not in listed.stdout
    assert cli("logout", "--profile", "sim", credentials=False).status == 0
    assert cli("--profile", "sim", "balance", credentials=False).status == 3


def test_login_refuses_wrong_credentials_and_writes_nothing(cli: CLI, transmitsms_sim: Any, config_home: Path) -> None:
    run = cli("login", "--api-key", transmitsms_sim.api_key, "--api-secret-stdin", input="not-the-secret\n")
    assert run.status == 4 and "not-the-secret" not in run.output
    assert not (config_home / "transmitsms" / "config.toml").exists()
    no_terminal = cli("login", "--api-key", "k")
    assert no_terminal.status == 2 and "--api-secret-stdin" in no_terminal.stderr


def test_no_credentials_and_unknown_profiles_exit_3(cli: CLI, config_home: Path) -> None:
    nothing = cli("balance", credentials=False)
    assert nothing.status == 3 and "no credentials: set TRANSMITSMS_API_KEY" in nothing.stderr
    config.save_profile(config_home / "transmitsms" / "config.toml", "prod", "k", "s", None)
    unknown = cli("--profile", "staging", "balance", credentials=False)
    assert unknown.status == 3 and "no profile 'staging'" in unknown.stderr and "(profiles: prod)" in unknown.stderr


def test_a_named_profile_wins_over_the_environment_which_wins_over_the_default(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    config.save_profile(path, "default", "dk", "ds", "https://default.example")
    config.save_profile(path, "other", "ok", "os", None)
    env = {"TRANSMITSMS_CONFIG": str(path), "TRANSMITSMS_API_KEY": "ek", "TRANSMITSMS_API_SECRET": "es"}
    assert config.resolve(None, None, env).api_key == "ek"
    assert config.resolve("other", None, env).api_key == "ok"
    assert config.resolve(None, None, {"TRANSMITSMS_CONFIG": str(path)}).base_url == "https://default.example"
    chosen = config.resolve(None, "http://127.0.0.1:1", {**env, "TRANSMITSMS_BASE_URL": "https://env.example"})
    assert chosen.base_url == "http://127.0.0.1:1"
    assert "ds" not in repr(config.resolve(None, None, {"TRANSMITSMS_CONFIG": str(path)}))


def test_the_config_file_honours_xdg_config_home_and_odd_values_round_trip(tmp_path: Path) -> None:
    assert config.config_path({"XDG_CONFIG_HOME": "/x"}) == Path("/x/transmitsms/config.toml")
    assert config.config_path({"HOME": str(tmp_path)}).name == "config.toml"
    path = tmp_path / "c.toml"
    config.save_profile(path, 'we"ird name', 'key"\\', "sec\nret\u00e9", None)
    assert config.load_profiles(path) == {'we"ird name': {"api_key": 'key"\\', "api_secret": "sec\nret\u00e9"}}


def test_a_config_file_readable_by_others_works_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    config.save_profile(path, "default", "k", "s", None)
    os.chmod(path, 0o644)
    warnings: list[str] = []
    assert config.load_profiles(path, warnings)["default"]["api_key"] == "k"
    assert warnings == [f"{path} is readable by other users: chmod 600 {path}"]


@pytest.mark.parametrize(
    ("text", "message"), [("[default\n", "not valid TOML"), ("[default]\napi_key = 1\n", "table of strings")]
)
def test_a_broken_config_file_is_a_configuration_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text)
    with pytest.raises(ConfigurationError, match=message):
        config.load_profiles(path)
