from .._runtime.enums import OpenStrEnum


class ClientTrial(OpenStrEnum):
    NO = "no"
    YES = "yes"
