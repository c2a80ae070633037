"""HMAC tokens in callback URLs: the service does not sign its callbacks, so sign the URL you give it.

``sign(url)`` appends a token to a callback URL; give the signed URL to the API
(``dlr_callback=...``). The service calls it with the event's fields appended after the token;
``verified(url)`` checks the request's URL and returns its parameters, the token left out, or
raises ``CallbackVerificationError`` saying why (``verify(url)`` answers True or False instead).

**The token** (``ts_token=v2.<issued>.<expires>.<nonce>.<mac>``): the time it was signed and the
time it expires (seconds since the epoch, ``0``: never), 12 random bytes, and an HMAC-SHA256,
under your secret, of the URL's path, all its query parameters (each decoded, then re-encoded one
way, so that a caller writing ``+`` or ``%20`` for a space does not break it, in their order) and
those three fields. The host is not signed: a proxy in front of you may change it.

**Verification** refuses, in constant time for the HMAC comparison: a URL without exactly one
token; any parameter name given twice anywhere in the query (so that nothing appended after the
token can stand in for a signed parameter: the parsers read the last value of a name, and a
signed ``order=123`` followed by ``&order=124`` would otherwise read as 124); a path or signed
parameter changed, added, removed or moved; a token of another key, version or shape; an expired
token; and, with a ``replay_guard``, a request already accepted. What follows the token is not
signed (the service appends the event's fields there, and signs nothing): ``VerifiedCallback``
keeps it apart (``appended``) from your own parameters (``signed``).

**Keys**: ``CallbackSigner(secret, previous_secrets=[old, ...])`` signs with ``secret`` and accepts
tokens made with any of them, so that a key can be rotated while URLs signed with the old one are
still in use (an account's default callback URL, messages still pending): sign new URLs with the
new key, then drop the old one once nothing signed with it can arrive.

What a valid token proves: the URL was made by someone holding a key, so a request to it comes
from whoever you gave the URL to (the service), and your own parameters are as you wrote them.
What it cannot prove: that the event fields are genuine (anyone who has seen a signed URL can
append other fields to it), nor that a request is not a copy of an earlier one (``replay_guard``
refuses those it remembers; see ``verified``). Keep signed URLs as secret as the API credentials,
put an identifier of your own in them (``?order=123``) and check events against your records
(``message_id``) before acting on them.

    >>> from transmitsms.callbacks import CallbackSigner
    >>> signer = CallbackSigner("a-secret-of-yours-16-bytes-or-more")  # e.g. secrets.token_hex(32)
    >>> url = signer.sign("https://example.com/dlr?order=123")
    >>> signer.verify(url + "&message_id=1&status=delivered")
    True
    >>> signer.verify(url + "&order=124&status=delivered")
    False
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import quote, unquote_plus, urlsplit

from .callbacks import DEFAULT_TOKEN_PARAM
from .exceptions import TransmitSMSError
from .replay import ReplayGuard

VERSION = "v2"

_CONTEXT = b"transmitsms-callback-url-v2\n"
_CONTEXT_V1 = b"transmitsms-callback-url-v1\n"
_NONCE_BYTES = 12
_MAC_CHARACTERS = 43  # base64url of 32 bytes, unpadded
C = TypeVar("C")


class CallbackVerificationError(TransmitSMSError, ValueError):
    """A callback request's URL does not carry a valid token for it (see ``CallbackSigner.verified``).

    Answer such a request 403 and do not act on it. ``reason`` is a short code: ``no_token``,
    ``several_tokens``, ``repeated_parameter``, ``malformed_token``, ``bad_signature``,
    ``expired``, ``undecodable``, ``replayed``.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class CallbackReplayError(CallbackVerificationError):
    """The request is valid but was accepted before: a replay, or the service sending it again.

    The service retries a callback it got no 2xx for, and may, rarely, deliver one twice (delivery
    is at least once): answer 200, so that it stops, and do nothing more.
    """


def _decode(text: str) -> str:
    try:
        return unquote_plus(text, errors="strict")
    except UnicodeDecodeError as exc:
        raise CallbackVerificationError(
            "the callback's query string is not valid UTF-8 once decoded", reason="undecodable"
        ) from exc


def _pairs(query: str) -> list[tuple[str, str]]:
    """The query's ``(name, value)`` pairs, decoded, in order: as ``urllib.parse.parse_qsl`` reads them."""
    pairs = []
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        pairs.append((_decode(name), _decode(value)))
    return pairs


def _canonical(pairs: Iterable[tuple[str, str]]) -> bytes:
    return "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs).encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _seconds(ttl: float | timedelta | None) -> float | None:
    if ttl is None:
        return None
    seconds = ttl.total_seconds() if isinstance(ttl, timedelta) else float(ttl)
    if not seconds > 0 or math.isinf(seconds):
        raise ValueError(f"ttl must be a positive number of seconds, got {ttl!r}")
    return seconds


def _key(secret: str | bytes) -> bytes:
    key = secret.encode() if isinstance(secret, str) else secret
    if not isinstance(key, bytes) or len(key) < 16:
        raise ValueError("a signing secret must be at least 16 bytes long")
    return key


class VerifiedCallback(Mapping[str, str]):
    """The parameters of a verified callback request, its token left out: pass it to a ``parse_*`` function.

    As a mapping it holds every parameter but the token, each name once. ``signed`` are those your
    URL had when you signed it, ``appended`` those added after the token (the event's fields, as
    the service sends them, which no token can vouch for). ``issued_at`` and ``expires_at`` (None:
    never) come from the token; ``replay_key`` identifies this exact request (path and whole query).
    """

    __slots__ = ("_items", "appended", "expires_at", "issued_at", "nonce", "replay_key", "signed")

    def __init__(
        self,
        signed: Sequence[tuple[str, str]],
        appended: Sequence[tuple[str, str]],
        *,
        issued_at: datetime | None,
        expires_at: datetime | None,
        nonce: str,
        replay_key: str,
    ) -> None:
        self.signed: Mapping[str, str] = dict(signed)
        self.appended: Mapping[str, str] = dict(appended)
        self._items = {**self.signed, **self.appended}
        self.issued_at = issued_at
        self.expires_at = expires_at
        self.nonce = nonce
        self.replay_key = replay_key

    def __getitem__(self, name: str) -> str:
        return self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"VerifiedCallback(signed={dict(self.signed)!r}, appended={dict(self.appended)!r})"


class CallbackSigner:
    """Signs callback URLs and verifies the requests made to them (see the module docstring).

    Args:
        secret: The key new URLs are signed with: a secret of yours (not the API secret), at least
            16 bytes, e.g. ``secrets.token_hex(32)``.
        previous_secrets: Keys whose tokens are still accepted (key rotation); never used to sign.
        param: The query parameter that carries the token.
        ttl: How long a signed URL stays valid, in seconds or a ``timedelta``; None (the default)
            for ever. A callback may come days after its message was sent: a receipt may wait for
            the message's ``validity`` (72 hours by default) and a failed delivery is retried for
            another 25 hours, so keep it well above that (an account's default URL: none).
        accept_v1: Also accept the tokens of transmitsms 0.2 (an HMAC of the path and of the
            parameters before it, with no expiry), while URLs signed by it are in use.
        clock: Seconds since the epoch (``time.time``), for tests.
    """

    def __init__(
        self,
        secret: str | bytes,
        *,
        previous_secrets: Iterable[str | bytes] = (),
        param: str = DEFAULT_TOKEN_PARAM,
        ttl: float | timedelta | None = None,
        accept_v1: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not param or any(c in param for c in "&=?# %+"):
            raise ValueError(f"invalid token parameter name: {param!r}")
        self._keys = (_key(secret), *(_key(old) for old in previous_secrets))
        self.param = param
        self.ttl = _seconds(ttl)
        self.accept_v1 = accept_v1
        self._clock = clock

    def __repr__(self) -> str:
        return f"CallbackSigner(param={self.param!r}, keys={len(self._keys)}, ttl={self.ttl!r}, secret='********')"

    def _mac(self, key: bytes, path: str, pairs: Sequence[tuple[str, str]], fields: str) -> bytes:
        message = _CONTEXT + (path or "/").encode() + b"\n" + _canonical(pairs) + b"\n" + fields.encode()
        return hmac.new(key, message, hashlib.sha256).digest()

    def sign(self, url: str, *, ttl: float | timedelta | None = None) -> str:
        """The URL with the token appended as its last query parameter.

        ``ttl`` overrides the signer's for this URL.

        Raises:
            ValueError: the URL has a fragment (never sent to a server), already has a token, has
                a parameter name twice (which verification would refuse), or is not valid UTF-8
                once decoded.
        """
        parts = urlsplit(url)
        if parts.fragment or url.endswith("#"):
            raise ValueError("a callback URL cannot have a fragment: it is not sent to your server")
        pairs = _pairs(parts.query)
        names = [name for name, _ in pairs]
        if self.param in names:
            raise ValueError(f"the URL already has a {self.param!r} parameter")
        if len(set(names)) != len(names):
            raise ValueError("the URL has a parameter name twice: its callbacks could not be verified")
        now = int(self._clock())
        lifetime = _seconds(ttl) if ttl is not None else self.ttl
        expires = 0 if lifetime is None else now + math.ceil(lifetime)
        fields = f"{VERSION}.{now}.{expires}.{_b64(secrets.token_bytes(_NONCE_BYTES))}"
        token = f"{fields}.{_b64(self._mac(self._keys[0], parts.path, pairs, fields))}"
        separator = "" if url.endswith(("?", "&")) else ("&" if parts.query else "?")
        return f"{url}{separator}{self.param}={token}"

    def verify(self, url: str, *, replay_guard: ReplayGuard | None = None) -> bool:
        """Whether the URL of a request carries a valid token (``verified`` without the reason)."""
        try:
            self.verified(url, replay_guard=replay_guard)
        except CallbackVerificationError:
            return False
        return True

    def verified(self, url: str, *, replay_guard: ReplayGuard | None = None) -> VerifiedCallback:
        """The parameters of a request to a signed URL, once its token is checked (module docstring).

        With ``replay_guard`` (a ``MemoryReplayGuard``, or your own shared store), a request whose
        path and whole query were accepted before, and are still remembered, raises
        ``CallbackReplayError``. This refuses a copy of an earlier request (someone who saw it
        sending it again) as long as the guard remembers it: until the token expires, or the
        guard's own limits (``capacity``, ``max_age``, a restart for one in memory) make it forget;
        give signed URLs a ``ttl`` no longer than the guard remembers, and a copy is refused
        whenever it comes. It cannot tell a replay from the service delivering the same callback
        again (a retry, or a duplicate: delivery is at least once), which is the same request:
        both raise ``CallbackReplayError``, to be answered 200 and ignored. If you fail to process
        an accepted callback, ``replay_guard.forget(verified.replay_key)`` before answering an
        error, so that the service's retry is accepted. Events themselves are deduplicated by
        ``transmitsms.callbacks.dedupe_key``, whatever URL they come to.

        Raises:
            CallbackVerificationError: the token is missing, invalid, of another key or expired,
                or a parameter name is repeated (``reason`` says which).
            CallbackReplayError: with ``replay_guard``, the request was accepted before.
        """
        parts = urlsplit(url)
        pairs = _pairs(parts.query)
        names = [name for name, _ in pairs]
        count = names.count(self.param)
        if count != 1:
            reason = "no_token" if count == 0 else "several_tokens"
            raise CallbackVerificationError(f"the URL must carry one {self.param!r} parameter", reason=reason)
        if len(set(names)) != len(names):
            repeated = sorted({name for name in names if names.count(name) > 1})
            raise CallbackVerificationError(
                f"parameters given more than once: {', '.join(repeated)[:200]}", reason="repeated_parameter"
            )
        index = names.index(self.param)
        token = pairs[index][1]
        signed, appended = pairs[:index], pairs[index + 1 :]
        issued_at, expires_at, nonce = self._check(parts.path, signed, token)
        replay_key = hashlib.sha256(
            (parts.path or "/").encode() + b"?" + _canonical(pairs) + b"\n" + self.param.encode()
        ).hexdigest()
        result = VerifiedCallback(
            signed, appended, issued_at=issued_at, expires_at=expires_at, nonce=nonce, replay_key=replay_key
        )
        if replay_guard is not None:
            until = expires_at.timestamp() if expires_at is not None else math.inf
            if replay_guard.seen(replay_key, until):
                raise CallbackReplayError("this callback request was accepted before", reason="replayed")
        return result

    def parse(self, url: str, parse: Callable[[VerifiedCallback], C], *, replay_guard: ReplayGuard | None = None) -> C:
        """``parse(self.verified(url, replay_guard=...))``: a verified callback read by a ``parse_*`` function.

            >>> dlr = signer.parse(request_url, parse_dlr)  # doctest: +SKIP

        Raises:
            CallbackVerificationError: see ``verified``.
            MalformedCallbackError: the parameters do not make a callback of that kind.
        """
        return parse(self.verified(url, replay_guard=replay_guard))

    def _check(
        self, path: str, signed: Sequence[tuple[str, str]], token: str
    ) -> tuple[datetime | None, datetime | None, str]:
        """``(issued_at, expires_at, nonce)`` of a valid token for ``path`` and ``signed``; raises otherwise."""
        pieces = token.split(".")
        if len(pieces) == 1 and self.accept_v1 and len(token) == _MAC_CHARACTERS:
            return self._check_v1(path, signed, token)
        if len(pieces) != 5 or pieces[0] != VERSION or not (pieces[1].isdigit() and pieces[2].isdigit()):
            raise CallbackVerificationError("the token is not one this signer makes", reason="malformed_token")
        received = pieces[4].encode("ascii", "replace")
        fields = ".".join(pieces[:4])
        # Every key is tried, so that the time taken does not tell which one matched.
        matched = False
        for key in self._keys:
            expected = _b64(self._mac(key, path, signed, fields)).encode()
            matched |= hmac.compare_digest(expected, received)
        if not matched:
            raise CallbackVerificationError("the token does not match the URL", reason="bad_signature")
        issued, expires = int(pieces[1]), int(pieces[2])
        if expires and self._clock() >= expires:
            raise CallbackVerificationError("the signed URL has expired", reason="expired")
        return (
            datetime.fromtimestamp(issued, UTC),
            datetime.fromtimestamp(expires, UTC) if expires else None,
            pieces[3],
        )

    def _check_v1(
        self, path: str, signed: Sequence[tuple[str, str]], token: str
    ) -> tuple[datetime | None, datetime | None, str]:
        matched = False
        for key in self._keys:
            message = _CONTEXT_V1 + (path or "/").encode() + b"\n" + _canonical(signed)
            expected = _b64(hmac.new(key, message, hashlib.sha256).digest()).encode()
            matched |= hmac.compare_digest(expected, token.encode("ascii", "replace"))
        if not matched:
            raise CallbackVerificationError("the token does not match the URL", reason="bad_signature")
        return None, None, ""


def sign_callback_url(url: str, secret: str | bytes, *, param: str = DEFAULT_TOKEN_PARAM, **options: Any) -> str:
    """``CallbackSigner(secret, param=param, **options).sign(url)``."""
    return CallbackSigner(secret, param=param, **options).sign(url)


def verify_callback_url(url: str, secret: str | bytes, *, param: str = DEFAULT_TOKEN_PARAM, **options: Any) -> bool:
    """``CallbackSigner(secret, param=param, **options).verify(url)``."""
    return CallbackSigner(secret, param=param, **options).verify(url)
