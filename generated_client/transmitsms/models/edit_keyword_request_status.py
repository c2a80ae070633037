from .._runtime.enums import OpenStrEnum


class EditKeywordRequestStatus(OpenStrEnum):
    CLOSED = "closed"
    OPEN = "open"
