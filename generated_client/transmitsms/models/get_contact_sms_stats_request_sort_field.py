from .._runtime.enums import OpenStrEnum


class GetContactSmsStatsRequestSortField(OpenStrEnum):
    DATETIME_SEND = "datetime_send"
    DELIVERY_STATUS = "delivery_status"
    MESSAGE_ID = "message_id"
