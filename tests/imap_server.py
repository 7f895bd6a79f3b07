"""A real IMAP server for the tests: Dovecot on 127.0.0.1 with a throwaway config in a temp
dir (maildir, a passwd-file, a trustme certificate), implicit TLS on one free port and
STARTTLS on another. Started and stopped by the tests' fixtures; no mocks of IMAP."""

from __future__ import annotations

import contextlib
import imaplib
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import trustme
from servers import PASSWORD, USERNAME, free_port

# a second mailbox whose server marks no folder \Sent: the Sent folder is found by name
OTHER_USER = "ucetni@novak.cz"
OTHER_PASSWORD = "Hasło-účet-2"


def dovecot_available() -> bool:
    return shutil.which("dovecot") is not None


@dataclass
class Dovecot:
    host: str
    ssl_port: int
    starttls_port: int
    root: Path
    mail: Path
    config: Path
    ca_file: Path
    users: dict[str, str] = field(default_factory=dict)

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self, user: str = USERNAME) -> imaplib.IMAP4_SSL:
        """A signed-in client for the test's own setup and checks."""
        conn = imaplib.IMAP4_SSL(self.host, self.ssl_port, ssl_context=self.context(), timeout=15)
        secret = f"\x00{user}\x00{self.users[user]}".encode()
        conn.authenticate("PLAIN", lambda _: secret)
        return conn

    def put(self, folder: str, data: bytes, user: str = USERNAME) -> None:
        """Deliver a message into a folder (IMAP APPEND)."""
        conn = self.client(user)
        try:
            typ, answer = conn.append(folder, None, imaplib.Time2Internaldate(time.time()), data)
            assert typ == "OK", answer
        finally:
            conn.logout()

    def create(self, folder: str, user: str = USERNAME) -> None:
        conn = self.client(user)
        try:
            typ, answer = conn.create(folder)
            assert typ == "OK", answer
        finally:
            conn.logout()

    def messages(self, folder: str, user: str = USERNAME) -> list[bytes]:
        """Every message in the folder, whole, in order (read without marking them read)."""
        conn = self.client(user)
        try:
            typ, _ = conn.select(folder, readonly=True)
            assert typ == "OK", folder
            typ, data = conn.uid("SEARCH", None, "ALL")
            found = []
            for uid in data[0].split():
                typ, parts = conn.uid("FETCH", uid, "(BODY.PEEK[])")
                found.append(next(p[1] for p in parts if isinstance(p, tuple)))
            return found
        finally:
            conn.logout()

    def stop(self) -> None:
        pidfile = self.root / "run" / "master.pid"
        master = None
        with contextlib.suppress(OSError, ValueError, IndexError):
            master = int(pidfile.read_text().split()[0])
        children = []
        if master:
            ps = subprocess.run(
                ["ps", "-o", "pid=", "--ppid", str(master)],
                capture_output=True,
                text=True,
                check=False,
            )
            children = [int(x) for x in ps.stdout.split()]
        subprocess.run(
            ["dovecot", "-c", str(self.config), "stop"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        for _ in range(50):
            if not pidfile.exists():
                break
            time.sleep(0.1)
        for pid in children:  # a child left behind (seen under gVisor): end it by its pid
            with contextlib.suppress(OSError):
                os.kill(pid, 15)
        shutil.rmtree(self.mail, ignore_errors=True)


# what Dovecot 2.3 announces after sign-in (for `without`)
_DOVECOT_CAPABILITIES = (
    "IMAP4rev1",
    "SASL-IR",
    "LOGIN-REFERRALS",
    "ID",
    "ENABLE",
    "IDLE",
    "SORT",
    "SORT=DISPLAY",
    "THREAD=REFERENCES",
    "THREAD=REFS",
    "THREAD=ORDEREDSUBJECT",
    "MULTIAPPEND",
    "URL-PARTIAL",
    "CATENATE",
    "UNSELECT",
    "CHILDREN",
    "NAMESPACE",
    "UIDPLUS",
    "LIST-EXTENDED",
    "I18NLEVEL=1",
    "CONDSTORE",
    "QRESYNC",
    "ESEARCH",
    "ESORT",
    "SEARCHRES",
    "WITHIN",
    "CONTEXT=SEARCH",
    "LIST-STATUS",
    "BINARY",
    "MOVE",
    "SNIPPET=FUZZY",
    "PREVIEW=FUZZY",
    "PREVIEW",
    "STATUS=SIZE",
    "SAVEDATE",
    "LITERAL+",
    "NOTIFY",
    "SPECIAL-USE",
)


def start_dovecot(
    ca: trustme.CA,
    root: Path,
    *,
    introspection_url: str | None = None,
    max_mail_size: str | None = None,
    without: tuple[str, ...] = (),
    names: tuple[str, ...] = (),
) -> Dovecot:
    """Dovecot with two users on free ports of 127.0.0.1; `Sent` is marked \\Sent. With
    `introspection_url`, XOAUTH2 too: Dovecot asks that URL (RFC 7662) about each token.
    With `max_mail_size` ("30k"), the quota plugin refuses any message larger than that.
    `without` leaves those capabilities out of what it announces after sign-in (a server
    without MULTIAPPEND or LITERAL+, as many are).
    `names`: more host names its certificate is for (a provider's, through SMTPDESK_DNS)."""
    root.mkdir(parents=True, exist_ok=True)
    cert = ca.issue_cert("127.0.0.1", "localhost", *names)
    cert.private_key_pem.write_to_path(str(root / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(root / "cert.pem"))
    ca_file = root / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    as_root = os.geteuid() == 0
    # mail processes never run as root: as root, the mail belongs to nobody, in a folder
    # nobody can reach (the pytest temp dirs are private to root)
    mail = Path(tempfile.mkdtemp(prefix="smtpdesk-imap-"))
    mail.chmod(0o755)
    uid, gid = (65534, 65534) if as_root else (os.getuid(), os.getgid())
    users = {USERNAME: PASSWORD, OTHER_USER: OTHER_PASSWORD}
    lines = []
    for n, (user, password) in enumerate(users.items()):
        home = mail / f"u{n}"
        home.mkdir()
        if as_root:
            os.chown(home, uid, gid)
        lines.append(f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}::")
    # read by Dovecot's auth process (user dovecot), which cannot enter pytest's temp dirs
    users_file = mail / "users"
    users_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    users_file.chmod(0o640)
    if as_root:
        with contextlib.suppress(KeyError, LookupError, OSError):
            shutil.chown(users_file, "root", "dovecot")
    ssl_port, starttls_port = free_port(), free_port()
    oauth = ""
    if introspection_url:
        (mail / "oauth2.conf").write_text(
            f"introspection_url = {introspection_url}\nintrospection_mode = post\n"
            "username_attribute = email\nactive_attribute = active\nactive_value = true\n",
            encoding="utf-8",
        )
        (mail / "oauth2.conf").chmod(0o644)
        oauth = f"passdb {{\n  driver = oauth2\n  args = {mail}/oauth2.conf\n}}\n"
    user_lines = (
        ""
        if as_root
        else (
            f"default_internal_user = {os.environ.get('USER') or 'nobody'}\n"
            f"default_login_user = {os.environ.get('USER') or 'nobody'}\n"
        )
    )
    quota = (
        ""
        if max_mail_size is None
        else (
            "mail_plugins = quota\nplugin {\n  quota = count:User quota\n  quota_vsizes = yes\n"
            f"  quota_max_mail_size = {max_mail_size}\n}}\n"
        )
    )
    if without:
        quota += (
            "imap_capability = "
            + " ".join(c for c in _DOVECOT_CAPABILITIES if c not in without)
            + "\n"
        )
    config = root / "dovecot.conf"
    config.write_text(
        f"""\
{quota}protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
{user_lines}ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login{" xoauth2" if introspection_url else ""}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users_file}
}}
{oauth}userdb {{
  driver = passwd-file
  args = username_format=%u {users_file}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {starttls_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
""",
        encoding="utf-8",
    )
    # the daemon keeps its output open: a file, never a pipe (run() would wait for it)
    with open(root / "start.log", "wb") as output:
        started = subprocess.run(
            ["dovecot", "-c", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            check=False,
        )
    server = Dovecot("127.0.0.1", ssl_port, starttls_port, root, mail, config, ca_file, users)
    if started.returncode:
        shutil.rmtree(mail, ignore_errors=True)
        raise RuntimeError("dovecot did not start: " + (root / "start.log").read_text())
    deadline = time.monotonic() + 15
    for port in (ssl_port, starttls_port):
        while True:
            with socket.socket() as sock:
                sock.settimeout(1)
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(
                    "dovecot does not listen: " + (root / "dovecot.log").read_text(errors="replace")
                )
            time.sleep(0.05)
    return server
