# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from .._runtime.enums import OpenStrEnum


class GetContactSmsStatsRequestSortField(OpenStrEnum):
    DATETIME_SEND = "datetime_send"
    DELIVERY_STATUS = "delivery_status"
    MESSAGE_ID = "message_id"
