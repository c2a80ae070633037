"""Credentials of the ``transmitsms`` command: flags, the environment, or a profile of the config file.

Contract. The config file is ``$TRANSMITSMS_CONFIG``, else ``$XDG_CONFIG_HOME/transmitsms/config.toml``
(``~/.config/...`` when unset; ``%APPDATA%\\transmitsms\\config.toml`` on Windows). It is TOML, one
table per profile (``[default]``, ``[staging]``) with ``api_key``, ``api_secret`` and optionally
``base_url``. ``save_profile`` writes it atomically, created with mode 0600 in a 0700 directory
(readable only by its owner), and never prints the secret.

``resolve(profile, base_url)`` picks, in order: the profile named by ``--profile`` (or
``TRANSMITSMS_PROFILE``), which must exist; else ``TRANSMITSMS_API_KEY`` and
``TRANSMITSMS_API_SECRET``; else the ``default`` profile. The base URL is ``--base-url``, else
``TRANSMITSMS_BASE_URL``, else the profile's, else the client's default. A file readable by others
still works, with a warning.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from .._runtime.constants import ENV_API_KEY, ENV_API_SECRET, ENV_BASE_URL
from .._runtime.exceptions import ConfigurationError

ENV_CONFIG: Final = "TRANSMITSMS_CONFIG"
ENV_PROFILE: Final = "TRANSMITSMS_PROFILE"
DEFAULT_PROFILE: Final = "default"
_KEYS: Final = ("api_key", "api_secret", "base_url")


@dataclass(frozen=True)
class Settings:
    """What the client is built with, and where it came from (for ``transmitsms profiles``)."""

    api_key: str
    api_secret: str = field(repr=False)
    base_url: str | None
    source: str


def config_path(environ: Mapping[str, str] = os.environ) -> Path:
    """The config file's path (see the module's contract)."""
    if environ.get(ENV_CONFIG):
        return Path(environ[ENV_CONFIG])
    if sys.platform == "win32" and environ.get("APPDATA"):  # pragma: no cover - Windows
        return Path(environ["APPDATA"]) / "transmitsms" / "config.toml"
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "transmitsms" / "config.toml"


def load_profiles(path: Path, warn: list[str] | None = None) -> dict[str, dict[str, str]]:
    """The profiles of the config file (none when it does not exist).

    Raises:
        ConfigurationError: the file cannot be read or is not the TOML this module writes.
    """
    try:
        text = path.read_text(encoding="utf-8")
        mode = path.stat().st_mode
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigurationError(f"cannot read the config file {path}: {exc.strerror or exc}") from exc
    if warn is not None and sys.platform != "win32" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        warn.append(f"{path} is readable by other users: chmod 600 {path}")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"the config file {path} is not valid TOML: {exc}") from exc
    profiles: dict[str, dict[str, str]] = {}
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ConfigurationError(f"the config file {path}: [{name}] must be a table of strings")
        profiles[name] = {k: v for k, v in table.items() if k in _KEYS}
    return profiles


def _quote(value: str) -> str:
    # A JSON string is a valid TOML basic string for everything json.dumps emits (ASCII escapes).
    return json.dumps(value)


def save_profiles(path: Path, profiles: Mapping[str, Mapping[str, str]]) -> None:
    """Write ``profiles`` to ``path`` atomically, mode 0600 (directory 0700)."""
    lines = ["# transmitsms command-line profiles (written by `transmitsms login`; keep it private)", ""]
    for name, values in profiles.items():
        lines.append(f"[{_quote(name)}]")
        lines.extend(f"{key} = {_quote(values[key])}" for key in _KEYS if values.get(key))
        lines.append("")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".config-", dir=path.parent)  # created 0600
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write("\n".join(lines))
            os.chmod(temporary, 0o600)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigurationError(f"cannot write the config file {path}: {exc.strerror or exc}") from exc


def save_profile(path: Path, name: str, api_key: str, api_secret: str, base_url: str | None) -> None:
    """Add or replace one profile, keeping the others."""
    profiles = load_profiles(path)
    profiles[name] = {"api_key": api_key, "api_secret": api_secret, **({"base_url": base_url} if base_url else {})}
    save_profiles(path, profiles)


def remove_profile(path: Path, name: str) -> bool:
    """Remove one profile; False when there was none of that name."""
    profiles = load_profiles(path)
    if name not in profiles:
        return False
    del profiles[name]
    save_profiles(path, profiles)
    return True


def resolve(
    profile: str | None, base_url: str | None, environ: Mapping[str, str] = os.environ, warn: list[str] | None = None
) -> Settings:
    """The credentials and base URL to use (see the module's contract).

    Raises:
        ConfigurationError: no credentials anywhere, or the named profile does not exist.
    """
    path = config_path(environ)
    named = profile or environ.get(ENV_PROFILE) or None
    url = base_url or environ.get(ENV_BASE_URL) or None
    if named is None and environ.get(ENV_API_KEY) and environ.get(ENV_API_SECRET):
        return Settings(environ[ENV_API_KEY], environ[ENV_API_SECRET], url, "the environment")
    profiles = load_profiles(path, warn)
    chosen = named or DEFAULT_PROFILE
    values = profiles.get(chosen)
    if values is None:
        if named is not None:
            known = ", ".join(sorted(profiles)) or "none"
            raise ConfigurationError(
                f"no profile {named!r} in {path} (profiles: {known}); add it with transmitsms login"
            )
        raise ConfigurationError(
            f"no credentials: set {ENV_API_KEY} and {ENV_API_SECRET}, or run transmitsms login (writes {path})"
        )
    if not values.get("api_key") or not values.get("api_secret"):
        raise ConfigurationError(f"profile {chosen!r} in {path} lacks api_key or api_secret")
    return Settings(values["api_key"], values["api_secret"], url or values.get("base_url"), f"profile {chosen!r}")
