"""``factdeck check``: prove a bank follows the contract and that every answer has its evidence.

Shape problems (types, unknown keys) come from :mod:`factdeck.bank.load`; this
module adds the rules that need the whole bank or the article texts: unique
ids, known articles, evidence quotes that really occur in their article,
answers that are not also distractors, article paths that stay inside the
bank's folder.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from factdeck.bank.files import MAX_ARTICLE_BYTES, display_name, read_bytes
from factdeck.bank.load import Problem, key_lines, parse_bank
from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    Topic,
)
from factdeck.errors import BankError
from factdeck.textnorm import fold, normalize_evidence


@dataclass
class CheckResult:
    """What checking one bank found."""

    path: Path
    bank: Bank | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # --lint: doubts, never failing

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> dict[str, object]:
        """Counts a teacher wants to see: questions per topic and kind, articles, outlets."""
        bank = self.bank
        if bank is None:
            return {}
        return {
            "title": bank.title,
            "questions": len(bank.questions),
            "topics": dict(Counter(str(q.topic) for q in bank.questions)),
            "kinds": dict(Counter(str(q.kind) for q in bank.questions)),
            "articles": len(bank.articles),
            "outlets": list(bank.outlets),
            "reviewed": bank.review_summary(),
        }


def check_bank(path: str | Path, *, lint: bool = False) -> CheckResult:
    """Check one bank file; raises :class:`BankError` if it cannot be read at all.

    With ``lint`` the builder's doubts (:mod:`factdeck.bank.lint`) are added as warnings.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "bank.yaml"
    bank, problems, text = parse_bank(path)
    result = CheckResult(path=path, bank=bank, problems=list(problems))
    if bank is None:
        return result
    found: list[tuple[str, str]] = []
    found += _id_problems(bank)
    article_problems, texts = _article_problems(bank)
    found += article_problems
    found += _evidence_problems(bank, texts)
    for i, question in enumerate(bank.questions):
        found += [(f"questions[{i}].{key}", message) for key, message in _answer_problems(question)]
    if found:
        name = display_name(path)
        lines = key_lines(text, [key for key, _ in found])
        result.problems += [Problem(name, lines.get(key), key, message) for key, message in found]
    if lint:
        from factdeck.bank.lint import lint_bank

        doubts = lint_bank(bank)
        name = display_name(path)
        lines = key_lines(text, [key for key, _ in doubts]) if doubts else {}
        result.warnings = [Problem(name, lines.get(key), key, f"warning: {message}")
                           for key, message in doubts]
    return result


def question_problems(q: Question, bank: Bank) -> list[tuple[str, str]]:
    """``check``'s rules for one question of ``bank`` (shape, answers, evidence found in its
    article): what an edit must pass before it is saved. ``(key, message)`` pairs."""
    from factdeck.bank.load import article_to_data, convert, question_to_data

    data = {"factdeck": bank.version, "title": bank.title or "bank",
            "articles": [article_to_data(a) for a in bank.articles],
            "questions": [question_to_data(q)]}
    try:
        _, problems = convert(data, display_name(bank.path) if bank.path else "bank", bank.path)
    except (TypeError, ValueError) as exc:
        return [("question", str(exc))]
    if problems:
        return [(p.key.removeprefix("questions[0]."), p.message) for p in problems]
    one = Bank(title=bank.title, articles=bank.articles, questions=(q,), path=bank.path)
    unreadable, texts = _article_problems(one)
    found = [(k.removeprefix("questions[0]."), m) for k, m in unreadable
             + _evidence_problems(one, texts)]
    return found + _answer_problems(q)


def _id_problems(bank: Bank) -> list[tuple[str, str]]:
    out = []
    seen: dict[str, int] = {}
    for i, q in enumerate(bank.questions):
        if q.id in seen:
            out.append((f"questions[{i}].id",
                        f"{q.id!r} is used again (first at questions[{seen[q.id]}]); ids must be "
                        "unique: quiz progress and Anki notes key on them"))
        else:
            seen[q.id] = i
    seen = {}
    for i, a in enumerate(bank.articles):
        if a.id in seen:
            out.append((f"articles[{i}].id",
                        f"{a.id!r} is used again (first at articles[{seen[a.id]}])"))
        else:
            seen[a.id] = i
    return out


def _article_problems(bank: Bank) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Problems with the article files, and each readable article's text, normalised the way
    evidence is looked up.

    An article that is missing, not a regular file (a FIFO would hang the check), too big,
    unreadable or not UTF-8 is a finding: its evidence quotes could not be proved.
    """
    out = []
    texts = {}
    for i, article in enumerate(bank.articles):
        key = f"articles[{i}].file"
        try:
            target = bank.article_path(article)
        except ValueError as exc:
            out.append((key, str(exc).split(": ", 1)[-1]))
            continue
        if not target.exists():
            out.append((key, f"{article.file!r} does not exist next to the bank"))
            continue
        try:
            raw = read_bytes(target, MAX_ARTICLE_BYTES)
        except BankError as exc:
            out.append((key, f"{article.file!r} {exc.message}; its evidence quotes were not "
                        "checked"))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            out.append((key, f"{article.file!r} is not UTF-8 text (line {line}); its evidence "
                        "quotes were not checked"))
            continue
        if article.id not in texts:
            texts[article.id] = normalize_evidence(text)
    return out, texts


def _evidence_problems(bank: Bank, texts: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for i, q in enumerate(bank.questions):
        for j, ev in enumerate(q.evidence):
            key = f"questions[{i}].evidence[{j}]"
            if bank.article(ev.article) is None:
                known = ", ".join(a.id for a in bank.articles) or "none"
                out.append((f"{key}.article", f"{ev.article!r} is not an article of this bank "
                            f"(known: {known})"))
                continue
            text = texts.get(ev.article)
            if text is None:
                continue  # the unreadable article is reported once, under articles[]
            if normalize_evidence(ev.quote) not in text:
                out.append((f"{key}.quote", f"not found in article {ev.article!r}: "
                            f"{_short(ev.quote)}"))
        if q.topic is Topic.SOURCES and len(q.article_ids) < 2:
            out.append((f"questions[{i}].evidence",
                        "a 'sources' question needs evidence from two or more articles"))
    return out


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")


def _duplicates(values: tuple[str, ...] | list[str]) -> list[str]:
    counts = Counter(fold(v) for v in values)
    return [v for v in dict.fromkeys(values) if counts[fold(v)] > 1]


def _answer_problems(q: Question) -> list[tuple[str, str]]:
    """Rules on a question's own answer keys; key paths are relative to the question."""
    out: list[tuple[str, str]] = []
    if isinstance(q, ChoiceQuestion):
        if fold(q.answer) in {fold(d) for d in q.distractors}:
            out.append(("answer", f"{q.answer!r} is also among the distractors"))
        for dup in _duplicates(q.distractors):
            out.append(("distractors", f"{dup!r} is listed twice"))
    elif isinstance(q, MultiQuestion):
        both = {fold(a) for a in q.answers} & {fold(d) for d in q.distractors}
        for a in q.answers:
            if fold(a) in both:
                out.append(("answers", f"{a!r} is also among the distractors"))
        for dup in _duplicates(q.answers):
            out.append(("answers", f"{dup!r} is listed twice"))
        for dup in _duplicates(q.distractors):
            out.append(("distractors", f"{dup!r} is listed twice"))
    elif isinstance(q, ShortQuestion):
        for dup in _duplicates([q.answer, *q.accept]):
            out.append(("accept", f"{dup!r} is listed twice"))
    elif isinstance(q, ClozeQuestion):
        for n, gap in enumerate(q.gaps):
            if not gap:
                out.append(("text", f"gap {n + 1} is empty"))
    elif isinstance(q, MatchQuestion):
        for dup in _duplicates([p.left for p in q.pairs]):
            out.append(("pairs", f"left side {dup!r} appears twice; each side must be unique"))
        for dup in _duplicates([p.right for p in q.pairs]):
            out.append(("pairs", f"right side {dup!r} appears twice; each side must be unique"))
    elif isinstance(q, OrderQuestion):
        for dup in _duplicates(q.items):
            out.append(("items", f"{dup!r} appears twice; items to order must be distinct"))
    return out
