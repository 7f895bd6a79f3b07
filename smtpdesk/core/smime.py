"""S/MIME signing with a PKCS#12 certificate (CONTRACT §2, `smime_pkcs12`).

Owns loading the .p12/.pfx (its password from `SMTPDESK_SMIME_PASSWORD`, else the keyring),
describing its certificate for the window, and wrapping a MIME entity into an RFC 5751
`multipart/signed` entity with a detached CMS signature (SHA-256) made by `cryptography`.
The bytes signed are exactly the bytes written between the first two delimiters; the
message's top-level headers (From, To, Subject, Date, Message-ID, MIME-Version) stay outside.
"""

from __future__ import annotations

import base64
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from smtpdesk.core import secrets
from smtpdesk.core.address import AddressError, ascii_domain
from smtpdesk.core.errors import SmtpdeskError

# cryptography takes ~0.1 s to import: loaded by the functions that read or sign, so a
# window or a batch without a certificate never pays for it
if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    from smtpdesk.core.profile import Profile

__all__ = [
    "ENV_SMIME_PASSWORD",
    "EXPIRY_WARNING_DAYS",
    "CertificateSummary",
    "Signer",
    "SmimeError",
    "load_pkcs12",
    "password_for",
    "signer_for",
]

ENV_SMIME_PASSWORD = "SMTPDESK_SMIME_PASSWORD"
EXPIRY_WARNING_DAYS = 30
_PREAMBLE = b"This is an S/MIME signed message\r\n"
# a byte that is not 7-bit text, or a line feed without its carriage return
_NOT_CANONICAL = re.compile(rb"[^\t\r\n\x20-\x7e]|(?<!\r)\n|\r(?!\n)")


class SmimeError(SmtpdeskError, ValueError):
    """The signing certificate cannot be used; `code` is stable (words are the UI's job).

    Codes: smime_file_missing, smime_unreadable (not a PKCS#12 file), smime_password_missing,
    smime_wrong_password, smime_no_key (no private key or certificate inside, or they do not
    belong together), smime_unsupported_key, smime_expired, smime_not_yet_valid,
    smime_keyring_unavailable.
    """

    codes = frozenset(
        {
            "smime_file_missing",
            "smime_unreadable",
            "smime_password_missing",
            "smime_wrong_password",
            "smime_no_key",
            "smime_unsupported_key",
            "smime_expired",
            "smime_not_yet_valid",
            "smime_keyring_unavailable",
        }
    )

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(code, message or code)

    def to_json(self) -> dict[str, object]:
        return {"field": "smime_pkcs12", "code": self.code, "message": self.message}


@dataclass(frozen=True)
class CertificateSummary:
    """What the window shows about a signing certificate, and what it warns about."""

    subject: str  # RFC 4514, e.g. "CN=Jan Novák,O=Novák s.r.o.,C=CZ"
    common_name: str
    emails: tuple[str, ...]  # from subjectAltName, then the subject's emailAddress
    issuer: str
    issuer_common_name: str
    not_before: datetime  # UTC
    not_after: datetime  # UTC
    serial_number: int
    for_email_signing: bool  # key usage and extended key usage allow S/MIME signatures

    @classmethod
    def of(cls, certificate: x509.Certificate) -> CertificateSummary:
        from cryptography.x509.oid import NameOID

        return cls(
            subject=certificate.subject.rfc4514_string(),
            common_name=_first(certificate.subject, NameOID.COMMON_NAME),
            emails=_emails(certificate),
            issuer=certificate.issuer.rfc4514_string(),
            issuer_common_name=_first(certificate.issuer, NameOID.COMMON_NAME),
            not_before=certificate.not_valid_before_utc,
            not_after=certificate.not_valid_after_utc,
            serial_number=certificate.serial_number,
            for_email_signing=_allows_email_signing(certificate),
        )

    def days_left(self, now: datetime | None = None) -> int:
        """Whole days until it expires; negative once expired."""
        return (self.not_after - (now or datetime.now(UTC))) // timedelta(days=1)

    def is_expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) >= self.not_after

    def is_not_yet_valid(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) < self.not_before

    def expires_soon(self, now: datetime | None = None) -> bool:
        """Valid now, but for at most EXPIRY_WARNING_DAYS more days."""
        now = now or datetime.now(UTC)
        return not self.is_expired(now) and self.not_after - now <= timedelta(
            days=EXPIRY_WARNING_DAYS
        )

    def matches(self, sender_address: str) -> bool:
        """Whether the certificate names this address (what mail programs check)."""
        wanted = _comparable(sender_address)
        return bool(wanted) and any(_comparable(email) == wanted for email in self.emails)

    def warnings(self, sender_address: str = "", now: datetime | None = None) -> tuple[str, ...]:
        """Codes, most serious first: expired, not_yet_valid, expires_soon, no_email,
        email_mismatch, not_for_email_signing."""
        found = []
        if self.is_expired(now):
            found.append("expired")
        elif self.is_not_yet_valid(now):
            found.append("not_yet_valid")
        elif self.expires_soon(now):
            found.append("expires_soon")
        if not self.emails:
            found.append("no_email")
        elif sender_address and not self.matches(sender_address):
            found.append("email_mismatch")
        if not self.for_email_signing:
            found.append("not_for_email_signing")
        return tuple(found)


class Signer:
    """A private key with its certificate and chain, loaded once; `sign()` per message."""

    def __init__(
        self,
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
        certificate: x509.Certificate,
        chain: tuple[x509.Certificate, ...] = (),
    ) -> None:
        self._key = key
        self.certificate = certificate
        self.chain = chain
        self.summary = CertificateSummary.of(certificate)

    def __repr__(self) -> str:  # never the key
        return f"Signer({self.summary.subject!r})"

    def check_valid(self, now: datetime | None = None) -> None:
        """Raise SmimeError when the certificate cannot sign today (expired, not yet valid):
        a recipient's mail program would flag every message."""
        if self.summary.is_expired(now):
            raise SmimeError(
                "smime_expired",
                f"the signing certificate expired on {self.summary.not_after:%Y-%m-%d}",
            )
        if self.summary.is_not_yet_valid(now):
            raise SmimeError(
                "smime_not_yet_valid",
                f"the signing certificate is valid from {self.summary.not_before:%Y-%m-%d}",
            )

    def signature(self, content: bytes) -> bytes:
        """The detached CMS SignedData (DER) over exactly `content`, SHA-256, with the signer
        certificate and the chain from the PKCS#12 file."""
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.serialization import pkcs7

        builder = (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(content)
            .add_signer(self.certificate, self._key, hashes.SHA256())
        )
        for certificate in self.chain:
            builder = builder.add_certificate(certificate)
        # Binary: the content is canonical already, sign it byte for byte as it goes out
        return builder.sign(
            serialization.Encoding.DER,
            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
        )

    def sign(self, entity: bytes) -> bytes:
        """`entity` (its Content-* headers, a blank line, the body) wrapped into a
        `multipart/signed` entity, ready to follow the message's top-level headers.

        The entity must be 7-bit; bare line feeds are turned into CRLF first, and the
        signature covers the entity exactly as it is written.
        """
        if _NOT_CANONICAL.search(entity):
            if re.search(rb"[^\t\r\n\x20-\x7e]", entity):
                raise ValueError("a signed entity must be 7-bit (encode 8-bit parts first)")
            entity = entity.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")
        boundary = f"=_s{uuid.uuid4().hex}"
        delimiter = f"--{boundary}".encode("ascii")
        if delimiter in entity:  # never with a fresh random boundary, but cheap to be sure
            return self.sign(entity)
        signature = base64.encodebytes(self.signature(entity)).replace(b"\n", b"\r\n")
        return b"".join(
            (
                b'Content-Type: multipart/signed; protocol="application/pkcs7-signature";\r\n'
                b' micalg=sha-256; boundary="',
                boundary.encode("ascii"),
                b'"\r\n\r\n',
                _PREAMBLE,
                delimiter,
                b"\r\n",
                entity,
                b"\r\n",
                delimiter,
                b"\r\n",
                b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
                b"Content-Transfer-Encoding: base64\r\n"
                b'Content-Disposition: attachment; filename="smime.p7s"\r\n'
                b"Content-Description: S/MIME Cryptographic Signature\r\n\r\n",
                signature,
                b"\r\n",
                delimiter,
                b"--\r\n",
            )
        )


def password_for(profile_name: str) -> str | None:
    """The PKCS#12 password: `SMTPDESK_SMIME_PASSWORD`, else the keyring (`smtpdesk-smime`,
    user = profile name); None when neither has one."""
    env = secrets.environment_secret(ENV_SMIME_PASSWORD)
    if env:
        return env
    try:
        return secrets.get_secret(secrets.SMIME_SERVICE, profile_name)
    except secrets.KeyringUnavailable:
        return None


def load_pkcs12(path: str | Path, password: str | None) -> Signer:
    """Open a PKCS#12 file; raises SmimeError. Does not judge the validity dates (the
    window shows an expired certificate; `Signer.check_valid()` refuses to sign with it).

    A file without a password opens with `password` None or empty.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SmimeError("smime_file_missing", f"{str(path)!r} does not exist") from None
    except OSError as exc:
        raise SmimeError(
            "smime_file_missing", f"{str(path)!r} cannot be read: {exc.strerror}"
        ) from None
    attempts = [password.encode("utf-8")] if password else [None, b""]
    key = certificate = None
    chain: list[x509.Certificate] = []
    for attempt in attempts:
        try:
            key, certificate, chain = pkcs12.load_key_and_certificates(data, attempt)
            break
        except ValueError as exc:
            # cryptography says "Could not deserialize" for what is no PKCS#12 at all, and
            # "Invalid password or PKCS12 data" when the integrity check fails
            if "deserialize" in str(exc):
                raise SmimeError(
                    "smime_unreadable", f"{str(path)!r} is not a PKCS#12 (.p12, .pfx) file"
                ) from None
            error = exc
    else:
        if password:
            raise SmimeError(
                "smime_wrong_password", "the certificate's password is wrong"
            ) from error
        raise SmimeError(
            "smime_password_missing",
            "the certificate file needs a password; "
            f"set {ENV_SMIME_PASSWORD} or store it in the keyring",
        ) from error
    if key is None or certificate is None:
        raise SmimeError("smime_no_key", f"{str(path)!r} holds no private key with its certificate")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise SmimeError(
            "smime_unsupported_key",
            f"a {type(key).__name__} key cannot sign S/MIME here (RSA or EC only)",
        )
    public = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(*public) != certificate.public_key().public_bytes(*public):
        raise SmimeError("smime_no_key", "the private key does not belong to the certificate")
    return Signer(key, certificate, tuple(c for c in chain if c != certificate))


_cache: dict[tuple[str, int, int], tuple[str | None, Signer]] = {}


def signer_for(profile: Profile, password: str | None = None) -> Signer | None:
    """The profile's signer, ready to sign today; None when it signs nothing. Raises
    SmimeError. Loaded once and reused while the file and the password stay the same."""
    if not profile.smime_pkcs12:
        return None
    path = Path(profile.smime_pkcs12).expanduser()
    if password is None:
        password = password_for(profile.name)
    try:
        return _loaded(path, password)
    except SmimeError as exc:
        if exc.code == "smime_password_missing" and not secrets.keyring_available():
            raise SmimeError(
                "smime_keyring_unavailable",
                f"no keyring to read the certificate's password from; set {ENV_SMIME_PASSWORD}",
            ) from None
        raise


def _loaded(path: Path, password: str | None) -> Signer:
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None
    cached = _cache.get(key) if key else None
    if cached is not None and cached[0] == password:
        signer = cached[1]
    else:
        signer = load_pkcs12(path, password)
        if key:
            _cache.clear()  # one certificate in use at a time; never keep old keys around
            _cache[key] = (password, signer)
    signer.check_valid()
    return signer


# --- certificate details -----------------------------------------------------------------


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    value = values[0].value if values else ""
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _emails(certificate: x509.Certificate) -> tuple[str, ...]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    found: list[str] = []
    try:
        alternative = certificate.extensions.get_extension_for_class(
            x509.SubjectAlternativeName
        ).value
        found += alternative.get_values_for_type(x509.RFC822Name)
    except x509.ExtensionNotFound:
        pass
    found += [
        str(attribute.value)
        for attribute in certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
    ]
    return tuple(dict.fromkeys(found))


def _allows_email_signing(certificate: x509.Certificate) -> bool:
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    extensions = certificate.extensions
    try:
        usage = extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            return False
    except x509.ExtensionNotFound:
        pass
    try:
        purposes = extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        return (
            ExtendedKeyUsageOID.EMAIL_PROTECTION in purposes
            or ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE in purposes
        )
    except x509.ExtensionNotFound:
        return True


def _comparable(address: str) -> str:
    local, _, domain = address.strip().rpartition("@")
    if not local or not domain:
        return ""
    try:
        domain = ascii_domain(domain)
    except AddressError:
        pass
    return f"{local.casefold()}@{domain.casefold()}"
