"""Our templates, each rendered alone with a small context (as openapi-python-client tests its own)."""

from __future__ import annotations

import textwrap
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest

from generator.callback_context import CallbackFieldInfo, CallbackInfo, EnumInfo
from generator.context import (
    Argument,
    ModelRef,
    OperationInfo,
    PaginationInfo,
    Raises,
    ResourceInfo,
)
from generator.generate import TEMPLATES
from generator.project import doc_item, doc_text, sentence


def environment(**globals_: Any) -> jinja2.Environment:
    # The options of openapi-python-client's own environment, and our filters.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.loopcontrols"],
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(plain=str, pyrepr=repr, doc=doc_text, doc_item=doc_item, sentence=sentence)
    env.globals.update(globals_)
    return env


def run(code: str) -> dict[str, Any]:
    """Execute rendered module code, its relative imports of the runtime made absolute."""
    code = code.replace("from ._runtime.", "from transmitsms._runtime.")
    namespace: dict[str, Any] = {"__name__": "rendered"}
    exec(compile(code, "<rendered>", "exec"), namespace)
    return namespace


def operation(**changes: Any) -> OperationInfo:
    values: dict[str, Any] = {
        "operation_id": "get_things",
        "constant": "GET_THINGS",
        "method": "get_things",
        "http_method": "POST",
        "path": "/get-things.json",
        "summary": "Get the things",
        "description": "Returns one page of things.",
        "safe_to_retry": True,
        "error_codes": ("FIELD_INVALID",),
        "raises": (Raises("ValidationError", "``FIELD_INVALID``"),),
        "request": ModelRef("get_things_request", "GetThingsRequest"),
        "response": ModelRef("get_things_response", "GetThingsResponse"),
        "response_description": "One page.",
        "arguments": (
            Argument(
                "to",
                "to",
                "to",
                "str | Sequence[str | int]",
                None,
                "Numbers.",
                "join_comma_separated(to)",
                comma_separated=True,
            ),
            Argument("page", "page", "page", "int | Unset", "1", "The page.", "page"),
            Argument("max", "max", "max_", "int | Unset", "10", "The size.", "max"),
        ),
        "pagination": PaginationInfo(
            "things", "things_total", "iter_things", "things", False, ModelRef("thing", "Thing")
        ),
    }
    values.update(changes)
    return OperationInfo(**values)


def test_operations_module() -> None:
    resources = [ResourceInfo("Things", "things", "ThingsResource", "things", "Things.", (operation(),))]
    rendered = (
        environment(
            resources=resources,
            known_error_codes=("FIELD_INVALID", "NEW"),
            success_schemas={"get_things": "GetThingsResponse"},
        )
        .get_template("operations.py.jinja")
        .render()
    )
    assert 'GET_THINGS: Final = Operation(\n    name="get_things",' not in rendered  # repr quotes, unformatted
    namespace = run(rendered)
    op = namespace["GET_THINGS"]
    assert (op.name, op.method, op.path, op.safe_to_retry, op.error_codes) == (
        "get_things",
        "POST",
        "/get-things.json",
        True,
        ("FIELD_INVALID",),
    )
    assert (op.pagination.items, op.pagination.total) == ("things", "things_total")
    assert op.response_schema == "GetThingsResponse" and callable(op.schemas)
    assert namespace["OPERATIONS"] == {"get_things": op}
    assert namespace["KNOWN_ERROR_CODES"] == frozenset({"FIELD_INVALID", "NEW"})


def test_response_schemas_module() -> None:
    schemas = {"Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}}
    rendered = environment(response_schemas=schemas).get_template("response_schemas.py.jinja").render()
    assert run(rendered)["SCHEMAS"] == schemas


def test_open_enum_template() -> None:
    enum = SimpleNamespace(class_info=SimpleNamespace(name="Colour"), values={"RED": "red", "DARK_BLUE": "dark-blue"})
    rendered = environment().get_template("str_enum.py.jinja").render(enum=enum)
    assert rendered.startswith("from .._runtime.enums import OpenStrEnum\n")
    body = rendered.split("\n", 1)[1]
    assert textwrap.dedent(body).strip() == ('class Colour(OpenStrEnum):\n    DARK_BLUE = "dark-blue"\n    RED = "red"')


def test_resource_template_renders_methods_iterators_and_raw_views() -> None:
    resource = ResourceInfo("Things", "things", "ThingsResource", "things", "Things of the account.", (operation(),))
    rendered = environment().get_template("resource.py.jinja").render(resource=resource)
    compile(rendered, "<resource>", "exec")
    for expected in (
        "class ThingsResource(SyncResource):",
        "class ThingsResourceWithRawResponse(SyncResource):",
        "class AsyncThingsResource(AsyncResource):",
        "class AsyncThingsResourceWithRawResponse(AsyncResource):",
        "    def get_things(\n",
        "    async def get_things(\n",
        ") -> RawResponse[GetThingsResponse]:",
        "    def iter_things(\n",
        ") -> SyncPager[GetThingsResponse, Thing]:",
        ") -> AsyncPager[GetThingsResponse, Thing]:",
        "                to=join_comma_separated(to),\n",
        "                max_=max,\n",
        "        max: int = DEFAULT_PAGE_SIZE,\n",
        "lambda answer: [] if isinstance(answer.things, Unset) else answer.things,",
        "            ValidationError: ``FIELD_INVALID``\n",
        '        """Get the things.\n',
    ):
        assert expected in rendered, expected
    assert rendered.count("def iter_things(") == 2  # the raw views have no iterators
    assert "from .._runtime.forms import join_comma_separated" in rendered


def test_a_required_items_array_is_read_directly() -> None:
    pagination = PaginationInfo("things", "total", "iter_things", "things", True, ModelRef("thing", "Thing"))
    resource = ResourceInfo("T", "t", "TResource", "t", "T.", (operation(pagination=pagination),))
    rendered = environment().get_template("resource.py.jinja").render(resource=resource)
    assert "lambda answer: answer.things," in rendered


def test_callbacks_template_renders_working_parsers() -> None:
    payload = CallbackInfo(
        event="ping",
        schema="PingCallback",
        class_name="PingCallback",
        function="parse_ping",
        summary="A ping",
        description="The parameters of a ping.",
        details="Sent now and then.",
        fields=(
            CallbackFieldInfo("id", "id", "INTEGER", True, "int", "The ID.", None),
            CallbackFieldInfo(
                "mood", "mood", "ENUM", False, "PingCallbackMood | None", "How it feels.",
                EnumInfo("PingCallbackMood", (("HAPPY", "happy"),), "How it feels."),
            ),
        ),
        event_key=("id",),
    )  # fmt: skip
    namespace = run(environment(callbacks=[payload]).get_template("callbacks.py.jinja").render())
    ping = namespace["parse_ping"]("https://example.com/ping?id=5&mood=grumpy&mine=1")
    assert (ping.id, ping.mood, ping.extra) == (5, "grumpy", {"mine": "1"})
    assert namespace["parse_callback"]("id=6").id == 6
    assert namespace["PingCallback"].__doc__.startswith("A ping.")
    assert namespace["EVENT_KEYS"] == {"ping": ("id",)}
    key = namespace["dedupe_key"]
    assert key(ping) == key(namespace["parse_ping"]("id=5&mood=happy")) != key(namespace["parse_ping"]("id=6"))
    assert key(ping).startswith("ping:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [('say """hi"""', 'say \\"\\"\\"hi\\"\\"\\"'), ("a\\b", "a\\\\b"), ("short\n\nparagraphs", "short\n\nparagraphs")],
)
def test_doc_text_escapes(text: str, expected: str) -> None:
    assert doc_text(text, 100) == expected


def test_doc_text_rewraps_long_lines_and_indents_bullets() -> None:
    lines = doc_text("word " * 30 + "\n* " + "item " * 25, 100).splitlines()
    assert all(len(line) <= 100 for line in lines)
    assert " ".join(lines).split() == ("word " * 30 + "* " + "item " * 25).split()
    bullet = lines.index(next(line for line in lines if line.startswith("* ")))
    assert lines[bullet + 1].startswith("  item")


def test_doc_text_keeps_long_urls_whole() -> None:
    url = "https://example.com/" + "a" * 150
    assert url in doc_text("Example: " + url, 100).splitlines()


def test_doc_item_and_sentence() -> None:
    assert doc_item("name: " + "x " * 60, 40).splitlines()[1].startswith("    x")
    assert sentence("Send an SMS") == "Send an SMS." and sentence("Done!") == "Done!"
