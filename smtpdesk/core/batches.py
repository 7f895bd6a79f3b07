"""The batch use cases both front ends call: the CLI and the window gather input and show
results; the steps in between are written once, here.

- `credentials_for`: the password or OAuth2 sign-in for a profile (CONTRACT §2's order);
- `profile_for_batch`: the profile a stored batch is sent with (snapshot as the fallback);
- `prepare_run`: the batch, its message template and options, before its lock is taken;
- `send_test`: one rendered message to the sender's own address ("Send test to me");
- `run_result_json`: the one summary shape of a `send`/`resume` (CONTRACT §1);
- `pace_json`: the server's pace learned for a profile, as `send`, `resume` and `status` give it;
- `read_text`: every text file the user gives (bodies, HTML), one decoder.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smtpdesk.core import secrets
from smtpdesk.core.compose import MessageTemplate
from smtpdesk.core.diagnose import Diagnosis
from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.pace import LearnedPace
from smtpdesk.core.profile import Profile, ProfileError, ProfileNotFound, ProfileStore, from_mapping
from smtpdesk.core.queue import Batch, BatchSummary, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import Sender, SendOptions, template_for
from smtpdesk.core.textfile import TextFileError, decode_text, read_text
from smtpdesk.core.transport import Connection, Credentials, DeliveryUncertain, TransportError

__all__ = [
    "NoCredentials",
    "PreparedRun",
    "ProfileGone",
    "TextFileError",
    "credentials_for",
    "decode_text",
    "prepare_run",
    "profile_for_batch",
    "pace_json",
    "read_text",
    "run_result_json",
    "send_test",
]


class NoCredentials(SmtpdeskError):
    """The profile needs a secret that is nowhere.

    Codes: `missing` (no password typed, in the environment or in the keyring),
    `keyring_unavailable` (none given and the keyring cannot be asked), `sign_in` (an
    OAuth2 profile not signed in, or whose sign-in cannot be used: params `reason` and
    `oauth_code` from core.oauth). Param `profile`: the profile's name.
    """

    codes = frozenset({"missing", "keyring_unavailable", "sign_in"})

    @property
    def sign_in(self) -> bool:
        return self.code == "sign_in"


class ProfileGone(SmtpdeskError):
    """A stored batch's profile is neither stored nor kept in the batch (code `gone`;
    params `profile`, `batch`)."""

    codes = frozenset({"gone"})


def credentials_for(
    profile: Profile, *, given: str | None = None, given_source: str = "stdin"
) -> Credentials | None:
    """The credentials to send with: None without AUTH; XOAUTH2 with a token that renews
    itself between the messages of a long batch; else the password given, from the
    environment or from the keyring. Raises NoCredentials."""
    if not profile.auth:
        return None
    if profile.auth_method == "oauth2":
        from smtpdesk.core import oauth  # authlib: only for the profiles that need it

        try:
            return oauth.credentials(profile)
        except oauth.OAuthError as exc:
            raise NoCredentials(
                "sign_in", str(exc), profile=profile.name, reason=exc.reason, oauth_code=exc.code
            ) from None
    try:
        password = secrets.resolve_password(profile.name, given=given, given_source=given_source)
    except secrets.KeyringUnavailable:
        raise NoCredentials(
            "keyring_unavailable", "no keyring backend", profile=profile.name
        ) from None
    if password is None:
        raise NoCredentials("missing", "no password", profile=profile.name)
    return Credentials(profile.login_name, password.value)


def profile_for_batch(
    batch: Batch, *, current: Profile | None = None, store: ProfileStore | None = None
) -> Profile:
    """The profile to continue a batch with: `current` (the window's, with unsaved edits)
    when it has the batch's profile name, else the stored profile of that name (settings
    fixed since count), else the copy kept with the batch. Raises ProfileGone."""
    if current is not None and current.name == batch.profile:
        return current
    try:
        return (store or ProfileStore()).load(batch.profile)
    except (ProfileNotFound, ProfileError):
        pass
    snapshot = batch.spec.settings.get("profile_snapshot")
    if snapshot:
        try:
            return from_mapping(dict(snapshot))
        except ProfileError:
            pass
    raise ProfileGone(
        "gone",
        f"the profile {batch.profile!r} of batch {batch.id} is gone",
        profile=batch.profile,
        batch=batch.id,
    )


@dataclass(frozen=True)
class PreparedRun:
    """Everything a Sender needs but the credentials and the lock."""

    batch: Batch
    profile: Profile
    template: MessageTemplate
    options: SendOptions

    def sender(
        self,
        queue: Queue,
        credentials: Credentials | None,
        on_event: Callable[[Any], None] | None = None,
    ) -> Sender:
        return Sender(
            queue,
            self.batch.id,
            self.profile,
            credentials,
            self.template,
            options=self.options,
            on_event=on_event,
        )


def prepare_run(
    queue: Queue,
    batch_id: int,
    profile: Profile,
    *,
    options: SendOptions | None = None,
    **choices: Any,
) -> PreparedRun:
    """The stored batch with its message prepared (a gone attachment or an unusable signing
    certificate raises ComposeError here, before any row changes) and its options: the
    ones given, else those the batch was started with, then `choices` (--rate …).
    Raises BatchNotFound, ComposeError."""
    batch = queue.batch(batch_id)
    template = template_for(profile, batch.spec)
    if options is None:
        options = SendOptions.for_batch(profile, batch.spec.settings, **choices)
    return PreparedRun(batch, profile, template, options)


async def send_test(
    profile: Profile,
    credentials: Credentials | None,
    template: MessageTemplate,
    recipient: Recipient,
) -> Diagnosis | None:
    """Send the recipient's message to the profile's own address; None when it went, else
    the diagnosis (a bad attachment or merge value too: shown, never raised)."""
    own = Recipient(recipient.row, profile.sender_address, recipient.fields, recipient.attachments)
    connection = Connection(profile)
    diagnosis: Diagnosis | None = None
    try:
        rendered = template.render(own)
        await connection.open(credentials)
        # the archive copy is for real messages, not for tests
        await connection.send(rendered.envelope_from, rendered.envelope_to[:1], rendered.data)
    except TransportError as error:
        diagnosis = error.diagnosis
    except DeliveryUncertain as exc:
        diagnosis = Diagnosis("data", "connection_lost", detail=str(exc))
    except Exception as exc:  # a bad attachment or merge value: show it, do not crash
        diagnosis = Diagnosis("data", getattr(exc, "code", "server_error"), detail=str(exc))
    finally:
        await connection.close()
    return diagnosis


def run_result_json(summary: BatchSummary, status: str) -> dict[str, Any]:
    """The `send`/`resume` result (CONTRACT §1); `resume_at` and `code` filled by the caller."""
    return {
        "batch": summary.batch,
        "total": summary.total,
        "sent": summary.sent,
        "failed": summary.failed,
        "deferred": summary.deferred,
        "uncertain": summary.uncertain,
        "cancelled": summary.cancelled,
        "pending": summary.pending + summary.sending,
        "status": status,
        "resume_at": None,
        "code": None,
    }


def pace_json(pace: LearnedPace | None, learned_now: bool = False) -> dict[str, Any] | None:
    """`server_pace` of `send`/`resume`/`status --json`: `messages` every `seconds`, learned
    at `learned_at` from a refusal after `seen` messages in that window; None: none known."""
    if pace is None:
        return None
    return {
        "messages": pace.limit,
        "seconds": pace.span,
        "per_minute": round(pace.per_minute, 2),
        "seen": pace.seen,
        "learned_at": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(pace.at)),
        "learned_now": learned_now,
        "reply": pace.reply,
    }
