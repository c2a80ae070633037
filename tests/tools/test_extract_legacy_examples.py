"""The legacy reference's samples are extracted by a script, and the committed data is its output."""

from __future__ import annotations

import pytest

from tests.support.legacy import examples
from tools.extract_legacy_examples import ExtractionError, extract

SEED = (
    'requests should be made to http://burstsms.com/api and\n<input type="hidden" name="request" value="X" />\n'
    "http://burstsms.com/api-wrapper/method.name?apikey=API_KEY&apisecret=API_SECRET\n"
)
REFERENCE = """## 1. Overview
### 1.2 Request envelope
```xml
<request><method>m</method></request>
```
### 1.3 Response envelope
```xml
<xml><method>m</method></xml>
```
### 1.4 Failures
```xml
<xml><error>Authentication failed</error></xml>
```
Other status strings: `DELETED`, `ADDED`.
## 2. Methods
### contact-lists.add
Params: `name`. Inline: `<params><name>x</name></params>`
```xml
<params><name>API Added List</name></params>
```
```xml
<method>contact-lists.add</method><total>1</total>…<data><id>180</id></data>
```
### api.version
No params.
## 3. Where sources disagree
"""


def test_a_reference_is_read_into_requests_answers_statuses_and_transports() -> None:
    data = extract(REFERENCE, SEED)
    assert data["statuses"] == ["DELETED", "ADDED"]
    assert data["transports"] == {
        "post_url": "http://burstsms.com/api",
        "form_field": "request",
        "get_url": "http://burstsms.com/api-wrapper/method.name?apikey=API_KEY&apisecret=API_SECRET",
    }
    assert data["methods"] == [
        {
            "method": "contact-lists.add",
            "requests": ["<params><name>API Added List</name></params>", "<params><name>x</name></params>"],
            "responses": ["<method>contact-lists.add</method><total>1</total>…<data><id>180</id></data>"],
        },
        {"method": "api.version", "requests": [], "responses": []},
    ]


@pytest.mark.parametrize(
    ("reference", "seed", "expected"),
    [
        (
            REFERENCE.replace("### contact-lists.add", "Text").replace("### api.version", "Text"),
            SEED,
            "no method sections",
        ),
        (REFERENCE.replace("<params><name>API", "<oops><name>API"), SEED, "neither <params> nor an answer"),
        (REFERENCE, "nothing here", "seed document"),
    ],
)
def test_what_cannot_be_read_is_an_error(reference: str, seed: str, expected: str) -> None:
    with pytest.raises(ExtractionError, match=expected):
        extract(reference, seed)


def test_the_committed_data_has_every_method() -> None:
    data = examples()
    assert len(data["methods"]) == 24 and data["transports"]["form_field"] == "request"
    assert sum(len(m["requests"]) for m in data["methods"]) == 21
    assert "Authentication failed" in data["envelope"]["authentication_failure"]
