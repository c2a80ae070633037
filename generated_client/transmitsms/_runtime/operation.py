"""What the spec says of each API method, generated into ``operations.py``: the runtime sends and retries by it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Pagination:
    """``x-pagination``: the array holding one page of results, the field counting them all, and
    the resource's ``iter_*`` method that yields the items of every page."""

    items: str
    total: str
    iterator: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    """One API method.

    Attributes:
        name: The ``operationId`` (``send_sms``).
        method: The HTTP method (``POST``).
        path: The path below the base URL (``/send-sms.json``).
        safe_to_retry: ``x-safe-to-retry``: repeating the request has no effect, so a timeout or a
            5xx may be retried. False for every write: the API has no idempotency keys.
        error_codes: ``x-error-codes``: the codes the method documents (for introspection).
        pagination: ``x-pagination``, for the methods that return pages (for introspection).
        response_schema: The name of the spec's schema of the 200 answer, which strict mode checks.
        schemas: Loads the spec's success schemas by name (``response_schemas.py``, on first use).
        group: The client's resource group of the method (``sms``, as in ``client.sms``).
        sdk_method: The method's name in its group (``send``, as in ``client.sms.send``).
    """

    name: str
    method: str
    path: str
    safe_to_retry: bool
    error_codes: tuple[str, ...] = ()
    pagination: Pagination | None = None
    response_schema: str | None = None
    schemas: Callable[[], Mapping[str, Mapping[str, Any]]] | None = field(default=None, compare=False, repr=False)
    group: str = ""
    sdk_method: str = ""
