"""`dsrbot serve` as a process: the embedded default works and SIGTERM stops it cleanly."""

from __future__ import annotations

import mailbox
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.mailfactory import plain


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"dsrbot exited early: {err}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("dsrbot did not start listening")


def test_serve_demo_answers_mail_and_stops_on_sigterm(tmp_path: Path):
    smtp_port, web_port = _free_port(), _free_port()
    root = Path(__file__).resolve().parent.parent
    config = (root / "config.example.toml").read_text()
    config = config.replace("port = 8025", f"port = {smtp_port}")
    config = config.replace("port = 8080", f"port = {web_port}")
    (tmp_path / "config.toml").write_text(config)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--demo"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_port(smtp_port, proc)
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=30) as client:
            client.sendmail("jens.nielsen@mail.example.com", ["privacy@clsmed.dk"],
                            plain("Send mig venligst en kopi af mine personoplysninger."))
        outbox = tmp_path / "var" / "outbox"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not list((outbox / "new").glob("*")):
            time.sleep(0.1)
        box = mailbox.Maildir(outbox, create=False)
        messages = list(box)
        assert len(messages) == 1 and messages[0]["To"] == "jens.nielsen@mail.example.com"
        assert (tmp_path / "var" / "dsrbot.db").exists()
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "stopped cleanly" in stderr
    assert "demo register loaded" in stderr
