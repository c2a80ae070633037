from .._runtime.enums import OpenStrEnum


class ResponseStyle(OpenStrEnum):
    ARRAY = "array"
