"""transmitsms_legacy: the first-generation Burst SMS XML API, translated onto the current API.

The translator (``translator.translate``) carries out one legacy call as calls of the current
API's operations, by their ids, from the mapping the legacy spec holds (``mapping``); it does no
I/O and depends on neither the simulator nor the client. Two backends run those calls: the
simulator's handlers in process (``transmitsms_sim.web.legacy``) and, for the bridge to a real
service, the generated ``transmitsms`` client (``bridge``, which imports it lazily: the ``client``
extra). ``xmlcodec`` reads envelopes and writes answers, ``transport`` reads the two transports,
``asgi`` serves them over HTTP for either backend. Shipped in the ``transmitsms-sim`` distribution.
"""

from __future__ import annotations

from .mapping import Mapping, load
from .model import Answer, LegacyError, LegacyRequest
from .translator import OWN_ACCOUNT_ID, Call, CurrentError, drive, drive_async, translate

__all__ = [
    "OWN_ACCOUNT_ID",
    "Answer",
    "Call",
    "CurrentError",
    "LegacyError",
    "LegacyRequest",
    "Mapping",
    "drive",
    "drive_async",
    "load",
    "translate",
]
