from .._runtime.enums import OpenStrEnum


class PaymentMethod(OpenStrEnum):
    FIXED = "fixed"
    VARIABLE = "variable"
