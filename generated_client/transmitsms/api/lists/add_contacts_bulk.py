from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contacts_bulk_request import AddContactsBulkRequest
from ...models.add_contacts_bulk_response import AddContactsBulkResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AddContactsBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/add-contacts-bulk.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddContactsBulkResponse | Error | None:
    if response.status_code == 200:
        response_200 = AddContactsBulkResponse.from_dict(response.json())

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
) -> Response[AddContactsBulkResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddContactsBulkRequest,
) -> Response[AddContactsBulkResponse | Error]:
    """Import contacts from a CSV file

     Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
    list created with `name`: exactly one of the two. Contacts already on the list are updated.
    The file is fetched and imported in the background: a 200 answer means only that the
    import started; follow it with add-contacts-bulk-progress.

    The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
    fields, in that order, and only `Mobile` is required. A column whose header matches the name
    of a custom field (`field_n` names them) fills that field. The URL must point at the file
    itself (no redirects) over HTTP or HTTPS; basic auth in the URL
    (`https://user:password@host/file.csv`) is allowed.

    Args:
        body (AddContactsBulkRequest): Exactly one of `list_id` or `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsBulkResponse | Error]
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
    body: AddContactsBulkRequest,
) -> AddContactsBulkResponse | Error | None:
    """Import contacts from a CSV file

     Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
    list created with `name`: exactly one of the two. Contacts already on the list are updated.
    The file is fetched and imported in the background: a 200 answer means only that the
    import started; follow it with add-contacts-bulk-progress.

    The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
    fields, in that order, and only `Mobile` is required. A column whose header matches the name
    of a custom field (`field_n` names them) fills that field. The URL must point at the file
    itself (no redirects) over HTTP or HTTPS; basic auth in the URL
    (`https://user:password@host/file.csv`) is allowed.

    Args:
        body (AddContactsBulkRequest): Exactly one of `list_id` or `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsBulkResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddContactsBulkRequest,
) -> Response[AddContactsBulkResponse | Error]:
    """Import contacts from a CSV file

     Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
    list created with `name`: exactly one of the two. Contacts already on the list are updated.
    The file is fetched and imported in the background: a 200 answer means only that the
    import started; follow it with add-contacts-bulk-progress.

    The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
    fields, in that order, and only `Mobile` is required. A column whose header matches the name
    of a custom field (`field_n` names them) fills that field. The URL must point at the file
    itself (no redirects) over HTTP or HTTPS; basic auth in the URL
    (`https://user:password@host/file.csv`) is allowed.

    Args:
        body (AddContactsBulkRequest): Exactly one of `list_id` or `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsBulkResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddContactsBulkRequest,
) -> AddContactsBulkResponse | Error | None:
    """Import contacts from a CSV file

     Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
    list created with `name`: exactly one of the two. Contacts already on the list are updated.
    The file is fetched and imported in the background: a 200 answer means only that the
    import started; follow it with add-contacts-bulk-progress.

    The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
    fields, in that order, and only `Mobile` is required. A column whose header matches the name
    of a custom field (`field_n` names them) fills that field. The URL must point at the file
    itself (no redirects) over HTTP or HTTPS; basic auth in the URL
    (`https://user:password@host/file.csv`) is allowed.

    Args:
        body (AddContactsBulkRequest): Exactly one of `list_id` or `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsBulkResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
