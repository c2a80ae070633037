"""Defaults of the client, in one place: retry policy, timeouts, rate limit, environment."""

from __future__ import annotations

from typing import Final

import httpx

DEFAULT_BASE_URL: Final = "https://api.transmitsms.com"

ENV_API_KEY: Final = "TRANSMITSMS_API_KEY"
ENV_API_SECRET: Final = "TRANSMITSMS_API_SECRET"
ENV_BASE_URL: Final = "TRANSMITSMS_BASE_URL"
#: ``1`` allows plain ``http://`` to a host other than this machine (see ``config.resolve_base_url``).
ENV_ALLOW_INSECURE_HTTP: Final = "TRANSMITSMS_ALLOW_INSECURE_HTTP"
#: ``1``/``true``/``yes``/``on`` turns the strict reading of answers on by default (``reading.py``).
ENV_STRICT_RESPONSES: Final = "TRANSMITSMS_STRICT_RESPONSES"

#: Connecting fails fast (the retry policy tries again); a send to 500 recipients may take a while.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

#: Attempts after the first one, for the failures that are safe to repeat (see ``retries``).
DEFAULT_MAX_RETRIES: Final = 3
#: Backoff before retry n (0-based) is ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)``, jittered.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
#: Fraction of the backoff drawn at random, so that clients that failed together do not retry together.
RETRY_JITTER: Final = 0.5
#: A ``Retry-After`` longer than this is not slept through: the error is raised for the caller to decide.
MAX_RETRY_AFTER: Final = 60.0

#: Calls per second of the client-side limiter: the account limit stated by the vendor's product document.
DEFAULT_RATE_LIMIT: Final = 2.0

#: Page size used by the ``iter_*`` methods (the API's maximum).
DEFAULT_PAGE_SIZE: Final = 100

USER_AGENT: Final = "transmitsms-python"
