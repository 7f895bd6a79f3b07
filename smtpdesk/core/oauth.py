"""OAuth2 sign-in for XOAUTH2 (CONTRACT §2): provider presets, the browser sign-in, and
access tokens that renew themselves.

The sign-in is the authorization-code flow with PKCE (S256) and a loopback redirect
(`http://127.0.0.1:PORT/`, RFC 8252): a one-shot listener on a free port receives the
browser's redirect, checks `state`, and answers a small "you can close this tab" page.

The client side of the protocol is authlib's `AsyncOAuth2Client` (over httpx2, the httpx
successor authlib asks for): it builds the
authorization URL with the PKCE challenge, authenticates the client at the token endpoint,
and parses token and error replies (`expires_at`, `invalid_grant`). That is the part where
hand-rolled code goes wrong, and authlib is the well-kept library for it; what it does not do
for a desktop app (the loopback listener, where tokens live, when to renew) is here.

The refresh token lives only in the keyring (service `smtpdesk-oauth`, user = profile name);
the access token only in memory, renewed shortly before it expires. This module opens HTTP
connections to the provider and a listener on 127.0.0.1; SMTP sockets stay in `transport`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import html
import json
import os
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from smtpdesk.core import secrets
from smtpdesk.core.profile import OAUTH_CLIENT_ID_ENV, OAUTH_CLIENT_SECRET_ENV, Profile
from smtpdesk.core.transport import (
    Credentials,
    CredentialsUnavailable,
    remember_secret,
    tls_context,
)

GOOGLE_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_SCOPES = "https://mail.google.com/"
MICROSOFT_AUTHORIZE_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"
MICROSOFT_TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
MICROSOFT_SCOPES = "https://outlook.office.com/SMTP.Send offline_access"
MICROSOFT_DEFAULT_TENANT = "common"
SIGN_IN_TIMEOUT = 300.0
# renew this long before expiry; short-lived tokens are renewed at half their life
RENEW_MARGIN = 60.0

Opener = Callable[[str], object]


class OAuthError(CredentialsUnavailable):
    """Sign-in or token renewal failed.

    `code` is a verify code (`auth_failed`: refused, revoked, expired or never signed in, so
    the user must sign in again; `timeout`; `server_error`), or `config` (the profile lacks
    a client id or URLs) or `cancelled` (the user declined in the browser). `reason` is the
    OAuth error (`invalid_grant`, `access_denied`) or ours (`not_signed_in`,
    `keyring_unavailable`, `no_refresh_token`).
    """

    def __init__(self, code: str, reason: str, message: str = "") -> None:
        super().__init__(
            code if code in ("auth_failed", "timeout", "server_error") else "auth_failed",
            f"{reason}: {message}" if message else reason,
        )
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Endpoints:
    authorize_url: str
    token_url: str
    scopes: str
    client_id: str
    client_secret: str = ""

    def __repr__(self) -> str:  # the client secret stays out of tracebacks
        return f"Endpoints({self.token_url!r}, client_id={self.client_id!r})"


@dataclass(frozen=True)
class SignIn:
    """A finished sign-in: the account's address when the provider says it, else None."""

    account: str | None
    scopes: str
    session_only: bool = False  # no keyring: the sign-in lasts until the app closes


def default_client_id(provider: str) -> str:
    """The client id a build carries for this provider (environment), else ""."""
    variable = OAUTH_CLIENT_ID_ENV.get(provider)
    return os.environ.get(variable, "") if variable else ""


def default_client_secret(provider: str) -> str:
    variable = OAUTH_CLIENT_SECRET_ENV.get(provider)
    return os.environ.get(variable, "") if variable else ""


def endpoints(profile: Profile) -> Endpoints:
    """The URLs, scopes and client of the profile's provider; OAuthError("config") if the
    profile cannot sign in (no client id, custom without URLs)."""
    provider = profile.oauth_provider
    client_id = profile.oauth_client_id or default_client_id(provider)
    client_secret = profile.oauth_client_secret or default_client_secret(provider)
    if provider == "google":
        found = Endpoints(
            GOOGLE_AUTHORIZE_URL, GOOGLE_TOKEN_URL, GOOGLE_SCOPES, client_id, client_secret
        )
    elif provider == "microsoft":
        tenant = profile.oauth_tenant or MICROSOFT_DEFAULT_TENANT
        found = Endpoints(
            MICROSOFT_AUTHORIZE_URL.format(tenant=tenant),
            MICROSOFT_TOKEN_URL.format(tenant=tenant),
            MICROSOFT_SCOPES,
            client_id,
            client_secret,
        )
    elif provider == "custom":
        found = Endpoints(
            profile.oauth_authorize_url,
            profile.oauth_token_url,
            profile.oauth_scopes,
            client_id,
            client_secret,
        )
        if not (found.authorize_url and found.token_url and found.scopes):
            raise OAuthError(
                "config",
                "incomplete",
                "custom sign-in needs oauth_authorize_url, oauth_token_url and oauth_scopes",
            )
    else:
        raise OAuthError(
            "config", "no_provider", "oauth_provider must be google, microsoft or custom"
        )
    if not found.client_id:
        variable = OAUTH_CLIENT_ID_ENV.get(provider)
        raise OAuthError(
            "config",
            "no_client_id",
            "the profile has no oauth_client_id"
            + (f" and {variable} is not set" if variable else ""),
        )
    return found


def is_signed_in(profile: Profile) -> bool:
    """A refresh token is in the keyring (or kept for this session) for this profile; it
    may still be revoked."""
    try:
        return secrets.get_secret(secrets.OAUTH_SERVICE, profile.name) is not None
    except secrets.KeyringUnavailable:
        return False


def sign_out(profile: Profile) -> None:
    with contextlib.suppress(secrets.KeyringUnavailable):
        secrets.delete_secret(secrets.OAUTH_SERVICE, profile.name)
    _forget_cached(profile)


# -- the authlib client ------------------------------------------------------------------


def _client(found: Endpoints, profile: Profile, redirect_uri: str | None = None) -> Any:
    from authlib.integrations.httpx_client import AsyncOAuth2Client

    # a desktop client without a secret is a public client ("none"); Google's desktop
    # clients have a secret that is not secret, sent in the body as Google documents
    method = "client_secret_post" if found.client_secret else "none"
    return AsyncOAuth2Client(
        client_id=found.client_id,
        client_secret=found.client_secret or None,
        token_endpoint_auth_method=method,
        scope=found.scopes,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        timeout=profile.timeout,
        verify=tls_context(),
    )


async def _token_request(call: Any) -> dict[str, Any]:
    """Run one token-endpoint request; every failure becomes OAuthError."""
    import httpx2
    from authlib.common.errors import AuthlibBaseError

    try:
        token = await call()
    except AuthlibBaseError as exc:
        error = exc.error or "oauth_error"
        description = exc.description or ""
        # invalid_grant: the code or refresh token is expired, revoked or for another client
        refused = error in (
            "invalid_grant",
            "invalid_client",
            "unauthorized_client",
            "invalid_scope",
            "access_denied",
            "interaction_required",
            "consent_required",
        )
        raise OAuthError("auth_failed" if refused else "server_error", error, description) from exc
    except httpx2.TimeoutException as exc:
        raise OAuthError("timeout", "timeout", str(exc) or type(exc).__name__) from exc
    except (httpx2.HTTPError, ValueError, OSError) as exc:
        raise OAuthError("server_error", "token_endpoint", str(exc) or type(exc).__name__) from exc
    if not token.get("access_token"):
        raise OAuthError(
            "server_error", "no_access_token", "the token endpoint answered without an access token"
        )
    return dict(token)


# -- the access-token cache: memory only ---------------------------------------------------


@dataclass(frozen=True)
class _Access:
    token: str
    renew_at: float  # time.time() after which a new one is fetched


_cache: dict[tuple[str, str, str], _Access] = {}


def _cache_key(profile: Profile, found: Endpoints) -> tuple[str, str, str]:
    return (profile.name, found.token_url, found.client_id)


def _remember(profile: Profile, found: Endpoints, token: dict[str, Any]) -> str:
    now = time.time()
    expires_at = token.get("expires_at")
    if expires_at is None:  # no expiry given: assume the usual hour
        expires_at = now + float(token.get("expires_in") or 3600)
    life = max(float(expires_at) - now, 0.0)
    renew_at = float(expires_at) - min(RENEW_MARGIN, life / 2)
    _cache[_cache_key(profile, found)] = _Access(token["access_token"], renew_at)
    return str(token["access_token"])


def _forget_cached(profile: Profile) -> None:
    for key in [k for k in _cache if k[0] == profile.name]:
        del _cache[key]


class TokenProvider:
    """The `oauth_token` of Credentials: awaited at each connection open, it returns the
    cached access token, or renews it with the refresh token from the keyring when it is
    near expiry (or after `forget()`, which the sender calls when the server refuses it)."""

    def __init__(self, profile: Profile, on_token: Callable[[str], None] | None = None) -> None:
        self.profile = profile
        self.on_token = on_token  # e.g. register the token with the log's secret filter
        self._lock = asyncio.Lock()
        self._issued: list[str] = []

    def __repr__(self) -> str:
        return f"TokenProvider({self.profile.name!r})"

    def issued_tokens(self) -> list[str]:
        """The access tokens handed out, so transcripts can be masked against them."""
        return list(self._issued)

    def forget(self) -> None:
        found = endpoints(self.profile)
        _cache.pop(_cache_key(self.profile, found), None)

    async def __call__(self) -> str:
        found = endpoints(self.profile)
        async with self._lock:  # one renewal at a time, however many connections ask
            cached = _cache.get(_cache_key(self.profile, found))
            if cached is not None and time.time() < cached.renew_at:
                token = cached.token
            else:
                token = await self._renew(found)
        if token not in self._issued:
            self._issued.append(token)
            if self.on_token is not None:
                self.on_token(token)
        return token

    async def _renew(self, found: Endpoints) -> str:
        name = self.profile.name
        try:
            refresh_token = secrets.get_secret(secrets.OAUTH_SERVICE, name)
        except secrets.KeyringUnavailable as exc:
            raise OAuthError("auth_failed", "keyring_unavailable", str(exc)) from exc
        if refresh_token is None:
            raise OAuthError(
                "auth_failed", "not_signed_in", f"profile {name!r} has not signed in yet"
            )
        if self.on_token is not None:
            self.on_token(refresh_token)
        async with _client(found, self.profile) as client:
            token = await _token_request(
                lambda: client.refresh_token(found.token_url, refresh_token=refresh_token)
            )
        rotated = token.get("refresh_token")
        if rotated and rotated != refresh_token:  # Microsoft hands out a new one each time
            with contextlib.suppress(secrets.KeyringUnavailable):
                secrets.set_secret(
                    secrets.OAUTH_SERVICE,
                    name,
                    rotated,
                    session_fallback=secrets.kept_for_session(secrets.OAUTH_SERVICE, name),
                )
        return _remember(self.profile, found, token)


def token_provider(
    profile: Profile, on_token: Callable[[str], None] | None = None
) -> TokenProvider:
    """The callable for `Credentials(oauth_token=...)`; OAuthError("config") at once when the
    profile cannot sign in. It does no I/O until awaited, so the window can build it on the
    UI thread."""
    endpoints(profile)
    return TokenProvider(profile, on_token)


def credentials(profile: Profile) -> Credentials:
    """XOAUTH2 credentials whose token renews itself (between the messages of a long batch
    too); every token issued is registered for masking like a password. OAuthError
    ("config") when the profile cannot sign in, ("auth_failed", "not_signed_in") when it
    never has."""
    provider = token_provider(
        profile, on_token=lambda token: remember_secret(profile.login_name, token)
    )
    if not is_signed_in(profile):
        raise OAuthError(
            "auth_failed", "not_signed_in", f"profile {profile.name!r} is not signed in"
        )
    return Credentials(profile.login_name, oauth_token=provider)


# -- the sign-in --------------------------------------------------------------------------

_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>smtpdesk</title></head>
<body style="font-family: sans-serif; margin: 3em;"><h1>{title}</h1><p>{text}</p></body>
</html>"""


@dataclass
class _Redirect:
    code: str | None = None
    error: str | None = None
    description: str = ""


_MAX_REQUEST_LINE = 16 * 1024  # a redirect with code and state needs a few hundred bytes
_MAX_HEADERS = 100


class _LoopbackListener:
    """One HTTP request with our `state` on 127.0.0.1:PORT; other requests get a 400/404
    and are otherwise ignored, so a stray local request can neither end nor steer it."""

    def __init__(self, state: str, pages: dict[str, tuple[str, str]]) -> None:
        self.state = state
        self.pages = pages
        self.result: asyncio.Future[_Redirect] = asyncio.get_running_loop().create_future()
        self.server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(
            self._client, "127.0.0.1", 0, limit=_MAX_REQUEST_LINE
        )
        self.port = self.server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.server.wait_closed(), 2)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                request = await asyncio.wait_for(reader.readline(), 10)
                for _header in range(_MAX_HEADERS):  # headers: nothing in them matters
                    if await asyncio.wait_for(reader.readline(), 10) in (b"\r\n", b"\n", b""):
                        break
                else:
                    raise ValueError("too many header lines")
            except ValueError:  # a line over the limit (LimitOverrunError) or endless headers
                self._answer(writer, 400, "bad_state")
                await writer.drain()
                return
            parts = request.decode("latin-1").split()
            target = urlsplit(parts[1] if len(parts) >= 2 else "/")
            query = {k: v[0] for k, v in parse_qs(target.query).items()}
            if target.path != "/" or ("code" not in query and "error" not in query):
                self._answer(writer, 404, "not_found")
            elif query.get("state") != self.state:
                self._answer(writer, 400, "bad_state")
            else:
                outcome = _Redirect(
                    query.get("code"), query.get("error"), query.get("error_description", "")
                )
                self._answer(writer, 200, "error" if outcome.error else "done")
                if not self.result.done():
                    self.result.set_result(outcome)
            await writer.drain()
        except (OSError, TimeoutError, UnicodeError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def _answer(self, writer: asyncio.StreamWriter, status: int, page: str) -> None:
        title, text = self.pages[page]
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}[status]
        writer.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8"
            f"\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
            "Cache-Control: no-store\r\n\r\n".encode("ascii")
            + body
        )


DEFAULT_PAGES = {
    "done": ("Signed in", "smtpdesk is signed in. You can close this tab."),
    "error": (
        "Sign-in not completed",
        "smtpdesk was not signed in. You can close this tab and try again.",
    ),
    "bad_state": ("Sign-in not recognised", "This sign-in was not started by smtpdesk."),
    "not_found": ("smtpdesk", "Nothing here."),
}


async def sign_in(
    profile: Profile,
    *,
    open_browser: Opener = webbrowser.open,
    on_url: Callable[[str], None] | None = None,
    timeout: float = SIGN_IN_TIMEOUT,
    pages: dict[str, tuple[str, str]] | None = None,
    session_fallback: bool = False,
) -> SignIn:
    """Sign in in the system browser and store the refresh token in the keyring.

    `open_browser(url)` runs in a thread (webbrowser may wait for the browser command);
    `on_url(url)` lets the caller show the address in case no browser opens. `pages` are
    the (title, text) of the pages the browser shows at the end, already translated.
    Without a keyring, `session_fallback` keeps the sign-in in memory until the app closes
    (the window); otherwise (a one-shot command) OAuthError("config", "keyring_unavailable")
    before the browser opens. Raises OAuthError.
    """
    found = endpoints(profile)
    if not session_fallback and not secrets.keyring_available():
        raise OAuthError(
            "config",
            "keyring_unavailable",
            "the system keyring is not available to keep the sign-in",
        )
    from authlib.common.security import generate_token

    state = generate_token(32)
    verifier = generate_token(64)  # RFC 7636: 43 to 128 characters
    listener = _LoopbackListener(state, {**DEFAULT_PAGES, **(pages or {})})
    await listener.start()
    redirect_uri = f"http://127.0.0.1:{listener.port}/"
    try:
        async with _client(found, profile, redirect_uri) as client:
            extra: dict[str, str] = {}
            if profile.oauth_provider == "google":
                # offline + consent: Google returns a refresh token only then
                extra.update(access_type="offline", prompt="consent")
            if profile.login_name and "@" in profile.login_name:
                extra["login_hint"] = profile.login_name
            url, _ = client.create_authorization_url(
                found.authorize_url, state=state, code_verifier=verifier, **extra
            )
            if on_url is not None:
                on_url(url)
            opener = asyncio.ensure_future(asyncio.to_thread(open_browser, url))
            try:
                redirect = await asyncio.wait_for(asyncio.shield(listener.result), timeout)
            except TimeoutError:
                raise OAuthError(
                    "timeout", "timeout", "the sign-in was not finished in the browser in time"
                ) from None
            finally:
                if not opener.done():
                    opener.cancel()  # the thread runs on; nothing waits for it
                else:
                    with contextlib.suppress(Exception):
                        opener.result()
            if redirect.error:
                code = "cancelled" if redirect.error == "access_denied" else "auth_failed"
                raise OAuthError(code, redirect.error, redirect.description)
            token = await _token_request(
                lambda: client.fetch_token(
                    found.token_url,
                    grant_type="authorization_code",
                    code=redirect.code,
                    code_verifier=verifier,
                    redirect_uri=redirect_uri,
                )
            )
    finally:
        await listener.close()
    refresh_token = token.get("refresh_token")
    if not refresh_token:
        raise OAuthError(
            "auth_failed",
            "no_refresh_token",
            "the provider gave no refresh token (for Microsoft, the "
            "offline_access scope is needed)",
        )
    try:
        in_keyring = secrets.set_secret(
            secrets.OAUTH_SERVICE, profile.name, refresh_token, session_fallback=session_fallback
        )
    except secrets.KeyringUnavailable as exc:
        raise OAuthError("config", "keyring_unavailable", str(exc)) from exc
    _forget_cached(profile)  # another account may have signed in before
    _remember(profile, found, token)
    return SignIn(
        _account_of(token), str(token.get("scope") or found.scopes), session_only=not in_keyring
    )


def _account_of(token: dict[str, Any]) -> str | None:
    """The address in the id_token, for showing who signed in. The token came straight from
    the token endpoint over TLS, so it is read, not verified (OpenID Connect §3.1.3.7)."""
    id_token = token.get("id_token")
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return None
    payload = id_token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (binascii.Error, ValueError):
        return None
    if not isinstance(claims, dict):
        return None
    for key in ("email", "preferred_username", "upn"):
        value = claims.get(key)
        if isinstance(value, str) and value:
            return value
    return None
