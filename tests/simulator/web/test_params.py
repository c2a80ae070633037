"""Reading parameters: query strings, urlencoded and multipart bodies, duplicates, limits; the forms
the service reads besides the canonical ones (with their warnings), refused in strict mode."""

from __future__ import annotations

from typing import Any

import pytest

from tests.simulator.support import Api

FORM = "application/x-www-form-urlencoded"


def balance_with(api: Api, **kwargs: Any) -> dict[str, Any]:
    response = api.client.post("/get-balance.json", **kwargs)
    body: dict[str, Any] = response.json()
    return {"status": response.status_code, **body["error"]}


def test_get_query_and_post_bodies_are_the_same_parameters(api: Api) -> None:
    for http in ("GET", "POST"):
        response = api.call("format-number", http=http, msisdn="0438 333 061", countrycode="au")
        assert response.status_code == 200 and response.json()["number"]["international"] == 61438333061


def test_multipart_bodies(api: Api) -> None:
    files = {"msisdn": (None, "96112234"), "countrycode": (None, "sg")}
    response = api.client.post("/format-number.json", files=files)
    assert response.status_code == 200 and response.json()["number"]["international"] == 6596112234
    as_file = api.client.post(
        "/format-number.json", files={"msisdn": ("n.txt", b"96112234"), "countrycode": (None, "sg")}
    )
    assert as_file.status_code == 200


def test_empty_values_count_as_absent(api: Api) -> None:
    response = api.call("get-lists", page="", max="")
    assert response.status_code == 200
    assert api.error("format-number", "FIELD_EMPTY", msisdn="", countrycode="au") == 'Field "msisdn" is empty'


def warnings_of(response: Any) -> list[str]:
    found: list[str] = response.headers.get_list("x-sim-warning")
    return found


def test_an_unknown_parameter_is_ignored_with_a_warning(api: Api) -> None:
    response = api.call("get-lists", firstname="")
    assert response.status_code == 200
    assert warnings_of(response) == ['unknown_parameter: Unknown field "firstname" was ignored']
    nameless = api.client.post(
        "/get-lists.json", content=b"=", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert nameless.status_code == 200
    assert warnings_of(nameless) == ["unknown_parameter: A parameter without a name was ignored"]


def test_strict_mode_refuses_unknown_parameters_even_empty(strict_api: Api) -> None:
    # Found by schemathesis (tests/contract): `=` or `firstname=` was dropped as "empty, so absent"
    # and the request accepted, though only the operation's own parameters count as absent.
    assert strict_api.error("get-lists", "FIELD_INVALID", firstname="") == 'Unknown field "firstname"'
    response = strict_api.client.post(
        "/get-lists.json", content=b"=", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == {"code": "FIELD_INVALID", "description": "A parameter has no name"}


def test_an_empty_value_beside_a_real_one_is_ignored(api: Api) -> None:
    response = api.client.post("/get-lists.json?max=", data={"max": "2"})
    assert response.status_code == 200 and response.json()["page"] == {"count": 0, "number": 1}
    assert warnings_of(response) == []


def test_a_parameter_given_twice_has_its_last_value_the_bodys_over_the_querys(api: Api) -> None:
    response = api.client.post("/get-lists.json?page=1", data={"page": "2"})
    assert response.status_code == 200 and response.json()["page"]["number"] == 2
    assert warnings_of(response) == [
        'duplicate_parameter: Field "page" was given more than once: the last value was used'
    ]


def test_strict_mode_refuses_a_parameter_given_twice(strict_api: Api) -> None:
    response = strict_api.client.post("/get-lists.json?page=1", data={"page": "2"})
    assert response.status_code == 400
    assert response.json()["error"]["description"] == 'Field "page" is given more than once'


@pytest.mark.parametrize(
    ("kwargs", "warning"),
    [
        ({"content": b"page=2", "headers": {"content-type": "text/plain"}}, 'Content-Type "text/plain" was not read'),
        ({"content": b'{"page": 2}', "headers": {"content-type": "application/json"}}, "application/json"),
        ({"content": b"null", "headers": {"content-type": "application/json"}}, "literal body null"),
        ({"content": b"null", "headers": {"content-type": "application/x-www-form-urlencoded"}}, "literal body null"),
    ],
)
def test_bodies_php_does_not_read_are_ignored(api: Api, strict_api: Api, kwargs: dict[str, Any], warning: str) -> None:
    response = api.client.post("/get-lists.json?max=5", **kwargs)
    assert response.status_code == 200 and response.json()["page"]["number"] == 1
    (found,) = warnings_of(response)
    assert found.startswith("body_ignored: ") and warning in found
    refused = strict_api.client.post("/get-lists.json", **kwargs)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "FIELD_INVALID"


@pytest.mark.parametrize(
    ("kwargs", "description"),
    [
        ({"content": b"page=%FF", "headers": {"content-type": "application/x-www-form-urlencoded"}}, "not valid UTF-8"),
        ({"content": b"\xff\xfe", "headers": {"content-type": "application/x-www-form-urlencoded"}}, "not valid UTF-8"),
        ({"content": b"x", "headers": {"content-type": "multipart/form-data"}}, "multipart body cannot be read"),
        (
            {"content": b"a=" + b"x" * 1_000_001, "headers": {"content-type": "application/x-www-form-urlencoded"}},
            "larger",
        ),
        (
            {
                "content": "&".join(f"f{i}=1" for i in range(1001)).encode(),
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            "more than 1000",
        ),
    ],
)
def test_unreadable_bodies_are_field_invalid(api: Api, kwargs: dict[str, Any], description: str) -> None:
    response = api.client.post("/get-lists.json", **kwargs)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "FIELD_INVALID" and description in error["description"]


def test_a_body_with_no_type_and_no_content_is_no_parameters(api: Api) -> None:
    assert api.client.post("/get-balance.json", content=b"").status_code == 200


@pytest.mark.parametrize(
    "part",
    [
        b'Content-Disposition: form-data; name="name"\r\n\r\nCaf\xe9 list',
        b'Content-Disposition: form-data; name="name"\r\n\r\nCaf\xc3',
        b'Content-Disposition: form-data; name="na\xffme"\r\n\r\nCafe list',
        b'Content-Disposition: form-data; name="name"; filename="n.txt"\r\n\r\nCaf\xe9 list',
    ],
    ids=["value", "truncated sequence", "name", "file"],
)
def test_invalid_utf8_in_a_multipart_field_is_refused_as_in_a_form(api: Api, strict_api: Api, part: bytes) -> None:
    # Starlette decodes such a part as Latin-1: the list was created with a name in mojibake.
    body = b"--b\r\n" + part + b"\r\n--b--\r\n"
    multipart = {"content-type": "multipart/form-data; boundary=b"}
    for client in (api.client, strict_api.client):
        response = client.post("/add-list.json", content=body, headers=multipart)
        assert response.status_code == 400, response.text
        error = response.json()["error"]
        assert error["code"] == "FIELD_INVALID" and "not valid UTF-8" in error["description"], error
    urlencoded = api.client.post("/add-list.json", content=b"name=Caf%E9+list", headers={"content-type": FORM})
    assert urlencoded.json()["error"]["code"] == "FIELD_INVALID" and "not valid UTF-8" in urlencoded.text
    assert api.ok("get-lists").get("lists", []) == [], "no list was made"


def test_valid_utf8_in_a_multipart_field_is_kept(api: Api) -> None:
    text = "Héllo 👋 ünïcode"
    body = (
        b'--b\r\nContent-Disposition: form-data; name="msisdn"\r\n\r\n0491570156\r\n'
        b'--b\r\nContent-Disposition: form-data; name="countrycode"\r\n\r\nau\r\n'
        b'--b\r\nContent-Disposition: form-data; name="n\xc3\xa9"\r\n\r\n' + text.encode() + b"\r\n--b--\r\n"
    )
    response = api.client.post(
        "/format-number.json", content=body, headers={"content-type": "multipart/form-data; boundary=b"}
    )
    assert response.status_code == 200, response.text
    # The name decoded as UTF-8 (é), not as Latin-1 (Ã©); the header escapes what is not ASCII.
    assert warnings_of(response) == ['unknown_parameter: Unknown field "n\\xe9" was ignored']
