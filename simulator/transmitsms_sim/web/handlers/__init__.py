"""The API's operations: one handler per operationId, grouped by the spec's tags.

Contract: a handler takes a ``Call`` (the open transaction, the authenticated account, the
validated parameters) and returns the answer's data in the API's shape, without its ``error``
block (the pipeline adds ``SUCCESS``); it raises ``ApiError`` to refuse. ``HANDLERS`` maps every
operationId to its handler; a test holds it equal to the spec's set of operations.
"""

from __future__ import annotations

from . import account, keywords, lists, numbers, reporting, resellers, sms
from .base import HANDLERS, Call, Handler

__all__ = ["HANDLERS", "Call", "Handler", "account", "keywords", "lists", "numbers", "reporting", "resellers", "sms"]
