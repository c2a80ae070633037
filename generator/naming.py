"""The naming rule of the generated public API, in one place.

* A tag becomes a resource group: ``client.<tag in snake_case>`` (``SMS`` -> ``sms``, ``Email SMS``
  -> ``email_sms``), of class ``<Tag in PascalCase>Resource``.
* An operation becomes a method named after the API method, i.e. its ``operationId`` (``add-to-list``
  -> ``add_to_list``), so that the vendor's reference and the SDK use the same words. One
  shortening: a method named ``<verb>_<group>`` drops the group it repeats (``sms.send``,
  ``sms.cancel``), except a getter (``get_lists``, ``get_numbers``...), so that a listing never
  reads like the single-item getter beside it (``lists.get_list``).
* A paginated operation also gets ``iter_<operationId without get_>`` (``get_lists`` ->
  ``lists.iter_lists``, ``get_list`` -> ``lists.iter_list``), which yields the items of every page.
* Keyword arguments are the API's parameter names; a Python keyword gets a trailing underscore
  (``from`` -> ``from_``).
"""

from __future__ import annotations

import keyword
import re

#: Keyword arguments every generated method takes in addition to the API's parameters.
RESERVED_ARGUMENTS = frozenset({"self", "timeout", "max_retries"})


def snake(text: str) -> str:
    """``Email SMS`` -> ``email_sms``."""
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def pascal(text: str) -> str:
    """``Email SMS`` -> ``EmailSms``."""
    return "".join(word.capitalize() for word in snake(text).split("_"))


def resource_attribute(tag: str) -> str:
    """The client attribute of a tag's resource group."""
    return snake(tag)


def resource_class(tag: str) -> str:
    """The class of a tag's resource group: ``SmsResource`` (``AsyncSmsResource`` for asyncio)."""
    return f"{pascal(tag)}Resource"


def raw_resource_class(tag: str) -> str:
    """The class of a tag's ``with_raw_response`` view: ``SmsResourceWithRawResponse`` (and ``Async...``)."""
    return f"{resource_class(tag)}WithRawResponse"


def method_name(operation_id: str, tag: str) -> str:
    """The resource method of an operation (see the module docstring)."""
    group = resource_attribute(tag)
    verb, _, rest = operation_id.partition("_")
    if rest == group and verb != "get":
        return verb
    return operation_id


def iterator_name(operation_id: str) -> str:
    """The ``iter_*`` method of a paginated operation."""
    return "iter_" + operation_id.removeprefix("get_")


def argument_name(parameter: str) -> str:
    """The keyword argument of an API parameter."""
    name = re.sub(r"[^0-9a-zA-Z_]+", "_", parameter)
    if not name.isidentifier():
        name = f"field_{name}"
    if keyword.iskeyword(name) or name in RESERVED_ARGUMENTS:
        name += "_"
    return name


def constant_name(operation_id: str) -> str:
    """The ``operations`` module constant of an operation (``SEND_SMS``)."""
    return operation_id.upper()
