# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.redaction import redacted_repr

if TYPE_CHECKING:
    from ..models.success import Success


T = TypeVar("T", bound="SetListCallbackResponse")


@_attrs_define
class SetListCallbackResponse:
    """
    Attributes:
        id (int): The ID of the list's callback subscription.
        secret (str): An opaque value the service returns with the subscription; its use is not documented. It is
            treated as a secret (`format: password`): never logged or shown in a representation.
        error (Success): The `error` block of a successful response.
    """

    id: int
    secret: str = _attrs_field(repr=redacted_repr)
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        secret = self.secret

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "secret": secret,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        secret = d.pop("secret")

        error = Success.from_dict(d.pop("error"))

        _obj = cls(
            id=id,
            secret=secret,
            error=error,
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
