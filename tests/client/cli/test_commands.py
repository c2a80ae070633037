"""Each command of ``transmitsms``, run through its console script against the simulator."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from tests.client.cli.conftest import CLI
from transmitsms.callbacks import CallbackSigner


def as_json(run: Any) -> Any:
    assert run.status == 0, run.output
    return json.loads(run.stdout)


def test_help_lists_the_commands_and_the_exit_statuses(cli: CLI) -> None:
    run = cli("--help")
    assert run.status == 0
    for word in ("balance", "send", "sms", "lists", "numbers", "keywords", "clients", "callbacks", "api", "login"):
        assert f"    {word}" in run.stdout
    assert "exit status:" in run.stdout and " 13  partly done" in run.stdout
    assert cli("--version").stdout.startswith("transmitsms 0.3.0")


def test_balance_as_a_table_json_and_csv(cli: CLI) -> None:
    table = cli("balance")
    assert table.status == 0 and "balance" in table.stdout and "│ 100" in table.stdout
    assert as_json(cli("balance", "--json")) == {"balance": 100, "currency": "AUD"}
    assert cli("--csv", "balance").stdout == "balance,currency\n100,AUD\n"


def test_send_to_numbers_then_its_details_status_and_replies(cli: CLI, transmitsms_sim: Any) -> None:
    sent = as_json(cli("send", "--to", "61491570156,61491570157", "--to", "61491570158", "--message", "Hi", "--json"))
    assert sent["recipients"] == 3 and sent["cost"] == 0.261
    message_id = str(sent["message_id"])
    assert as_json(cli("sms", "get", message_id, "--json"))["message"] == "Hi"
    transmitsms_sim.advance(10)
    rows = list(csv.DictReader(io.StringIO(cli("sms", "status", message_id, "--csv").stdout)))
    assert {(r["msisdn"], r["delivery_status"]) for r in rows} == {
        ("61491570156", "delivered"),
        ("61491570157", "delivered"),
        ("61491570158", "delivered"),
    }
    transmitsms_sim.inbound("61491570156", "Thanks!")
    replies = as_json(cli("sms", "replies", message_id, "--json"))
    assert [r["response"] for r in replies] == ["Thanks!"]
    assert any(
        r["message_id"] == sent["message_id"] for r in as_json(cli("sms", "ls", "--json", "--start", "2000-01-01"))
    )


def test_send_to_a_list_and_cancel_a_scheduled_send(cli: CLI) -> None:
    created = as_json(cli("lists", "create", "Club", "--field", "City", "--json"))
    list_id = str(created["id"])
    added = as_json(
        cli("lists", "add", list_id, "61491570156", "--first-name", "Ann", "--field", "City=Perth", "--json")
    )
    assert added["fields"] == {"City": "Perth"}
    sent = as_json(
        cli("send", "--list", list_id, "--message", "Hi [firstname]", "--at", "2099-01-01 00:00:00", "--json")
    )
    assert sent["recipients"] == 1
    assert as_json(cli("sms", "cancel", str(sent["message_id"]), "--json"))["success"] == "OK"


def test_lists_ls_show_import_and_rm(cli: CLI, transmitsms_sim: Any, tmp_path: Path) -> None:
    list_id = str(as_json(cli("lists", "create", "Import", "--field", "City", "--json"))["id"])
    people = tmp_path / "people.csv"
    people.write_text("mobile,first_name,City\n61491570156,Ann,Perth\n61491570157,Bob,Hobart\nnope,Cy,x\n")
    run = cli("lists", "import", list_id, str(people))
    assert run.status == 13, run.output  # one row refused: partly done
    assert "line 4 (nope): FIELD_INVALID" in run.stdout and "│ added  │ 2" in run.stdout
    members = as_json(cli("lists", "show", list_id, "--json"))
    assert {(m["msisdn"], m["first_name"], m["fields"]["City"]) for m in members} == {
        (61491570156, "Ann", "Perth"),
        (61491570157, "Bob", "Hobart"),
    }
    assert any(row["name"] == "Import" for row in as_json(cli("lists", "ls", "--json")))
    assert cli("lists", "rm", list_id).status == 0
    assert cli("lists", "show", list_id).status == 6


def test_all_pages_through_every_page(cli: CLI, transmitsms_sim: Any) -> None:
    client = transmitsms_sim.client
    list_id = client.lists.add_list(name="Big").id
    for n in range(105):
        client.lists.add_to_list(list_id=list_id, msisdn=f"6141234{n:04d}")
    first = cli("lists", "show", str(list_id))
    assert "page 1 of 2 (105 in all): --all for every page" in first.stdout
    every = as_json(cli("lists", "show", str(list_id), "--all", "--json"))
    assert len(every) == 105 and len({m["msisdn"] for m in every}) == 105


def test_numbers_lease_show_and_keywords(cli: CLI) -> None:
    available = as_json(cli("numbers", "ls", "--available", "--json"))
    assert len(available) == 100  # one page, the largest
    number = str(available[0]["number"])
    assert str(as_json(cli("numbers", "lease", number, "--json"))["number"]) == number
    assert str(as_json(cli("numbers", "show", number, "--json"))["number"]) == number
    assert [str(n["number"]) for n in as_json(cli("numbers", "ls", "--json"))] == [number]
    assert cli("keywords", "add", "JOIN", number, "reference=promo", "--json").status == 0
    assert cli("keywords", "edit", "JOIN", number, "status=closed").status == 0
    keywords = as_json(cli("keywords", "ls", "--json"))
    assert [(k["keyword"], k["status"]) for k in keywords] == [("JOIN", "closed")]
    assert cli("keywords", "add", "JOIN", number).status == 8  # KEY_EXISTS


def test_clients_of_a_reseller_never_show_their_secrets(cli: CLI, transmitsms_sim: Any) -> None:
    reseller = transmitsms_sim.create_account(name="Reseller", reseller=True)
    env = {"TRANSMITSMS_API_KEY": reseller["api_key"], "TRANSMITSMS_API_SECRET": reseller["api_secret"]}
    created = cli(
        "clients", "add", "Shop", "shop@example.com", "password=S3cret-pw-99", "msisdn=61491570156", "--json", env=env
    )
    assert created.status == 0, created.output
    assert "S3cret-pw-99" not in created.output and reseller["api_secret"] not in created.output
    # The new client's API secret is a secret too (format: password): shown as set, never its value.
    assert json.loads(created.stdout)["apisecret"] == "********"
    clients = as_json(cli("clients", "ls", "--json", env=env))
    assert [c["name"] for c in clients] == ["Shop"]
    shown = as_json(cli("clients", "show", str(clients[0]["id"]), "--json", env=env))
    assert shown["apikey"] and shown["apisecret"] in ("", "********")
    assert cli("clients", "edit", str(clients[0]["id"]), "name=Shop 2", env=env).status == 0
    assert as_json(cli("clients", "show", str(clients[0]["id"]), "--json", env=env))["name"] == "Shop 2"


def test_email_add_and_rm(cli: CLI) -> None:
    assert as_json(cli("email", "add", "me@example.com", "--max-sms", "4", "--json")) == {"success": True}
    assert cli("email", "rm", "me@example.com").status == 0
    assert cli("email", "rm", "me@example.com").status == 6


def test_callbacks_parse_sign_and_verify(cli: CLI) -> None:
    parsed = as_json(
        cli(
            "callbacks",
            "parse",
            "https://x.example/dlr?message_id=1&mobile=61491570156&datetime=2026-01-05+09:00:00&status=delivered",
            "--json",
        )
    )
    assert parsed["kind"] == "DlrCallback" and parsed["status"] == "delivered" and parsed["mobile"] == 61491570156
    secret = "a-callback-secret-of-32-characters!"
    env = {"TRANSMITSMS_CALLBACK_SECRET": secret}
    signed = as_json(cli("callbacks", "sign", "https://x.example/dlr?order=1", "--json", env=env))["url"]
    assert CallbackSigner(secret).verify(signed)
    assert cli("callbacks", "verify", signed + "&status=delivered", env=env).status == 0
    tampered = cli("callbacks", "verify", signed.replace("order=1", "order=2"), "--json", env=env)
    assert tampered.status == 5 and json.loads(tampered.stdout)["signature"] == "INVALID"
    assert secret not in (tampered.output + cli("callbacks", "verify", signed, env=env).output)
    assert cli("callbacks", "parse", "https://x.example/dlr?status=delivered").status == 5  # MalformedCallbackError


def test_api_calls_any_operation_by_its_name(cli: CLI) -> None:
    methods = as_json(cli("api", "--list", "--json"))
    assert {
        "method": "send-sms",
        "client": "client.sms.send",
        "path": "/send-sms.json",
        "safe_to_retry": False,
        "paginated": False,
    } in methods
    assert as_json(cli("api", "get-balance", "--json")) == {"balance": 100, "currency": "AUD"}
    sent = as_json(cli("api", "send_sms", "message=Hi", "to=61491570156", "validity=60", "--json"))
    assert sent["recipients"] == 1
    assert (
        as_json(cli("api", "format-number", "msisdn=0491 570 156", "countrycode=au", "--json"))["number"][
            "international"
        ]
        == 61491570156
    )
    assert len(as_json(cli("api", "get-numbers", "filter=available", "max=3", "--json"))) == 3


def test_send_file_is_a_resumable_bulk_send(cli: CLI, transmitsms_sim: Any, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("phone,name\n" + "".join(f"6141234{n:04d},P{n % 2}\n" for n in range(7)) + "nope,x\n")
    first = cli("send", "--file", str(people), "--message", "Hi [name]", "--chunk-size", "2", "--json")
    summary = as_json(first)
    assert summary["sent"] == 7 and summary["recipients"] == 7 and summary["skipped.invalid"] == 1
    assert summary["journal"] == f"{people}.journal" and summary["messages"] == 4
    again = as_json(cli("send", "--file", str(people), "--message", "Hi [name]", "--chunk-size", "2", "--json"))
    assert again["sent"] == 7 and again["messages"] == 4
    assert sum(len(m["recipients_detail"]) for m in transmitsms_sim.messages()) == 7
    other = cli("send", "--file", str(people), "--message", "Something else", "--chunk-size", "2")
    assert other.status == 2 and "holds another bulk send" in other.stderr


def test_an_incomplete_bulk_send_says_what_is_left_and_exits_13(cli: CLI, transmitsms_sim: Any, tmp_path: Path) -> None:
    poor = transmitsms_sim.create_account(name="Poor", balance=0.2)
    env = {"TRANSMITSMS_API_KEY": poor["api_key"], "TRANSMITSMS_API_SECRET": poor["api_secret"]}
    people = tmp_path / "numbers.csv"
    people.write_text("".join(f"6141234{n:04d}\n" for n in range(6)))
    run = cli(
        "send",
        "--file",
        str(people),
        "--message",
        "Pay",
        "--chunk-size",
        "2",
        "--journal",
        str(tmp_path / "j"),
        env=env,
    )
    assert run.status == 13, run.output
    assert "LEDGER_ERROR" in run.stdout and "2 recipients not sent yet: run the same command again" in run.stdout
