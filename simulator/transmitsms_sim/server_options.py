"""What every uvicorn server the simulator builds is configured with, whoever builds it.

Contract: ``uvicorn_options()`` returns the keyword arguments of ``uvicorn.Config`` that the
simulator's command (``cli.py``) and its background server (``background.py``) pass, beside their
own (log level, lifespan):

* ``proxy_headers=False``: uvicorn would otherwise replace the peer address by what a request's
  ``X-Forwarded-For`` claims whenever ``FORWARDED_ALLOW_IPS`` trusts the peer (``*`` is common in
  containers), and the control API trusts loopback peers. The app does not rely on this alone:
  its guard refuses any forwarded request as not loopback (``web/access.py``), however it is served;
* ``server_header=False``: the answers do not advertise the server software.

The access log, which prints each request's query string, is redacted by the filter the app
installs on uvicorn's loggers when it starts (``redaction.install``), under any server.
"""

from __future__ import annotations

from typing import Any


def uvicorn_options() -> dict[str, Any]:
    """The ``uvicorn.Config`` keyword arguments every server of the simulator passes."""
    return {"proxy_headers": False, "server_header": False}
