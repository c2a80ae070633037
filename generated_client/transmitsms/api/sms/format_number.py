from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.format_number_request import FormatNumberRequest
from ...models.format_number_response import FormatNumberResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FormatNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/format-number.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FormatNumberResponse | None:
    if response.status_code == 200:
        response_200 = FormatNumberResponse.from_dict(response.json())

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
) -> Response[Error | FormatNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FormatNumberRequest,
) -> Response[Error | FormatNumberResponse]:
    """Format a number for SMS delivery

     Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164
    international format for the given country, and says whether it is a valid mobile or landline
    number. For example `0438 333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the
    USA `12818691226`.

    Args:
        body (FormatNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FormatNumberResponse]
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
    body: FormatNumberRequest,
) -> Error | FormatNumberResponse | None:
    """Format a number for SMS delivery

     Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164
    international format for the given country, and says whether it is a valid mobile or landline
    number. For example `0438 333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the
    USA `12818691226`.

    Args:
        body (FormatNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FormatNumberResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FormatNumberRequest,
) -> Response[Error | FormatNumberResponse]:
    """Format a number for SMS delivery

     Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164
    international format for the given country, and says whether it is a valid mobile or landline
    number. For example `0438 333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the
    USA `12818691226`.

    Args:
        body (FormatNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FormatNumberResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FormatNumberRequest,
) -> Error | FormatNumberResponse | None:
    """Format a number for SMS delivery

     Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164
    international format for the given country, and says whether it is a valid mobile or landline
    number. For example `0438 333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the
    USA `12818691226`.

    Args:
        body (FormatNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FormatNumberResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
