"""`check-domain`'s judgement of a sender domain, against a real DNS server on 127.0.0.1 that
serves test zones (tests/dns_stub.py); every finding code of CONTRACT §1 is reached here."""

from __future__ import annotations

from pathlib import Path

import pytest
from dns_stub import closed_dns_port

from smtpdesk.core.domaincheck import check_domain, organizational_domain, parse_dmarc

SERVER = "smtp.host.test"
SERVER_IP = "192.0.2.10"
KEY = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1TaNgLlSyQMNWVLNLvyY"


def zone(
    domain: str,
    spf=None,
    *,
    mx=True,
    dmarc="v=DMARC1; p=reject",
    dkim: dict | None = None,
    extra: dict | None = None,
) -> dict:
    """A domain's records: SPF (a text or a list of texts), MX, DMARC, DKIM keys by
    selector (default: a key at `default`)."""
    records: dict = {domain: {}}
    if spf is not None:
        records[domain]["TXT"] = spf
    if mx:
        records[domain]["MX"] = f"10 mx.{domain}."
        records[f"mx.{domain}"] = "192.0.2.25"
    if dmarc is not None:
        records[f"_dmarc.{domain}"] = {"TXT": dmarc}
    for selector, key in (dkim if dkim is not None else {"default": KEY}).items():
        records[f"{selector}._domainkey.{domain}"] = {"TXT": key}
    records.update(extra or {})
    return records


def codes(result) -> dict[str, str]:
    return {f.code: f.severity for f in result.findings}


@pytest.fixture
def zones(dns_server):
    def start(*domains: dict):
        records = {SERVER: SERVER_IP}
        for d in domains:
            records.update(d)
        return dns_server(records)

    return start


async def test_a_good_domain_is_ok(zones):
    zones(zone("novak.test", f"v=spf1 a:{SERVER} ip4:198.51.100.0/24 -all"))
    result = await check_domain("Jan Novák <info@novak.test>", SERVER)
    assert codes(result) == {"spf_ok": "ok", "dkim_ok": "ok", "dmarc_ok": "ok"}
    assert result.verdict == "ok"
    assert result.addresses == (SERVER_IP,)
    data = result.to_json(lambda f: "hint")
    assert data["domain"] == "novak.test" and data["server"] == SERVER
    assert data["findings"][0]["record"].startswith("v=spf1 a:")


async def test_no_spf_record_is_a_problem_with_a_record_to_publish(zones):
    zones(zone("nospf.test", None))
    result = await check_domain("info@nospf.test", SERVER)
    spf = next(f for f in result.findings if f.code == "spf_missing")
    assert spf.severity == "problem" and result.verdict == "problem"
    assert spf.fix.value == f"v=spf1 ip4:{SERVER_IP} ~all" and spf.fix.name == "nospf.test"


async def test_two_spf_records_are_invalid(zones):
    zones(zone("two.test", [f"v=spf1 ip4:{SERVER_IP} -all", "v=spf1 include:other.test -all"]))
    result = await check_domain("info@two.test", SERVER)
    assert codes(result)["spf_invalid"] == "problem"


async def test_more_than_ten_lookups_is_invalid_even_when_the_server_is_named_first(zones):
    includes = {f"i{n}.many.test": {"TXT": f"v=spf1 ip4:203.0.113.{n} -all"} for n in range(11)}
    record = (
        f"v=spf1 ip4:{SERVER_IP} "
        + " ".join(f"include:i{n}.many.test" for n in range(11))
        + " -all"
    )
    zones(zone("many.test", record, extra=includes))
    result = await check_domain("info@many.test", SERVER)
    finding = next(f for f in result.findings if f.code == "spf_invalid")
    assert "lookups" in finding.detail.lower()


async def test_a_syntax_error_is_invalid(zones):
    zones(zone("typo.test", f"v=spf1 ip4:{SERVER_IP} inclde:x.test -all"))
    result = await check_domain("info@typo.test", SERVER)
    assert codes(result)["spf_invalid"] == "problem"


async def test_include_chains_and_redirect_are_followed(zones):
    chain = {
        "_spf.hosting.test": {"TXT": "v=spf1 include:_out.hosting.test -all"},
        "_out.hosting.test": {"TXT": "v=spf1 ip4:192.0.2.0/24 -all"},
    }
    zones(
        zone("chain.test", "v=spf1 include:_spf.hosting.test -all", extra=chain),
        zone("redirect.test", "v=spf1 redirect=_spf.hosting.test"),
    )
    assert codes(await check_domain("info@chain.test", SERVER))["spf_ok"] == "ok"
    assert codes(await check_domain("info@redirect.test", SERVER))["spf_ok"] == "ok"


async def test_a_record_that_refuses_the_server_with_dash_all_is_a_problem(zones):
    zones(
        zone(
            "hard.test",
            "v=spf1 include:_spf.elsewhere.test -all",
            extra={"_spf.elsewhere.test": {"TXT": "v=spf1 ip4:198.51.100.1 -all"}},
        )
    )
    result = await check_domain("info@hard.test", SERVER)
    finding = next(f for f in result.findings if f.code == "spf_not_authorizing")
    assert finding.severity == "problem" and result.verdict == "problem"
    assert finding.record == "v=spf1 include:_spf.elsewhere.test -all"
    # the record to publish keeps what was there and adds the server before -all
    assert finding.fix.value == (f"v=spf1 include:_spf.elsewhere.test ip4:{SERVER_IP} -all")


@pytest.mark.parametrize("qualifier", ["~", "?"])
async def test_a_record_that_refuses_the_server_softly_is_a_warning(zones, qualifier):
    zones(zone("soft.test", f"v=spf1 ip4:198.51.100.1 {qualifier}all"))
    result = await check_domain("info@soft.test", SERVER)
    assert codes(result)["spf_not_authorizing"] == "warning"
    assert result.verdict == "warning"


async def test_a_provider_is_judged_by_its_documented_include(zones):
    # smtp.gmail.com: Google's mail leaves from other machines; the domain must include
    # _spf.google.com (provider database, sd:spf) and Google signs with selector "google"
    zones(
        zone(
            "workspace.test",
            "v=spf1 include:_spf.google.com ~all",
            dkim={"google": KEY},
            extra={"_spf.google.com": {"TXT": "v=spf1 ip4:35.190.247.0/24 ~all"}},
        ),
        zone("noinclude.test", f"v=spf1 ip4:{SERVER_IP} -all"),
    )
    good = await check_domain("info@workspace.test", "smtp.gmail.com")
    assert codes(good) == {"spf_ok": "ok", "dkim_ok": "ok", "dmarc_ok": "ok"}
    assert next(f for f in good.findings if f.code == "dkim_ok").params["selector"] == "google"
    bad = await check_domain("info@noinclude.test", "smtp.gmail.com")
    finding = next(f for f in bad.findings if f.code == "spf_not_authorizing")
    assert finding.severity == "problem"
    assert finding.params["include"] == "_spf.google.com"
    assert finding.fix.value == f"v=spf1 ip4:{SERVER_IP} include:_spf.google.com -all"


async def test_no_dkim_key_at_any_selector_is_a_warning(zones):
    zones(zone("nodkim.test", f"v=spf1 ip4:{SERVER_IP} -all", dkim={}))
    result = await check_domain("info@nodkim.test", SERVER)
    assert codes(result) == {"spf_ok": "ok", "dkim_not_found": "warning", "dmarc_ok": "ok"}
    assert result.verdict == "warning"


async def test_dmarc_none_missing_invalid_and_the_organizational_domain(zones):
    spf = f"v=spf1 ip4:{SERVER_IP} -all"
    zones(
        zone("none.test", spf, dmarc="v=DMARC1; p=none; rua=mailto:d@none.test"),
        zone("nodmarc.test", spf, dmarc=None),
        zone("baddmarc.test", spf, dmarc="v=DMARC1; p=maybe"),
        zone("office.org.test", spf, dmarc=None),
        {"_dmarc.org.test": {"TXT": "v=DMARC1; p=quarantine"}},
    )
    none = await check_domain("info@none.test", SERVER)
    assert codes(none)["dmarc_policy_none"] == "info" and none.verdict == "ok"
    missing = await check_domain("info@nodmarc.test", SERVER)
    assert codes(missing)["dmarc_missing"] == "warning"
    fix = next(f for f in missing.findings if f.code == "dmarc_missing").fix
    assert (fix.name, fix.value) == ("_dmarc.nodmarc.test", "v=DMARC1; p=none")
    assert codes(await check_domain("info@baddmarc.test", SERVER))["dmarc_invalid"] == "warning"
    assert codes(await check_domain("info@office.org.test", SERVER))["dmarc_ok"] == "ok"


def test_dmarc_parsing():
    assert parse_dmarc("v=DMARC1; p=reject; pct=100;") == ("reject", None)
    assert parse_dmarc("v=DMARC1;p=none") == ("none", None)
    assert parse_dmarc("v=DMARC1;; p=reject ; ") == ("reject", None)
    assert parse_dmarc("v=DMARC1; rua=mailto:d@x.test; p=quarantine") == ("quarantine", None)
    assert parse_dmarc("v=DMARC1; rua=mailto:d@x.test") == ("none", None)
    for bad in (
        "v=DMARC1 p=reject",
        "v=DMARC1; pct=50",
        "p=reject; v=DMARC1",
        "v=DMARC1; p=reject; pct=150",
        "v=DMARC1; p=reject; p=none",
        "v=DMARC1;;x",
    ):
        assert parse_dmarc(bad)[1], bad
    assert organizational_domain("biuro.firma.com.pl") == "firma.com.pl"
    assert organizational_domain("a.b.novak.cz") == "novak.cz"


async def test_no_mx_is_a_warning(zones):
    zones(zone("nomx.test", f"v=spf1 ip4:{SERVER_IP} -all", mx=False))
    result = await check_domain("info@nomx.test", SERVER)
    assert codes(result)["mx_missing"] == "warning"


async def test_a_free_mail_sender_is_a_warning(zones):
    zones(
        zone(
            "gmail.com",
            "v=spf1 redirect=_spf.google.com",
            dkim={"20230601": KEY},
            extra={"_spf.google.com": {"TXT": "v=spf1 ip4:35.190.247.0/24 ~all"}},
        )
    )
    result = await check_domain("jan.novak@gmail.com", "smtp.gmail.com")
    assert codes(result)["freemail_sender"] == "warning"
    assert codes(result)["spf_ok"] == "ok"  # redirect= to the include counts


async def test_an_address_alone_uses_its_providers_server(zones):
    zones(zone("seznam.cz", "v=spf1 ip4:192.0.2.77 -all"), {"smtp.seznam.cz": "192.0.2.77"})
    result = await check_domain("jan@seznam.cz")
    assert result.server == "smtp.seznam.cz" and codes(result)["spf_ok"] == "ok"


async def test_dns_that_does_not_answer_is_dns_failed_not_a_traceback(monkeypatch):
    monkeypatch.setenv("SMTPDESK_DNS", closed_dns_port())
    result = await check_domain("info@novak.test", SERVER, timeout=0.5)
    assert [f.code for f in result.findings] == ["dns_failed"]
    assert result.verdict == "problem"


async def test_a_broken_zone_is_dns_failed(zones):
    zones({"broken.test": {"SERVFAIL": True}})
    result = await check_domain("info@broken.test", SERVER)
    assert codes(result)["dns_failed"] == "problem"
    assert "spf_missing" not in codes(result)


def test_the_provider_database_keeps_includes_selectors_and_free_mail_with_sources(tmp_path):
    from smtpdesk.core.providers import load_database

    database = load_database()
    google = database.lookup("gmail.com")
    assert google.freemail and google.spf_include == "_spf.google.com"
    assert "google" in google.dkim_selectors
    assert "https://support.google.com/a/answer/10685031" in google.sources
    microsoft = database.named("Microsoft 365")
    assert microsoft.spf_include == "spf.protection.outlook.com" and not microsoft.freemail
    for domain in ("seznam.cz", "wp.pl", "centrum.cz", "outlook.com", "interia.pl"):
        assert database.lookup(domain).freemail, domain
    for domain in ("siol.net", "arnes.si", "onmicrosoft.com"):
        assert not database.lookup(domain).freemail, domain

    source = (Path(__file__).parents[1] / "resources/providers/wp.xml").read_text("utf-8")
    (tmp_path / "wp.xml").write_text(
        source.replace("<sd:freemail source=", "<sd:freemail nosource="), "utf-8"
    )
    with pytest.raises(ValueError, match="no source"):
        load_database.__wrapped__(tmp_path)


async def test_a_nested_provider_include_and_an_mx_at_google_are_found(zones):
    # an address alone: the MX at Google says the server; the include may sit one level down
    zones(
        {
            "firma.test": {
                "TXT": "v=spf1 include:_spf.firma.test -all",
                "MX": "1 aspmx.l.google.com.",
            },
            "_spf.firma.test": {"TXT": "v=spf1 ip4:198.51.100.7 include:_spf.google.com -all"},
            "_spf.google.com": {"TXT": "v=spf1 ip4:35.190.247.0/24 ~all"},
            "_dmarc.firma.test": {"TXT": "v=DMARC1; p=quarantine"},
            "google._domainkey.firma.test": {"TXT": KEY},
        }
    )
    result = await check_domain("ana@firma.test")
    assert result.server == "smtp.gmail.com"
    assert codes(result) == {"spf_ok": "ok", "dkim_ok": "ok", "dmarc_ok": "ok"}
