"""`smtpdesk check-domain` as a script runs it: the JSON of CONTRACT §1, exit codes 0/2/1,
hints in the chosen language; DNS from a real server on 127.0.0.1 (SMTPDESK_DNS)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_domaincheck import KEY, SERVER, SERVER_IP, zone


def run(*args: str, home: Path, dns: str):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(
        SMTPDESK_HOME=str(home),
        SMTPDESK_DNS=dns,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        LANG="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "smtpdesk", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def last_json(result):
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def dns(dns_server):
    records = {SERVER: SERVER_IP, "smtp.seznam.cz": "192.0.2.77"}
    for records_of in (
        zone("good.test", f"v=spf1 ip4:{SERVER_IP} -all"),
        zone("hard.test", "v=spf1 ip4:198.51.100.1 -all"),
        zone("soft.test", "v=spf1 ip4:198.51.100.1 ~all", dkim={}),
        zone("seznam.cz", "v=spf1 ip4:192.0.2.77 -all", dkim={"szn": KEY}),
    ):
        records.update(records_of)
    return dns_server(records).address


def profile(tmp_path: Path, domain: str) -> Path:
    path = tmp_path / f"{domain}.toml"
    path.write_text(
        f'name = "Pisarna"\nhost = "{SERVER}"\nport = 587\n'
        f'encryption = "starttls"\nauth = true\nusername = "info@{domain}"\n'
        f'sender = "Jan Novák <info@{domain}>"\n',
        encoding="utf-8",
    )
    return path


def test_a_good_domain_exits_0_with_the_contract_json(tmp_path, dns):
    result = run(
        "check-domain",
        "--profile-file",
        str(profile(tmp_path, "good.test")),
        "--json",
        home=tmp_path,
        dns=dns,
    )
    assert result.returncode == 0, result.stderr
    data = last_json(result)
    assert data["domain"] == "good.test" and data["server"] == SERVER
    assert data["addresses"] == [SERVER_IP] and data["verdict"] == "ok"
    assert [f["code"] for f in data["findings"]] == ["spf_ok", "dkim_ok", "dmarc_ok"]
    for finding in data["findings"]:
        assert {"code", "severity", "record", "detail", "hint"} <= finding.keys()
        assert finding["hint"]


def test_a_problem_exits_2_and_the_hint_says_the_next_step_in_czech(tmp_path, dns):
    result = run(
        "--lang",
        "cs",
        "check-domain",
        "--profile-file",
        str(profile(tmp_path, "hard.test")),
        "--json",
        home=tmp_path,
        dns=dns,
    )
    assert result.returncode == 2, result.stderr
    data = last_json(result)
    finding = data["findings"][0]
    assert (finding["code"], finding["severity"]) == ("spf_not_authorizing", "problem")
    assert finding["record"] == "v=spf1 ip4:198.51.100.1 -all"
    assert f"ip4:{SERVER_IP}" in finding["hint"] and "DNS" in finding["hint"]
    assert "SPF záznam" in finding["hint"] or "záznamu SPF" in finding["hint"]


def test_warnings_exit_0_and_the_words_go_to_stdout_without_json(tmp_path, dns):
    result = run(
        "--lang",
        "pl",
        "check-domain",
        "--profile-file",
        str(profile(tmp_path, "soft.test")),
        home=tmp_path,
        dns=dns,
    )
    assert result.returncode == 0, result.stderr
    assert "spf_not_authorizing" in result.stdout and "dkim_not_found" in result.stdout
    assert "SPF" in result.stdout and "DKIM" in result.stdout
    assert "Ask whoever" not in result.stdout  # Polish, not English


def test_an_address_alone_uses_the_providers_server(tmp_path, dns):
    result = run("check-domain", "jan@seznam.cz", "--json", home=tmp_path, dns=dns)
    data = last_json(result)
    assert data["server"] == "smtp.seznam.cz" and data["addresses"] == ["192.0.2.77"]
    codes = [f["code"] for f in data["findings"]]
    assert codes[0] == "freemail_sender" and "spf_ok" in codes
    assert result.returncode == 0


@pytest.mark.parametrize("args", [[], ["--profile", "X", "a@b.test"], ["not an address"]])
def test_usage_errors_exit_1(tmp_path, dns, args):
    result = run("check-domain", *args, "--json", home=tmp_path, dns=dns)
    assert result.returncode == 1, result.stderr
    assert last_json(result)["ok"] is False
