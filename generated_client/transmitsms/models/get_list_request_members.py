from .._runtime.enums import OpenStrEnum


class GetListRequestMembers(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    NONE = "none"
