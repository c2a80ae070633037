"""transmitsms_sim: a stateful local simulator of the Transmit SMS API.

    >>> from transmitsms_sim import Settings, create_app
    >>> app = create_app(Settings(rate_limit=0, time_scale=0))

Run it with ``transmitsms-sim serve`` (or ``python -m transmitsms_sim``); the docs' guide *The
simulator* (``docs/guides/simulator.md``) lists the control API, the deterministic outcomes and
what is simulated.
``Settings`` and ``create_app`` are imported on first use, so that ``transmitsms-sim --help``,
``--version`` and the pytest plugin's registration never load the web stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .settings import Settings
    from .web.app import create_app

#: The version of the ``transmitsms-sim`` distribution: the one place it is written (the build
#: reads it; ``simulator/CHANGELOG.md`` says what each version changed).
__version__ = "0.3.0"
__all__ = ["Settings", "__version__", "create_app"]

_EXPORTS = {"Settings": ".settings", "create_app": ".web.app"}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
