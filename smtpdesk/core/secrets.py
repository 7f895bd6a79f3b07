"""Passwords and tokens: the only module that touches the OS keyring (CONTRACT §2).

There is no plaintext fall-back: without a keyring backend, `KeyringUnavailable` says so
and the password can still come from stdin, the environment, or the session. A secret the
caller allows to (`set_secret(..., session_fallback=True)`) is then kept in this process's
memory instead, never on disk, and is gone when the app closes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import keyring
import keyring.errors

from smtpdesk.core.errors import SmtpdeskError

PASSWORD_SERVICE = "smtpdesk"
OAUTH_SERVICE = "smtpdesk-oauth"
SMIME_SERVICE = "smtpdesk-smime"
_SERVICES = (PASSWORD_SERVICE, OAUTH_SERVICE, SMIME_SERVICE)
ENV_PASSWORD = "SMTPDESK_PASSWORD"
# secrets taken out of the environment on first read: a browser or any other program started
# later (the OAuth2 sign-in opens one) must not inherit them
_from_environment: dict[str, str] = {}


def environment_secret(name: str) -> str | None:
    """`SMTPDESK_PASSWORD` or `SMTPDESK_SMIME_PASSWORD`, removed from os.environ once read."""
    value = os.environ.pop(name, None)
    if value:
        _from_environment[name] = value
    return _from_environment.get(name)


class KeyringUnavailable(SmtpdeskError, RuntimeError):
    """No usable keyring backend on this system (e.g. a headless Linux without a wallet)."""

    codes = frozenset({"keyring_unavailable"})

    def __init__(self, message: str = "") -> None:
        super().__init__("keyring_unavailable", message)


@dataclass(frozen=True)
class Password:
    value: str
    source: str  # "stdin" | "environment" | "keyring" | "session"

    def __repr__(self) -> str:  # never show the value in a traceback or log
        return f"Password(source={self.source!r})"


def _backend() -> keyring.backend.KeyringBackend:
    try:
        backend = keyring.get_keyring()
    except (ImportError, ValueError, AttributeError) as exc:
        # PYTHON_KEYRING_BACKEND or keyringrc.cfg names a backend that cannot be loaded
        raise KeyringUnavailable(f"the configured keyring backend cannot be loaded: {exc}") from exc
    # the fail and null backends store nothing; a chainer with no members is the same
    name = type(backend).__module__ + "." + type(backend).__name__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")) or (
        name.startswith("keyring.backends.chainer") and not getattr(backend, "backends", None)
    ):
        raise KeyringUnavailable("no keyring backend is available on this system")
    return backend


def _get(service: str, user: str) -> str | None:
    try:
        return _backend().get_password(service, user)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def _set(service: str, user: str, value: str) -> None:
    try:
        _backend().set_password(service, user, value)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def _delete(service: str, user: str) -> None:
    try:
        _backend().delete_password(service, user)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: nothing to delete
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def keyring_available() -> bool:
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def get_password(profile_name: str) -> str | None:
    return _get(PASSWORD_SERVICE, profile_name)


def set_password(profile_name: str, password: str) -> None:
    _set(PASSWORD_SERVICE, profile_name, password)


def delete_password(profile_name: str) -> None:
    _delete(PASSWORD_SERVICE, profile_name)


def has_password(profile_name: str) -> bool:
    try:
        return get_password(profile_name) is not None
    except KeyringUnavailable:
        return False


# secrets kept for this process only, because there was no keyring to keep them in
_SESSION: dict[tuple[str, str], str] = {}


def get_secret(service: str, profile_name: str) -> str | None:
    """A token or certificate password (`smtpdesk-oauth`, `smtpdesk-smime`): the one kept
    for this session if any, else the keyring's."""
    kept = _SESSION.get((service, profile_name))
    return kept if kept is not None else _get(service, profile_name)


def set_secret(
    service: str, profile_name: str, value: str, *, session_fallback: bool = False
) -> bool:
    """Store in the keyring: True. Without a keyring, with `session_fallback` the secret is
    kept in memory until the app closes (False); without it, KeyringUnavailable."""
    try:
        _set(service, profile_name, value)
    except KeyringUnavailable:
        if not session_fallback:
            raise
        _SESSION[service, profile_name] = value
        return False
    _SESSION.pop((service, profile_name), None)
    return True


def kept_for_session(service: str, profile_name: str) -> bool:
    return (service, profile_name) in _SESSION


def forget_session() -> None:
    """Drop every secret kept in memory (as closing the app does)."""
    _SESSION.clear()
    _from_environment.clear()


def delete_secret(service: str, profile_name: str) -> None:
    _SESSION.pop((service, profile_name), None)
    _delete(service, profile_name)


def rename_profile(old: str, new: str) -> None:
    """Move every keyring (and session) entry of a profile to its new name."""
    for service in _SERVICES:
        _SESSION.pop((service, new), None)  # nothing stale may stay under the new name
        if (service, old) in _SESSION:
            _SESSION[service, new] = _SESSION.pop((service, old))
    if not keyring_available():
        return
    for service in _SERVICES:
        value = _get(service, old)
        if value is not None:
            _set(service, new, value)
            _delete(service, old)


def forget_profile(name: str) -> None:
    for service in _SERVICES:
        _SESSION.pop((service, name), None)
    if not keyring_available():
        return
    for service in _SERVICES:
        _delete(service, name)


def resolve_password(
    profile_name: str, *, given: str | None = None, given_source: str = "stdin"
) -> Password | None:
    """The password in CONTRACT §2's order: given (stdin, or typed in the window), the
    environment, the keyring. None when there is none anywhere.

    Raises KeyringUnavailable only when nothing else gave a password and the keyring
    could not be asked, so the caller can say exactly that.
    """
    if given is not None:
        return Password(given, given_source)
    env = environment_secret(ENV_PASSWORD)
    if env:
        return Password(env, "environment")
    stored = get_password(profile_name)
    return Password(stored, "keyring") if stored is not None else None
