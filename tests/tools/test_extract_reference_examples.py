from __future__ import annotations

import pytest

from tools.extract_reference_examples import ExtractionError, extract

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
