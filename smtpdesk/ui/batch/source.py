"""What the batch pages need from the window: the profile and its password."""

from __future__ import annotations

from typing import Protocol

from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import Batch
from smtpdesk.core.transport import Credentials


class ProfileSource(Protocol):
    """The window as the pages see it (`pages.WindowProfiles`); a token is one entry of
    the window's profile list, so a renamed profile stays chosen."""

    def current(self) -> Profile | None: ...
    def choices(self) -> list[tuple[object, str]]: ...  # (token, name), in the list's order
    def selected(self) -> object | None: ...
    def name_of(self, token: object | None) -> str | None: ...
    def named(self, name: str) -> Profile | None: ...
    def for_batch(self, batch: Batch) -> Profile | None: ...
    def credentials(self, profile: Profile) -> Credentials | None: ...  # raises NoPassword


class NoPassword(Exception):
    """No password for the profile anywhere (typed, environment, keyring) — or, for an
    OAuth2 profile (`sign_in`), no sign-in yet."""

    def __init__(self, name: str, *, sign_in: bool = False) -> None:
        super().__init__(name)
        self.sign_in = sign_in
