"""A throwaway Dovecot IMAP server on 127.0.0.1 for the IMAP tests, one per test session.

Nothing under /etc/dovecot is read: the server gets its own config in a temp dir and is
stopped by the pid it recorded. Each test takes a fresh user from a pool written into
the passwd-file at the start, so tests never see each other's mail. Beside
password logins the server accepts OAuth2 (XOAUTH2) through Dovecot's `oauth2` passdb,
which checks each bearer token against an introspection endpoint served here on
loopback, as Microsoft 365 or Google would check theirs.

Dovecot is installed with apt-get when it is missing (as root); with CI=true a Dovecot
that cannot be had is a failure, elsewhere the IMAP tests are skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import trustme
from imap_tools import MailBoxUnencrypted

IN_CI = os.environ.get("CI") == "true"
IMAP_BINARY = Path("/usr/lib/dovecot/imap")


def _installed() -> bool:
    return shutil.which("dovecot") is not None and IMAP_BINARY.exists()


def ensure_dovecot() -> None:
    """Install dovecot-imapd when missing (root only); fail in CI, skip elsewhere, if not."""
    if not _installed() and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq",
                   "--no-install-recommends", "dovecot-imapd"]
        if subprocess.run(install, env=env, capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True)
            subprocess.run(install, env=env, capture_output=True)
    if _installed():
        return
    if IN_CI:
        pytest.fail("Dovecot is required in CI (apt-get install dovecot-imapd) but missing")
    pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TokenEndpoint:
    """The OAuth2 token-introspection endpoint Dovecot asks (RFC 7662 style, POST token=...)."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}  # access token -> user name
        self.asked: list[str] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                endpoint.asked.append(token)
                user = endpoint.tokens.get(token)
                body = {"active": True, "username": user} if user else {"active": False}
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                return None  # keep the test output quiet

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def issue(self, user: str) -> str:
        token = f"tok-{uuid.uuid4().hex}"
        self.tokens[token] = user
        return token

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass(frozen=True)
class ImapUser:
    name: str
    password: str
    maildir: Path


@dataclass
class Dovecot:
    root: Path
    port: int  # plain IMAP, STARTTLS offered
    tls_port: int  # implicit TLS (IMAPS)
    tokens: TokenEndpoint
    users: list[ImapUser] = field(default_factory=list)

    host = "127.0.0.1"

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def pid(self) -> int | None:
        try:
            return int((self.root / "run" / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def write_config(self) -> None:
        (self.root / "dovecot-oauth2.conf.ext").write_text(
            f"introspection_mode = post\nintrospection_url = {self.tokens.url}\n"
            "username_attribute = username\nactive_attribute = active\n"
            "active_value = true\nforce_introspection = yes\n")
        # A certificate for 127.0.0.1 from a throwaway CA; clients trust it through
        # SSL_CERT_FILE=ca.pem (OpenSSL's default verify paths read that variable).
        ca = trustme.CA()
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert = ca.issue_cert("127.0.0.1")
        cert.private_key_pem.write_to_path(str(self.root / "key.pem"))
        cert.cert_chain_pems[0].write_to_path(str(self.root / "cert.pem"))
        self.conf.write_text(CONFIG.format(root=self.root, port=self.port,
                                           tls_port=self.tls_port))

    @property
    def ca_file(self) -> Path:
        return self.root / "ca.pem"

    def start(self) -> None:
        # The master daemonizes and its children inherit stdout/stderr: a pipe there would
        # never reach EOF, so its early errors go to a file instead.
        with (self.root / "start.err").open("ab") as errors:
            subprocess.run(["dovecot", "-c", str(self.conf)], check=True,
                           stdin=subprocess.DEVNULL, stdout=errors, stderr=errors)
        self._wait_for_greeting()

    def _wait_for_greeting(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((self.host, self.port), timeout=2) as sock:
                    if sock.recv(4) == b"* OK":
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not start; log:\n{self.log()}")

    def stop(self) -> None:
        """Stop the server like a restart would: the master and every process it started.

        The master's own shutdown leaves a running imap session (and its log and stats
        processes) behind here, still serving its client; a real restart or crash ends
        them, so they are stopped too, by the pids the master had as its children.
        """
        pid = self.pid
        if pid is None or not _alive(pid):
            return
        children = _children(pid)
        _terminate([pid])
        _terminate(children)
        deadline = time.monotonic() + 10
        while _listening(self.host, self.port) and time.monotonic() < deadline:
            time.sleep(0.02)

    def add_user(self) -> ImapUser:
        """A mailbox user of its own, with an empty Maildir (taken from the pool)."""
        return self.users.pop(0)

    def create_users(self, count: int) -> None:
        """Write the passwd-file before the start: Dovecot re-reads it when it changes,
        but at most once a second, so users added while it runs may not log in yet."""
        lines = []
        for n in range(1, count + 1):
            name, password = f"privacy{n}@clsmed.example", uuid.uuid4().hex
            home = self.root / "mail" / name
            maildir = home / "Maildir"
            for sub in (home, maildir, maildir / "cur", maildir / "new", maildir / "tmp"):
                sub.mkdir(mode=0o700)
                shutil.chown(sub, "mail", "mail")
            lines.append(f"{name}:{{PLAIN}}{password}::::{home}::\n")
            self.users.append(ImapUser(name, password, maildir))
        (self.root / "users").write_text("".join(lines))

    def login(self, user: ImapUser) -> MailBoxUnencrypted:
        return MailBoxUnencrypted(self.host, self.port, timeout=10).login(user.name, user.password)

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(["doveadm", "-c", str(self.conf), *args], check=True,
                              capture_output=True, text=True)
        return done.stdout

    def log(self) -> str:
        try:
            return (self.root / "dovecot.log").read_text(errors="replace")
        except OSError:
            return ""


def _alive(pid: int) -> bool:
    """kill -0 is also true for a zombie, so read the state from /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(") ", 1)[-1].split(" ", 1)[0] != "Z"


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[-1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:  # field 4 of stat: the parent's pid
            found.append(int(stat.parent.name))
    return found


def _terminate(pids: list[int], timeout: float = 10.0) -> None:
    """SIGTERM, wait, then SIGKILL what is left."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.02)
    for pid in pids:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _listening(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=0.2).close()
    except OSError:
        return False
    return True


def start_dovecot(users: int = 40) -> Dovecot:
    ensure_dovecot()
    # Short path: base_dir holds unix sockets (~107 bytes max). The auth process runs as
    # `dovecot` and the mail processes as `mail`, so both must be able to traverse it.
    root = Path(tempfile.mkdtemp(prefix="dsrbot-dc-", dir="/tmp"))
    root.chmod(0o755)
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir()
    shutil.chown(root / "mail", "mail", "mail")
    server = Dovecot(root, _free_port(), _free_port(), TokenEndpoint())
    server.create_users(users)
    (root / "users").chmod(0o644)
    server.write_config()
    server.start()
    return server


def stop_dovecot(server: Dovecot) -> None:
    server.stop()
    server.tokens.close()
    shutil.rmtree(server.root, ignore_errors=True)


# Mail processes run as Debian's `mail` user: Dovecot refuses uid 0. Loopback counts as
# secured, so plaintext logins (and XOAUTH2) need no TLS here; TLS is offered as well
# (STARTTLS on the plain port, and IMAPS).
CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
# A wrong token or password is answered at once (the default waits 2 s: slow tests).
auth_failure_delay = 0
auth_verbose = yes
log_path = {root}/dovecot.log
mail_uid = mail
mail_gid = mail
first_valid_uid = 8
last_valid_uid = 0
mail_location = maildir:~/Maildir
# IDLE: inotify wakes an idling session at once; this is only the fallback check.
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/users
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
}}
# No auth penalty: after the wrong-token test every login from 127.0.0.1 would wait 4 s.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
"""
