from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_message_report_request import GetMessageReportRequest
from ...models.get_message_report_response import GetMessageReportResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetMessageReportRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/get-message-report.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetMessageReportResponse | None:
    if response.status_code == 200:
        response_200 = GetMessageReportResponse.from_dict(response.json())

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
) -> Response[Error | GetMessageReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetMessageReportRequest | Unset = UNSET,
) -> Response[Error | GetMessageReportResponse]:
    """Get a report of the messages sent in a time frame

     Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last
    24 hours without both), with their counters, optionally filtered by kind and sender number. With
    `list_id`, rows of single-recipient messages carry the contact's data from that list.

    Args:
        body (GetMessageReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMessageReportResponse]
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
    body: GetMessageReportRequest | Unset = UNSET,
) -> Error | GetMessageReportResponse | None:
    """Get a report of the messages sent in a time frame

     Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last
    24 hours without both), with their counters, optionally filtered by kind and sender number. With
    `list_id`, rows of single-recipient messages carry the contact's data from that list.

    Args:
        body (GetMessageReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMessageReportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetMessageReportRequest | Unset = UNSET,
) -> Response[Error | GetMessageReportResponse]:
    """Get a report of the messages sent in a time frame

     Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last
    24 hours without both), with their counters, optionally filtered by kind and sender number. With
    `list_id`, rows of single-recipient messages carry the contact's data from that list.

    Args:
        body (GetMessageReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMessageReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetMessageReportRequest | Unset = UNSET,
) -> Error | GetMessageReportResponse | None:
    """Get a report of the messages sent in a time frame

     Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last
    24 hours without both), with their counters, optionally filtered by kind and sender number. With
    `list_id`, rows of single-recipient messages carry the contact's data from that list.

    Args:
        body (GetMessageReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMessageReportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
