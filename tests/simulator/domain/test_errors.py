"""The API's error codes."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain import errors
from transmitsms_sim.web.spec import load_spec


def test_every_code_is_a_known_code_of_the_spec() -> None:
    known = set(load_spec()["components"]["schemas"]["ErrorCode"]["x-known-values"])
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.ApiError)]
    assert {c.code for c in classes} <= known
    assert len(classes) == 16


def test_descriptions_name_the_field() -> None:
    assert errors.FieldEmpty.named("message").description == 'Field "message" is empty'
    assert errors.FieldInvalid.named("to").description == 'Field "to" has invalid format'
    assert errors.NoAccess.to("message").description == "You do not have access to this ‘message’"
    assert errors.LedgerError().description == "Insufficient funds to carry out debit"
    with pytest.raises(errors.ApiError, match="NOT_FOUND: gone"):
        raise errors.NotFound("gone")
