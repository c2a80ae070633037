from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_list_request import AddListRequest
from ...models.add_list_response import AddListResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AddListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/add-list.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddListResponse | Error | None:
    if response.status_code == 200:
        response_200 = AddListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddListResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddListRequest,
) -> Response[AddListResponse | Error]:
    """Create a list

     Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom
    fields can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are
    compared in any case: `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

    Args:
        body (AddListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddListResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AddListRequest,
) -> AddListResponse | Error | None:
    """Create a list

     Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom
    fields can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are
    compared in any case: `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

    Args:
        body (AddListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddListResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddListRequest,
) -> Response[AddListResponse | Error]:
    """Create a list

     Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom
    fields can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are
    compared in any case: `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

    Args:
        body (AddListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddListResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddListRequest,
) -> AddListResponse | Error | None:
    """Create a list

     Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom
    fields can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are
    compared in any case: `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

    Args:
        body (AddListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
