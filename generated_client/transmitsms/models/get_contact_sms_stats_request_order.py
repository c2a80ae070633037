from .._runtime.enums import OpenStrEnum


class GetContactSmsStatsRequestOrder(OpenStrEnum):
    ASC = "asc"
    DESC = "desc"
