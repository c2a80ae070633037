from __future__ import annotations

import pytest

from tools.extract_reference_examples import ExtractionError, extract, request_of

REFERENCE = """\
##### API Key related error response

```
{"error": {"code": "AUTH_FAILED", "description": "The auth data you have provided is invalid."}}
```

### Cancel SMS — `POST https://api.transmitsms.com/cancel-sms.json`

**Example 2** — request `POST https://api.transmitsms.com/cancel-sms.xml`

| param | value |
|---|---|
| id | `339815008` |

Response HTTP 200:

```xml
<?xml version="1.0"?>
<response><success>OK</success></response>
```

**Example 1** — request `GET https://api.transmitsms.com/cancel-sms.json?id=1, two`

Response HTTP 200:

```json
{"success": "OK"}
```
"""


def test_every_example_is_extracted_in_order_with_its_request() -> None:
    examples = extract(REFERENCE)
    assert [(e["method"], e["format"], e["status"]) for e in examples] == [
        (None, "json", 401),
        ("cancel-sms", "xml", 200),
        ("cancel-sms", "json", 200),
    ]
    xml = examples[1]
    assert xml["section"] == "Cancel SMS"
    assert xml["example"] == "Example 2"
    assert xml["params"] == [["id", "339815008"]]
    assert xml["body"].startswith('<?xml version="1.0"?>')
    assert examples[2]["url"] == "https://api.transmitsms.com/cancel-sms.json?id=1, two"


def test_a_body_in_the_wrong_language_is_an_error() -> None:
    broken = REFERENCE.replace("```xml", "```json")
    with pytest.raises(ExtractionError, match=r"a json body for a .xml request"):
        extract(broken)


def test_an_example_without_response_is_an_error() -> None:
    broken = REFERENCE.replace("Response HTTP 200:\n\n```xml", "```xml", 1)
    with pytest.raises(ExtractionError, match=r"has no response"):
        extract(broken)


def test_the_request_splits_the_listed_parameters_into_query_and_body() -> None:
    url = "https://api.transmitsms.com/delete-from-list.json?List_id=42&msisdn=61478038915"
    params = [
        ["list_id", "42"],
        ["msisdn", "478038915"],
        ["countrycode", "AU"],
        ["List_id", "42"],
        ["msisdn", "61478038915"],
    ]
    assert request_of(url, params) == {
        "path": "/delete-from-list.json",
        "query": [["List_id", "42"], ["msisdn", "61478038915"]],
        "body": [["list_id", "42"], ["msisdn", "478038915"], ["countrycode", "AU"]],
        "disabled": [],
    }


def test_unencoded_urls_and_disabled_parameters() -> None:
    url = (
        "https://api.transmitsms.com/send-sms.json?message=Hi {name}, hello&reply_callback=https://x.io/r.php?a=b&to=1"
    )
    params = [["message", "Hi {name}, hello"], ["reply_callback", "https://x.io/r.php?a=b"], ["to", "1"]]
    params.append(["type (disabled)", "keyword"])
    request = request_of(url, params)
    assert request["query"] == params[:3]
    assert request["body"] == [] and request["disabled"] == [["type (disabled)", "keyword"]]
