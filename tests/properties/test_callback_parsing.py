"""Property: ``transmitsms.callbacks`` reads every callback the simulator sends, and rejects broken ones.

Each example builds a scenario in a fresh simulator that makes every kind of callback: a list
with custom fields (any names and values) and a list callback, contacts added and deleted, a
send to the list with personalisation and a tracked link, receipts, clicks on the link, and a
reply (any text, or a STOP word). Every URL has parameters of the user's own (any names, also
names the service uses). The local receiver captures what the simulator sends; each capture must
match its schema in the spec, be read by its ``parse_*`` function (and by ``parse_callback``
whenever its parameters fit one kind only) to exactly the values the scenario implies, and, with
one field removed or made unreadable, be refused with ``MalformedCallbackError`` naming that field.
Every capture is a distinct event: their ``dedupe_key``s differ, and do not depend on the user's
own parameters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import jsonschema_rs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.properties.delivery_model import outcome
from tests.properties.harness import fresh_simulator
from tests.properties.profile import examples
from tests.support.counts import record
from tests.support.receiver import Receiver
from tests.support.simulator import T0
from tests.support.spec import bundled
from transmitsms import ValidationError
from transmitsms.callbacks import (
    EVENT_KEYS,
    Callback,
    MalformedCallbackError,
    dedupe_key,
    parse_callback,
    parse_dlr,
    parse_link_hit,
    parse_list_action,
    parse_reply,
)

KINDS: dict[str, tuple[str, Callable[[str], Callback]]] = {  # receiver path -> (schema, parser)
    "dlr": ("DlrCallback", parse_dlr),
    "reply": ("ReplyCallback", parse_reply),
    "hit": ("LinkHitCallback", parse_link_hit),
    "list": ("ListActionCallback", parse_list_action),
}
MEMBERS = ("61491570156", "61491570157", "61491570001")  # the last one soft-bounces
DATETIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
STOP_WORDS = ("STOP", "stop", "Unsubscribe", " quit ", "STOPALL", "end", "Cancel")


@cache
def spec() -> dict[str, Any]:
    """The bundled spec (not a fixture argument: Hypothesis would print it with a failing example)."""
    return bundled()


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # integer, datetime, yes_no, enum, text
    required: bool


def fields_of(doc: dict[str, Any], schema: str) -> list[Field]:
    """A callback's documented parameters and how each is read, from the spec's schema."""
    definition = doc["components"]["schemas"][schema]
    found = []
    for name, prop in definition["properties"].items():
        if prop.get("pattern") == "^[0-9]+$":
            kind = "integer"
        elif prop.get("pattern") == DATETIME:
            kind = "datetime"
        elif prop.get("enum") == ["yes", "no"]:
            kind = "yes_no"
        else:
            kind = "enum" if "enum" in prop else "text"
        found.append(Field(name, kind, name in definition.get("required", [])))
    return found


#: Custom field names the spec refuses: exactly the list callback's own parameters (another case,
#: such as ``Type``, is a parameter of its own).
RESERVED = frozenset(f.name for f in fields_of(spec(), "ListActionCallback"))

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), max_size=12)
_NAMES = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Zs"]), min_size=1, max_size=12)
#: Names a user or a list might choose that the service also uses.
_TAKEN = st.sampled_from(["mobile", "Type", "status", "message_id", "list_id", "firstname", "datetime", "response"])


@dataclass(frozen=True)
class Scenario:
    user_params: tuple[tuple[str, str], ...]
    field_names: tuple[str, ...]
    contacts: tuple[tuple[str, str, tuple[str, ...]], ...]  # first name, last name, field values
    reply: str
    clicks: tuple[int, ...]  # clicks per member on the tracked link
    delete_last: bool


def _unique(names: list[str]) -> bool:
    keys = [n.strip().lower() for n in names]
    return all(keys) and len(set(keys)) == len(keys)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    params = draw(st.lists(st.tuples(st.one_of(_NAMES, _TAKEN), _TEXT), max_size=3))
    names = draw(st.lists(st.one_of(_NAMES, _TAKEN), max_size=3).filter(_unique))
    contacts = draw(
        st.lists(st.tuples(_TEXT, _TEXT, st.tuples(*[_TEXT for _ in names])), min_size=1, max_size=len(MEMBERS))
    )
    reply = draw(st.one_of(st.text(st.characters(codec="utf-8"), max_size=30), st.sampled_from(STOP_WORDS)))
    clicks = draw(st.tuples(*[st.integers(0, 2) for _ in contacts]))
    return Scenario(tuple(params), tuple(names), tuple(contacts), reply, clicks, draw(st.booleans()))


def _url(receiver: Receiver, kind: str, params: tuple[tuple[str, str], ...]) -> str:
    return receiver.url(f"/{kind}" + (f"?{urlencode(params)}" if params else ""))


def _run(scenario: Scenario, receiver: Receiver) -> tuple[list[str], dict[str, Any]]:
    """Play the scenario; return the targets the receiver got and what the test knows of them."""
    user = scenario.user_params
    with fresh_simulator() as sim:
        account = sim.account(
            balance=100,
            dlr_callback=_url(receiver, "dlr", user),
            reply_callback=_url(receiver, "reply", user),
            link_hits_callback=_url(receiver, "hit", user),
        )
        client = sim.client(account)
        slots: dict[str, Any] = {f"field_{i + 1}": name for i, name in enumerate(scenario.field_names)}
        reserved = [slot for slot, name in slots.items() if name.strip() in RESERVED]
        if reserved:  # the spec refuses names the list callback uses for its own parameters
            with pytest.raises(ValidationError) as refused:
                client.lists.add_list(name="Members", **slots)
            assert refused.value.code == "FIELD_INVALID" and reserved[0] in refused.value.description
            slots = {slot: f"{name} (own)" if slot in reserved else name for slot, name in slots.items()}
        field_names = list(slots.values())
        list_id = client.lists.add_list(name="Members", **slots).id
        client.lists.set_list_callback(list_id=list_id, url=_url(receiver, "list", user))
        contacts = {}
        for msisdn, (first, last, values) in zip(MEMBERS, scenario.contacts, strict=False):
            fields: dict[str, Any] = {f"field_{i + 1}": v for i, v in enumerate(values) if v}
            client.lists.add_to_list(list_id=list_id, msisdn=msisdn, first_name=first, last_name=last, **fields)
            contacts[msisdn] = (first, last, dict(zip(field_names, values, strict=True)))
        sent = client.sms.send(
            message="Hi [firstname], see [tracked-link]", list_id=list_id, tracked_link_url="https://example.com/x"
        )
        sim.advance(5)
        codes = {r["msisdn"]: r["link_code"] for r in sim.messages(account.id)[0]["recipients_detail"]}
        for msisdn, clicks in zip(contacts, scenario.clicks, strict=True):
            for _ in range(clicks):
                sim.click(codes[msisdn])
        first_member = next(iter(contacts))
        answer = sim.inbound(first_member, scenario.reply)
        assert answer.status_code == 201, answer.text
        if scenario.delete_last and len(contacts) > 1:
            client.lists.delete_from_list(list_id=list_id, msisdn=list(contacts)[-1])
        sim.flush()
        known = {
            "account": account.id,
            "list_id": list_id,
            "message_id": sent.message_id,
            "contacts": contacts,
            "reply_id": answer.json()["reply_id"],
            "replier": first_member,
            "clicks": dict(zip(contacts, scenario.clicks, strict=True)),
        }
    return sorted(receiver.delivered()), known  # sorted: the receiver gets them concurrently


def _at(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def _check_values(kind: str, parsed: Any, known: dict[str, Any], scenario: Scenario, documented: set[str]) -> None:
    """The parsed payload says what the scenario did; the user's own parameters are in ``extra``
    (but for those named like a parameter of this kind, which the service's value replaces)."""
    contacts = known["contacts"]
    user = {n: v for n, v in scenario.user_params if n not in documented}
    assert (
        T0
        <= parsed.__getattribute__("datetime_entry" if kind in ("reply", "list") else "datetime").replace(tzinfo=None)
        <= T0 + timedelta(seconds=5)
    )
    if kind == "dlr":
        expected = outcome(str(parsed.mobile), T0, None)
        assert (parsed.message_id, parsed.status, parsed.user_id) == (
            known["message_id"],
            expected.status,
            known["account"],
        )
        assert str(parsed.mobile) in contacts and parsed.extra == user
        assert parsed.status.is_known
    elif kind == "reply":
        opt_out = scenario.reply.strip().upper() in {w.strip().upper() for w in STOP_WORDS}
        assert (parsed.response, parsed.is_optout, parsed.response_id) == (scenario.reply, opt_out, known["reply_id"])
        assert (str(parsed.mobile), parsed.message_id) == (known["replier"], known["message_id"])
        assert parsed.extra == user
    elif kind == "hit":
        first, last, _ = contacts[str(parsed.mobile)]
        assert parsed.message_id == known["message_id"] and parsed.list_id == known["list_id"]
        assert 1 <= parsed.link_hits <= known["clicks"][str(parsed.mobile)]
        assert (parsed.firstname, parsed.lastname) == (first, last)
        assert parsed.message is not None and re.fullmatch(r"Hi .*, see TapTh\.is/[0-9A-Za-z]{8}", parsed.message, re.S)
        assert parsed.extra == user
    else:
        first, last, values = contacts[str(parsed.mobile)]
        assert parsed.list_id == known["list_id"] and parsed.type in ("add", "delete")
        assert (parsed.firstname, parsed.lastname) == (first, last)
        assert parsed.extra == {**user, **values}


@st.composite
def corruptions(draw: st.DrawFn, fields: list[Field], present: set[str]) -> tuple[str, str | None]:
    """A documented parameter and what to do to it: remove it (None) or give it a value it cannot have."""
    bad_values = {
        "integer": st.sampled_from(["12a", "-1", "1.5", " 7", "１２"]),
        "datetime": st.sampled_from(["2026-13-01 00:00:00", "2026-02-30 10:00:00", "yesterday", "2026-01-05"]),
        "yes_no": st.sampled_from(["maybe", "true", "1"]),
    }
    candidates = [f for f in fields if (f.required and f.name in present) or f.kind in bad_values]
    target = draw(st.sampled_from(candidates))
    if target.kind in bad_values and (not target.required or draw(st.booleans())):
        return target.name, draw(bad_values[target.kind])
    return target.name, None


def _corrupted(target: str, name: str, value: str | None) -> str:
    items = [(k, v) for k, v in parse_qsl(urlsplit(target).query, keep_blank_values=True) if k != name]
    if value is not None:
        items.append((name, value))
    return urlencode(items)


@examples(70)
@given(scenario=scenarios(), data=st.data())
def test_every_callback_sent_is_read_and_every_broken_one_refused(scenario: Scenario, data: st.DataObject) -> None:
    record("hypothesis examples")
    spec_document = spec()
    with Receiver() as receiver:
        targets, known = _run(scenario, receiver)
    kinds_seen = sorted({urlsplit(t).path.strip("/") for t in targets})
    event(f"kinds: {', '.join(kinds_seen)}")
    assert {"dlr", "reply", "list"} <= set(kinds_seen)
    keys = set()
    for target in targets:
        kind = urlsplit(target).path.strip("/")
        schema_name, parser = KINDS[kind]
        query = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        validator = jsonschema_rs.validator_for(
            {"$ref": f"#/components/schemas/{schema_name}", "components": spec_document["components"]}
        )
        errors = [e.message for e in validator.iter_errors(query)]
        assert not errors, f"{kind} callback does not match {schema_name}: {errors}\n{target}"

        fields = fields_of(spec_document, schema_name)
        parsed = parser(target)
        _check_values(kind, parsed, known, scenario, {f.name for f in fields})
        _check_generic(target, parsed, spec_document)
        keys.add(dedupe_key(parsed))
        documented = {f.name for f in fields}
        without_mine = urlencode(
            [(k, v) for k, v in parse_qsl(urlsplit(target).query, keep_blank_values=True) if k in documented]
        )
        assert dedupe_key(parser(without_mine)) == dedupe_key(parsed), "the user's parameters are no part of the key"

        name, value = data.draw(corruptions(fields, set(query)), label=f"corruption of a {kind} callback")
        with pytest.raises(MalformedCallbackError) as refused:
            parser(_corrupted(target, name, value))
        assert refused.value.field == name, f"{refused.value} should name {name!r}"
        assert name in str(refused.value)
    assert len(keys) == len(targets), "each callback sent reports an event of its own"
    assert set(EVENT_KEYS) == {"dlr", "reply", "link-hit", "list-action"}


def _check_generic(target: str, parsed: Any, doc: dict[str, Any]) -> None:
    """``parse_callback`` recognises the kind whenever the parameters fit one kind's required set."""
    present = {name for name, _ in parse_qsl(urlsplit(target).query, keep_blank_values=True)}
    fitting = [
        schema for schema, _ in KINDS.values() if {f.name for f in fields_of(doc, schema) if f.required} <= present
    ]
    if len(fitting) == 1:
        assert parse_callback(target) == parsed
    else:
        with pytest.raises(MalformedCallbackError, match="several kinds"):
            parse_callback(target)
