"""Rebuilding a deck without losing a teacher's work: merge a new build into the old bank.

``factdeck build`` records, beside the bank, a fingerprint of every question as it
wrote it (``bank.build.json``). On the next build into the same deck a question
the teacher touched (accepted, rejected, or edited by hand or in ``factdeck
review``: its fingerprint no longer matches) is kept as the teacher left it; an
untouched draft is replaced by the new build's version. Old and new questions
are matched by id, then, when the generator's wording (and so the id) changed,
by their evidence. A question whose evidence is gone from the new articles is
set aside (returned as an orphan, rejected and flagged), never dropped silently.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from factdeck import atomic
from factdeck.bank.load import question_to_data
from factdeck.bank.model import Bank, Flag, Question, Status
from factdeck.textnorm import normalize_evidence

RECORD_FORMAT = 1


def record_path(bank_path: Path) -> Path:
    """Where ``build`` keeps its fingerprints: ``bank.yaml`` -> ``bank.build.json``."""
    return bank_path.with_name(f"{bank_path.stem}.build.json")


def orphans_path(bank_path: Path) -> Path:
    """Where questions whose evidence is gone are set aside: ``bank.orphans.yaml``."""
    return bank_path.with_name(f"{bank_path.stem}.orphans.yaml")


def fingerprint(q: Question) -> str:
    """A digest of a question's content, review state left out: changes when anyone edits it."""
    data = question_to_data(q)
    data.pop("status", None)
    data.pop("flags", None)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_record(bank_path: Path) -> dict[str, str] | None:
    """The fingerprints ``build`` wrote beside this bank, or None (not made by ``build``)."""
    try:
        data = json.loads(record_path(bank_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    questions = data.get("questions") if isinstance(data, dict) else None
    if data.get("factdeck-build") != RECORD_FORMAT or not isinstance(questions, dict) or \
            not all(isinstance(k, str) and isinstance(v, str) for k, v in questions.items()):
        return None
    return questions


def write_record(bank_path: Path, record: dict[str, str]) -> None:
    """Write the fingerprints atomically, sorted so the same build gives the same bytes."""
    data = {"factdeck-build": RECORD_FORMAT, "questions": dict(sorted(record.items()))}
    atomic.write_text(record_path(bank_path),
                      json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def build_record(bank: Bank) -> dict[str, str]:
    """The fingerprints of a freshly built bank."""
    return {q.id: fingerprint(q) for q in bank.questions}


@dataclass
class MergeResult:
    """The merged bank and what happened to each question, for the report."""

    bank: Bank
    record: dict[str, str]
    kept: list[str] = field(default_factory=list)  # touched by the teacher, kept as left
    updated: list[str] = field(default_factory=list)  # untouched drafts, new wording
    added: list[str] = field(default_factory=list)  # new questions, as drafts
    retired: list[str] = field(default_factory=list)  # untouched drafts no longer made
    removed: list[str] = field(default_factory=list)  # deleted by the teacher, not re-added
    orphans: list[Question] = field(default_factory=list)  # evidence gone: set aside


def _evidence_key(q: Question) -> tuple[object, ...]:
    return (q.kind, q.topic,
            tuple(sorted((e.article, normalize_evidence(e.quote)) for e in q.evidence)))


def _evidence_stands(q: Question, texts: dict[str, str]) -> bool:
    return bool(q.evidence) and all(
        e.article in texts and normalize_evidence(e.quote) in texts[e.article]
        for e in q.evidence)


def merge(old: Bank, record: dict[str, str], new: Bank, texts: dict[str, str]) -> MergeResult:
    """Merge a new build into the old bank; ``texts`` maps each new article id to its
    normalised text (to tell whether an old question's evidence still stands)."""
    old_questions = list(old.questions)
    touched = {q.id for q in old_questions
               if q.status != Status.DRAFT or record.get(q.id) != fingerprint(q)}
    new_by_id = {q.id: i for i, q in enumerate(new.questions)}
    match: dict[int, Question] = {}  # new position -> the old question it replaces
    unmatched: list[Question] = []
    for q in old_questions:
        i = new_by_id.get(q.id)
        if i is not None:
            match[i] = q
        else:
            unmatched.append(q)
    by_evidence: dict[tuple[object, ...], list[int]] = {}
    for i, q in enumerate(new.questions):
        if i not in match:
            by_evidence.setdefault(_evidence_key(q), []).append(i)
    left: list[Question] = []
    for q in unmatched:
        free = [i for i in by_evidence.get(_evidence_key(q), ()) if i not in match]
        if free:
            match[free[0]] = q
        else:
            left.append(q)
    old_ids = {q.id for q in old_questions}
    result = MergeResult(bank=new, record={})
    out: list[Question] = []
    for i, q in enumerate(new.questions):
        before = match.get(i)
        if before is None:
            if q.id in record and q.id not in old_ids:
                result.removed.append(q.id)  # the teacher deleted it: do not bring it back
                continue
            out.append(q)
            result.added.append(q.id)
            result.record[q.id] = fingerprint(q)
        elif before.id in touched:
            out.append(before)
            result.kept.append(before.id)
            if before.id in record:
                result.record[before.id] = record[before.id]
        else:
            out.append(q)
            result.updated.append(q.id)
            result.record[q.id] = fingerprint(q)
    for q in left:
        if not _evidence_stands(q, texts):
            flags = tuple(dict.fromkeys((*q.flags, Flag.EVIDENCE_GONE)))
            result.orphans.append(replace(q, status=Status.REJECTED, flags=flags))
        elif q.id in touched:
            out.append(q)
            result.kept.append(q.id)
            if q.id in record:
                result.record[q.id] = record[q.id]
        else:
            result.retired.append(q.id)
    result.bank = replace(new, questions=tuple(out))
    return result


def set_aside(old: Bank, orphans: list[Question], existing: Bank | None) -> Bank:
    """The orphans file's bank: questions set aside before and now, with the old articles
    they cite (the copies may have changed: this file is a record, not a deck)."""
    kept = {q.id: q for q in (existing.questions if existing else ())}
    kept.update({q.id: q for q in orphans})
    cited = {e.article for q in kept.values() for e in q.evidence}
    articles = {a.id: a for a in (existing.articles if existing else ())}
    articles.update({a.id: a for a in old.articles})
    return Bank(title=f"{old.title}: set aside by a rebuild",
                description="Questions whose evidence a rebuild no longer found. Move one back "
                "into bank.yaml (fixing its evidence) to use it again.",
                language=old.language,
                articles=tuple(a for a in articles.values() if a.id in cited),
                questions=tuple(kept.values()))
