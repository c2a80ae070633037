from .._runtime.enums import OpenStrEnum


class GetUserSmsResponsesRequestKeywords(OpenStrEnum):
    OMIT = "omit"
    ONLY = "only"
