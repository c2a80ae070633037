from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_user_sms_responses_request import GetUserSmsResponsesRequest
from ...models.reply_page import ReplyPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetUserSmsResponsesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/get-user-sms-responses.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReplyPage | None:
    if response.status_code == 200:
        response_200 = ReplyPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ReplyPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetUserSmsResponsesRequest | Unset = UNSET,
) -> Response[Error | ReplyPage]:
    """Get all replies received in a time frame

     Returns every reply and inbound message the account received between `start` and `end` (the last 30
    days when both are omitted), newest first.

    Args:
        body (GetUserSmsResponsesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReplyPage]
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
    body: GetUserSmsResponsesRequest | Unset = UNSET,
) -> Error | ReplyPage | None:
    """Get all replies received in a time frame

     Returns every reply and inbound message the account received between `start` and `end` (the last 30
    days when both are omitted), newest first.

    Args:
        body (GetUserSmsResponsesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReplyPage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetUserSmsResponsesRequest | Unset = UNSET,
) -> Response[Error | ReplyPage]:
    """Get all replies received in a time frame

     Returns every reply and inbound message the account received between `start` and `end` (the last 30
    days when both are omitted), newest first.

    Args:
        body (GetUserSmsResponsesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReplyPage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetUserSmsResponsesRequest | Unset = UNSET,
) -> Error | ReplyPage | None:
    """Get all replies received in a time frame

     Returns every reply and inbound message the account received between `start` and `end` (the last 30
    days when both are omitted), newest first.

    Args:
        body (GetUserSmsResponsesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReplyPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
