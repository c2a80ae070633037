from .._runtime.enums import OpenStrEnum


class GetMessageReportRequestType(OpenStrEnum):
    ALL = "all"
    API = "api"
    CAMPAIGN = "campaign"
    EMAIL_SMS = "email_sms"
    KEYWORD = "keyword"
    QUICK_SMS = "quick_sms"
    TEST_SMS = "test_sms"
