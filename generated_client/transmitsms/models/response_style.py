# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from .._runtime.enums import OpenStrEnum


class ResponseStyle(OpenStrEnum):
    ARRAY = "array"
