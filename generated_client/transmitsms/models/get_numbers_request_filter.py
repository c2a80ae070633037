from .._runtime.enums import OpenStrEnum


class GetNumbersRequestFilter(OpenStrEnum):
    AVAILABLE = "available"
    OWNED = "owned"
