"""HMAC tokens in callback URLs: signing, verifying, tampering."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transmitsms._runtime.callback_tokens import CallbackSigner, sign_callback_url, verify_callback_url

SECRET = "a-signing-secret-of-mine"
signer = CallbackSigner(SECRET)


def test_a_signed_url_verifies_with_the_event_fields_appended() -> None:
    url = signer.sign("https://example.com/dlr?order=123")
    assert url.startswith("https://example.com/dlr?order=123&ts_token=")
    assert signer.verify(url)
    assert signer.verify(url + "&message_id=1&status=delivered&datetime=2020-05-16+12:10:00")


def test_a_url_without_a_query_gets_one() -> None:
    url = signer.sign("https://example.com/dlr")
    assert "/dlr?ts_token=" in url and signer.verify(url + "&status=pending")


@pytest.mark.parametrize(
    "tamper",
    [
        lambda u: u.replace("order=123", "order=124"),
        lambda u: u.replace("/dlr", "/reply"),
        lambda u: u.replace("ts_token=", "ts_token=x"),
        lambda u: u.replace("?order=123&", "?order=123&admin=1&"),
        lambda u: u.split("ts_token=")[0] + "message_id=1",
    ],
)
def test_tampered_or_unsigned_urls_fail(tamper) -> None:
    url = signer.sign("https://example.com/dlr?order=123")
    assert not signer.verify(tamper(url) + "&status=delivered")


def test_another_secret_fails() -> None:
    url = signer.sign("https://example.com/dlr?order=123")
    assert not CallbackSigner("another-secret-entirely").verify(url)


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


@pytest.mark.parametrize("url", ["https://example.com/x#frag", "https://example.com/x?ts_token=1"])
def test_urls_that_cannot_be_signed(url: str) -> None:
    with pytest.raises(ValueError):
        signer.sign(url)


@pytest.mark.parametrize(("secret", "param"), [("short", "ts_token"), (SECRET, "a&b"), (SECRET, "")])
def test_weak_secrets_and_bad_parameter_names_are_refused(secret: str, param: str) -> None:
    with pytest.raises(ValueError):
        CallbackSigner(secret, param=param)


def test_the_secret_is_not_in_the_repr() -> None:
    assert SECRET not in repr(signer)


@given(
    path=st.text(alphabet="abcdefghijklmnopqrstuvwxyz/-_", min_size=1, max_size=20),
    params=st.lists(st.tuples(st.text(min_size=1, max_size=8), st.text(max_size=12)), max_size=4),
    extra=st.lists(st.tuples(st.sampled_from(["status", "mobile", "message_id"]), st.text(max_size=8)), max_size=3),
)
def test_any_signed_url_verifies_and_any_changed_parameter_does_not(path, params, extra) -> None:
    params = [(k, v) for k, v in params if k != "ts_token"]
    query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in params)
    url = signer.sign(f"https://example.com/{path}" + (f"?{query}" if query else ""))
    appended = "".join(f"&{k}={quote(v, safe='')}" for k, v in extra)
    assert signer.verify(url + appended)
    if params:
        name, value = params[0]
        forged = url.replace(
            f"{quote(name, safe='')}={quote(value, safe='')}",
            f"{quote(name, safe='')}={quote(value + 'x', safe='')}",
            1,
        )
        assert not signer.verify(forged + appended)
