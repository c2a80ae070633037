"""HMAC tokens in callback URLs: the service does not sign its callbacks, so sign the URL you give it.

``sign`` appends a token to a callback URL: an HMAC-SHA256, under a secret of yours, of the URL's
path and query parameters. Give the signed URL to the API (``dlr_callback=...``). The service calls
it with the event's fields appended after your parameters; ``verify`` recomputes the HMAC over the
path and the parameters that precede the token, and compares in constant time.

What it proves: the URL was made by someone holding the secret, so a request to it comes from
whoever you gave the URL to (the service). What it cannot prove: that the event fields appended
by the caller are genuine, since the service signs nothing. Keep signed URLs as secret as the
API credentials, put an identifier of your own in them (``?order=123``) and check events against
your records (``message_id``) before acting on them.

    >>> from transmitsms.callbacks import CallbackSigner
    >>> signer = CallbackSigner("a-secret-of-yours-16-bytes-or-more")  # e.g. secrets.token_hex(32)
    >>> url = signer.sign("https://example.com/dlr?order=123")
    >>> signer.verify(url + "&message_id=1&status=delivered")
    True
    >>> signer.verify(url.replace("order=123", "order=124") + "&status=delivered")
    False
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote, unquote_plus, urlsplit

#: The query parameter that carries the token.
DEFAULT_TOKEN_PARAM = "ts_token"

_CONTEXT = b"transmitsms-callback-url-v1\n"


def _raw_pairs(query: str) -> list[tuple[str, str]]:
    pairs = []
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        pairs.append((name, value))
    return pairs


def _canonical(path: str, pairs: list[tuple[str, str]]) -> bytes:
    # Decoded then re-encoded one way, so that a caller re-encoding the URL (`+` or `%20` for a
    # space) does not break the token.
    encoded = "&".join(
        f"{quote(unquote_plus(name), safe='')}={quote(unquote_plus(value), safe='')}" for name, value in pairs
    )
    return _CONTEXT + (path or "/").encode() + b"\n" + encoded.encode()


class CallbackSigner:
    """Signs callback URLs and verifies the requests made to them (see the module docstring).

    Args:
        secret: A secret of yours (not the API secret): at least 16 bytes, e.g. ``secrets.token_hex(32)``.
        param: The query parameter that carries the token.
    """

    def __init__(self, secret: str | bytes, *, param: str = DEFAULT_TOKEN_PARAM) -> None:
        key = secret.encode() if isinstance(secret, str) else secret
        if not isinstance(key, bytes) or len(key) < 16:
            raise ValueError("the signing secret must be at least 16 bytes long")
        if not param or any(c in param for c in "&=?# "):
            raise ValueError(f"invalid token parameter name: {param!r}")
        self._key = key
        self.param = param

    def __repr__(self) -> str:
        return f"CallbackSigner(param={self.param!r}, secret='********')"

    def _token(self, path: str, pairs: list[tuple[str, str]]) -> str:
        digest = hmac.new(self._key, _canonical(path, pairs), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def sign(self, url: str) -> str:
        """The URL with the token appended as its last query parameter.

        Raises:
            ValueError: the URL has a fragment (never sent to a server) or already has a token.
        """
        parts = urlsplit(url)
        if parts.fragment or url.endswith("#"):
            raise ValueError("a callback URL cannot have a fragment: it is not sent to your server")
        pairs = _raw_pairs(parts.query)
        if any(unquote_plus(name) == self.param for name, _ in pairs):
            raise ValueError(f"the URL already has a {self.param!r} parameter")
        token = self._token(parts.path, pairs)
        separator = "" if url.endswith(("?", "&")) else ("&" if parts.query else "?")
        return f"{url}{separator}{self.param}={token}"

    def verify(self, url: str) -> bool:
        """Whether the URL of a request carries a valid token for its path and the parameters before it."""
        parts = urlsplit(url)
        pairs = _raw_pairs(parts.query)
        for index, (name, value) in enumerate(pairs):
            if unquote_plus(name) == self.param:
                expected = self._token(parts.path, pairs[:index])
                return hmac.compare_digest(expected.encode(), unquote_plus(value).encode())
        return False


def sign_callback_url(url: str, secret: str | bytes, *, param: str = DEFAULT_TOKEN_PARAM) -> str:
    """``CallbackSigner(secret, param=param).sign(url)``."""
    return CallbackSigner(secret, param=param).sign(url)


def verify_callback_url(url: str, secret: str | bytes, *, param: str = DEFAULT_TOKEN_PARAM) -> bool:
    """``CallbackSigner(secret, param=param).verify(url)``."""
    return CallbackSigner(secret, param=param).verify(url)
