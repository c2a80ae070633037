# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """Exactly one of `to` or `list_id` is required.

    Attributes:
        message (str): SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
            characters and each part of a longer message 153; with any other character 70 and 67. GSM extension characters
            (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two parts.
        to (str | Unset): One number, or up to 500 separated by commas, in E.164 international format unless
            `countrycode` is given. Numbers that are not valid mobile numbers are skipped.
        list_id (int | Unset): Send to the active contacts of this list instead of to `to`. `0` means none.
        countrycode (str | Unset): Convert local-format numbers in `to` to international format for this country.
        from_ (str | Unset): The sender: a dedicated virtual number of the account in international format, or an
            alphanumeric sender ID of up to 11 letters and digits that the account may use (such a message cannot be replied
            to). When omitted, the shared number pool of the destination country is used. Anything else fails with
            `BAD_CALLER_ID`.
        send_at (str | Unset): Send at this UTC time instead of now (`YYYY-MM-DD HH:MM:SS`).
        validity (int | Unset): Minutes to keep trying to deliver. A message not delivered by then expires with a `soft-
            bounce` receipt. 0 or absent means the maximum, 72 hours.
        replies_to_email (str | Unset): Also forward replies to this message to this email address.
        tracked_link_url (str | Unset): The URL behind `[tracked-link]`: each recipient gets a unique short link to it,
            and clicks are reported by get-link-hits and the link-hits callback. A message with `[tracked-link]` needs it
            (`FIELD_EMPTY`), and may use the tag only once (`FIELD_INVALID`).
        link_hits_callback (str | Unset): Notify clicks on this message's tracked link to this URL (overrides the
            account default).
        dlr_callback (str | Unset): Notify delivery receipts of this message to this URL (overrides the account
            default).
        reply_callback (str | Unset): Notify replies to this message to this URL (overrides the account default).
    """

    message: str
    to: str | Unset = UNSET
    list_id: int | Unset = UNSET
    countrycode: str | Unset = UNSET
    from_: str | Unset = UNSET
    send_at: str | Unset = UNSET
    validity: int | Unset = UNSET
    replies_to_email: str | Unset = UNSET
    tracked_link_url: str | Unset = UNSET
    link_hits_callback: str | Unset = UNSET
    dlr_callback: str | Unset = UNSET
    reply_callback: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        to = self.to

        list_id = self.list_id

        countrycode = self.countrycode

        from_ = self.from_

        send_at = self.send_at

        validity = self.validity

        replies_to_email = self.replies_to_email

        tracked_link_url = self.tracked_link_url

        link_hits_callback = self.link_hits_callback

        dlr_callback = self.dlr_callback

        reply_callback = self.reply_callback

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if from_ is not UNSET:
            field_dict["from"] = from_
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if validity is not UNSET:
            field_dict["validity"] = validity
        if replies_to_email is not UNSET:
            field_dict["replies_to_email"] = replies_to_email
        if tracked_link_url is not UNSET:
            field_dict["tracked_link_url"] = tracked_link_url
        if link_hits_callback is not UNSET:
            field_dict["link_hits_callback"] = link_hits_callback
        if dlr_callback is not UNSET:
            field_dict["dlr_callback"] = dlr_callback
        if reply_callback is not UNSET:
            field_dict["reply_callback"] = reply_callback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            message = d.pop("message")
        except PARSE_ERRORS:
            d.pop("message", None)
            message = src_dict.get("message", UNSET)

        try:
            to = d.pop("to", UNSET)
        except PARSE_ERRORS:
            d.pop("to", None)
            to = src_dict.get("to", UNSET)

        try:
            list_id = d.pop("list_id", UNSET)
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:
            countrycode = d.pop("countrycode", UNSET)
        except PARSE_ERRORS:
            d.pop("countrycode", None)
            countrycode = src_dict.get("countrycode", UNSET)

        try:
            from_ = d.pop("from", UNSET)
        except PARSE_ERRORS:
            d.pop("from", None)
            from_ = src_dict.get("from", UNSET)

        try:
            send_at = d.pop("send_at", UNSET)
        except PARSE_ERRORS:
            d.pop("send_at", None)
            send_at = src_dict.get("send_at", UNSET)

        try:
            validity = d.pop("validity", UNSET)
        except PARSE_ERRORS:
            d.pop("validity", None)
            validity = src_dict.get("validity", UNSET)

        try:
            replies_to_email = d.pop("replies_to_email", UNSET)
        except PARSE_ERRORS:
            d.pop("replies_to_email", None)
            replies_to_email = src_dict.get("replies_to_email", UNSET)

        try:
            tracked_link_url = d.pop("tracked_link_url", UNSET)
        except PARSE_ERRORS:
            d.pop("tracked_link_url", None)
            tracked_link_url = src_dict.get("tracked_link_url", UNSET)

        try:
            link_hits_callback = d.pop("link_hits_callback", UNSET)
        except PARSE_ERRORS:
            d.pop("link_hits_callback", None)
            link_hits_callback = src_dict.get("link_hits_callback", UNSET)

        try:
            dlr_callback = d.pop("dlr_callback", UNSET)
        except PARSE_ERRORS:
            d.pop("dlr_callback", None)
            dlr_callback = src_dict.get("dlr_callback", UNSET)

        try:
            reply_callback = d.pop("reply_callback", UNSET)
        except PARSE_ERRORS:
            d.pop("reply_callback", None)
            reply_callback = src_dict.get("reply_callback", UNSET)

        _obj = cls(
            message=message,
            to=to,
            list_id=list_id,
            countrycode=countrycode,
            from_=from_,
            send_at=send_at,
            validity=validity,
            replies_to_email=replies_to_email,
            tracked_link_url=tracked_link_url,
            link_hits_callback=link_hits_callback,
            dlr_callback=dlr_callback,
            reply_callback=reply_callback,
        )

        return _obj
