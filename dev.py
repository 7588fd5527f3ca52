#!/usr/bin/env python3
"""One-command set-up: `python3 dev.py run` runs the bot, `python3 dev.py test` runs every test.

Needs only Python 3.11+ and the package registries. It creates ./.venv, installs dsrbot
into it (again only when pyproject.toml changed), and then runs the bot or the tests.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
PUBLIC_CORPUS = ROOT.parent / "shared" / "corpus" / "public"


def sh(*cmd: str | Path, check: bool = True, **kwargs: object) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=ROOT, check=check, **kwargs).returncode  # type: ignore[call-overload]


def ensure_venv(extras: str) -> None:
    """Create the venv and install the project, skipping the install when nothing changed."""
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "-e", target)
    stamp.write_text(digest)


def run() -> int:
    ensure_venv("")
    config = ROOT / "config.toml"
    if not config.exists():
        shutil.copy(ROOT / "config.example.toml", config)
        print("created config.toml from config.example.toml")
    print("dsrbot: SMTP intake on 127.0.0.1:8025, outgoing mail in var/outbox/new/ "
          "(Ctrl-C stops)", flush=True)
    return sh(BIN / "dsrbot", "serve", "--demo", "--config", config, check=False)


def _postgres_up() -> None:
    """The machine's PostgreSQL (127.0.0.1:5432) backs the Postgres-mode tests."""
    probe = [str(BIN / "python"), "-c",
             "import psycopg; psycopg.connect('postgresql://postgres@127.0.0.1:5432/postgres',"
             " connect_timeout=3).close()"]
    if subprocess.run(probe, capture_output=True).returncode == 0:
        return
    clusters = Path("/etc/postgresql")
    if shutil.which("pg_ctlcluster") and clusters.is_dir():
        for version in sorted(p.name for p in clusters.iterdir()):
            subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main",
                            "start"], check=False)


def test() -> int:
    ensure_venv("test")
    _postgres_up()
    env = dict(os.environ)
    steps = [
        [BIN / "ruff", "check", "bot", "handlers", "tests", "bench", "dev.py"],
        [BIN / "mypy", "bot", "handlers"],
        [BIN / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
    ]
    for step in steps:
        if sh(*step, check=False, env=env) != 0:
            return 1
    for folder in (PUBLIC_CORPUS, ROOT / "tests" / "corpus"):
        if (folder / "labels.jsonl").exists():
            sh(BIN / "dsrbot", "eval", folder, folder / "labels.jsonl", check=False)
    return 0


def main() -> int:
    commands = {"run": run, "test": test}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__)
        print("usage: python3 dev.py run | python3 dev.py test")
        return 2
    return commands[sys.argv[1]]()


if __name__ == "__main__":
    sys.exit(main())
