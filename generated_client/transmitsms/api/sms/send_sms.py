from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send-sms.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(response.json())

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
) -> Response[Error | SendSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SendSmsRequest,
) -> Response[Error | SendSmsResponse]:
    """Send an SMS to numbers or to a list

     Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
    (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
    the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
    suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

    The message is charged per part and per recipient (see *Messages* in the introduction): a
    180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
    cost, the call fails with `LEDGER_ERROR` and nothing is sent.

    Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
    of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
    `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
    (at most one per message), and `[unsub-reply-link]` by an opt-out link.

    A message with `send_at` in the future is held until then and can be cancelled with
    cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
    notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

    Args:
        body (SendSmsRequest): Exactly one of `to` or `list_id` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResponse]
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
    body: SendSmsRequest,
) -> Error | SendSmsResponse | None:
    """Send an SMS to numbers or to a list

     Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
    (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
    the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
    suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

    The message is charged per part and per recipient (see *Messages* in the introduction): a
    180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
    cost, the call fails with `LEDGER_ERROR` and nothing is sent.

    Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
    of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
    `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
    (at most one per message), and `[unsub-reply-link]` by an opt-out link.

    A message with `send_at` in the future is held until then and can be cancelled with
    cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
    notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

    Args:
        body (SendSmsRequest): Exactly one of `to` or `list_id` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendSmsRequest,
) -> Response[Error | SendSmsResponse]:
    """Send an SMS to numbers or to a list

     Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
    (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
    the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
    suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

    The message is charged per part and per recipient (see *Messages* in the introduction): a
    180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
    cost, the call fails with `LEDGER_ERROR` and nothing is sent.

    Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
    of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
    `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
    (at most one per message), and `[unsub-reply-link]` by an opt-out link.

    A message with `send_at` in the future is held until then and can be cancelled with
    cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
    notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

    Args:
        body (SendSmsRequest): Exactly one of `to` or `list_id` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendSmsRequest,
) -> Error | SendSmsResponse | None:
    """Send an SMS to numbers or to a list

     Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
    (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
    the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
    suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

    The message is charged per part and per recipient (see *Messages* in the introduction): a
    180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
    cost, the call fails with `LEDGER_ERROR` and nothing is sent.

    Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
    of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
    `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
    (at most one per message), and `[unsub-reply-link]` by an opt-out link.

    A message with `send_at` in the future is held until then and can be cancelled with
    cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
    notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

    Args:
        body (SendSmsRequest): Exactly one of `to` or `list_id` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
