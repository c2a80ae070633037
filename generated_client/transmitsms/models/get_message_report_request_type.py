# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from .._runtime.enums import OpenStrEnum


class GetMessageReportRequestType(OpenStrEnum):
    ALL = "all"
    API = "api"
    CAMPAIGN = "campaign"
    EMAIL_SMS = "email_sms"
    KEYWORD = "keyword"
    QUICK_SMS = "quick_sms"
    TEST_SMS = "test_sms"
