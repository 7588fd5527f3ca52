"""Staff corrections of the classifier's reading: applied to the case, kept as test material."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import Session, col, select

from bot.cases.lifecycle import audit, find_case, transition
from bot.config import Config
from bot.outbound.render import Renderer
from bot.outbound.replies import queue_acknowledgement
from bot.reading.classify import INTENTS
from bot.store.models import Case, ClassifierCorrection, Inbound
from bot.timeutil import utcnow


class CorrectionError(ValueError):
    """The case does not exist or the intents are not ones the bot knows."""


def _first_inbound(session: Session, case_id: int) -> int | None:
    return session.exec(
        select(Inbound.id).where(Inbound.case_id == case_id).order_by(col(Inbound.id))
    ).first()


def correct_reading(
    session: Session, config: Config, renderer: Renderer, case_id: int | str,
    intents: list[str], staff: str,
) -> Case:
    """Set what the request really asks for; a triage case then moves on (or closes)."""
    unknown = sorted(set(intents) - set(INTENTS))
    if unknown:
        known = ", ".join(INTENTS)
        raise CorrectionError(f"unknown intents: {', '.join(unknown)} (known: {known})")
    case = find_case(session, case_id)
    if case is None or case.id is None:
        raise CorrectionError(f"no case {case_id}")
    case_id = case.id
    before = list(case.intents or [])
    session.add(ClassifierCorrection(
        case_id=case_id, inbound_id=_first_inbound(session, case_id), intents_before=before,
        intents_after=sorted(set(intents)), corrected_by=staff, at=utcnow(),
    ))
    case.intents = sorted(set(intents))
    audit(session, "case.reading_corrected", actor=f"staff:{staff}", case_id=case_id,
          details={"before": before, "after": case.intents})
    if case.status == "triage":
        if case.intents:
            transition(session, case, "open", actor=f"staff:{staff}")
            queue_acknowledgement(session, config, renderer, case)
        else:
            transition(session, case, "closed", actor=f"staff:{staff}",
                       reason="not a data-subject request")
    return case


def export_corrections(session: Session, folder: Path) -> int:
    """Write each corrected message as .eml plus a labels.jsonl line, for the test corpus."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = session.exec(select(ClassifierCorrection).order_by(col(ClassifierCorrection.id)))
    lines, count = [], 0
    for correction in rows:
        inbound = session.get(Inbound, correction.inbound_id) if correction.inbound_id else None
        case = session.get(Case, correction.case_id)
        if inbound is None or case is None:
            continue
        name = f"correction-{correction.id:05d}.eml"
        (folder / name).write_bytes(inbound.raw)
        lines.append(json.dumps({
            "file": name, "language": case.language, "intents": correction.intents_after,
            "note": f"staff correction by {correction.corrected_by}; "
                    f"the bot read {correction.intents_before}",
        }, ensure_ascii=False))
        count += 1
    (folder / "labels.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return count
