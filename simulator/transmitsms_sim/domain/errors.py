"""The API's error codes, raised by the domain when a rule is broken.

Every error carries the API's code and a description naming the field or resource concerned; the
front-end chooses the HTTP status and the format. The tree::

    ApiError
    ├── FieldEmpty          FIELD_EMPTY       a required field is missing
    ├── FieldInvalid        FIELD_INVALID     a field is malformed or has an impossible value
    ├── MissingParam        MISSING_PARAM
    ├── NoAccess            NO_ACCESS         the resource belongs to another account
    ├── KeyExists           KEY_EXISTS
    ├── NotFound            NOT_FOUND
    ├── LedgerError         LEDGER_ERROR      the balance does not cover the cost
    ├── BadCallerId         BAD_CALLER_ID
    ├── ListEmpty           LIST_EMPTY
    ├── RecipientsError     RECIPIENTS_ERROR
    ├── BadMobile           BAD_MOBILE
    ├── BadMobileCountry    BAD_MOBILE_COUNTRY
    ├── OptOut              OPTOUT
    ├── DuplicateDeleted    DUPLICATE_DELETED
    └── AlreadySent         ALREADY_SENT

    >>> NotFound("List with such id does not exist.").code
    'NOT_FOUND'
"""

from __future__ import annotations


class ApiError(Exception):
    """A request the API refuses, with the API's code for why."""

    code = "FIELD_INVALID"
    default_description = "The request is invalid."

    def __init__(self, description: str | None = None) -> None:
        self.description = description or self.default_description
        super().__init__(f"{self.code}: {self.description}")


class FieldEmpty(ApiError):
    code = "FIELD_EMPTY"
    default_description = "Required field is empty."

    @classmethod
    def named(cls, field: str) -> FieldEmpty:
        return cls(f'Field "{field}" is empty')


class FieldInvalid(ApiError):
    code = "FIELD_INVALID"
    default_description = "Field has invalid format."

    @classmethod
    def named(cls, field: str, detail: str = "has invalid format") -> FieldInvalid:
        return cls(f'Field "{field}" {detail}')


class MissingParam(ApiError):
    code = "MISSING_PARAM"
    default_description = "Field parameter is missing (eg. field_n)"


class NoAccess(ApiError):
    code = "NO_ACCESS"
    default_description = "You don't have access to this feature"

    @classmethod
    def to(cls, resource: str) -> NoAccess:
        return cls(f"You do not have access to this ‘{resource}’")


class KeyExists(ApiError):
    code = "KEY_EXISTS"
    default_description = "The resource with this key already exists."


class NotFound(ApiError):
    code = "NOT_FOUND"
    default_description = "The resource with this key is not found."


class LedgerError(ApiError):
    code = "LEDGER_ERROR"
    default_description = "Insufficient funds to carry out debit"


class BadCallerId(ApiError):
    code = "BAD_CALLER_ID"
    default_description = "The sender ID you have set is not valid or number is inactive or expired"


class ListEmpty(ApiError):
    code = "LIST_EMPTY"
    default_description = "The list you provided doesn't have active recipients."


class RecipientsError(ApiError):
    code = "RECIPIENTS_ERROR"
    default_description = "No valid recipients left after validation."


class BadMobile(ApiError):
    code = "BAD_MOBILE"
    default_description = "The mobile provided is invalid"


class BadMobileCountry(ApiError):
    code = "BAD_MOBILE_COUNTRY"
    default_description = "The country of the mobile provided is unavailable"


class OptOut(ApiError):
    code = "OPTOUT"
    default_description = "The recipient provided was previously opted out"


class DuplicateDeleted(ApiError):
    code = "DUPLICATE_DELETED"
    default_description = "The recipient provided was previously deleted"


class AlreadySent(ApiError):
    code = "ALREADY_SENT"
    default_description = "The message has already been sent."


class SimulationError(Exception):
    """A control-API request the simulator cannot honour (not an API error code)."""
