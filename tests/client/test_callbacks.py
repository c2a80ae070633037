"""transmitsms.callbacks: the generated payloads, read from the spec's own examples and from generated queries."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.spec import bundled
from transmitsms import callbacks
from transmitsms.callbacks import (
    CallbackSigner,
    DlrCallback,
    DlrCallbackStatus,
    LinkHitCallback,
    ListActionCallback,
    ListActionCallbackType,
    MalformedCallbackError,
    ReplyCallback,
    parse_callback,
    parse_dlr,
    parse_link_hit,
    parse_list_action,
    parse_reply,
)

DOC = bundled()


def spec_example_url(path_item: str) -> str:
    description = DOC["components"]["pathItems"][path_item]["get"]["description"]
    match = re.search(r"Example: `([^`]+)`", description)
    assert match is not None
    url = match.group(1)
    # The vendor writes the examples unencoded (spaces); a real request encodes them.
    return url.replace(" ", "%20")


def test_the_spec_s_dlr_example() -> None:
    dlr = parse_dlr(spec_example_url("DlrCallback"))
    assert dlr == DlrCallback(
        message_id=331694668,
        mobile=61438333061,
        datetime=datetime(2020, 5, 16, 12, 10, tzinfo=UTC),
        status=DlrCallbackStatus.DELIVERED,
        user_id=123456,
        extra={"myparameter": "myvalue"},
    )


def test_the_spec_s_reply_example() -> None:
    reply = parse_reply(spec_example_url("ReplyCallback"))
    assert reply.response == "This is my reply"
    assert reply.is_optout is False
    assert (reply.mobile, reply.longcode, reply.message_id, reply.response_id) == (
        61438333061,
        61429997672,
        331695745,
        35566670,
    )
    assert reply.datetime_entry == datetime(2020, 5, 16, 12, 10, tzinfo=UTC)


def test_the_spec_s_list_action_example_keeps_custom_fields() -> None:
    action = parse_list_action(spec_example_url("ListActionCallback"))
    assert action.type is ListActionCallbackType.DELETE
    assert (action.list_id, action.mobile, action.firstname, action.lastname) == (
        4026600,
        61447775960,
        "Harrison",
        "Down",
    )
    assert action.extra == {"Carrier": "Telstra", "Email": "harrisondown06@gmail.com", "Handset": "iPhone 7"}


def test_a_link_hit() -> None:
    hit = parse_link_hit(
        {"message_id": "1", "mobile": "61438333061", "datetime": "2020-05-16 13:23:46", "link_hits": "2", "rate": "10"}
    )
    assert isinstance(hit, LinkHitCallback) and hit.link_hits == 2 and hit.rate == "10" and hit.list_id is None


def test_an_opt_out_reply_is_a_bool() -> None:
    reply = parse_reply(
        "mobile=61438333061&longcode=61429997672&datetime_entry=2020-05-16+12:10:00&response=STOP&is_optout=yes"
    )
    assert reply.is_optout is True


def test_an_unknown_status_is_kept() -> None:
    dlr = parse_dlr("message_id=1&mobile=2&datetime=2020-05-16+12:10:00&status=expired")
    assert dlr.status == "expired" and not dlr.status.is_known


def test_payloads_are_frozen_and_their_reprs_plain() -> None:
    dlr = parse_dlr("message_id=1&mobile=2&datetime=2020-05-16+12:10:00&status=pending")
    with pytest.raises(AttributeError):
        dlr.status = DlrCallbackStatus.DELIVERED  # type: ignore[misc]
    assert "DlrCallback(message_id=1" in repr(dlr)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("mobile=2&datetime=2020-05-16+12:10:00&status=delivered", "message_id"),
        ("message_id=1&mobile=2&datetime=yesterday&status=delivered", "datetime"),
        ("message_id=abc&mobile=2&datetime=2020-05-16+12:10:00&status=delivered", "message_id"),
    ],
)
def test_malformed_dlrs_raise_a_typed_error_naming_the_field(query: str, field: str) -> None:
    with pytest.raises(MalformedCallbackError) as caught:
        parse_dlr(query)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("path_item", "cls"),
    [("DlrCallback", DlrCallback), ("ReplyCallback", ReplyCallback), ("ListActionCallback", ListActionCallback)],
)
def test_parse_callback_recognises_the_kind(path_item: str, cls: type) -> None:
    assert isinstance(parse_callback(spec_example_url(path_item)), cls)


def test_parse_callback_refuses_what_matches_nothing_or_several() -> None:
    with pytest.raises(MalformedCallbackError, match="no known callback"):
        parse_callback({"hello": "world"})
    both = "message_id=1&mobile=2&datetime=2020-05-16+12:10:00&status=delivered&link_hits=3"
    with pytest.raises(MalformedCallbackError, match="several kinds"):
        parse_callback(both)


def test_a_signed_callback_url_round_trip() -> None:
    signer = CallbackSigner("my-webhook-secret-123")
    url = signer.sign("https://hooks.example.com/dlr?tenant=42")
    incoming = (
        url
        + "&"
        + urlencode(
            {
                "message_id": "331694668",
                "mobile": "61438333061",
                "datetime": "2020-05-16 12:10:00",
                "status": "delivered",
            }
        )
    )
    assert signer.verify(incoming)
    dlr = signer.parse(incoming, parse_dlr)
    assert dlr.extra == {"tenant": "42"}, "the token is no field of the payload"
    assert parse_dlr(incoming).extra == {"tenant": "42"}, "not even read without the signer"
    assert not signer.verify(incoming.replace("tenant=42", "tenant=43"))
    assert not signer.verify(incoming + "&tenant=43"), "nothing appended stands in for a signed parameter"


def test_the_module_exports_what_it_documents() -> None:
    assert set(callbacks.__all__) <= set(dir(callbacks))
    assert {"parse_dlr", "parse_reply", "parse_link_hit", "parse_list_action", "parse_callback"} <= set(
        callbacks.__all__
    )


@given(
    message_id=st.integers(min_value=0, max_value=10**12),
    mobile=st.integers(min_value=0, max_value=10**15),
    when=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    ),
    status=st.sampled_from(["delivered", "pending", "soft-bounce", "hard-bounce", "rejected", "Unknown Thing"]),
    mine=st.dictionaries(
        st.text(min_size=1, max_size=6).filter(
            lambda k: k not in {"message_id", "mobile", "datetime", "status", "user_id", "longcode"}
        ),
        st.text(max_size=8),
        max_size=3,
    ),
)
def test_any_dlr_query_reads_back_its_values(message_id, mobile, when, status, mine) -> None:
    query = urlencode(
        {
            **mine,
            "message_id": message_id,
            "mobile": mobile,
            "datetime": when.strftime("%Y-%m-%d %H:%M:%S"),
            "status": status,
        },
        quote_via=quote,
    )
    dlr = parse_dlr("https://example.com/cb?" + query)
    assert (dlr.message_id, dlr.mobile, dlr.status) == (message_id, mobile, status)
    assert dlr.datetime == when.replace(tzinfo=UTC)
    assert dlr.extra == mine
    assert dlr.status.is_known == (status in {"delivered", "pending", "soft-bounce", "hard-bounce"})


def test_the_dedupe_key_is_the_spec_s_event_key() -> None:
    schemas = {"dlr": "DlrCallback", "reply": "ReplyCallback", "link-hit": "LinkHitCallback"}
    schemas["list-action"] = "ListActionCallback"
    assert {
        event: tuple(DOC["components"]["schemas"][schema]["x-event-key"]) for event, schema in schemas.items()
    } == callbacks.EVENT_KEYS
    base = "message_id=1&mobile=61491570156&datetime=2020-05-16+12:10:00&status=delivered"
    key = callbacks.dedupe_key(parse_dlr(base))
    assert re.fullmatch(r"dlr:[0-9a-f]{32}", key)
    assert callbacks.dedupe_key(parse_dlr(base + "&order=7&user_id=5&longcode=x")) == key, "only the event's fields"
    for other in ("message_id=2", "mobile=61491570157", "status=pending", "datetime=2020-05-16+12:10:01"):
        name = other.split("=")[0]
        changed = "&".join(other if part.startswith(name + "=") else part for part in base.split("&"))
        assert callbacks.dedupe_key(parse_dlr(changed)) != key, other
    hit = parse_link_hit("message_id=1&mobile=61491570156&datetime=2020-05-16+12:10:00&link_hits=1")
    assert callbacks.dedupe_key(hit) != key and callbacks.dedupe_key(hit).startswith("link-hit:")
    with pytest.raises(TypeError):
        callbacks.dedupe_key("dlr")  # type: ignore[arg-type]


def test_a_callback_delivered_again_has_the_same_dedupe_key() -> None:
    # At least once: the receiver fails the first delivery, the simulator sends it again.
    from tests.support.receiver import Receiver
    from tests.support.simulator import running

    with Receiver() as receiver, running() as sim, sim.client() as control:
        receiver.statuses.extend([503])
        account = control.post("/_sim/accounts", json={"dlr_callback": receiver.url("/dlr?order=1")}).json()
        with sim.client(auth=(account["api_key"], account["api_secret"])) as api:
            assert api.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"}).status_code == 200
        control.post("/_sim/clock/advance", json={"seconds": 10})
        control.post("/_sim/clock/advance", json={"seconds": 61})
        first, again = receiver.requests
    assert first == again
    assert callbacks.dedupe_key(parse_dlr(first)) == callbacks.dedupe_key(parse_dlr(again))
