# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""The data models of the API's requests and responses, imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_client_request import AddClientRequest
    from .add_contacts_bulk_progress_response import AddContactsBulkProgressResponse
    from .add_contacts_bulk_request import AddContactsBulkRequest
    from .add_contacts_bulk_response import AddContactsBulkResponse
    from .add_email_request import AddEmailRequest
    from .add_field_to_list_request import AddFieldToListRequest
    from .add_field_to_list_response import AddFieldToListResponse
    from .add_keyword_request import AddKeywordRequest
    from .add_list_request import AddListRequest
    from .add_list_response import AddListResponse
    from .add_to_list_request import AddToListRequest
    from .cancel_sms_request import CancelSmsRequest
    from .cancel_sms_response import CancelSmsResponse
    from .client import Client
    from .client_id_request import ClientIdRequest
    from .client_response import ClientResponse
    from .contact import Contact
    from .contact_response import ContactResponse
    from .contact_sms_record import ContactSmsRecord
    from .custom_field_entry import CustomFieldEntry
    from .custom_field_names_type_0 import CustomFieldNamesType0
    from .custom_field_values_type_0 import CustomFieldValuesType0
    from .delete_email_request import DeleteEmailRequest
    from .delete_from_list_request import DeleteFromListRequest
    from .delivery_stats import DeliveryStats
    from .delivery_status import DeliveryStatus
    from .edit_client_request import EditClientRequest
    from .edit_keyword_request import EditKeywordRequest
    from .edit_keyword_request_status import EditKeywordRequestStatus
    from .edit_list_member_request import EditListMemberRequest
    from .edit_number_options_request import EditNumberOptionsRequest
    from .email_response import EmailResponse
    from .error import Error
    from .error_detail import ErrorDetail
    from .format_number_request import FormatNumberRequest
    from .format_number_response import FormatNumberResponse
    from .formatted_number import FormattedNumber
    from .get_balance_response import GetBalanceResponse
    from .get_clients_response import GetClientsResponse
    from .get_contact_request import GetContactRequest
    from .get_contact_sms_stats_request import GetContactSmsStatsRequest
    from .get_contact_sms_stats_request_order import GetContactSmsStatsRequestOrder
    from .get_contact_sms_stats_request_sort_field import GetContactSmsStatsRequestSortField
    from .get_contact_sms_stats_response import GetContactSmsStatsResponse
    from .get_keywords_request import GetKeywordsRequest
    from .get_keywords_response import GetKeywordsResponse
    from .get_link_hits_request import GetLinkHitsRequest
    from .get_link_hits_response import GetLinkHitsResponse
    from .get_list_request import GetListRequest
    from .get_list_request_members import GetListRequestMembers
    from .get_list_response import GetListResponse
    from .get_lists_request import GetListsRequest
    from .get_lists_response import GetListsResponse
    from .get_message_log_request import GetMessageLogRequest
    from .get_message_log_response import GetMessageLogResponse
    from .get_message_report_request import GetMessageReportRequest
    from .get_message_report_request_type import GetMessageReportRequestType
    from .get_message_report_response import GetMessageReportResponse
    from .get_numbers_request import GetNumbersRequest
    from .get_numbers_request_filter import GetNumbersRequestFilter
    from .get_numbers_response import GetNumbersResponse
    from .get_sender_ids_response import GetSenderIdsResponse
    from .get_sms_delivery_status_request import GetSmsDeliveryStatusRequest
    from .get_sms_delivery_status_response import GetSmsDeliveryStatusResponse
    from .get_sms_response import GetSmsResponse
    from .get_sms_responses_request import GetSmsResponsesRequest
    from .get_sms_sent_count_request import GetSmsSentCountRequest
    from .get_sms_sent_count_response import GetSmsSentCountResponse
    from .get_sms_sent_request import GetSmsSentRequest
    from .get_sms_sent_request_delivery import GetSmsSentRequestDelivery
    from .get_sms_sent_request_optouts import GetSmsSentRequestOptouts
    from .get_sms_sent_response import GetSmsSentResponse
    from .get_sms_stats_response import GetSmsStatsResponse
    from .get_transactions_request import GetTransactionsRequest
    from .get_transactions_response import GetTransactionsResponse
    from .get_user_sms_responses_request import GetUserSmsResponsesRequest
    from .get_user_sms_responses_request_keywords import GetUserSmsResponsesRequestKeywords
    from .get_user_sms_sent_request import GetUserSmsSentRequest
    from .get_user_sms_sent_response import GetUserSmsSentResponse
    from .keyword import Keyword
    from .keyword_response import KeywordResponse
    from .lease_number_request import LeaseNumberRequest
    from .link_hit import LinkHit
    from .list_id_request import ListIdRequest
    from .list_ids_response import ListIdsResponse
    from .list_ref import ListRef
    from .list_summary import ListSummary
    from .message_id_request import MessageIdRequest
    from .message_reply_request import MessageReplyRequest
    from .message_reply_response import MessageReplyResponse
    from .number_request import NumberRequest
    from .ok_response import OkResponse
    from .optout_list_member_request import OptoutListMemberRequest
    from .page_info import PageInfo
    from .page_request import PageRequest
    from .payment_method import PaymentMethod
    from .reply import Reply
    from .reply_page import ReplyPage
    from .report_message import ReportMessage
    from .response_style import ResponseStyle
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .sender_id_groups import SenderIdGroups
    from .sent_message import SentMessage
    from .sent_message_summary import SentMessageSummary
    from .sent_recipient import SentRecipient
    from .set_list_callback_request import SetListCallbackRequest
    from .set_list_callback_response import SetListCallbackResponse
    from .sms_stats import SmsStats
    from .success import Success
    from .transaction import Transaction
    from .transaction_id_request import TransactionIdRequest
    from .transaction_response import TransactionResponse
    from .virtual_number import VirtualNumber
    from .virtual_number_response import VirtualNumberResponse

_MODULES = {
    "AddClientRequest": ".add_client_request",
    "AddContactsBulkProgressResponse": ".add_contacts_bulk_progress_response",
    "AddContactsBulkRequest": ".add_contacts_bulk_request",
    "AddContactsBulkResponse": ".add_contacts_bulk_response",
    "AddEmailRequest": ".add_email_request",
    "AddFieldToListRequest": ".add_field_to_list_request",
    "AddFieldToListResponse": ".add_field_to_list_response",
    "AddKeywordRequest": ".add_keyword_request",
    "AddListRequest": ".add_list_request",
    "AddListResponse": ".add_list_response",
    "AddToListRequest": ".add_to_list_request",
    "CancelSmsRequest": ".cancel_sms_request",
    "CancelSmsResponse": ".cancel_sms_response",
    "Client": ".client",
    "ClientIdRequest": ".client_id_request",
    "ClientResponse": ".client_response",
    "Contact": ".contact",
    "ContactResponse": ".contact_response",
    "ContactSmsRecord": ".contact_sms_record",
    "CustomFieldEntry": ".custom_field_entry",
    "CustomFieldNamesType0": ".custom_field_names_type_0",
    "CustomFieldValuesType0": ".custom_field_values_type_0",
    "DeleteEmailRequest": ".delete_email_request",
    "DeleteFromListRequest": ".delete_from_list_request",
    "DeliveryStats": ".delivery_stats",
    "DeliveryStatus": ".delivery_status",
    "EditClientRequest": ".edit_client_request",
    "EditKeywordRequest": ".edit_keyword_request",
    "EditKeywordRequestStatus": ".edit_keyword_request_status",
    "EditListMemberRequest": ".edit_list_member_request",
    "EditNumberOptionsRequest": ".edit_number_options_request",
    "EmailResponse": ".email_response",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "FormatNumberRequest": ".format_number_request",
    "FormatNumberResponse": ".format_number_response",
    "FormattedNumber": ".formatted_number",
    "GetBalanceResponse": ".get_balance_response",
    "GetClientsResponse": ".get_clients_response",
    "GetContactRequest": ".get_contact_request",
    "GetContactSmsStatsRequest": ".get_contact_sms_stats_request",
    "GetContactSmsStatsRequestOrder": ".get_contact_sms_stats_request_order",
    "GetContactSmsStatsRequestSortField": ".get_contact_sms_stats_request_sort_field",
    "GetContactSmsStatsResponse": ".get_contact_sms_stats_response",
    "GetKeywordsRequest": ".get_keywords_request",
    "GetKeywordsResponse": ".get_keywords_response",
    "GetLinkHitsRequest": ".get_link_hits_request",
    "GetLinkHitsResponse": ".get_link_hits_response",
    "GetListRequest": ".get_list_request",
    "GetListRequestMembers": ".get_list_request_members",
    "GetListResponse": ".get_list_response",
    "GetListsRequest": ".get_lists_request",
    "GetListsResponse": ".get_lists_response",
    "GetMessageLogRequest": ".get_message_log_request",
    "GetMessageLogResponse": ".get_message_log_response",
    "GetMessageReportRequest": ".get_message_report_request",
    "GetMessageReportRequestType": ".get_message_report_request_type",
    "GetMessageReportResponse": ".get_message_report_response",
    "GetNumbersRequest": ".get_numbers_request",
    "GetNumbersRequestFilter": ".get_numbers_request_filter",
    "GetNumbersResponse": ".get_numbers_response",
    "GetSenderIdsResponse": ".get_sender_ids_response",
    "GetSmsDeliveryStatusRequest": ".get_sms_delivery_status_request",
    "GetSmsDeliveryStatusResponse": ".get_sms_delivery_status_response",
    "GetSmsResponse": ".get_sms_response",
    "GetSmsResponsesRequest": ".get_sms_responses_request",
    "GetSmsSentCountRequest": ".get_sms_sent_count_request",
    "GetSmsSentCountResponse": ".get_sms_sent_count_response",
    "GetSmsSentRequest": ".get_sms_sent_request",
    "GetSmsSentRequestDelivery": ".get_sms_sent_request_delivery",
    "GetSmsSentRequestOptouts": ".get_sms_sent_request_optouts",
    "GetSmsSentResponse": ".get_sms_sent_response",
    "GetSmsStatsResponse": ".get_sms_stats_response",
    "GetTransactionsRequest": ".get_transactions_request",
    "GetTransactionsResponse": ".get_transactions_response",
    "GetUserSmsResponsesRequest": ".get_user_sms_responses_request",
    "GetUserSmsResponsesRequestKeywords": ".get_user_sms_responses_request_keywords",
    "GetUserSmsSentRequest": ".get_user_sms_sent_request",
    "GetUserSmsSentResponse": ".get_user_sms_sent_response",
    "Keyword": ".keyword",
    "KeywordResponse": ".keyword_response",
    "LeaseNumberRequest": ".lease_number_request",
    "LinkHit": ".link_hit",
    "ListIdRequest": ".list_id_request",
    "ListIdsResponse": ".list_ids_response",
    "ListRef": ".list_ref",
    "ListSummary": ".list_summary",
    "MessageIdRequest": ".message_id_request",
    "MessageReplyRequest": ".message_reply_request",
    "MessageReplyResponse": ".message_reply_response",
    "NumberRequest": ".number_request",
    "OkResponse": ".ok_response",
    "OptoutListMemberRequest": ".optout_list_member_request",
    "PageInfo": ".page_info",
    "PageRequest": ".page_request",
    "PaymentMethod": ".payment_method",
    "Reply": ".reply",
    "ReplyPage": ".reply_page",
    "ReportMessage": ".report_message",
    "ResponseStyle": ".response_style",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsResponse": ".send_sms_response",
    "SenderIdGroups": ".sender_id_groups",
    "SentMessage": ".sent_message",
    "SentMessageSummary": ".sent_message_summary",
    "SentRecipient": ".sent_recipient",
    "SetListCallbackRequest": ".set_list_callback_request",
    "SetListCallbackResponse": ".set_list_callback_response",
    "SmsStats": ".sms_stats",
    "Success": ".success",
    "Transaction": ".transaction",
    "TransactionIdRequest": ".transaction_id_request",
    "TransactionResponse": ".transaction_response",
    "VirtualNumber": ".virtual_number",
    "VirtualNumberResponse": ".virtual_number_response",
}

__all__ = (
    "AddClientRequest",
    "AddContactsBulkProgressResponse",
    "AddContactsBulkRequest",
    "AddContactsBulkResponse",
    "AddEmailRequest",
    "AddFieldToListRequest",
    "AddFieldToListResponse",
    "AddKeywordRequest",
    "AddListRequest",
    "AddListResponse",
    "AddToListRequest",
    "CancelSmsRequest",
    "CancelSmsResponse",
    "Client",
    "ClientIdRequest",
    "ClientResponse",
    "Contact",
    "ContactResponse",
    "ContactSmsRecord",
    "CustomFieldEntry",
    "CustomFieldNamesType0",
    "CustomFieldValuesType0",
    "DeleteEmailRequest",
    "DeleteFromListRequest",
    "DeliveryStats",
    "DeliveryStatus",
    "EditClientRequest",
    "EditKeywordRequest",
    "EditKeywordRequestStatus",
    "EditListMemberRequest",
    "EditNumberOptionsRequest",
    "EmailResponse",
    "Error",
    "ErrorDetail",
    "FormatNumberRequest",
    "FormatNumberResponse",
    "FormattedNumber",
    "GetBalanceResponse",
    "GetClientsResponse",
    "GetContactRequest",
    "GetContactSmsStatsRequest",
    "GetContactSmsStatsRequestOrder",
    "GetContactSmsStatsRequestSortField",
    "GetContactSmsStatsResponse",
    "GetKeywordsRequest",
    "GetKeywordsResponse",
    "GetLinkHitsRequest",
    "GetLinkHitsResponse",
    "GetListRequest",
    "GetListRequestMembers",
    "GetListResponse",
    "GetListsRequest",
    "GetListsResponse",
    "GetMessageLogRequest",
    "GetMessageLogResponse",
    "GetMessageReportRequest",
    "GetMessageReportRequestType",
    "GetMessageReportResponse",
    "GetNumbersRequest",
    "GetNumbersRequestFilter",
    "GetNumbersResponse",
    "GetSenderIdsResponse",
    "GetSmsDeliveryStatusRequest",
    "GetSmsDeliveryStatusResponse",
    "GetSmsResponse",
    "GetSmsResponsesRequest",
    "GetSmsSentCountRequest",
    "GetSmsSentCountResponse",
    "GetSmsSentRequest",
    "GetSmsSentRequestDelivery",
    "GetSmsSentRequestOptouts",
    "GetSmsSentResponse",
    "GetSmsStatsResponse",
    "GetTransactionsRequest",
    "GetTransactionsResponse",
    "GetUserSmsResponsesRequest",
    "GetUserSmsResponsesRequestKeywords",
    "GetUserSmsSentRequest",
    "GetUserSmsSentResponse",
    "Keyword",
    "KeywordResponse",
    "LeaseNumberRequest",
    "LinkHit",
    "ListIdRequest",
    "ListIdsResponse",
    "ListRef",
    "ListSummary",
    "MessageIdRequest",
    "MessageReplyRequest",
    "MessageReplyResponse",
    "NumberRequest",
    "OkResponse",
    "OptoutListMemberRequest",
    "PageInfo",
    "PageRequest",
    "PaymentMethod",
    "Reply",
    "ReplyPage",
    "ReportMessage",
    "ResponseStyle",
    "SenderIdGroups",
    "SendSmsRequest",
    "SendSmsResponse",
    "SentMessage",
    "SentMessageSummary",
    "SentRecipient",
    "SetListCallbackRequest",
    "SetListCallbackResponse",
    "SmsStats",
    "Success",
    "Transaction",
    "TransactionIdRequest",
    "TransactionResponse",
    "VirtualNumber",
    "VirtualNumberResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
