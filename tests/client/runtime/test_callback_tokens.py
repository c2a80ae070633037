"""HMAC tokens in callback URLs: signing, verifying, and every forgery we can think of, property-tested.

The properties: any URL signed verifies with any event fields appended after its token, and its
verified parameters are its own (signed) and the appended ones, the token in neither; a forged
token, another key's, an expired one, a changed, added, removed, reordered or duplicated
parameter, a changed path, and a second token are all refused; a replay is refused by a replay
guard and accepted without one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from transmitsms._runtime.callback_tokens import (
    CallbackReplayError,
    CallbackSigner,
    CallbackVerificationError,
    VerifiedCallback,
    sign_callback_url,
    verify_callback_url,
)
from transmitsms._runtime.replay import MemoryReplayGuard, ReplayGuard
from transmitsms.callbacks import DlrCallbackStatus, parse_dlr

SECRET = "a-signing-secret-of-mine"
OLD_SECRET = "the-key-before-this-one"
NOW = 1_767_600_000.0  # 2026-01-05


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


signer = CallbackSigner(SECRET)


def reason(url: str, verifier: CallbackSigner = signer, **options: Any) -> str:
    with pytest.raises(CallbackVerificationError) as refused:
        verifier.verified(url, **options)
    return refused.value.reason


# ---------------------------------------------------------------------------- examples


def test_a_signed_url_verifies_with_the_event_fields_appended() -> None:
    url = signer.sign("https://example.com/dlr?order=123")
    assert url.startswith("https://example.com/dlr?order=123&ts_token=v2.")
    assert signer.verify(url)
    request = url + "&message_id=1&mobile=61491570156&datetime=2020-05-16+12:10:00&status=delivered"
    verified = signer.verified(request)
    assert dict(verified.signed) == {"order": "123"} and "ts_token" not in verified
    assert dict(verified.appended) == {
        "message_id": "1",
        "mobile": "61491570156",
        "datetime": "2020-05-16 12:10:00",
        "status": "delivered",
    }
    dlr = signer.parse(request, parse_dlr)
    assert dlr.status is DlrCallbackStatus.DELIVERED and dlr.extra == {"order": "123"}, "the token is not in extra"


def test_the_issues_forgery_is_refused() -> None:
    # issue 16: with one signed URL, anyone could append order=124 and the parser read it.
    url = signer.sign("https://example.com/dlr?order=123")
    forged = url + "&order=124&message_id=1&mobile=61491570156&datetime=2020-05-16+12:10:00&status=delivered"
    assert reason(forged) == "repeated_parameter"
    assert not signer.verify(forged)
    assert parse_dlr(forged).extra == {"order": "124"}, "why parse_* alone does not do: use signer.parse"


def test_a_url_without_a_query_gets_one() -> None:
    url = signer.sign("https://example.com/dlr")
    assert "/dlr?ts_token=" in url and signer.verify(url + "&status=pending")


@pytest.mark.parametrize(
    ("tamper", "why"),
    [
        (lambda u: u.replace("order=123", "order=124"), "bad_signature"),
        (lambda u: u.replace("/dlr", "/reply"), "bad_signature"),
        (lambda u: u.replace("ts_token=v2.", "ts_token=v2.1"), "bad_signature"),
        (lambda u: u.replace("ts_token=v2", "ts_token=v3"), "malformed_token"),
        (lambda u: u.replace("?order=123&", "?order=123&admin=1&"), "bad_signature"),
        (lambda u: u.replace("?order=123&", "?"), "bad_signature"),
        (lambda u: u.split("ts_token=")[0] + "message_id=1", "no_token"),
        (lambda u: u + "&ts_token=" + u.split("ts_token=")[1], "several_tokens"),
        (lambda u: u.replace("ts_token=", "ts%5Ftoken=") + "&ts_token=x", "several_tokens"),
        (lambda u: u + "&status=delivered&status=pending", "repeated_parameter"),
        (lambda u: u + "&ORDER=1&order=2", "repeated_parameter"),
        (lambda u: u + "&status=%FF", "undecodable"),
    ],
)
def test_tampered_forged_or_unsigned_urls_are_refused(tamper: Any, why: str) -> None:
    url = signer.sign("https://example.com/dlr?order=123")
    assert reason(tamper(url) + "&message_id=9") == why


def test_another_key_and_key_rotation() -> None:
    url = signer.sign("https://example.com/dlr?order=123")
    assert reason(url, CallbackSigner("another-secret-entirely")) == "bad_signature"
    old = CallbackSigner(OLD_SECRET).sign("https://example.com/dlr?order=1")
    rotated = CallbackSigner(SECRET, previous_secrets=[OLD_SECRET])
    assert rotated.verify(old) and rotated.verify(url), "old and new tokens are accepted"
    assert reason(old, signer) == "bad_signature", "once the old key is dropped, its tokens are not"
    assert reason(rotated.sign("https://example.com/x"), CallbackSigner(OLD_SECRET)) == "bad_signature", (
        "new URLs are signed with the new key only"
    )


def test_expiry() -> None:
    clock = Clock()
    expiring = CallbackSigner(SECRET, ttl=timedelta(days=5), clock=clock)
    url = expiring.sign("https://example.com/dlr?order=1")
    verified = expiring.verified(url)
    assert verified.issued_at is not None and verified.issued_at.timestamp() == NOW
    assert verified.expires_at is not None and verified.expires_at.timestamp() == NOW + 5 * 86400
    clock.now = NOW + 5 * 86400 - 1
    assert expiring.verify(url)
    clock.now = NOW + 5 * 86400
    assert reason(url, expiring) == "expired"
    assert reason(url.replace(f".{int(NOW) + 5 * 86400}.", f".{int(NOW) + 50 * 86400}."), expiring) == "bad_signature"
    never = CallbackSigner(SECRET, clock=clock).sign("https://example.com/x", ttl=None)
    clock.now = NOW + 10 * 365 * 86400
    assert CallbackSigner(SECRET, clock=clock).verified(never).expires_at is None
    short = CallbackSigner(SECRET, ttl=3600, clock=clock).sign("https://example.com/x", ttl=60)
    clock.now += 61
    assert reason(short, CallbackSigner(SECRET, clock=clock)) == "expired", "a URL's own ttl wins"


def test_replays_are_refused_by_a_guard_and_can_be_forgotten() -> None:
    clock = Clock()
    guard = MemoryReplayGuard(clock=clock)
    url = signer.sign("https://example.com/dlr?order=1") + "&message_id=1&status=delivered"
    first = signer.verified(url, replay_guard=guard)
    with pytest.raises(CallbackReplayError) as replayed:
        signer.verified(url, replay_guard=guard)
    assert replayed.value.reason == "replayed" and isinstance(replayed.value, CallbackVerificationError)
    assert not signer.verify(url, replay_guard=guard)
    assert signer.verify(url), "without a guard a replay is not detected"
    # Another event on the same URL is another request; a re-encoding of the same one is the same.
    assert signer.verify(url.replace("status=delivered", "status=pending"), replay_guard=guard)
    assert not signer.verify(url.replace("status=delivered", "status=deliver%65d"), replay_guard=guard)
    guard.forget(first.replay_key)
    assert signer.verify(url, replay_guard=guard), "forgotten: the service's retry is accepted"
    clock.now += guard.max_age + 1
    assert signer.verify(url, replay_guard=guard), "past max_age the guard has forgotten it"


def test_the_memory_guard_is_bounded_and_follows_the_token_expiry() -> None:
    clock = Clock()
    guard = MemoryReplayGuard(capacity=3, clock=clock)
    for key in "abcd":
        assert guard.seen(key, NOW + 100) is False
    assert len(guard) == 3 and guard.seen("a", NOW + 100) is False, "the oldest was forgotten"
    assert guard.seen("d", NOW + 100) is True
    assert guard.seen("e", NOW + 10) is False
    clock.now = NOW + 11
    assert guard.seen("e", NOW + 100) is False, "its token had expired: nothing to replay"
    assert isinstance(guard, ReplayGuard) and "capacity=3" in repr(guard)
    with pytest.raises(ValueError):
        MemoryReplayGuard(capacity=0)


def test_tokens_of_version_1_only_when_asked() -> None:
    # transmitsms 0.2 signed https://example.com/dlr?order=123 under SECRET as:
    v1 = "https://example.com/dlr?order=123&ts_token=" + _v1_token("/dlr", "order=123")
    assert reason(v1) == "malformed_token"
    legacy = CallbackSigner(SECRET, accept_v1=True)
    assert legacy.verify(v1 + "&status=delivered")
    assert reason(v1 + "&order=124", legacy) == "repeated_parameter", "and without its flaw"
    assert reason(v1.replace("order=123", "order=124"), legacy) == "bad_signature"


def _v1_token(path: str, canonical: str) -> str:
    import base64
    import hashlib
    import hmac

    message = b"transmitsms-callback-url-v1\n" + path.encode() + b"\n" + canonical.encode()
    return base64.urlsafe_b64encode(hmac.new(SECRET.encode(), message, hashlib.sha256).digest()).rstrip(b"=").decode()


def test_reencoding_of_the_callers_parameters_does_not_break_the_token() -> None:
    url = signer.sign("https://example.com/in?name=Ana+Lee&city=S%C3%A3o%20Paulo")
    reencoded = url.replace("Ana+Lee", "Ana%20Lee").replace("S%C3%A3o%20Paulo", quote("São Paulo"))
    assert signer.verify(reencoded)


def test_the_host_may_differ_behind_a_proxy() -> None:
    url = signer.sign("https://public.example.com/dlr?order=1")
    assert signer.verify(url.replace("https://public.example.com", "http://10.0.0.7:8000"))


def test_custom_token_parameter_and_functions() -> None:
    url = sign_callback_url("https://example.com/x", SECRET, param="sig")
    assert "?sig=" in url
    assert verify_callback_url(url, SECRET, param="sig")
    assert not verify_callback_url(url, SECRET)  # looks for ts_token
    assert CallbackSigner(SECRET, param="sig").verified(url).signed == {}


@pytest.mark.parametrize(
    "url", ["https://example.com/x#frag", "https://example.com/x?ts_token=1", "https://example.com/x?a=1&a=2"]
)
def test_urls_that_cannot_be_signed(url: str) -> None:
    with pytest.raises(ValueError):
        signer.sign(url)


@pytest.mark.parametrize(
    "options",
    [{"secret": "short"}, {"param": "a&b"}, {"param": ""}, {"ttl": 0}, {"ttl": -5}, {"previous_secrets": ["short"]}],
)
def test_weak_secrets_bad_names_and_lifetimes_are_refused(options: dict[str, Any]) -> None:
    options = {"secret": SECRET, **options}
    with pytest.raises(ValueError):
        CallbackSigner(options.pop("secret"), **options)


def test_no_secret_in_a_repr() -> None:
    rotated = CallbackSigner(SECRET, previous_secrets=[OLD_SECRET])
    assert SECRET not in repr(rotated) and OLD_SECRET not in repr(rotated) and "keys=2" in repr(rotated)
    verified = signer.verified(signer.sign("https://example.com/x?a=1"))
    assert "ts_token" not in repr(verified) and isinstance(verified, VerifiedCallback)


# ---------------------------------------------------------------------------- properties

names = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=8)
values = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
own_params = st.lists(st.tuples(names, values), max_size=4, unique_by=lambda p: p[0]).filter(
    lambda ps: all(name != "ts_token" for name, _ in ps)
)
paths = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789/-_.~", max_size=20).map(lambda p: "/" + p)
event = st.lists(
    st.tuples(st.sampled_from(["status", "mobile", "message_id", "datetime", "Email", "x"]), values),
    max_size=4,
    unique_by=lambda p: p[0],
)


def encode(pairs: list[tuple[str, str]]) -> str:
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def signed_url(path: str, params: list[tuple[str, str]]) -> str:
    query = encode(params)
    return signer.sign(f"https://example.com{path}" + (f"?{query}" if query else ""))


@given(path=paths, params=own_params, appended=event)
def test_any_signed_url_verifies_and_reads_back_its_parameters(path, params, appended) -> None:
    own = {name for name, _ in params}
    appended = [(k, v) for k, v in appended if k not in own]
    url = signed_url(path, params) + "".join(f"&{quote(k, safe='')}={quote(v, safe='')}" for k, v in appended)
    verified = signer.verified(url)
    assert dict(verified.signed) == dict(params) and dict(verified.appended) == dict(appended)
    assert dict(verified) == {**dict(params), **dict(appended)} and "ts_token" not in verified


@given(path=paths, params=own_params, data=st.data())
def test_a_changed_added_or_removed_parameter_or_path_is_refused(path, params, data) -> None:
    url = signed_url(path, params)
    token = url.split("ts_token=")[1]
    change = data.draw(st.sampled_from(["value", "name", "add", "remove", "path"]))
    tampered = list(params)
    new_path = path
    if change in ("value", "name", "remove"):
        assume(tampered)
        index = data.draw(st.integers(0, len(tampered) - 1))
        name, value = tampered[index]
        if change == "value":
            tampered[index] = (name, data.draw(values.filter(lambda v: v != value)))
        elif change == "name":
            other = data.draw(names.filter(lambda n: n not in {p[0] for p in params} | {"ts_token"}))
            tampered[index] = (other, value)
        else:
            del tampered[index]
    elif change == "add":
        extra = data.draw(names.filter(lambda n: n not in {p[0] for p in params} | {"ts_token"}))
        tampered.insert(data.draw(st.integers(0, len(tampered))), (extra, data.draw(values)))
    else:
        new_path = data.draw(paths.filter(lambda p: p != path))
    query = encode(tampered)
    forged = f"https://example.com{new_path}?" + (f"{query}&" if query else "") + f"ts_token={token}"
    assert reason(forged) == "bad_signature"


@given(params=own_params.filter(lambda ps: len(ps) >= 2), data=st.data())
def test_reordered_parameters_are_refused(params, data) -> None:
    url = signed_url("/dlr", params)
    token = url.split("ts_token=")[1]
    order = data.draw(st.permutations(params).filter(lambda p: list(p) != params))
    assert reason(f"https://example.com/dlr?{encode(list(order))}&ts_token={token}") == "bad_signature"
    # Moving one of them after the token (where the service appends) is refused too.
    moved = encode(params[1:]) + f"&ts_token={token}&" + encode(params[:1])
    assert reason(f"https://example.com/dlr?{moved}") == "bad_signature"


@given(params=own_params.filter(bool), data=st.data())
def test_a_signed_parameter_given_again_after_the_token_is_refused(params, data) -> None:
    name, _ = data.draw(st.sampled_from(params))
    url = signed_url("/dlr", params) + f"&{quote(name, safe='')}={quote(data.draw(values), safe='')}"
    assert reason(url) == "repeated_parameter"


@given(token=st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.", max_size=80))
def test_a_forged_token_is_refused(token) -> None:
    assert reason(f"https://example.com/dlr?order=1&ts_token={token}") in ("malformed_token", "bad_signature")


@given(params=own_params, appended=event)
def test_a_replay_is_refused_exactly_when_a_guard_remembers_it(params, appended) -> None:
    guard = MemoryReplayGuard()
    url = signed_url("/dlr", params) + "".join(
        f"&{quote(k, safe='')}={quote(v, safe='')}" for k, v in appended if k not in {p[0] for p in params}
    )
    assert signer.verify(url, replay_guard=guard)
    assert reason(url, replay_guard=guard) == "replayed"
    assert signer.verify(url) and signer.verify(url, replay_guard=MemoryReplayGuard())
