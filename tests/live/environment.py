"""What the live tests read from the environment, and which operations they may call.

``credentials()`` is ``(key, secret)`` from ``TRANSMITSMS_API_KEY`` and ``TRANSMITSMS_API_SECRET``,
or None; ``base_url()`` is ``TRANSMITSMS_BASE_URL`` or the production service; ``send_to()`` the
one number a live run may send an SMS to (``TRANSMITSMS_LIVE_SEND_TO``), or None: no SMS then.
``read_only_operations()`` are the operations the spec marks ``x-safe-to-retry: true``: reads,
which change nothing and cost nothing, so a generated request to them is harmless.
"""

from __future__ import annotations

import os

from tests.contract.harness import document

PRODUCTION = "https://api.transmitsms.com"
HOW_TO_ENABLE = (
    "live tests need an account: export TRANSMITSMS_API_KEY and TRANSMITSMS_API_SECRET "
    "(optionally TRANSMITSMS_BASE_URL, and TRANSMITSMS_LIVE_SEND_TO to allow one SMS) and run make test-live"
)


def credentials() -> tuple[str, str] | None:
    key, secret = os.environ.get("TRANSMITSMS_API_KEY"), os.environ.get("TRANSMITSMS_API_SECRET")
    return (key, secret) if key and secret else None


def base_url() -> str:
    return os.environ.get("TRANSMITSMS_BASE_URL") or PRODUCTION


def send_to() -> str | None:
    return os.environ.get("TRANSMITSMS_LIVE_SEND_TO") or None


def max_examples() -> int:
    """Generated requests per read-only operation and mode (``TRANSMITSMS_LIVE_MAX_EXAMPLES``, 5)."""
    return int(os.environ.get("TRANSMITSMS_LIVE_MAX_EXAMPLES", "5"))


def read_only_operations() -> list[str]:
    return sorted(
        item["post"]["operationId"] for item in document()["paths"].values() if item["post"]["x-safe-to-retry"] is True
    )
