"""openapi-python-client's ``Project``, extended to render our own templates and expose the spec to them.

Upstream renders a fixed list of templates and gives them only its own parse of the document.
``SdkProject`` adds, as template globals, the data of ``generator.context`` (resources, callbacks,
secret fields, known error codes) and a few filters. Of upstream's files it keeps the package
``__init__``, ``types.py`` and ``models/``; instead of upstream's low-level surface (``api/``,
``client.py``, ``errors.py``), which the high-level resources do not use, it renders ours:
``operations.py``, ``response_schemas.py``, ``sdk.py``, ``async_sdk.py``, ``callbacks.py``,
``resources/`` and ``py.typed`` (which ``--meta none`` omits). One surface, so no generated code is dead.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData

from generator.callback_context import callback_payloads
from generator.context import build_resources as _build_resources
from generator.context import plain, secret_fields
from generator.response_schemas import response_schemas, success_schema

Document = dict[str, Any]

#: What ``import transmitsms`` offers, by module (imported on first use).
PACKAGE_EXPORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (".sdk", ("TransmitSMS",)),
    (".async_sdk", ("AsyncTransmitSMS",)),
    (
        "._runtime.exceptions",
        (
            "APIConnectionError",
            "APIError",
            "APITimeoutError",
            "AccessDeniedError",
            "AuthenticationError",
            "ConfigurationError",
            "ConflictError",
            "InsufficientFundsError",
            "MalformedCallbackError",
            "MalformedResponseError",
            "NotFoundError",
            "RateLimitError",
            "ServerError",
            "TransmitSMSError",
            "UnknownAPIError",
            "ValidationError",
        ),
    ),
    # send_bulk's results and errors, which callers catch and read.
    ("._runtime.bulk", ("BulkProgress", "BulkSummary", "ChunkReport")),
    ("._runtime.journal", ("JournalBusyError", "JournalError")),
    ("._runtime.recipients", ("BulkInputError",)),
    ("._runtime.constants", ("DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_RATE_LIMIT", "DEFAULT_TIMEOUT")),
    ("._runtime.enums", ("OpenStrEnum",)),
    ("._runtime.options", ("NOT_GIVEN", "NotGiven")),
    ("._runtime.pagination", ("AsyncPager", "SyncPager")),
    ("._runtime.rate_limit", ("RateLimiter",)),
    ("._runtime.response", ("RawResponse",)),
    (".types", ("UNSET", "Unset")),
)


def doc_text(text: Any, width: int = 100) -> str:
    """Text for a docstring: escaped, each line longer than ``width`` re-wrapped, no trailing space."""
    value = plain(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines: list[str] = []
    for line in value.strip().splitlines():
        if len(line) <= width:
            lines.append(line.rstrip())
            continue
        indent = line[: len(line) - len(line.lstrip())]
        bullet = indent + ("  " if line.lstrip().startswith(("* ", "- ")) else "")
        lines.extend(
            textwrap.wrap(line, width, subsequent_indent=bullet, break_on_hyphens=False, break_long_words=False)
        )
    return "\n".join(lines)


def doc_item(text: Any, width: int = 100) -> str:
    """A ``name: description`` docstring item, continuation lines indented by 4."""
    value = " ".join(doc_text(text, 10_000).split())
    return "\n".join(
        textwrap.wrap(value, width, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False)
    )


def sentence(text: Any) -> str:
    """The text ending with a full stop."""
    value = plain(text).strip()
    return value if value.endswith((".", "!", "?")) else value + "."


class SdkProject(Project):
    """A ``Project`` that also renders our templates (see the module docstring).

    Args:
        doc: The preprocessed document (the one ``openapi`` was parsed from).
        original: The bundled document as published (for the callbacks, which preprocessing removes).
    """

    #: Our templates rendered once, and the file each one becomes under the package.
    EXTRA_TEMPLATES: Sequence[tuple[str, str]] = (
        ("operations.py.jinja", "operations.py"),
        ("response_schemas.py.jinja", "response_schemas.py"),
        ("callbacks.py.jinja", "callbacks.py"),
        ("resources_init.py.jinja", "resources/__init__.py"),
    )

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        custom_template_path: Path,
        doc: Document,
        original: Document,
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=custom_template_path)
        self.resources = _build_resources(doc, openapi)
        secrets = secret_fields(doc)
        known_codes = doc["components"]["schemas"]["ErrorCode"].get("x-known-values", [])
        self.env.filters.update(plain=plain, pyrepr=repr, doc=doc_text, doc_item=doc_item, sentence=sentence)
        self.env.globals.update(
            resources=self.resources,
            callbacks=callback_payloads(original),
            known_error_codes=tuple(known_codes),
            package_exports=PACKAGE_EXPORTS,
            # The success schemas as the client's strict mode checks them, from the spec as published.
            response_schemas=response_schemas(original),
            success_schemas={
                item["post"]["operationId"]: success_schema(item["post"]) for item in original["paths"].values()
            },
            # A model's name is its reference path (/components/schemas/Client).
            secret_fields=lambda model: secrets.get(plain(model.name).rsplit("/", 1)[-1], frozenset()),
        )

    def _render(self, template: str, relative: str, **context: Any) -> None:
        path = self.package_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.env.get_template(template).render(**context), encoding=self.config.file_encoding)

    def _build_api(self) -> None:
        # Upstream's _build_api writes the low-level surface; nothing of it is called by ours.
        for template, relative in self.EXTRA_TEMPLATES:
            self._render(template, relative)
        self._render("sdk.py.jinja", "sdk.py", async_=False)
        self._render("sdk.py.jinja", "async_sdk.py", async_=True)
        for resource in self.resources:
            self._render("resource.py.jinja", f"resources/{resource.module}.py", resource=resource)
        (self.package_dir / "py.typed").write_text("", encoding=self.config.file_encoding)
