"""The TLS settings of the workers' outgoing requests, built once per process.

Contract: ``tls_context()`` returns one shared ``ssl.SSLContext`` with httpx's defaults
(certificate verification against certifi's CA bundle). An ``httpx.AsyncClient`` given it as
``verify`` starts in well under a millisecond; one without it loads and parses the CA bundle
again, about 30 ms, which the callback worker used to pay on every delivery pass.
"""

from __future__ import annotations

import ssl
from functools import cache

import httpx


@cache
def tls_context() -> ssl.SSLContext:
    """The shared client TLS context (never modified after creation, so safe to share)."""
    return httpx.create_ssl_context()
