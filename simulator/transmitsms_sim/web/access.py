"""Who may use the control API and the inbox page (everything under ``/_sim/``): the one access rule.

Contract: ``refusal(request, settings, json_body=...)`` is None when the request may proceed,
else the ``Refusal`` (HTTP status and description) it is answered with. ``control.guarded`` applies
it to every route of the control API and of the inbox page. In order:

1. **Cross-site browser requests** are refused (403): an ``Origin`` other than the server's own
   (its host and port equal to ``Host``; ``null`` included), or a ``Sec-Fetch-Site`` other than
   ``same-origin`` or ``none``, except a top-level navigation (``GET``, ``Sec-Fetch-Mode: navigate``,
   no ``Origin``), which opens a page and changes nothing. A page on any site the developer visits
   could otherwise post to ``/_sim/reset`` from their loopback browser.
2. **The Host header** must name this machine (``localhost``, ``*.localhost``, an address of
   127.0.0.0/8 or ``::1``) or, when a control token is set, one of ``settings.control_hosts``
   (``*``: any) (403): a site whose name its owner made resolve to 127.0.0.1 (DNS rebinding)
   reaches the simulator with its own name in ``Host``.
3. **The caller** (403): a wrong ``X-Sim-Token`` is refused; the right one (``hmac.compare_digest``)
   admits; without one, only a loopback peer is admitted, and not when the settings require the
   token (``require_control_token``). Loopback means the socket's peer address (``scope["client"]``)
   is a loopback IP address, never a name (an in-process test client calls itself ``testclient``),
   and the request carries no forwarding header (``X-Forwarded-For``, ``Forwarded``...): whatever
   forwarded it is not this machine's user, and a server told to trust those headers (uvicorn's
   ``proxy_headers`` with ``FORWARDED_ALLOW_IPS``) has already replaced the peer by what they claim.
   The simulator's own servers turn proxy headers off as well (``server_options.py``).
4. **JSON bodies** (with ``json_body``: the control API's routes; the inbox page posts forms that
   carry its CSRF token instead): a request with a body must declare ``Content-Type:
   application/json`` (415), since a form or ``text/plain`` body is what another site's page can
   send without a CORS preflight.
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.requests import Request

from ..settings import Settings

TOKEN_HEADER = "x-sim-token"
#: Headers a proxy adds to say whom it forwards for: a request carrying one is not a loopback user's.
FORWARDING_HEADERS = (
    "forwarded",
    "x-forwarded-for",
    "x-forwarded-host",
    "x-real-ip",
    "x-client-ip",
    "true-client-ip",
    "cf-connecting-ip",
    "via",
)
_SAME_SITE = frozenset({"same-origin", "none"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused: the HTTP status and the description of the error block."""

    status: int
    description: str

    @property
    def code(self) -> str:
        return "NO_ACCESS" if self.status == 403 else "FIELD_INVALID"


def is_loopback_address(host: str | None) -> bool:
    """Whether ``host`` is an IP address of this machine (127.0.0.0/8, ``::1``, ``::ffff:127.x``); names are not."""
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return bool(address.is_loopback or (mapped is not None and mapped.is_loopback))


def host_name(header: str) -> str:
    """The name of a ``Host`` header value, without its port, lower-case (``[::1]:8080`` -> ``::1``)."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    name, colon, port = value.rpartition(":")
    if colon and port.isdigit():
        value = name
    return value.rstrip(".")


def is_loopback_name(name: str) -> bool:
    """Whether a host name (``host_name``) names this machine: ``localhost``, ``*.localhost`` or a loopback address."""
    return name == "localhost" or name.endswith(".localhost") or is_loopback_address(name)


def _cross_site(request: Request) -> str | None:
    headers = request.headers
    origin = headers.get("origin")
    host = headers.get("host", "").lower()
    if origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != host):
        return f"a request from another site (Origin {origin[:100]})"
    site = headers.get("sec-fetch-site")
    navigation = request.method in ("GET", "HEAD") and headers.get("sec-fetch-mode") == "navigate" and origin is None
    if site is not None and site not in _SAME_SITE and not navigation:
        return f"a request from another site (Sec-Fetch-Site {site[:30]})"
    return None


def _host_allowed(request: Request, settings: Settings) -> bool:
    name = host_name(request.headers.get("host", ""))
    if is_loopback_name(name):
        return True
    if not settings.control_token:
        return False
    allowed = {host_name(h) for h in settings.control_hosts}
    return "*" in allowed or name in allowed


def is_loopback_peer(request: Request) -> bool:
    """Whether the socket's peer is this machine and nothing forwarded the request (rule 3)."""
    peer = request.scope.get("client")
    if not peer or not is_loopback_address(str(peer[0])):
        return False
    return not any(name in request.headers for name in FORWARDING_HEADERS)


def _has_body(request: Request) -> bool:
    length = request.headers.get("content-length")
    return (length is not None and length.strip() not in ("", "0")) or "transfer-encoding" in request.headers


def refusal(request: Request, settings: Settings, *, json_body: bool) -> Refusal | None:
    """None when ``request`` may use ``/_sim/``, else why not (see the module's contract)."""
    cross_site = _cross_site(request)
    if cross_site is not None:
        return Refusal(403, f"The control API refuses {cross_site}.")
    if not _host_allowed(request, settings):
        listed = " or a host of --control-host" if settings.control_token else ""
        return Refusal(403, f"The control API answers to a loopback host name{listed} only (Host header).")
    token = settings.control_token
    sent = request.headers.get(TOKEN_HEADER)
    if token and sent is not None:
        if not hmac.compare_digest(sent.encode("utf-8", "replace"), token.encode("utf-8")):
            return Refusal(403, "The X-Sim-Token is wrong.")
    elif settings.require_control_token:
        return Refusal(403, "The control API requires X-Sim-Token.")
    elif not is_loopback_peer(request):
        return Refusal(403, "The control API is open to loopback clients (or with X-Sim-Token).")
    if json_body and request.method in _BODY_METHODS and _has_body(request):
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return Refusal(415, "The control API takes JSON bodies: send Content-Type: application/json.")
    return None
