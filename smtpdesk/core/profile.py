"""Sending profiles (CONTRACT §2): the dataclass, its validation, and the TOML files.

A profile is one file, `profiles/<name>.toml` under the config directory. The password is
never here (see `secrets`). Errors name the file, the line and the key.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

from smtpdesk.core import pace, paths, verified
from smtpdesk.core.address import AddressError, parse_mailbox
from smtpdesk.core.errors import SmtpdeskError

ENCRYPTIONS = ("none", "ssl", "starttls")
DEFAULT_PORTS = {"none": 25, "ssl": 465, "starttls": 587}
AUTH_METHODS = ("password", "oauth2")
OAUTH_PROVIDERS = ("google", "microsoft", "custom")
# a build may carry the deployer's client registration in these (never in the repository)
OAUTH_CLIENT_ID_ENV = {
    "google": "SMTPDESK_GOOGLE_CLIENT_ID",
    "microsoft": "SMTPDESK_MICROSOFT_CLIENT_ID",
}
OAUTH_CLIENT_SECRET_ENV = {"google": "SMTPDESK_GOOGLE_CLIENT_SECRET"}
IMAP_ENCRYPTIONS = ("ssl", "starttls")  # never plain text: the password goes over it
DEFAULT_IMAP_PORTS = {"ssl": 993, "starttls": 143}
LIMIT_KEYS = ("max_per_minute", "max_per_hour", "max_per_day", "max_per_connection")
DEFAULT_TIMEOUT = 15.0
# Windows refuses these in file names; a profile name becomes a file name
_BAD_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED_NAMES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


@dataclass(frozen=True)
class FieldError:
    """A problem with one field; `code` is stable, the UI words it."""

    field: str
    code: str
    message: str


class ProfileError(SmtpdeskError, ValueError):
    """A profile that cannot be used, with every problem found."""

    codes = frozenset({"invalid"})

    def __init__(
        self, errors: list[FieldError], path: Path | None = None, line: int | None = None
    ) -> None:
        self.errors = errors
        self.path = path
        self.line = line
        where = f"{path}" if path else "profile"
        if line:
            where += f", line {line}"
        detail = "; ".join(f"{e.field}: {e.message}" for e in errors)
        super().__init__("invalid", f"{where}: {detail}", file=path, line=line)


class ProfileNotFound(SmtpdeskError, LookupError):
    codes = frozenset({"not_found"})

    def __init__(self, name: str) -> None:
        super().__init__("not_found", f"no profile named {name!r}", name=name)
        self.name = name


@dataclass(frozen=True)
class Profile:
    name: str
    host: str
    port: int
    sender: str
    encryption: str = "starttls"
    auth: bool = True
    username: str = ""
    reply_to: str = ""
    bcc_archive: str = ""
    allow_self_signed: bool = False
    max_per_minute: int | None = None
    max_per_hour: int | None = None
    max_per_day: int | None = None
    max_per_connection: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    auth_method: str = "password"
    oauth_provider: str = ""
    oauth_client_id: str = ""
    oauth_client_secret: str = field(default="", repr=False)
    oauth_tenant: str = ""
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""
    oauth_scopes: str = ""
    smime_pkcs12: str = ""
    # the incoming server (IMAP), for a copy in Sent and for reading bounces (CONTRACT §2)
    imap_host: str = ""
    imap_port: int | None = None
    imap_encryption: str = "ssl"
    save_sent_copy: bool = False

    @property
    def imap_port_or_default(self) -> int:
        """The IMAP port: the one set, else the usual one for the encryption (993 / 143)."""
        return self.imap_port or DEFAULT_IMAP_PORTS.get(self.imap_encryption, 993)

    @property
    def sender_address(self) -> str:
        """The bare address of the sender, for the envelope and the default test recipient."""
        return parse_mailbox(self.sender).address

    @property
    def login_name(self) -> str:
        """The user name to sign in with: the username field, else the sender's address."""
        return self.username or self.sender_address

    def validate(self) -> list[FieldError]:
        return _validate(self)

    def checked(self) -> Profile:
        """This profile, or ProfileError naming every bad field."""
        errors = self.validate()
        if errors:
            raise ProfileError(errors)
        return self

    def replace(self, **changes: Any) -> Profile:
        return dataclasses.replace(self, **changes)

    def to_toml_dict(self) -> dict[str, Any]:
        """The keys worth writing: required ones always, optional ones when set."""
        required = {
            "name",
            "host",
            "port",
            "encryption",
            "auth",
            "username",
            "sender",
            "allow_self_signed",
        }
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in required or (value not in (None, "") and value != f.default):
                out[f.name] = value
        return out

    def snapshot(self) -> dict[str, Any]:
        """The settings without the OAuth2 client secret: what a batch stores in the queue
        database and a crash report shows (the secret lives only in the profile file)."""
        return {k: v for k, v in self.to_toml_dict().items() if k != "oauth_client_secret"}


_TYPES: dict[str, tuple[type, ...]] = {
    f.name: {
        "int": (int,),
        "int | None": (int,),
        "bool": (bool,),
        "float": (int, float),
        "str": (str,),
    }[str(f.type)]
    for f in fields(Profile)
}
_REQUIRED = ("name", "host", "port", "sender")


def check_name(name: str) -> list[FieldError]:
    if not name.strip():
        return [FieldError("name", "required", "the profile needs a name")]
    if name != name.strip() or _BAD_NAME.search(name) or name.endswith("."):
        return [
            FieldError(
                "name",
                "bad_name",
                'a name cannot contain < > : " / \\ | ? * or start or end with a space',
            )
        ]
    if name.casefold() in _RESERVED_NAMES or len(name) > 100:
        return [FieldError("name", "bad_name", f"{name!r} cannot be used as a name")]
    return []


def _validate(profile: Profile) -> list[FieldError]:
    errors = check_name(profile.name)
    host = profile.host.strip()
    if not host:
        errors.append(FieldError("host", "required", "the server (host) is empty"))
    elif any(c.isspace() for c in host) or "/" in host or ":" in host.strip("[]"):
        errors.append(FieldError("host", "bad_host", f"{host!r} is not a host name"))
    if isinstance(profile.port, bool) or not 1 <= profile.port <= 65535:
        errors.append(FieldError("port", "bad_port", "the port must be between 1 and 65535"))
    if profile.encryption not in ENCRYPTIONS:
        errors.append(
            FieldError("encryption", "bad_choice", "encryption must be none, ssl or starttls")
        )
    try:
        parse_mailbox(profile.sender)
    except AddressError as exc:
        code = "required" if exc.code == "empty" else "bad_address"
        errors.append(FieldError("sender", code, f"sender: {exc}"))
    for key in ("reply_to", "bcc_archive"):
        value = getattr(profile, key)
        if value:
            try:
                parse_mailbox(value)
            except AddressError as exc:
                errors.append(FieldError(key, "bad_address", f"{key}: {exc}"))
    if (
        profile.auth
        and profile.auth_method == "password"
        and profile.username.strip() != profile.username
    ):
        errors.append(
            FieldError("username", "bad_username", "the user name starts or ends with a space")
        )
    for key in LIMIT_KEYS:
        value = getattr(profile, key)
        if value is not None and (isinstance(value, bool) or value < 1):
            errors.append(FieldError(key, "bad_limit", f"{key} must be a whole number above 0"))
    if not 1 <= profile.timeout <= 600:
        errors.append(
            FieldError("timeout", "bad_timeout", "the timeout must be between 1 and 600 seconds")
        )
    errors.extend(_validate_imap(profile))
    if profile.auth_method not in AUTH_METHODS:
        errors.append(
            FieldError("auth_method", "bad_choice", "auth_method must be password or oauth2")
        )
    if profile.auth_method == "oauth2":
        errors.extend(_validate_oauth(profile))
    return errors


def _validate_imap(profile: Profile) -> list[FieldError]:
    errors = []
    host = profile.imap_host.strip()
    if host and (any(c.isspace() for c in host) or "/" in host or ":" in host.strip("[]")):
        errors.append(FieldError("imap_host", "bad_host", f"{host!r} is not a host name"))
    if profile.imap_port is not None and (
        isinstance(profile.imap_port, bool) or not 1 <= profile.imap_port <= 65535
    ):
        errors.append(FieldError("imap_port", "bad_port", "imap_port must be between 1 and 65535"))
    if profile.imap_encryption not in IMAP_ENCRYPTIONS:
        errors.append(
            FieldError(
                "imap_encryption",
                "bad_choice",
                "imap_encryption must be ssl or starttls (the incoming server "
                "is never used without encryption)",
            )
        )
    if profile.save_sent_copy and not host:
        errors.append(
            FieldError(
                "save_sent_copy",
                "imap_required",
                "save_sent_copy needs the incoming server (imap_host)",
            )
        )
    return errors


def _validate_oauth(profile: Profile) -> list[FieldError]:
    errors = []
    provider = profile.oauth_provider
    if provider not in OAUTH_PROVIDERS:
        return [
            FieldError(
                "oauth_provider", "bad_choice", "oauth_provider must be google, microsoft or custom"
            )
        ]
    default_id = os.environ.get(OAUTH_CLIENT_ID_ENV.get(provider, ""), "")
    if not profile.oauth_client_id.strip() and not default_id:
        errors.append(
            FieldError(
                "oauth_client_id",
                "required",
                "OAuth2 sign-in needs oauth_client_id (the application's "
                "client ID registered with the provider)",
            )
        )
    if provider == "custom":
        for key in ("oauth_authorize_url", "oauth_token_url"):
            url = getattr(profile, key).strip()
            if not url:
                errors.append(FieldError(key, "required", f"custom sign-in needs {key}"))
            elif not re.match(r"^https://[^\s/]+", url) and not re.match(
                r"^http://(127\.0\.0\.1|localhost|\[::1\])[:/]", url
            ):
                errors.append(FieldError(key, "bad_url", f"{key} must be an https:// address"))
        if not profile.oauth_scopes.strip():
            errors.append(
                FieldError("oauth_scopes", "required", "custom sign-in needs oauth_scopes")
            )
    elif (
        provider == "microsoft"
        and profile.oauth_tenant
        and not re.fullmatch(r"[A-Za-z0-9.\-]+", profile.oauth_tenant)
    ):
        errors.append(
            FieldError(
                "oauth_tenant",
                "bad_tenant",
                "oauth_tenant is a tenant id, a domain, common, organizations or consumers",
            )
        )
    return errors


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def from_mapping(
    data: dict[str, Any], *, path: Path | None = None, text: str = "", name: str | None = None
) -> Profile:
    """A checked Profile from parsed TOML; ProfileError names file, line and key."""
    known = {f.name for f in fields(Profile)}
    values = dict(data)
    if name is not None and "name" not in values:
        values["name"] = name
    for key, value in values.items():
        if key not in known:
            raise ProfileError(
                [FieldError(key, "unknown_key", f"unknown key {key!r}")], path, _line_of(text, key)
            )
        if not isinstance(value, _TYPES[key]) or (
            isinstance(value, bool) and bool not in _TYPES[key]
        ):
            wanted = {
                int: "a whole number",
                bool: "true or false",
                str: "text in quotes",
                float: "a number",
            }[_TYPES[key][-1]]
            raise ProfileError(
                [FieldError(key, "bad_type", f"{key} must be {wanted}")], path, _line_of(text, key)
            )
    missing = [k for k in _REQUIRED if k not in values]
    if missing:
        raise ProfileError([FieldError(k, "required", f"{k} is missing") for k in missing], path)
    profile = Profile(**values)
    errors = profile.validate()
    if errors:
        raise ProfileError(errors, path, _line_of(text, errors[0].field))
    return profile


def load_file(path: Path) -> Profile:
    """Read and check one profile file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError([FieldError("file", "unreadable", str(exc))], path) from exc
    try:
        data = tomllib.loads(text)
    except RecursionError as exc:  # tomllib recurses per nesting level: [[[[… breaks it
        raise ProfileError(
            [FieldError("file", "too_deep", "the file is nested too deeply to be a profile")], path
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ProfileError(
            [FieldError("file", "bad_toml", str(exc))], path, int(line.group(1)) if line else None
        ) from exc
    return from_mapping(data, path=path, text=text, name=path.stem)


def _declared_name(path: Path) -> str | None:
    """The `name` key of a profile file, or None (absent, or the file cannot be read: then
    its file name stands in, so its errors can be shown under that name)."""
    try:
        name = tomllib.loads(path.read_text(encoding="utf-8")).get("name")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return None
    return (
        name.strip()
        if isinstance(name, str) and name.strip() and not check_name(name.strip())
        else None
    )


def _write_atomically(path: Path, text: str) -> None:
    paths.private_dir(path.parent)  # mkstemp makes the file itself 0600
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check(name: str) -> None:
    errors = check_name(name)
    if errors:
        raise ProfileError(errors)


def _load_as(found: tuple[str, Path]) -> Profile:
    name, path = found
    try:
        profile = load_file(path)
    except FileNotFoundError:
        raise ProfileNotFound(name) from None
    # a file without a `name` key is named by its file name
    return profile if profile.name == name else profile.replace(name=name)


@dataclass
class _Index:
    """The profile files as they are now: each file's name (its `name` key, else its file
    name), found in any case, read once per operation."""

    by_name: dict[str, tuple[str, Path]]  # casefolded name -> (name, file)
    stems: set[str]  # casefolded file names
    duplicates: list[tuple[str, Path, Path]]  # (name, this file, the file that has it)

    @classmethod
    def read(cls, root: Path) -> _Index:
        index = cls({}, set(), [])
        if not root.is_dir():
            return index
        files = [
            (path, _declared_name(path) or path.stem)
            for path in sorted(root.glob("*.toml"))
            if not path.name.startswith(".")
        ]
        # `<name>.toml` keeps its name when another file claims it too
        files.sort(key=lambda item: item[0].stem.casefold() != item[1].casefold())
        for path, name in files:
            index.stems.add(path.stem.casefold())
            first = index.by_name.setdefault(name.casefold(), (name, path))
            if first[1] != path:
                index.duplicates.append((name, path, first[1]))
        return index

    def get(self, name: str) -> tuple[str, Path] | None:
        return self.by_name.get(name.casefold())

    def taken(self, name: str) -> bool:
        return name.casefold() in self.by_name or name.casefold() in self.stems

    def names(self) -> list[str]:
        return sorted((name for name, _ in self.by_name.values()), key=str.casefold)


def move_records(old: str, new: str) -> None:
    """What smtpdesk remembers of a profile (its last verify, the server's pace) follows
    it to its new name: a saved profile's rename, or a draft's in the window."""
    verified.rename(old, new)
    pace.rename(old, new)


def drop_records(name: str) -> None:
    """What smtpdesk remembers of a deleted profile goes with it."""
    verified.forget(name)
    pace.forget(name)


class ProfileStore:
    """The stored profiles under the config directory, one TOML file each."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or paths.profiles_dir()

    def path_for(self, name: str) -> Path:
        """The profile's file: the one whose `name` key says so (a hand-written file may be
        named otherwise, CONTRACT §2), else `<name>.toml`."""
        _check(name)
        found = self._index().get(name)
        return found[1] if found else self.root / f"{name}.toml"

    def _index(self) -> _Index:
        return _Index.read(self.root)

    def names(self) -> list[str]:
        return self._index().names()

    def list(self) -> tuple[list[Profile], list[ProfileError]]:
        """Every readable profile, and the errors of those that are not (a file that cannot
        be read, or that gives a name another file already has)."""
        index = self._index()
        profiles, errors = [], []
        for name in index.names():
            found = index.get(name)  # names() are the index's own: always found
            if found is None:
                continue
            try:
                profiles.append(_load_as(found))
            except ProfileError as exc:
                errors.append(exc)
        for name, path, first in index.duplicates:
            errors.append(
                ProfileError(
                    [
                        FieldError(
                            "name",
                            "duplicate",
                            f"the profile name {name!r} is taken by {first.name}; "
                            "this file is left out until one of them is renamed",
                        )
                    ],
                    path,
                )
            )
        return profiles, errors

    def exists(self, name: str) -> bool:
        """Whether the name is taken: by a profile (any case), or by a file of that name."""
        _check(name)
        return self._index().taken(name)

    def load(self, name: str) -> Profile:
        _check(name)
        found = self._index().get(name)
        if found is None:  # FileName.toml that says name = "Other" is not "FileName"
            raise ProfileNotFound(name)
        return _load_as(found)

    def save(self, profile: Profile, *, replace_unreadable: bool = False) -> Path:
        """Write the profile (over its own file); a damaged file is never overwritten unless
        asked, nor a file that holds another profile."""
        profile.checked()
        index = self._index()
        found = index.get(profile.name)
        path = found[1] if found else self.root / f"{profile.name}.toml"
        if not found and index.taken(profile.name):
            raise ProfileError(
                [
                    FieldError(
                        "name", "exists", f"{path.name} holds another profile; choose another name"
                    )
                ]
            )
        if path.exists() and not replace_unreadable:
            try:
                load_file(path)
            except ProfileError as exc:
                raise ProfileError(
                    exc.errors
                    + [
                        FieldError(
                            "file",
                            "would_overwrite",
                            "the existing file cannot be read; it was left as it is",
                        )
                    ],
                    path,
                    exc.line,
                ) from exc
        _write_atomically(path, tomli_w.dumps(profile.to_toml_dict()))
        return path

    def delete(self, name: str) -> None:
        from smtpdesk.core import secrets  # the keyring entries go with the profile

        _check(name)
        found = self._index().get(name)
        if found is None:
            raise ProfileNotFound(name)
        found[1].unlink()
        secrets.forget_profile(found[0])
        drop_records(found[0])

    def rename(self, old: str, new: str) -> Profile:
        from smtpdesk.core import secrets

        _check(new)
        if old == new:
            return self.load(old)
        index = self._index()
        found = index.get(old)
        if found is None:
            raise ProfileNotFound(old)
        if old.casefold() != new.casefold() and index.taken(new):
            raise ProfileError([FieldError("name", "exists", f"a profile {new!r} exists")])
        profile = _load_as(found).replace(name=new)
        secrets.rename_profile(found[0], new)
        old_path, new_path = found[1], self.root / f"{new}.toml"
        _write_atomically(new_path, tomli_w.dumps(profile.to_toml_dict()))
        if old_path != new_path and old_path.exists() and old_path.resolve() != new_path.resolve():
            old_path.unlink()
        move_records(found[0], new)
        return profile

    def import_file(self, source: Path, name: str | None = None) -> Profile:
        profile = load_file(source)
        if name:
            profile = profile.replace(name=name).checked()
        if self.exists(profile.name):
            raise ProfileError(
                [FieldError("name", "exists", f"a profile {profile.name!r} exists already")]
            )
        self.save(profile)
        return profile
