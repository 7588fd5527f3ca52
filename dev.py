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
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
PUBLIC_CORPUS = Path(os.environ.get("DSRBOT_PUBLIC", ROOT.parent / "shared" / "corpus" / "public"))


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
    proc = subprocess.Popen([str(BIN / "dsrbot"), "serve", "--demo", "--config", str(config)],
                            cwd=ROOT)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return proc.wait()  # the same Ctrl-C reached the bot, which is stopping cleanly


MACHINE_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
OWN_PG_PORT = 55432


def _pg_reachable(url: str) -> bool:
    probe = [str(BIN / "python"), "-c",
             f"import psycopg; psycopg.connect({url!r}, connect_timeout=3).close()"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found and os.geteuid() == 0:
        print("+ installing PostgreSQL (apt-get)", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                        "postgresql"], env=env, check=False)
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _own_postgres() -> tuple[str, Path] | None:
    """A throwaway cluster on 127.0.0.1:55432 in a temp dir (initdb refuses root)."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="dsrbot-pg-"))
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_pg:
        shutil.chown(folder, "postgres", "postgres")
    subprocess.run([*as_pg, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U",
                    "postgres", "--auth=trust", "-N"], check=True, capture_output=True)
    options = f"-c listen_addresses=127.0.0.1 -p {OWN_PG_PORT} -k {folder} -c fsync=off"
    subprocess.run([*as_pg, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-l",
                    str(folder / "log"), "-o", options, "-w", "start"], check=True)
    return f"postgresql://postgres@127.0.0.1:{OWN_PG_PORT}/postgres", folder


def _postgres_for_tests(env: dict[str, str]) -> Path | None:
    """Point the Postgres-mode tests at a server: the machine's, or one of our own."""
    if _pg_reachable(MACHINE_PG):
        env["DSRBOT_TEST_PG_ADMIN"] = MACHINE_PG
        return None
    started = _own_postgres()
    if started is None:
        print("! no PostgreSQL available: the Postgres-mode tests will fail in CI")
        return None
    env["DSRBOT_TEST_PG_ADMIN"], folder = started
    return folder


def _stop_postgres(folder: Path | None) -> None:
    if folder is None:
        return
    bin_dir = _pg_bin()
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if bin_dir is not None:
        subprocess.run([*as_pg, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m",
                        "fast", "stop"], check=False, capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def test() -> int:
    ensure_venv("test")
    env = dict(os.environ)
    pg_folder = _postgres_for_tests(env)
    steps = [
        [BIN / "ruff", "check", "bot", "handlers", "tests", "bench", "train", "dev.py"],
        [BIN / "mypy", "bot", "handlers", "train"],
        [BIN / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
    ]
    try:
        for step in steps:
            if sh(*step, check=False, env=env) != 0:
                return 1
    finally:
        _stop_postgres(pg_folder)
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
    try:
        return commands[sys.argv[1]]()
    except KeyboardInterrupt:  # Ctrl-C: the bot stops itself cleanly; no traceback here
        return 130


if __name__ == "__main__":
    sys.exit(main())
