"""Property: numbers of every supported country survive formatting (format-number, ``countrycode``).

Generators are ``phonenumbers``' example numbers: for each region it supports, a mobile and a
fixed-line number, written as a person would (national format with its spaces and brackets,
international format, E.164) and the country given as its ISO code (in any case) or its English
name. Then:

* format-number reads each form to the example's E.164 number, country code, national number,
  validity and type; and reading that E.164 number again gives itself (a fixed point);
* send-sms and add-to-list with ``countrycode`` take the bare digits of the national form (what
  their ``to``/``msisdn`` accept) and store the E.164 number for a mobile.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType, geocoder

from tests.properties.harness import Sim, fresh_simulator
from tests.properties.profile import examples
from tests.support.counts import record
from transmitsms import TransmitSMS

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
#: Regions with an example mobile number (all but one or two small territories).
MOBILE_REGIONS = [r for r in REGIONS if phonenumbers.example_number_for_type(r, PhoneNumberType.MOBILE) is not None]
FORMS = {
    "national": PhoneNumberFormat.NATIONAL,
    "international": PhoneNumberFormat.INTERNATIONAL,
    "e164": PhoneNumberFormat.E164,
}


@dataclass(frozen=True)
class Example:
    region: str
    kind: int  # a PhoneNumberType
    number: phonenumbers.PhoneNumber

    @property
    def e164(self) -> int:
        return int(phonenumbers.format_number(self.number, PhoneNumberFormat.E164).lstrip("+"))

    def written(self, form: str) -> str:
        return phonenumbers.format_number(self.number, FORMS[form])

    def national_digits(self) -> str:
        return re.sub(r"[^0-9]", "", self.written("national"))


@st.composite
def example_numbers(draw: st.DrawFn, kinds: tuple[int, ...]) -> Example:
    kind = draw(st.sampled_from(kinds))
    region = draw(st.sampled_from(MOBILE_REGIONS if kind == PhoneNumberType.MOBILE else REGIONS))
    number = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    assert number is not None, f"phonenumbers has no example for {region}"
    return Example(region, kind, number)


@st.composite
def countries(draw: st.DrawFn, example: Example) -> str:
    """The example's country as ``countrycode`` takes it: an ISO code or English name, in any case."""
    name = geocoder.country_name_for_number(example.number, "en")
    forms = [example.region, example.region.lower()]
    if name:  # as written (Curaçao), in capitals, and typed without its accents (Curacao)
        unaccented = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        forms += [name, name.upper(), unaccented]
    return draw(st.sampled_from(forms))


@pytest.fixture(scope="module")
def formatting_client() -> Iterator[TransmitSMS]:
    """format-number keeps no state: one simulator serves every example of the test."""
    with fresh_simulator() as sim:
        yield sim.client(sim.account())


@examples(300)
@given(data=st.data(), example=example_numbers((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)))
def test_format_number_reads_every_form_to_the_same_number(
    formatting_client: TransmitSMS, data: st.DataObject, example: Example
) -> None:
    record("hypothesis examples")
    form = data.draw(st.sampled_from(sorted(FORMS)), label="form")
    country = data.draw(countries(example), label="countrycode")
    formatted = formatting_client.sms.format_number(msisdn=example.written(form), countrycode=country).number
    assert formatted.international == example.e164
    assert formatted.countrycode == example.number.country_code
    assert formatted.nationalnumber == example.number.national_number
    assert formatted.is_valid is True
    assert formatted.type_ == int(phonenumbers.number_type(example.number))

    again = formatting_client.sms.format_number(msisdn=f"+{formatted.international}", countrycode=country).number
    assert (again.international, again.countrycode, again.nationalnumber) == (
        formatted.international,
        formatted.countrycode,
        formatted.nationalnumber,
    )


def _sent_to(sim: Sim, client: TransmitSMS, digits: str, country: str) -> list[int]:
    sent = client.sms.send(message="Hello", to=digits, countrycode=country)
    return [r.msisdn for r in client.reporting.iter_sms_sent(message_id=sent.message_id)]


@examples(60)
@given(data=st.data(), example=example_numbers((PhoneNumberType.MOBILE,)))
def test_countrycode_turns_a_local_mobile_into_its_international_number(data: st.DataObject, example: Example) -> None:
    record("hypothesis examples")
    country = data.draw(countries(example), label="countrycode")
    digits = example.national_digits()
    with fresh_simulator() as sim:
        client = sim.client(sim.account(balance=100))
        assert _sent_to(sim, client, digits, country) == [example.e164]
        list_id = client.lists.add_list(name="Abroad").id
        added = client.lists.add_to_list(list_id=list_id, msisdn=digits, countrycode=country)
        assert added.msisdn == example.e164
        assert client.lists.get_contact(list_id=list_id, msisdn=str(example.e164)).msisdn == example.e164
