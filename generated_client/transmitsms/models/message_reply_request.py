# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="MessageReplyRequest")


@_attrs_define
class MessageReplyRequest:
    """
    Attributes:
        message (str): SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
            characters and each part of a longer message 153; with any other character 70 and 67. GSM extension characters
            (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two parts.
        from_ (str): The handset that wrote to the account, which receives the reply.
        to (str): The virtual number the message came in on, or the ID of the message it replied to.
    """

    message: str
    from_: str
    to: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            message = d.pop("message")
        except PARSE_ERRORS:
            d.pop("message", None)
            message = src_dict.get("message", UNSET)

        try:
            from_ = d.pop("from")
        except PARSE_ERRORS:
            d.pop("from", None)
            from_ = src_dict.get("from", UNSET)

        try:
            to = d.pop("to")
        except PARSE_ERRORS:
            d.pop("to", None)
            to = src_dict.get("to", UNSET)

        _obj = cls(
            message=message,
            from_=from_,
            to=to,
        )

        return _obj
