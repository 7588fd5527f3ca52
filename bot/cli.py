"""The `dsrbot` command: run the service and drive it from a terminal."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from bot.config import Config, ConfigError, load_config

DEFAULT_CONFIG = Path("config.toml")

DESCRIPTION = """\
dsrbot answers GDPR data-subject requests (access, erasure, rectification,
restriction, objection, portability, and "contact person has left") that
arrive by e-mail. Every command reads ./config.toml, or the file given with
--config; see config.example.toml.

Typical first steps:
  dsrbot serve                         run the bot (SMTP intake, worker, outbox)
  dsrbot import-register customers.json  load or update the customer register
  dsrbot cases list                    see the requests received so far
  dsrbot queue list                    see what waits for a staff decision
"""


def _config_path(args: argparse.Namespace) -> Path | None:
    if args.config is not None:
        return Path(args.config).resolve()
    return DEFAULT_CONFIG.resolve() if DEFAULT_CONFIG.exists() else None


def _config(args: argparse.Namespace) -> Config:
    path: Path | None = args.config
    if path is None:
        if not DEFAULT_CONFIG.exists():
            print("dsrbot: no ./config.toml; using the built-in defaults "
                  "(see config.example.toml)", file=sys.stderr)
            return Config()
        path = DEFAULT_CONFIG
    return load_config(path)


def _database(args: argparse.Namespace) -> Any:
    from bot.store.db import Database, migrate

    db = Database.from_url(_config(args).database.url)
    migrate(db.engine)
    return db


def _print_json_lines(rows: list[dict[str, Any]], array: bool = False) -> None:
    """One JSON object per line, or (--json-array) one JSON document for tools."""
    if array:
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


def _add_json(parser: Any, what: str = "one JSON object per line") -> None:
    parser.add_argument("--json", action="store_true", help=what)
    parser.add_argument("--json-array", action="store_true",
                        help="the same objects as one JSON array")


def _wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False) or getattr(args, "json_array", False))


# --- commands --------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.service import ServiceError, run_service

    config = _config(args)
    if args.demo:
        from dataclasses import replace

        config = replace(config, demo=replace(config.demo, load_register=True))
    try:
        asyncio.run(run_service(config, config_path=_config_path(args)))
    except ServiceError as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_work(args: argparse.Namespace) -> int:
    from bot.workers import run_worker

    asyncio.run(run_worker(_config(args), nudge_stdin=args.nudge_stdin))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from bot.app import reapply_erasures

    reapply_erasures(_database(args), _config(args))
    print("database schema is up to date")
    return 0


def cmd_import_register(args: argparse.Namespace) -> int:
    from bot.register.import_cli import run_import

    return run_import(args, _config(args))


def cmd_export_register(args: argparse.Namespace) -> int:
    from bot.register.io import export_register

    db = _database(args)
    with db.reading() as session:
        data = export_register(session)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
    return 0


def _classify_one(path: Path, config: Config) -> dict[str, Any]:
    from bot.reading.context import ReadingContext
    from bot.reading.understand import understand

    u = understand(path.read_bytes(), context=ReadingContext.from_config(config))
    result = u.classification
    return {
        "file": path.name, "intents": sorted(result.intents), "language": result.language,
        "confidence": round(result.confidence, 3), "auto": u.auto,
        "auto_reason": u.parsed.auto_reason, "requester": u.requester_email,
        "evidence": [{"intent": e.intent, "phrase": e.phrase} for e in result.evidence],
        "departed": [{"name": d.name, "email": d.email} for d in result.departed],
        "flags": list(result.flags),
    }


def cmd_classify(args: argparse.Namespace) -> int:
    config = _config(args)
    failed = False
    for name in args.files:
        path = Path(name)
        try:
            row = _classify_one(path, config)
        except Exception as exc:  # one unreadable file must not stop the run (contract §2)
            row = {"file": path.name, "error": f"{type(exc).__name__}: {exc}"}
            failed = True
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        elif "error" in row:
            print(f"{row['file']}: ERROR {row['error']}")
        else:
            intents = ", ".join(row["intents"]) or "(not a request)"
            auto = " [auto]" if row["auto"] else ""
            print(f"{row['file']}: {intents} ({row['language']}, {row['confidence']:.2f}){auto}")
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.reading.context import ReadingContext
    from bot.reading.evaluate import format_report, load_labels, predict_file, score

    context = ReadingContext.from_config(_config(args))  # the firm's name and addresses
    folder = Path(args.dir)
    labels = load_labels(Path(args.labels))
    gold, predicted = {}, {}
    for name, label in sorted(labels.items()):
        gold[name] = frozenset(label.intents)
        predicted[name] = frozenset(predict_file(folder / name, context).intents)
    report = score(gold, predicted)
    print(format_report(report))
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    from bot.cases.views import case_row, urgency
    from bot.store.models import Case

    db = _database(args)
    with db.reading() as session:
        cases = sorted(session.exec(select(Case)), key=urgency)
        rows = [case_row(c) for c in cases]
    if _wants_json(args):
        _print_json_lines(rows, args.json_array)
        return 0
    if not rows:
        print("no cases yet")
    for r in rows:
        late = " OVERDUE" if r["overdue"] else ""
        print(f"{r['id']:>5}  {r['ref']}  {r['status']:<22} due {r['due_at']}{late}  "
              f"{','.join(r['intents']) or '-':<28} {r['requester'] or '-'}")
    return 0


def cmd_cases_show(args: argparse.Namespace) -> int:
    from bot.cases.lifecycle import find_case
    from bot.cases.views import case_detail

    db = _database(args)
    with db.reading() as session:
        case = find_case(session, args.id)
        detail = case_detail(session, case) if case is not None else None
    if detail is None:
        print(f"dsrbot: no case {args.id}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(detail, ensure_ascii=False, default=str))
        return 0
    _print_case(detail)
    return 0


def _print_case(d: dict[str, Any]) -> None:
    print(f"{d['ref']} (case {d['id']}): {d['status']}, due {d['due_at']}")
    print(f"  intents: {', '.join(d['intents']) or '-'}; from {d['requester']}; "
          f"about {', '.join(d['subject_refs']) or '-'}")
    for m in d["messages"]:
        print(f"  {m['at'][:16]} {m['direction']:<3} {m['subject'][:70]}")
    for p in d["plans"]:
        print(f"  plan {p['id']} v{p['version']} {p['status']}:")
        for item in p["plan"]:
            until = f" until {item['until']}" if item["until"] else ""
            print(f"    {item['action']:<8} {item['kind']} {item['ref']}{until}: {item['what']}")
    for e in d["audit"]:
        print(f"  {e['at'][:19]} {e['event']} ({e['actor']})")


def cmd_cases_correct(args: argparse.Namespace) -> int:
    import getpass

    from bot.cases.corrections import CorrectionError, correct_reading
    from bot.outbound.render import Renderer

    config = _config(args)
    intents = [i.strip() for i in args.intents.split(",") if i.strip()]
    db = _database(args)
    try:
        with db.transaction() as session:
            case = correct_reading(session, config, Renderer(config), args.id, intents,
                                   args.staff or getpass.getuser())
            status, case_id = case.status, case.id
        if case_id is not None:
            _run_case(config, db, case_id)
    except CorrectionError as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    print(f"case {args.id}: intents {', '.join(intents) or '(none)'}; status {status}")
    return 0


def cmd_cases_retry(args: argparse.Namespace) -> int:
    """A failed case (its error shown by `cases show`) is planned again from the start."""
    import getpass

    from bot.cases.kinds import CaseStatus
    from bot.cases.lifecycle import find_case, transition

    config, db = _config(args), _database(args)
    with db.transaction() as session:
        case = find_case(session, args.id)
        if case is None or case.status != CaseStatus.FAILED:
            print(f"dsrbot: case {args.id} is not failed", file=sys.stderr)
            return 1
        case.run_attempts, case.run_error = 0, None
        transition(session, case, CaseStatus.OPEN, actor=f"staff:{getpass.getuser()}")
        case_id = case.id
    if case_id is not None:
        _run_case(config, db, case_id)
    print(f"case {args.id} planned again")
    return 0


def cmd_cases_extend(args: argparse.Namespace) -> int:
    import getpass

    from bot.cases.deadlines import ExtensionError, extend_case
    from bot.outbound.render import Renderer

    config = _config(args)
    try:
        with _database(args).transaction() as session:
            case = extend_case(session, config, Renderer(config), args.id, args.reason,
                               args.staff or getpass.getuser(), until=args.until)
            ref, due = case.ref, case.extended_due_at
    except ExtensionError as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    print(f"{ref}: now due {due}; the extension notice to the requester is queued")
    return 0


def cmd_corrections_export(args: argparse.Namespace) -> int:
    from bot.cases.corrections import export_corrections

    db = _database(args)
    with db.reading() as session:
        count = export_corrections(session, Path(args.dir))
    print(f"{count} corrected messages written to {args.dir} (with labels.jsonl)")
    return 0


def _inbox_row(row: Any) -> dict[str, Any]:
    from email.parser import BytesHeaderParser
    from email.policy import default

    try:
        subject = str(BytesHeaderParser(policy=default).parsebytes(row.raw).get("Subject", ""))
    except Exception:  # a header the parser cannot read: show the row all the same
        subject = ""
    return {
        "id": row.id, "status": row.status, "received_at": row.received_at.isoformat(),
        "channel": row.channel, "from": row.mail_from, "subject": " ".join(subject.split()),
        "case_id": row.case_id, "error": row.error,
    }


def cmd_inbox_list(args: argparse.Namespace) -> int:
    from bot.store.models import Inbound

    db = _database(args)
    query = select(Inbound).order_by(col(Inbound.id))
    if args.status:
        query = query.where(Inbound.status == args.status)
    with db.reading() as session:
        rows = [_inbox_row(r) for r in session.exec(query)]
    if _wants_json(args):
        _print_json_lines(rows, args.json_array)
        return 0
    if not rows:
        print("no messages")
    for r in rows:
        print(f"{r['id']:>6}  {r['received_at'][:16]}  {r['status']:<14} "
              f"{(r['from'] or '-')[:32]:<32} {r['subject'][:60]}")
    return 0


def cmd_queue_list(args: argparse.Namespace) -> int:
    from bot.cases.views import pending_plans, plan_row

    db = _database(args)
    with db.reading() as session:
        rows = [plan_row(session, p) for p in pending_plans(session)]
    if _wants_json(args):
        _print_json_lines(rows, args.json_array)
        return 0
    if not rows:
        print("nothing waits for a decision")
    for r in rows:
        print(f"{r['id']:>5}  {r['case_ref'] or '-'}  {r['kind']:<22} due {r['due_at'] or '-'}  "
              f"{len(r['plan'])} items  {', '.join(r['subject_refs']) or '-'}")
        for item in r["plan"]:
            until = f" until {item['until']}" if item["until"] else ""
            print(f"         {item['action']:<8} {item['kind']} {item['ref']}{until}: "
                  f"{item['what']}")
    return 0


def _run_case(config: Config, db: Any, case_id: int) -> None:
    """Carry a decision out at once (contracts §5), as the service's runner would."""
    from bot.cases.runner import run_case
    from bot.outbound.render import Renderer
    from handlers import registry

    run_case(db, config, Renderer(config), registry(), case_id)


def _plan_id(session: Any, ident: str) -> int | None:
    """A plan by its id, or the pending plan of a case given by reference."""
    from bot.cases.kinds import PlanStatus
    from bot.cases.lifecycle import find_case
    from bot.cases.plans import latest_plan

    if ident.isdigit():
        return int(ident)
    case = find_case(session, ident)
    plan = latest_plan(session, case.id, PlanStatus.PENDING) if case and case.id else None
    return plan.id if plan else None


def _decide(args: argparse.Namespace, decide: Callable[..., Any], *extra: str) -> int:
    import getpass

    from bot.cases.approval import ApprovalError

    staff = args.staff or getpass.getuser()
    config = _config(args)
    db = _database(args)
    try:
        with db.transaction() as session:
            plan_id = _plan_id(session, args.id)
            if plan_id is None:
                raise ApprovalError(f"no pending plan for {args.id}")
            plan = decide(session, plan_id, staff, *extra)
            status, case_id = plan.status, plan.case_id
    except ApprovalError as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    if case_id is not None:
        _run_case(config, db, case_id)
    print(f"plan {plan_id} {status}")
    if case_id is None and status == "approved":
        return _carry_out_sweep(config, db, plan_id)
    return 0


def _carry_out_sweep(config: Config, db: Any, plan_id: int) -> int:
    """An approved sweep runs at once too (contracts §5), each item checked again."""
    from bot.retention.sweep import SweepError, carry_out_sweep

    try:
        print("\n".join(carry_out_sweep(db, config, plan_id).lines()))
    except SweepError as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_queue_approve(args: argparse.Namespace) -> int:
    from bot.cases.approval import approve

    return _decide(args, approve)


def cmd_queue_reject(args: argparse.Namespace) -> int:
    from bot.cases.approval import reject

    return _decide(args, reject, args.reason)


def cmd_holds_add(args: argparse.Namespace) -> int:
    import getpass
    from datetime import date

    from bot.cases.kinds import RecordKind
    from bot.cases.lifecycle import audit
    from bot.register.holds import HoldError, add_claims_hold

    try:
        until = date.fromisoformat(args.until)
        with _database(args).transaction() as session:
            hold = add_claims_hold(session, RecordKind(args.kind), args.ref, args.customer,
                                   until, args.staff or getpass.getuser())
            audit(session, "hold.set", actor=hold.set_by, details={
                "kind": hold.kind, "ref": hold.ref, "customer_ref": hold.customer_ref,
                "reason": hold.reason, "until": until.isoformat()})
    except (HoldError, ValueError) as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    print(f"{args.kind} {args.ref} held for legal claims until {until.isoformat()}")
    return 0


def cmd_holds_list(args: argparse.Namespace) -> int:
    from bot.register.holds import list_holds

    with _database(args).reading() as session:
        rows = [{"kind": h.kind, "customer_ref": h.customer_ref, "ref": h.ref,
                 "reason": h.reason, "until": h.until.isoformat() if h.until else None,
                 "set_by": h.set_by} for h in list_holds(session)]
    if _wants_json(args):
        _print_json_lines(rows, args.json_array)
        return 0
    for r in rows:
        where = f"{r['customer_ref']}/" if r["customer_ref"] and r["kind"] != "customer" else ""
        print(f"{r['kind']:<14} {where}{r['ref']:<16} {r['reason']:<12} "
              f"until {r['until'] or '(a person lifts it)'}  by {r['set_by']}")
    if not rows:
        print("no holds")
    return 0


def _add_holds(sub: Any) -> None:
    holds = sub.add_parser("holds", help="data kept for a reason (bookkeeping, claims, ...)")
    hsub = holds.add_subparsers(dest="holds_command", required=True, metavar="COMMAND")
    _add_json(_add(hsub, "list", cmd_holds_list, "list every hold"))
    p = _add(hsub, "add", cmd_holds_add,
             "keep a customer's, a job's or a lead's data for a legal claim until a date")
    p.add_argument("kind", choices=["customer", "job", "lead"])
    p.add_argument("ref", help="the register ref (a job's ref needs --customer)")
    p.add_argument("--customer", help="the customer ref a job belongs to")
    p.add_argument("--until", required=True, help="YYYY-MM-DD, the last day it is kept")
    p.add_argument("--staff", help="who decides (default: your login name)")


def cmd_staff_add(args: argparse.Namespace) -> int:
    from bot.staff import set_password

    password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        print("dsrbot: the password (read from standard input) needs 8 characters or more",
              file=sys.stderr)
        return 1
    db = _database(args)
    with db.transaction() as session:
        created = set_password(session, args.name, password)
    print(f"staff login {args.name} {'created' if created else 'reset'}")
    return 0


# --- parser ----------------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS,
                        help="configuration file (default: ./config.toml)")
    return common


def _add(sub: Any, name: str, fn: Callable[[argparse.Namespace], int], help_: str) -> Any:
    parser = sub.add_parser(name, parents=[_common()], help=help_, description=help_)
    parser.set_defaults(func=fn)
    return parser


def _add_queue(sub: Any) -> None:
    queue = sub.add_parser("queue", help="actions waiting for a staff decision")
    qsub = queue.add_subparsers(dest="queue_command", required=True, metavar="COMMAND")
    _add_json(_add(qsub, "list", cmd_queue_list,
                   "list the plans waiting for staff, the nearest due date first"))
    for name, fn, text in (
            ("approve", cmd_queue_approve, "approve plan ID (or a case's pending plan by "
             "reference, e.g. DSR-2026-00012) and carry it out"),
            ("reject", cmd_queue_reject, "reject plan ID (or a case's, by reference), "
             "with a reason")):
        p = _add(qsub, name, fn, text)
        p.add_argument("id", metavar="ID")
        p.add_argument("--staff", help="who decides (default: your login name)")
        if name == "reject":
            p.add_argument("--reason", required=True, help="why (kept in the case log)")


# Commands that live beside the code they drive: each module has
# `add_commands(sub, add)`, where `add(sub, name, fn, help)` makes a sub-command that
# reads --config like every other.
COMMAND_MODULES: tuple[str, ...] = ("bot.retention.sweep", "bot.retention.ledger_cli",
                                     "bot.cases.audit")


def _add_extensions(sub: Any) -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(sub, _add)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dsrbot", description=DESCRIPTION, parents=[_common()],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="more log output")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add(sub, "serve", cmd_serve, "run the bot until SIGTERM/SIGINT").add_argument(
        "--demo", action="store_true", help="load the bundled demo register if empty")
    _add(sub, "work", cmd_work,
         "run only the worker and outbox sender (serve starts these itself)").add_argument(
        "--nudge-stdin", action="store_true", help=argparse.SUPPRESS)
    _add(sub, "migrate", cmd_migrate, "create or upgrade the database schema")
    p = _add(sub, "import-register", cmd_import_register,
             "insert or update customers and leads from a JSON file (contracts §1: "
             '{"customers": [{"ref", "kind", "name", ..., "owners", "contacts", "jobs"}], '
             '"leads": [...]}; see bot/demo/register.json for a complete example)')
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--strict", action="store_true",
                   help="refuse a file with warnings (unknown keys, unassigned numbers)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would change, per table and ref; write nothing")
    _add(sub, "export-register", cmd_export_register,
         "write the register as JSON (- for standard output)").add_argument("file")
    p = _add(sub, "classify", cmd_classify, "show how the bot reads .eml files")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.add_argument("files", nargs="+", metavar="FILE.eml")
    p = _add(sub, "eval", cmd_eval,
             "score the classifier on a labelled folder: DIR holds .eml files, LABELS.jsonl "
             'one JSON object per line, {"file": "x.eml", "intents": ["access"], ...}; '
             "the firm's name and addresses come from --config")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("labels", metavar="LABELS.jsonl")
    cases = sub.add_parser("cases", help="requests received")
    csub = cases.add_subparsers(dest="cases_command", required=True, metavar="COMMAND")
    _add_json(_add(csub, "list", cmd_cases_list,
                   "list every case, overdue and nearly due first"))
    p = _add(csub, "show", cmd_cases_show,
             "one case: messages, plans with their items, audit events")
    p.add_argument("id", metavar="ID|REF")
    p.add_argument("--json", action="store_true", help="one JSON object")
    _add(csub, "retry", cmd_cases_retry,
         "plan a failed case again (after the cause shown by `cases show` is mended)"
         ).add_argument("id", metavar="ID|REF")
    p = _add(csub, "correct", cmd_cases_correct,
             "set what a request really asks for (stored to improve the classifier)")
    p.add_argument("id", metavar="ID|REF")
    p.add_argument("--intents", required=True,
                   help='comma-separated, e.g. "access,erasure"; "" for not a request')
    p.add_argument("--staff", help="who corrects (default: your login name)")
    p = _add(csub, "extend", cmd_cases_extend,
             "extend the answer deadline before it passes (at most 3 months from receipt) "
             "and tell the requester why")
    p.add_argument("id", metavar="ID|REF")
    p.add_argument("--reason", required=True, help="the concrete reason; sent to the requester")
    p.add_argument("--until", type=date.fromisoformat,
                   help="YYYY-MM-DD, a shorter extension (default: three months from receipt)")
    p.add_argument("--staff", help="who decides (default: your login name)")
    corrections = sub.add_parser("corrections", help="staff corrections of the classifier")
    rsub = corrections.add_subparsers(dest="corrections_command", required=True,
                                      metavar="COMMAND")
    _add(rsub, "export", cmd_corrections_export,
         "write corrected messages as .eml + labels.jsonl (new test cases)").add_argument("dir")
    inbox = sub.add_parser("inbox", help="every message received, with what became of it")
    isub = inbox.add_subparsers(dest="inbox_command", required=True, metavar="COMMAND")
    p = _add(isub, "list", cmd_inbox_list,
             "list received messages (e.g. --status not_a_request to review what the bot "
             "did not read as a request, --status failed for what it could not process)")
    p.add_argument("--status", choices=INBOX_STATUSES, help="only messages with this status")
    _add_json(p)
    _add_queue(sub)
    _add_holds(sub)
    _add_extensions(sub)
    staff = sub.add_parser("staff", help="staff logins")
    ssub = staff.add_subparsers(dest="staff_command", required=True, metavar="COMMAND")
    _add(ssub, "add", cmd_staff_add,
         "create or reset a staff login; the password is read from standard input",
         ).add_argument("name")
    return parser


# What can become of a received message (bot/cases/inbound.py outcomes, and intake).
INBOX_STATUSES = ("received", "processing", "done", "case_reply", "duplicate", "chaser",
                  "auto_ignored", "spam", "not_a_request", "failed")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "config"):
        args.config = None
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        # alembic narrates every start; aiosmtpd logs every SMTP command with the
        # sender's and recipients' addresses (personal data, and CPU on the hot path).
        for noisy in ("alembic", "mail.log", "aiohttp.access"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"dsrbot: configuration: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `dsrbot cases list --json | head`: the reader has all it wanted.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
