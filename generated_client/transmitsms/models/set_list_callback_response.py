# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from .._runtime.redaction import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.success import Success


T = TypeVar("T", bound="SetListCallbackResponse")


@_attrs_define
class SetListCallbackResponse:
    """
    Attributes:
        id (int): The ID of the list's callback subscription.
        error (Success): The `error` block of a successful response.
        secret (None | str | Unset): An opaque value the service returns with the subscription; its use is not
            documented. It is treated as a secret (`format: password`): never logged or shown in a representation. May be
            absent or null.
    """

    id: int
    error: Success
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        error = self.error.to_dict()

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "error": error,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            id = d.pop("id")
        except PARSE_ERRORS:
            d.pop("id", None)
            id = src_dict.get("id", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:

            def _parse_secret(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            secret = _parse_secret(d.pop("secret", UNSET))

        except PARSE_ERRORS:
            d.pop("secret", None)
            secret = src_dict.get("secret", UNSET)

        _obj = cls(
            id=id,
            error=error,
            secret=secret,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
