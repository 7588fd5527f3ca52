#!/usr/bin/env python3
"""Intake throughput: messages/s accepted by `dsrbot serve` vs a bare aiosmtpd sink.

Both servers run as separate processes on loopback and are driven by the same smtplib
client (several connections in parallel, several messages per connection), in the same
run, so the ratio is meaningful on a noisy machine. Usage:

    python bench/intake.py [--messages 2000] [--connections 8] [--rounds 3]

Rounds alternate sink and dsrbot so that both see the same machine noise; the ratio
quoted is the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BODY = ("Hej CL Smed\n\nJeg vil gerne have indsigt i de personoplysninger, I har om mig, "
        "og bagefter vil jeg gerne have dem slettet.\n\nMed venlig hilsen\nJens Nielsen\n"
        + "Kirkevej 12, 7100 Vejle\n" * 40)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_listening(port: int, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early with {proc.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit("server did not start")


def make_messages(tag: str, count: int) -> list[bytes]:
    out = []
    for i in range(count):
        msg = EmailMessage()
        msg["From"] = f"Kunde {i} <kunde{i}@mail.example.com>"
        msg["To"] = "privacy@clsmed.dk"
        msg["Subject"] = f"Anmodning om indsigt {i}"
        msg["Message-ID"] = f"<bench-{tag}-{i}@mail.example.com>"
        msg.set_content(BODY)
        out.append(msg.as_bytes(policy=SMTP))
    return out


def drive(port: int, messages: list[bytes], connections: int) -> float:
    """Send all messages over `connections` parallel sessions; returns messages per second."""
    chunks = [messages[i::connections] for i in range(connections)]

    def session(chunk: list[bytes]) -> int:
        accepted = 0
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            for raw in chunk:
                client.sendmail("kunde@mail.example.com", ["privacy@clsmed.dk"], raw)
                accepted += 1
        return accepted

    start = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        total = sum(pool.map(session, chunks))
    elapsed = time.perf_counter() - start
    assert total == len(messages)
    return total / elapsed


def start_sink(port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


EXTRA_CONFIG = ""


def start_dsrbot(port: int, workdir: Path) -> subprocess.Popen[bytes]:
    config = workdir / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{workdir}/bench.db"\n'
        f'[smtp]\nport = {port}\n[web]\nenabled = false\n'
        f'[outbound]\nmaildir = "{workdir}/outbox"\n'
        + EXTRA_CONFIG
    )
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--config", str(config)], cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def measure(name: str, proc_factory, messages: list[bytes], connections: int) -> float:  # type: ignore[no-untyped-def]
    port = free_port()
    proc = proc_factory(port)
    try:
        wait_listening(port, proc)
        drive(port, messages[: max(20, len(messages) // 20)], connections)  # warm-up
        rate = drive(port, messages[len(messages) // 20 :], connections)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"{name:<24} {rate:10.1f} messages/s", flush=True)
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{args.messages} messages of ~{len(make_messages('x', 1)[0])} bytes over "
          f"{args.connections} connections, {args.rounds} rounds")
    ratios = []
    for index in range(args.rounds):
        workdir = Path(tempfile.mkdtemp(prefix="dsrbot-bench-"))
        try:
            sink = measure("bare aiosmtpd sink", start_sink,
                           make_messages(f"sink{index}", args.messages), args.connections)
            bot = measure("dsrbot serve (SQLite)", lambda p: start_dsrbot(p, workdir),  # noqa: B023
                          make_messages(f"bot{index}", args.messages), args.connections)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        ratios.append(bot / sink)
        print(f"round {index + 1}: ratio {bot / sink:.2f}", flush=True)
    print(f"ratio dsrbot/sink (median of {len(ratios)}): {statistics.median(ratios):.2f} "
          "(target >= 0.50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
