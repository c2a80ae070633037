from .._runtime.enums import OpenStrEnum


class GetSmsSentRequestOptouts(OpenStrEnum):
    OMIT = "omit"
    ONLY = "only"
