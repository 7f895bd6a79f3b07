"""S/MIME: signed verify and batch messages check out with `openssl smime -verify` against a
test CA, on the wire through a real local server too; unusable certificates say why."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from servers import PASSWORD, USERNAME, start_server

from smtpdesk.core import secrets, smime
from smtpdesk.core.compose import ComposeError, build_message, prepare
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import Sender, SendOptions, template_for
from smtpdesk.core.transport import Credentials
from smtpdesk.core.verify import test_message as make_test_message
from smtpdesk.core.verify import verify

OPENSSL = shutil.which("openssl")
P12_PASSWORD = "Heslo-k-certifikátu-7Q"
SENDER = "Jan Novák <info@novak.cz>"
NOW = datetime.now(UTC)

pytestmark = pytest.mark.skipif(OPENSSL is None, reason="needs the openssl command")


# -- a test CA and user certificates ------------------------------------------------------


@dataclass
class Authority:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate


def _name(common_name: str, email: str | None = None) -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CZ"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Novák s.r.o."),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attributes)


def _authority(common_name: str, issuer: Authority | None = None) -> Authority:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = _name(common_name)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.certificate.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=365))
        .not_valid_after(NOW + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    signing_key = issuer.key if issuer else key
    return Authority(key, builder.sign(signing_key, hashes.SHA256()))


def _user_certificate(
    issuer: Authority,
    key,
    *,
    email: str = "info@novak.cz",
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    purpose=ExtendedKeyUsageOID.EMAIL_PROTECTION,
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(_name("Jan Novák", email))
        .issuer_name(issuer.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - timedelta(days=1))
        .not_valid_after(not_after or NOW + timedelta(days=365))
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([purpose]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
        .sign(issuer.key, hashes.SHA256())
    )


@dataclass
class Pki:
    root: Authority
    intermediate: Authority
    folder: Path

    @property
    def ca_file(self) -> Path:
        return self.folder / "ca.pem"

    def p12(
        self,
        name: str = "jan.p12",
        *,
        password: str | None = P12_PASSWORD,
        key=None,
        with_key: bool = True,
        **certificate,
    ) -> Path:
        """A PKCS#12 with a user key and certificate from the intermediate, and the
        intermediate as its chain (the root is only in ca.pem)."""
        key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = _user_certificate(self.intermediate, key, **certificate)
        encryption = (
            serialization.BestAvailableEncryption(password.encode())
            if password
            else serialization.NoEncryption()
        )
        data = pkcs12.serialize_key_and_certificates(
            b"jan",
            key if with_key else None,
            cert if with_key else None,
            [self.intermediate.certificate] + ([] if with_key else [cert]),
            encryption,
        )
        path = self.folder / name
        path.write_bytes(data)
        return path


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> Pki:
    folder = tmp_path_factory.mktemp("smime")
    root = _authority("smtpdesk Test Root CA")
    intermediate = _authority("smtpdesk Test Intermediate CA", root)
    pki = Pki(root, intermediate, folder)
    pki.ca_file.write_bytes(root.certificate.public_bytes(serialization.Encoding.PEM))
    return pki


@pytest.fixture(scope="module")
def p12(pki) -> Path:
    return pki.p12()


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv(smime.ENV_SMIME_PASSWORD, P12_PASSWORD)


def profile(path: Path | str = "", port: int = 25, **changes) -> Profile:
    values = dict(
        name="Pisarna",
        host="127.0.0.1",
        port=port,
        sender=SENDER,
        encryption="starttls",
        username=USERNAME,
        timeout=5,
        smime_pkcs12=str(path),
    )
    values.update(changes)
    return Profile(**values)


def openssl_verify(data: bytes, pki: Pki, tmp_path: Path) -> subprocess.CompletedProcess:
    message = tmp_path / "msg.eml"
    message.write_bytes(data)
    return subprocess.run(
        [
            OPENSSL,
            "smime",
            "-verify",
            "-in",
            str(message),
            "-CAfile",
            str(pki.ca_file),
            "-out",
            str(tmp_path / "content.out"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def assert_verifies(data: bytes, pki: Pki, tmp_path: Path) -> None:
    result = openssl_verify(data, pki, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr


def parse(data: bytes):
    return BytesParser(policy=policy.default).parsebytes(data)


def signed_part_bytes(data: bytes) -> tuple[bytes, bytes]:
    """(the top-level header block, the bytes between the first two delimiters)."""
    head, _, _ = data.partition(b"\r\n\r\n")
    boundary = re.search(rb'boundary="([^"]+)"', data).group(1)
    delimiter = b"\r\n--" + boundary + b"\r\n"
    start = data.index(delimiter) + len(delimiter)
    return head, data[start : data.index(b"\r\n--" + boundary, start)]


# -- the verify test message --------------------------------------------------------------


def test_signed_verify_message_verifies_with_openssl(pki, p12, password_env, tmp_path):
    data, message_id = make_test_message(
        profile(p12), "Petra Dvořáková <petra@example.cz>", subject="Zkušební zpráva – smtpdesk"
    )
    assert_verifies(data, pki, tmp_path)
    message = parse(data)
    assert message.get_content_type() == "multipart/signed"
    assert message.get_param("protocol") == "application/pkcs7-signature"
    assert message.get_param("micalg") == "sha-256"
    assert message["Message-ID"] == message_id
    assert str(message["Subject"]) == "Zkušební zpráva – smtpdesk"
    content, signature = message.get_payload()
    assert content.get_content_type() == "text/plain"
    assert "test message from smtpdesk" in content.get_content()
    assert signature.get_content_type() == "application/pkcs7-signature"
    assert signature.get_filename() == "smime.p7s"
    # the top-level headers stay outside the signed entity
    head, signed = signed_part_bytes(data)
    assert signed.startswith(b"Content-Type: text/plain")
    for name in (b"From:", b"To:", b"Subject:", b"Date:", b"Message-ID:", b"MIME-Version:"):
        assert re.search(rb"(?m)^" + name, head)
        assert not re.search(rb"(?m)^" + name, signed)
    assert data.isascii() and b"\n" not in data.replace(b"\r\n", b"")


def test_openssl_output_is_the_signed_entity_byte_for_byte(pki, p12, password_env, tmp_path):
    data, _ = make_test_message(profile(p12), "petra@example.cz")
    assert_verifies(data, pki, tmp_path)
    _, signed = signed_part_bytes(data)
    # openssl writes the content it checked; in text mode it is the entity with CRLF kept
    assert (tmp_path / "content.out").read_bytes().replace(b"\r\n", b"\n") == signed.replace(
        b"\r\n", b"\n"
    )


def test_tampering_with_one_byte_fails_verification(pki, p12, password_env, tmp_path):
    data, _ = make_test_message(profile(p12), "petra@example.cz")
    tampered = data.replace(b"test message from smtpdesk", b"test message from smtpdesK")
    assert tampered != data
    result = openssl_verify(tampered, pki, tmp_path)
    assert result.returncode != 0
    assert "Verification successful" not in result.stderr


def test_another_ca_does_not_verify(pki, p12, password_env, tmp_path):
    other = _authority("Someone Else CA")
    data, _ = make_test_message(profile(p12), "petra@example.cz")
    (tmp_path / "other.pem").write_bytes(other.certificate.public_bytes(serialization.Encoding.PEM))
    message = tmp_path / "m.eml"
    message.write_bytes(data)
    result = subprocess.run(
        [
            OPENSSL,
            "smime",
            "-verify",
            "-in",
            str(message),
            "-CAfile",
            str(tmp_path / "other.pem"),
            "-out",
            os.devnull,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


# -- batch messages -----------------------------------------------------------------------


@pytest.fixture
def attachments(tmp_path) -> tuple[Path, Path]:
    common = tmp_path / "Faktura č. 17 – Žluťoučký kůň.pdf"
    common.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    own = tmp_path / "Přehled plateb.csv"
    own.write_text("datum;částka\n2026-01-05;1 250,00 Kč\n", encoding="utf-8")
    return common, own


def batch_template(signer, attachments, **changes):
    common, _ = attachments
    values = dict(
        sender=SENDER,
        subject="Faktura pro {{ Jméno }} – {{ Částka }}",
        text_body=(
            "Dobrý den, {{ Jméno }},\nv příloze posíláme fakturu na {{ Částka }}.\n"
            "From now on we write in Czech.\nřádek s mezerou na konci \n"
        ),
        html_body="<p>Dobrý den, <b>{{ Jméno }}</b>,</p>\n<p>částka: {{ Částka }}</p>\n",
        reply_to="Účtárna <ucetni@novak.cz>",
        attachments=[common],
        columns=["email", "Jméno", "Částka"],
        list_unsubscribe=True,
        signer=signer,
    )
    values.update(changes)
    return prepare(**values)


def recipient(attachments, row: int = 2) -> Recipient:
    return Recipient(
        row,
        "petra@dvorakova.cz",
        {"email": "petra@dvorakova.cz", "Jméno": "Petra Dvořáková", "Částka": "1 250,00 Kč"},
        attachments=(str(attachments[1]),),
    )


def test_signed_batch_message_verifies_and_reads_back(
    pki, p12, password_env, tmp_path, attachments
):
    signer = smime.signer_for(profile(p12))
    template = batch_template(signer, attachments)
    rendered = template.render(recipient(attachments))
    assert_verifies(rendered.data, pki, tmp_path)

    message = parse(rendered.data)
    assert message.get_content_type() == "multipart/signed"
    assert str(message["Subject"]) == "Faktura pro Petra Dvořáková – 1 250,00 Kč"
    assert str(message["From"]) == SENDER
    assert message["List-Unsubscribe"]
    mixed, signature = message.get_payload()
    assert mixed.get_content_type() == "multipart/mixed"
    assert signature.get_content_type() == "application/pkcs7-signature"
    body = mixed.get_body(("plain",))
    text = body.get_content().replace("\r\n", "\n")
    assert "Petra Dvořáková" in text and "From now on" in text
    assert "řádek s mezerou na konci \n" in text  # trailing space kept, quoted on the wire
    assert "Petra Dvořáková" in mixed.get_body(("html",)).get_content()
    names = [part.get_filename() for part in mixed.iter_attachments()]
    assert names == ["Faktura č. 17 – Žluťoučký kůň.pdf", "Přehled plateb.csv"]
    assert list(mixed.iter_attachments())[0].get_content() == attachments[0].read_bytes()
    # nothing on the wire that a server may rewrite inside the signed part
    _, signed = signed_part_bytes(rendered.data)
    assert not re.search(rb"(?m)^From ", signed)
    assert not re.search(rb"[ \t]\r\n", signed)
    assert rendered.data.isascii()
    assert all(len(line) <= 78 for line in rendered.data.split(b"\r\n"))


def test_each_batch_message_gets_its_own_signature(pki, p12, password_env, tmp_path, attachments):
    template = batch_template(smime.signer_for(profile(p12)), attachments)
    first = template.render(recipient(attachments))
    second = template.render(
        Recipient(
            3,
            "karel@example.cz",
            {"email": "karel@example.cz", "Jméno": "Karel", "Částka": "10 Kč"},
        )
    )
    assert_verifies(second.data, pki, tmp_path)
    assert first.message_id != second.message_id
    assert signed_part_bytes(first.data)[1] != signed_part_bytes(second.data)[1]


def test_template_for_signs_when_the_profile_names_a_certificate(
    pki, p12, password_env, tmp_path, attachments
):
    spec = BatchSpec(
        subject="Pozvánka",
        text_body="Dobrý den, {{ Jméno }}.\n",
        columns=("email", "Jméno"),
        attachments=(str(attachments[0]),),
    )
    template = template_for(profile(p12), spec)
    assert template.signed
    data = template.render(
        Recipient(2, "a@example.cz", {"email": "a@example.cz", "Jméno": "Aleš"})
    ).data
    assert_verifies(data, pki, tmp_path)
    assert not template_for(profile(""), spec).signed


def test_the_preview_shows_the_content_not_the_signature(p12, password_env, attachments):
    template = batch_template(smime.signer_for(profile(p12)), attachments)
    preview = build_message(template, recipient(attachments))
    assert preview.get_content_type() == "multipart/mixed"
    assert [p.get_filename() for p in preview.iter_attachments()] == [
        "Faktura č. 17 – Žluťoučký kůň.pdf",
        "Přehled plateb.csv",
    ]


def test_unsigned_messages_are_as_before(attachments):
    template = batch_template(None, attachments)
    data = template.render(recipient(attachments)).data
    assert not template.signed
    assert parse(data).get_content_type() == "multipart/mixed"
    assert b"pkcs7" not in data
    # without signing, the body keeps plain 7bit even with a trailing space
    plain = (
        prepare(sender=SENDER, subject="x", text_body="From here \n")
        .render(Recipient(2, "a@example.cz", {}))
        .data
    )
    assert b"Content-Transfer-Encoding: 7bit" in plain and b"\r\nFrom here \r\n" in plain


def test_an_ec_key_signs_too(pki, password_env, tmp_path):
    path = pki.p12("ec.p12", key=ec.generate_private_key(ec.SECP256R1()))
    data, _ = make_test_message(profile(path), "petra@example.cz")
    assert_verifies(data, pki, tmp_path)


# -- through a real server ----------------------------------------------------------------


@pytest.fixture
def server(good_context):
    started = start_server(mode="starttls", server_context=good_context)
    yield started
    started.stop()


async def test_a_signed_verify_message_arrives_and_verifies(
    home, server, pki, p12, password_env, tmp_path
):
    result = await verify(profile(p12, port=server.port), Credentials(USERNAME, PASSWORD))
    assert result.diagnosis.code == "ok", result.diagnosis
    assert len(server.received) == 1
    assert_verifies(server.received[0].data, pki, tmp_path)


async def test_a_signed_batch_arrives_and_every_message_verifies(
    home, server, pki, p12, tmp_path, attachments
):
    secrets.set_secret(secrets.SMIME_SERVICE, "Pisarna", P12_PASSWORD)  # from the keyring
    spec = BatchSpec(
        subject="Pozvánka pro {{ Jméno }}",
        text_body="Dobrý den, {{ Jméno }},\nzveme vás.\n",
        html_body="<p>Dobrý den, {{ Jméno }}</p>\n",
        attachments=(str(attachments[0]),),
        columns=("email", "Jméno"),
    )
    people = [
        Recipient(
            i + 2, f"osoba{i}@example.cz", {"email": f"osoba{i}@example.cz", "Jméno": f"Šárka {i}"}
        )
        for i in range(4)
    ]
    queue = Queue(home / "queue.sqlite3")
    batch = queue.create_batch("Pisarna", spec, people)
    the_profile = profile(p12, port=server.port)
    sender = Sender(
        queue,
        batch,
        the_profile,
        Credentials(USERNAME, PASSWORD),
        template_for(the_profile, spec),
        options=SendOptions.for_profile(the_profile, retry_base=0.05, retry_cap=0.2, max_wait=30),
    )
    outcome = await sender.run()
    assert outcome.summary.sent == 4
    assert len(server.received) == 4
    for received in server.received:
        assert_verifies(received.data, pki, tmp_path)
        assert parse(received.data).get_content_type() == "multipart/signed"


# -- unusable certificates ----------------------------------------------------------------


def test_wrong_password_is_a_clear_error(p12, monkeypatch):
    monkeypatch.setenv(smime.ENV_SMIME_PASSWORD, "wrong")
    with pytest.raises(smime.SmimeError) as caught:
        smime.signer_for(profile(p12))
    assert caught.value.code == "smime_wrong_password"
    assert caught.value.to_json()["field"] == "smime_pkcs12"


async def test_verify_refuses_before_connecting_with_a_wrong_password(
    home, p12, monkeypatch, server
):
    monkeypatch.setenv(smime.ENV_SMIME_PASSWORD, "wrong")
    with pytest.raises(smime.SmimeError) as caught:
        await verify(profile(p12, port=server.port), Credentials(USERNAME, PASSWORD))
    assert caught.value.code == "smime_wrong_password"
    assert server.handler.sessions == set() and server.received == []


def test_a_batch_with_a_wrong_password_is_a_compose_error(p12, monkeypatch):
    monkeypatch.setenv(smime.ENV_SMIME_PASSWORD, "wrong")
    with pytest.raises(ComposeError) as caught:
        template_for(profile(p12), BatchSpec(subject="x", text_body="y"))
    assert caught.value.code == "smime_wrong_password"


def test_no_password_anywhere(home, p12):
    with pytest.raises(smime.SmimeError) as caught:
        smime.signer_for(profile(p12))
    assert caught.value.code == "smime_password_missing"


def test_a_file_without_a_password_needs_none(home, pki, tmp_path):
    path = pki.p12("open.p12", password=None)
    data, _ = make_test_message(profile(path), "petra@example.cz")
    assert_verifies(data, pki, tmp_path)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "smime_file_missing"),
        (b"this is not a certificate\n" * 20, "smime_unreadable"),
    ],
)
def test_missing_or_foreign_file(tmp_path, password_env, content, code):
    path = tmp_path / "jan.p12"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(smime.SmimeError) as caught:
        smime.signer_for(profile(path))
    assert caught.value.code == code


def test_a_file_with_certificates_only_has_no_key(pki, password_env):
    path = pki.p12("certs-only.p12", with_key=False)
    with pytest.raises(smime.SmimeError) as caught:
        smime.signer_for(profile(path))
    assert caught.value.code == "smime_no_key"


def test_an_unsupported_key_is_named(pki, password_env):
    path = pki.p12("ed.p12", key=ed25519.Ed25519PrivateKey.generate())
    with pytest.raises(smime.SmimeError) as caught:
        smime.signer_for(profile(path))
    assert caught.value.code == "smime_unsupported_key"


def test_expired_certificate_is_flagged_and_refused(pki, password_env):
    path = pki.p12(
        "expired.p12", not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=2)
    )
    summary = smime.load_pkcs12(path, P12_PASSWORD).summary
    assert summary.is_expired() and summary.days_left() < 0
    assert summary.warnings("info@novak.cz")[0] == "expired"
    with pytest.raises(smime.SmimeError) as caught:
        smime.signer_for(profile(path))
    assert caught.value.code == "smime_expired"


def test_expiring_within_30_days_is_flagged_but_signs(pki, password_env, tmp_path):
    path = pki.p12("soon.p12", not_after=NOW + timedelta(days=10, hours=1))
    summary = smime.load_pkcs12(path, P12_PASSWORD).summary
    assert summary.days_left() == 10
    assert summary.warnings("info@novak.cz") == ("expires_soon",)
    data, _ = make_test_message(profile(path), "petra@example.cz")
    assert_verifies(data, pki, tmp_path)
    later = smime.load_pkcs12(
        pki.p12("later.p12", not_after=NOW + timedelta(days=90)), P12_PASSWORD
    ).summary
    assert later.warnings("info@novak.cz") == ()


def test_summary_and_address_match(p12):
    summary = smime.load_pkcs12(p12, P12_PASSWORD).summary
    assert summary.common_name == "Jan Novák"
    assert "CN=Jan Novák" in summary.subject
    assert summary.issuer_common_name == "smtpdesk Test Intermediate CA"
    assert summary.emails == ("info@novak.cz",)
    assert summary.matches("info@novak.cz") and summary.matches("INFO@Novak.CZ")
    assert not summary.matches("jan@novak.cz")
    assert summary.warnings("jan@novak.cz") == ("email_mismatch",)
    assert summary.for_email_signing


def test_a_certificate_for_other_purposes_is_flagged(pki):
    path = pki.p12("server.p12", purpose=ExtendedKeyUsageOID.SERVER_AUTH)
    summary = smime.load_pkcs12(path, P12_PASSWORD).summary
    assert "not_for_email_signing" in summary.warnings("info@novak.cz")


# -- the password stays secret ------------------------------------------------------------


def run_cli(*args: str, home: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(
        SMTPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        LANG="C.UTF-8",
        SMTPDESK_LOG_LEVEL="DEBUG",
    )
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "smtpdesk", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def test_the_password_never_lands_in_a_file_or_log(home, server, pki, p12, tmp_path):
    profile_file = tmp_path / "pisarna.toml"
    profile_file.write_text(
        f'name = "Pisarna"\nhost = "127.0.0.1"\nport = {server.port}\n'
        f'encryption = "starttls"\nauth = true\nusername = "{USERNAME}"\n'
        f'sender = "{SENDER}"\nsmime_pkcs12 = "{p12.as_posix()}"\n',
        encoding="utf-8",
    )
    env = {"SMTPDESK_PASSWORD": PASSWORD, smime.ENV_SMIME_PASSWORD: P12_PASSWORD}
    ok = run_cli(
        "verify", "--profile-file", str(profile_file), "--json", "--transcript", home=home, env=env
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout.strip().splitlines()[-1])["code"] == "ok"
    assert len(server.received) == 1
    assert_verifies(server.received[0].data, pki, tmp_path)

    wrong = "falešné-heslo-42"
    refused = run_cli(
        "verify",
        "--profile-file",
        str(profile_file),
        "--json",
        home=home,
        env={**env, smime.ENV_SMIME_PASSWORD: wrong},
    )
    assert refused.returncode == 1
    errors = json.loads(refused.stdout.strip().splitlines()[-1])["errors"]
    assert errors[0]["code"] == "smime_wrong_password"
    assert len(server.received) == 1  # nothing sent

    assert (home / "logs" / "smtpdesk.log").exists() or list(home.rglob("*.log"))
    for secret in (P12_PASSWORD, wrong):
        for path in home.rglob("*"):
            if path.is_file():
                assert secret.encode("utf-8") not in path.read_bytes(), path
        for result in (ok, refused):
            assert secret not in result.stdout and secret not in result.stderr


def test_cli_send_signs_every_message_and_refuses_a_wrong_password(
    home, server, pki, p12, tmp_path
):
    profile_file = tmp_path / "pisarna.toml"
    profile_file.write_text(
        f'name = "Pisarna"\nhost = "127.0.0.1"\nport = {server.port}\n'
        f'encryption = "starttls"\nauth = true\nusername = "{USERNAME}"\n'
        f'sender = "{SENDER}"\nsmime_pkcs12 = "{p12.as_posix()}"\n',
        encoding="utf-8",
    )
    people = tmp_path / "příjemci.csv"
    people.write_text(
        "E-mail;Jméno\nana@example.cz;Ana Šťastná\nbor@example.cz;Bořek\n", encoding="utf-8"
    )
    body = tmp_path / "body.txt"
    body.write_text("Dobrý den, {{ Jméno }},\nzveme vás na schůzku.\n", encoding="utf-8")
    args = (
        "send",
        "--profile-file",
        str(profile_file),
        "--recipients",
        str(people),
        "--subject",
        "Pozvánka – {{ Jméno }}",
        "--body",
        str(body),
        "--json",
    )
    env = {"SMTPDESK_PASSWORD": PASSWORD}

    refused = run_cli(*args, home=home, env={**env, smime.ENV_SMIME_PASSWORD: "nope-123"})
    assert refused.returncode == 1, refused.stderr
    errors = json.loads(refused.stdout.strip().splitlines()[-1])["errors"]
    assert errors[0]["code"] == "smime_wrong_password"
    assert server.received == []

    sent = run_cli(*args, home=home, env={**env, smime.ENV_SMIME_PASSWORD: P12_PASSWORD})
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout.strip().splitlines()[-1])["sent"] == 2
    assert len(server.received) == 2
    for received in server.received:
        assert_verifies(received.data, pki, tmp_path)
        assert "Pozvánka – " in str(parse(received.data)["Subject"])
