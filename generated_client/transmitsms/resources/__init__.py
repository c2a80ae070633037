# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""The resource groups of the high-level clients, one module per tag of the spec:

* ``sms``: ``SmsResource`` and ``AsyncSmsResource`` (SMS).
* ``reporting``: ``ReportingResource`` and ``AsyncReportingResource`` (Reporting).
* ``lists``: ``ListsResource`` and ``AsyncListsResource`` (Lists).
* ``numbers``: ``NumbersResource`` and ``AsyncNumbersResource`` (Numbers).
* ``email_sms``: ``EmailSmsResource`` and ``AsyncEmailSmsResource`` (Email SMS).
* ``keywords``: ``KeywordsResource`` and ``AsyncKeywordsResource`` (Keywords).
* ``account``: ``AccountResource`` and ``AsyncAccountResource`` (Account).
* ``resellers``: ``ResellersResource`` and ``AsyncResellersResource`` (Resellers).
"""
