# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Every API method with the spec's facts about it: path and retry safety (which the runtime acts on),
the success schema strict mode checks answers against, documented error codes, pagination and its
place on the client (for introspection)."""

from collections.abc import Mapping
from typing import Any, Final

from ._runtime.operation import Operation, Pagination


def _response_schemas() -> Mapping[str, Mapping[str, Any]]:
    # Imported on first use: only a client in strict mode needs the schemas.
    from .response_schemas import SCHEMAS

    return SCHEMAS


# SMS
SEND_SMS: Final = Operation(
    name="send_sms",
    method="POST",
    path="/send-sms.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "BAD_CALLER_ID",
        "LEDGER_ERROR",
        "LIST_EMPTY",
        "RECIPIENTS_ERROR",
        "NOT_FOUND",
    ),
    response_schema="SendSmsResponse",
    schemas=_response_schemas,
    group="sms",
    sdk_method="send",
)
CANCEL_SMS: Final = Operation(
    name="cancel_sms",
    method="POST",
    path="/cancel-sms.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "ALREADY_SENT",
    ),
    response_schema="CancelSmsResponse",
    schemas=_response_schemas,
    group="sms",
    sdk_method="cancel",
)
FORMAT_NUMBER: Final = Operation(
    name="format_number",
    method="POST",
    path="/format-number.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
    ),
    response_schema="FormatNumberResponse",
    schemas=_response_schemas,
    group="sms",
    sdk_method="format_number",
)
GET_SMS_RESPONSES: Final = Operation(
    name="get_sms_responses",
    method="POST",
    path="/get-sms-responses.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NO_ACCESS",
        "NOT_FOUND",
    ),
    response_schema="ReplyPage",
    schemas=_response_schemas,
    pagination=Pagination(
        items="responses",
        total="total",
        iterator="iter_sms_responses",
    ),
    group="sms",
    sdk_method="get_sms_responses",
)
GET_USER_SMS_RESPONSES: Final = Operation(
    name="get_user_sms_responses",
    method="POST",
    path="/get-user-sms-responses.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="ReplyPage",
    schemas=_response_schemas,
    pagination=Pagination(
        items="responses",
        total="total",
        iterator="iter_user_sms_responses",
    ),
    group="sms",
    sdk_method="get_user_sms_responses",
)
MESSAGE_REPLY: Final = Operation(
    name="message_reply",
    method="POST",
    path="/message-reply.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "LEDGER_ERROR",
    ),
    response_schema="MessageReplyResponse",
    schemas=_response_schemas,
    group="sms",
    sdk_method="message_reply",
)
GET_LINK_HITS: Final = Operation(
    name="get_link_hits",
    method="POST",
    path="/get-link-hits.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetLinkHitsResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="hits",
        total="total",
        iterator="iter_link_hits",
    ),
    group="sms",
    sdk_method="get_link_hits",
)

# Reporting
GET_SMS: Final = Operation(
    name="get_sms",
    method="POST",
    path="/get-sms.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetSmsResponse",
    schemas=_response_schemas,
    group="reporting",
    sdk_method="get_sms",
)
GET_SMS_DELIVERY_STATUS: Final = Operation(
    name="get_sms_delivery_status",
    method="POST",
    path="/get-sms-delivery-status.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetSmsDeliveryStatusResponse",
    schemas=_response_schemas,
    group="reporting",
    sdk_method="get_sms_delivery_status",
)
GET_SMS_SENT_COUNT: Final = Operation(
    name="get_sms_sent_count",
    method="POST",
    path="/get-sms-sent-count.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="GetSmsSentCountResponse",
    schemas=_response_schemas,
    group="reporting",
    sdk_method="get_sms_sent_count",
)
GET_USER_SMS_SENT: Final = Operation(
    name="get_user_sms_sent",
    method="POST",
    path="/get-user-sms-sent.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
    ),
    response_schema="GetUserSmsSentResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="messages",
        total="total",
        iterator="iter_user_sms_sent",
    ),
    group="reporting",
    sdk_method="get_user_sms_sent",
)
GET_CONTACT_SMS_STATS: Final = Operation(
    name="get_contact_sms_stats",
    method="POST",
    path="/get-contact-sms-stats.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
    ),
    response_schema="GetContactSmsStatsResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="records",
        total="total",
        iterator="iter_contact_sms_stats",
    ),
    group="reporting",
    sdk_method="get_contact_sms_stats",
)
GET_SMS_STATS: Final = Operation(
    name="get_sms_stats",
    method="POST",
    path="/get-sms-stats.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetSmsStatsResponse",
    schemas=_response_schemas,
    group="reporting",
    sdk_method="get_sms_stats",
)
GET_SMS_SENT: Final = Operation(
    name="get_sms_sent",
    method="POST",
    path="/get-sms-sent.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetSmsSentResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="recipients",
        total="total",
        iterator="iter_sms_sent",
    ),
    group="reporting",
    sdk_method="get_sms_sent",
)
GET_MESSAGE_REPORT: Final = Operation(
    name="get_message_report",
    method="POST",
    path="/get-message-report.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="GetMessageReportResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="messages",
        total="messages_total",
        iterator="iter_message_report",
    ),
    group="reporting",
    sdk_method="get_message_report",
)
GET_MESSAGE_LOG: Final = Operation(
    name="get_message_log",
    method="POST",
    path="/get-message-log.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetMessageLogResponse",
    schemas=_response_schemas,
    group="reporting",
    sdk_method="get_message_log",
)

# Lists
GET_LIST: Final = Operation(
    name="get_list",
    method="POST",
    path="/get-list.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="GetListResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="members",
        total="members_total",
        iterator="iter_list",
    ),
    group="lists",
    sdk_method="get_list",
)
GET_LISTS: Final = Operation(
    name="get_lists",
    method="POST",
    path="/get-lists.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="GetListsResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="lists",
        total="lists_total",
        iterator="iter_lists",
    ),
    group="lists",
    sdk_method="get_lists",
)
GET_CONTACT: Final = Operation(
    name="get_contact",
    method="POST",
    path="/get-contact.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="ContactResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="get_contact",
)
ADD_LIST: Final = Operation(
    name="add_list",
    method="POST",
    path="/add-list.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "KEY_EXISTS",
        "MISSING_PARAM",
    ),
    response_schema="AddListResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="add_list",
)
ADD_FIELD_TO_LIST: Final = Operation(
    name="add_field_to_list",
    method="POST",
    path="/add-field-to-list.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "MISSING_PARAM",
        "NOT_FOUND",
    ),
    response_schema="AddFieldToListResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="add_field_to_list",
)
REMOVE_LIST: Final = Operation(
    name="remove_list",
    method="POST",
    path="/remove-list.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="OkResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="remove_list",
)
ADD_TO_LIST: Final = Operation(
    name="add_to_list",
    method="POST",
    path="/add-to-list.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "BAD_MOBILE",
        "BAD_MOBILE_COUNTRY",
        "OPTOUT",
        "DUPLICATE_DELETED",
        "KEY_EXISTS",
        "NOT_FOUND",
    ),
    response_schema="ContactResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="add_to_list",
)
EDIT_LIST_MEMBER: Final = Operation(
    name="edit_list_member",
    method="POST",
    path="/edit-list-member.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "BAD_MOBILE",
        "BAD_MOBILE_COUNTRY",
        "OPTOUT",
        "DUPLICATE_DELETED",
        "KEY_EXISTS",
        "NOT_FOUND",
    ),
    response_schema="ContactResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="edit_list_member",
)
DELETE_FROM_LIST: Final = Operation(
    name="delete_from_list",
    method="POST",
    path="/delete-from-list.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="ListIdsResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="delete_from_list",
)
OPTOUT_LIST_MEMBER: Final = Operation(
    name="optout_list_member",
    method="POST",
    path="/optout-list-member.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="ListIdsResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="optout_list_member",
)
ADD_CONTACTS_BULK: Final = Operation(
    name="add_contacts_bulk",
    method="POST",
    path="/add-contacts-bulk.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "KEY_EXISTS",
        "NOT_FOUND",
    ),
    response_schema="AddContactsBulkResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="add_contacts_bulk",
)
ADD_CONTACTS_BULK_PROGRESS: Final = Operation(
    name="add_contacts_bulk_progress",
    method="POST",
    path="/add-contacts-bulk-progress.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="AddContactsBulkProgressResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="add_contacts_bulk_progress",
)
SET_LIST_CALLBACK: Final = Operation(
    name="set_list_callback",
    method="POST",
    path="/set-list-callback.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="SetListCallbackResponse",
    schemas=_response_schemas,
    group="lists",
    sdk_method="set_list_callback",
)

# Numbers
LEASE_NUMBER: Final = Operation(
    name="lease_number",
    method="POST",
    path="/lease-number.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_INVALID",
        "LEDGER_ERROR",
        "NOT_FOUND",
    ),
    response_schema="VirtualNumberResponse",
    schemas=_response_schemas,
    group="numbers",
    sdk_method="lease_number",
)
GET_NUMBERS: Final = Operation(
    name="get_numbers",
    method="POST",
    path="/get-numbers.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="GetNumbersResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="numbers",
        total="numbers_total",
        iterator="iter_numbers",
    ),
    group="numbers",
    sdk_method="get_numbers",
)
GET_NUMBER: Final = Operation(
    name="get_number",
    method="POST",
    path="/get-number.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
    ),
    response_schema="VirtualNumberResponse",
    schemas=_response_schemas,
    group="numbers",
    sdk_method="get_number",
)
EDIT_NUMBER_OPTIONS: Final = Operation(
    name="edit_number_options",
    method="POST",
    path="/edit-number-options.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="OkResponse",
    schemas=_response_schemas,
    group="numbers",
    sdk_method="edit_number_options",
)
GET_SENDER_IDS: Final = Operation(
    name="get_sender_ids",
    method="POST",
    path="/get-sender-ids.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="GetSenderIdsResponse",
    schemas=_response_schemas,
    group="numbers",
    sdk_method="get_sender_ids",
)

# Email SMS
ADD_EMAIL: Final = Operation(
    name="add_email",
    method="POST",
    path="/add-email.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "KEY_EXISTS",
    ),
    response_schema="EmailResponse",
    schemas=_response_schemas,
    group="email_sms",
    sdk_method="add_email",
)
DELETE_EMAIL: Final = Operation(
    name="delete_email",
    method="POST",
    path="/delete-email.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="EmailResponse",
    schemas=_response_schemas,
    group="email_sms",
    sdk_method="delete_email",
)

# Keywords
ADD_KEYWORD: Final = Operation(
    name="add_keyword",
    method="POST",
    path="/add-keyword.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "KEY_EXISTS",
        "NOT_FOUND",
    ),
    response_schema="KeywordResponse",
    schemas=_response_schemas,
    group="keywords",
    sdk_method="add_keyword",
)
EDIT_KEYWORD: Final = Operation(
    name="edit_keyword",
    method="POST",
    path="/edit-keyword.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
    ),
    response_schema="KeywordResponse",
    schemas=_response_schemas,
    group="keywords",
    sdk_method="edit_keyword",
)
GET_KEYWORDS: Final = Operation(
    name="get_keywords",
    method="POST",
    path="/get-keywords.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="GetKeywordsResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="keywords",
        total="keywords_total",
        iterator="iter_keywords",
    ),
    group="keywords",
    sdk_method="get_keywords",
)

# Account
GET_BALANCE: Final = Operation(
    name="get_balance",
    method="POST",
    path="/get-balance.json",
    safe_to_retry=True,
    error_codes=("FIELD_INVALID",),
    response_schema="GetBalanceResponse",
    schemas=_response_schemas,
    group="account",
    sdk_method="get_balance",
)

# Resellers
GET_CLIENT: Final = Operation(
    name="get_client",
    method="POST",
    path="/get-client.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="ClientResponse",
    schemas=_response_schemas,
    group="resellers",
    sdk_method="get_client",
)
GET_CLIENTS: Final = Operation(
    name="get_clients",
    method="POST",
    path="/get-clients.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_INVALID",
        "NO_ACCESS",
    ),
    response_schema="GetClientsResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="clients",
        total="clients_total",
        iterator="iter_clients",
    ),
    group="resellers",
    sdk_method="get_clients",
)
ADD_CLIENT: Final = Operation(
    name="add_client",
    method="POST",
    path="/add-client.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "KEY_EXISTS",
        "NO_ACCESS",
    ),
    response_schema="ClientResponse",
    schemas=_response_schemas,
    group="resellers",
    sdk_method="add_client",
)
EDIT_CLIENT: Final = Operation(
    name="edit_client",
    method="POST",
    path="/edit-client.json",
    safe_to_retry=False,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "KEY_EXISTS",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="ClientResponse",
    schemas=_response_schemas,
    group="resellers",
    sdk_method="edit_client",
)
GET_TRANSACTIONS: Final = Operation(
    name="get_transactions",
    method="POST",
    path="/get-transactions.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="GetTransactionsResponse",
    schemas=_response_schemas,
    pagination=Pagination(
        items="transactions",
        total="transactions_total",
        iterator="iter_transactions",
    ),
    group="resellers",
    sdk_method="get_transactions",
)
GET_TRANSACTION: Final = Operation(
    name="get_transaction",
    method="POST",
    path="/get-transaction.json",
    safe_to_retry=True,
    error_codes=(
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NOT_FOUND",
        "NO_ACCESS",
    ),
    response_schema="TransactionResponse",
    schemas=_response_schemas,
    group="resellers",
    sdk_method="get_transaction",
)

#: Every operation by its operationId.
OPERATIONS: Final[Mapping[str, Operation]] = {
    "send_sms": SEND_SMS,
    "cancel_sms": CANCEL_SMS,
    "format_number": FORMAT_NUMBER,
    "get_sms_responses": GET_SMS_RESPONSES,
    "get_user_sms_responses": GET_USER_SMS_RESPONSES,
    "message_reply": MESSAGE_REPLY,
    "get_link_hits": GET_LINK_HITS,
    "get_sms": GET_SMS,
    "get_sms_delivery_status": GET_SMS_DELIVERY_STATUS,
    "get_sms_sent_count": GET_SMS_SENT_COUNT,
    "get_user_sms_sent": GET_USER_SMS_SENT,
    "get_contact_sms_stats": GET_CONTACT_SMS_STATS,
    "get_sms_stats": GET_SMS_STATS,
    "get_sms_sent": GET_SMS_SENT,
    "get_message_report": GET_MESSAGE_REPORT,
    "get_message_log": GET_MESSAGE_LOG,
    "get_list": GET_LIST,
    "get_lists": GET_LISTS,
    "get_contact": GET_CONTACT,
    "add_list": ADD_LIST,
    "add_field_to_list": ADD_FIELD_TO_LIST,
    "remove_list": REMOVE_LIST,
    "add_to_list": ADD_TO_LIST,
    "edit_list_member": EDIT_LIST_MEMBER,
    "delete_from_list": DELETE_FROM_LIST,
    "optout_list_member": OPTOUT_LIST_MEMBER,
    "add_contacts_bulk": ADD_CONTACTS_BULK,
    "add_contacts_bulk_progress": ADD_CONTACTS_BULK_PROGRESS,
    "set_list_callback": SET_LIST_CALLBACK,
    "lease_number": LEASE_NUMBER,
    "get_numbers": GET_NUMBERS,
    "get_number": GET_NUMBER,
    "edit_number_options": EDIT_NUMBER_OPTIONS,
    "get_sender_ids": GET_SENDER_IDS,
    "add_email": ADD_EMAIL,
    "delete_email": DELETE_EMAIL,
    "add_keyword": ADD_KEYWORD,
    "edit_keyword": EDIT_KEYWORD,
    "get_keywords": GET_KEYWORDS,
    "get_balance": GET_BALANCE,
    "get_client": GET_CLIENT,
    "get_clients": GET_CLIENTS,
    "add_client": ADD_CLIENT,
    "edit_client": EDIT_CLIENT,
    "get_transactions": GET_TRANSACTIONS,
    "get_transaction": GET_TRANSACTION,
}

#: The error codes the spec documents (``ErrorCode``'s ``x-known-values``); the set is open.
KNOWN_ERROR_CODES: Final = frozenset(
    {
        "AUTH_FAILED_NO_DATA",
        "AUTH_FAILED",
        "NOT_IMPLEMENTED",
        "OVER_LIMIT",
        "FIELD_EMPTY",
        "FIELD_INVALID",
        "NO_ACCESS",
        "KEY_EXISTS",
        "NOT_FOUND",
        "LEDGER_ERROR",
        "BAD_CALLER_ID",
        "LIST_EMPTY",
        "RECIPIENTS_ERROR",
        "MISSING_PARAM",
        "BAD_MOBILE",
        "BAD_MOBILE_COUNTRY",
        "OPTOUT",
        "DUPLICATE_DELETED",
        "ALREADY_SENT",
    }
)
