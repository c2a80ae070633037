"""transmitsms_sim: a stateful local simulator of the Transmit SMS API.

    >>> from transmitsms_sim import Settings, create_app
    >>> app = create_app(Settings(rate_limit=0, time_scale=0))

Run it with ``transmitsms-sim serve`` (or ``python -m transmitsms_sim``); see the README's
*Simulator* section for the control API, the deterministic outcomes and what is simulated.
"""

from __future__ import annotations

from .settings import Settings
from .web.app import create_app

__version__ = "0.1.0"
__all__ = ["Settings", "__version__", "create_app"]
