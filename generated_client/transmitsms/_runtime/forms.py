"""Values of form fields as the API takes them."""

from __future__ import annotations

from collections.abc import Iterable


def join_comma_separated(value: str | Iterable[str | int]) -> str:
    """One comma-separated string from a string (returned as is) or an iterable of values.

    The API takes lists (recipients, forwarding numbers, email addresses) as one comma-separated
    field; the generated methods accept a Python list too.

        >>> join_comma_separated(["61491570156", 61491570157])
        '61491570156,61491570157'
    """
    if isinstance(value, str):
        return value
    parts = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise TypeError(f"expected a string or an integer in the list, got {type(item).__name__}")
        text = str(item).strip()
        if "," in text:
            raise ValueError(f"a list item cannot contain a comma: {text!r}")
        parts.append(text)
    return ",".join(parts)
