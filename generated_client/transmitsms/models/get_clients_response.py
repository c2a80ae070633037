# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.page_info import PageInfo
    from ..models.success import Success


T = TypeVar("T", bound="GetClientsResponse")


@_attrs_define
class GetClientsResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        clients_total (int):
        error (Success): The `error` block of a successful response.
        clients (list[Client] | Unset): One page of clients; absent when there are none.
    """

    page: PageInfo
    clients_total: int
    error: Success
    clients: list[Client] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        clients_total = self.clients_total

        error = self.error.to_dict()

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "clients_total": clients_total,
                "error": error,
            }
        )
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            clients_total = d.pop("clients_total")
        except PARSE_ERRORS:
            d.pop("clients_total", None)
            clients_total = src_dict.get("clients_total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _clients = d.pop("clients", UNSET)
            clients: list[Client] | Unset = UNSET
            if _clients is not UNSET:
                clients = []
                for clients_item_data in _clients:
                    clients_item = Client.from_dict(clients_item_data)

                    clients.append(clients_item)

        except PARSE_ERRORS:
            d.pop("clients", None)
            clients = src_dict.get("clients", UNSET)

        _obj = cls(
            page=page,
            clients_total=clients_total,
            error=error,
            clients=clients,
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
