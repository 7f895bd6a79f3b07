"""A real OAuth2 authorization server and an XOAUTH2 SMTP server on 127.0.0.1, for tests.

The authorization server (stdlib http.server in a thread) issues authorization codes,
checks PKCE S256 (the code_verifier against the code_challenge), issues short-lived access
tokens and refresh tokens, refreshes them, and refuses revoked ones with `invalid_grant`.
The SMTP handler accepts XOAUTH2 only for an access token this server issued and that is
still valid; any other gets Gmail's `334 <base64 JSON>` challenge and then `535 5.7.8`.
The "browser" is `fetch_in_browser`: a GET of the authorize URL that follows the redirect
to the app's loopback listener, as a browser would after the user consents.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from aiosmtpd.smtp import AuthResult
from servers import Handler

CLIENT_ID = "smtpdesk-test-client"
SCOPES = "https://mail.test/smtp offline_access"
ACCOUNT = "info@novak.cz"


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    method: str
    scope: str
    expires: float


@dataclass
class AuthServer:
    """Start with `start()`; `authorize_url`/`token_url` are its endpoints."""

    access_lifetime: float = 3600.0
    # the lifetime the token endpoint *says* (None: the real one); lying makes tokens die
    # while the client still holds them for valid, as a revoked session does
    reported_lifetime: float | None = None
    client_secret: str | None = None
    rotate_refresh_tokens: bool = True
    deny: bool = False  # the user declines on the consent page
    codes: dict[str, _Code] = field(default_factory=dict)
    access_tokens: dict[str, float] = field(default_factory=dict)  # token → expires at
    refresh_tokens: set[str] = field(default_factory=set)
    issued_refresh_tokens: list[str] = field(default_factory=list)
    refreshes: int = 0
    pkce_failures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> AuthServer:
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet tests
                pass

            def do_GET(self) -> None:
                server._authorize(self)

            def do_POST(self) -> None:
                server._token(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    @property
    def authorize_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/authorize"

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    def profile_values(self) -> dict:
        return {
            "auth_method": "oauth2",
            "oauth_provider": "custom",
            "oauth_client_id": CLIENT_ID,
            "oauth_authorize_url": self.authorize_url,
            "oauth_token_url": self.token_url,
            "oauth_scopes": SCOPES,
            **({"oauth_client_secret": self.client_secret} if self.client_secret else {}),
        }

    # -- what the SMTP server asks --------------------------------------------------------

    def valid(self, token: str) -> bool:
        with self.lock:
            expires = self.access_tokens.get(token)
        return expires is not None and time.time() < expires

    def revoke_all(self) -> None:
        with self.lock:
            self.refresh_tokens.clear()
            self.access_tokens.clear()

    # -- endpoints ------------------------------------------------------------------------

    def _authorize(self, request: BaseHTTPRequestHandler) -> None:
        target = urlsplit(request.path)
        query = {k: v[0] for k, v in parse_qs(target.query).items()}
        redirect = query.get("redirect_uri", "")
        if (
            target.path != "/authorize"
            or query.get("client_id") != CLIENT_ID
            or not redirect.startswith("http://127.0.0.1:")
            or query.get("response_type") != "code"
        ):
            self._reply(request, 400, {"error": "invalid_request"})
            return
        state = query.get("state", "")
        if self.deny:
            self._redirect(request, redirect, {"error": "access_denied", "state": state})
            return
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            self._redirect(
                request,
                redirect,
                {
                    "error": "invalid_request",
                    "error_description": "PKCE S256 required",
                    "state": state,
                },
            )
            return
        code = secrets.token_urlsafe(24)
        with self.lock:
            self.codes[code] = _Code(
                CLIENT_ID,
                redirect,
                query["code_challenge"],
                "S256",
                query.get("scope", ""),
                time.time() + 60,
            )
        self._redirect(request, redirect, {"code": code, "state": state})

    def _token(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(request.rfile.read(length).decode()).items()}
        if form.get("client_id") != CLIENT_ID or (
            self.client_secret and form.get("client_secret") != self.client_secret
        ):
            self._reply(request, 401, {"error": "invalid_client"})
            return
        grant = form.get("grant_type")
        if grant == "authorization_code":
            with self.lock:
                code = self.codes.pop(form.get("code", ""), None)  # one use only
            if (
                code is None
                or code.expires < time.time()
                or code.redirect_uri != form.get("redirect_uri")
            ):
                self._reply(
                    request,
                    400,
                    {"error": "invalid_grant", "error_description": "unknown or used code"},
                )
                return
            if s256(form.get("code_verifier", "")) != code.challenge:
                with self.lock:
                    self.pkce_failures += 1
                self._reply(
                    request,
                    400,
                    {"error": "invalid_grant", "error_description": "PKCE verification failed"},
                )
                return
            self._reply(request, 200, self._issue(code.scope, with_refresh=True, id_token=True))
        elif grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            with self.lock:
                known = refresh in self.refresh_tokens
                if known:
                    self.refreshes += 1
            if not known:
                self._reply(
                    request,
                    400,
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
                return
            self._reply(request, 200, self._issue(SCOPES, with_refresh=self.rotate_refresh_tokens))
        else:
            self._reply(request, 400, {"error": "unsupported_grant_type"})

    def _issue(self, scope: str, *, with_refresh: bool, id_token: bool = False) -> dict:
        access = "at-" + secrets.token_urlsafe(24)
        with self.lock:
            self.access_tokens[access] = time.time() + self.access_lifetime
        reply = {
            "access_token": access,
            "token_type": "Bearer",
            "scope": scope,
            "expires_in": self.reported_lifetime or self.access_lifetime,
        }
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(24)
            with self.lock:
                self.refresh_tokens.add(refresh)
                self.issued_refresh_tokens.append(refresh)
            reply["refresh_token"] = refresh
        if id_token:  # unsigned: the client only reads the address from it

            def part(value: dict) -> str:
                return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

            reply["id_token"] = ".".join(
                (part({"alg": "none"}), part({"email": ACCOUNT, "aud": CLIENT_ID}), "")
            )
        return reply

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        request.send_header("Cache-Control", "no-store")
        request.end_headers()
        request.wfile.write(data)

    @staticmethod
    def _redirect(request: BaseHTTPRequestHandler, uri: str, params: dict) -> None:
        request.send_response(302)
        request.send_header("Location", f"{uri}?{urlencode(params)}")
        request.send_header("Content-Length", "0")
        request.end_headers()


def fetch_in_browser(url: str) -> bool:
    """What the browser does once the user consents: GET the authorize URL and follow the
    redirect to the loopback listener. Returns True as webbrowser.open does."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        response.read()
    return True


@dataclass
class XOAuth2Handler(Handler):
    """Accepts XOAUTH2 for a currently valid token of `issuer`, Gmail-style otherwise."""

    issuer: AuthServer | None = None  # (a field named auth_* would be taken for a mechanism)
    accepted: list[str] = field(default_factory=list)
    refused: int = 0

    async def auth_XOAUTH2(self, server, args) -> AuthResult:
        if len(args) == 2:
            blob = args[1]
        else:
            blob = await server.challenge_auth("", encode_to_b64=False)
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
            blob = base64.b64encode(blob).decode()
        try:
            fields = base64.b64decode(blob).decode().split("\x01")
        except ValueError:
            return AuthResult(success=False, handled=False, message="501 5.5.2 Cannot decode")
        values = dict(f.split("=", 1) for f in fields if "=" in f)
        token = values.get("auth", "").removeprefix("Bearer ")
        if self.issuer is not None and values.get("user") and self.issuer.valid(token):
            self.accepted.append(token)
            return AuthResult(success=True, auth_data=values["user"])
        self.refused += 1
        error = json.dumps(
            {"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"}
        ).encode()
        await server.challenge_auth(error)  # 334 <base64 JSON>; the client sends a blank line
        return AuthResult(
            success=False,
            handled=False,
            message="535 5.7.8 Username and Password not accepted. Learn more "
            "at https://support.google.com/mail/?p=BadCredentials",
        )
