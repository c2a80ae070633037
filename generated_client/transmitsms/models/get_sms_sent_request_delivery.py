from .._runtime.enums import OpenStrEnum


class GetSmsSentRequestDelivery(OpenStrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"
