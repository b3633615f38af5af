"""Reading and writing bank YAML files.

Loading is safe (PyYAML's C safe loader where available, never the unsafe
one), strict (unknown keys and wrong types are errors naming file, line and
key path) and fast: the garbage collector is paused while the YAML is parsed,
and an unchanged bank is read back from a content-keyed JSON cache
(:mod:`factdeck.bank.cache`). Writing is deterministic and atomic, so
load -> save -> load gives an equal bank and diffs stay small.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdeck import atomic
from factdeck.bank import journal
from factdeck.bank.files import display_name, read_text
from factdeck.bank.model import (
    FORMAT_VERSION,
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Evidence,
    Flag,
    Kind,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Pair,
    Question,
    ShortQuestion,
    Status,
    Story,
    Topic,
    TrueFalseQuestion,
    is_date_text,
    unsafe_path_reason,
)
from factdeck.errors import BankError, BankVersionError
from factdeck.memory import gc_paused as _gc_paused

TOP_KEYS = ("factdeck", "id", "title", "description", "story", "language", "articles",
            "questions")
STORY_KEYS = ("headline", "first", "last")
ARTICLE_KEYS = ("id", "file", "outlet", "title", "author", "published", "url")
COMMON_KEYS = ("id", "kind", "topic", "prompt", "explanation", "tags", "status", "flags",
               "evidence")
KIND_KEYS: dict[str, tuple[str, ...]] = {
    Kind.CHOICE: ("answer", "distractors"),
    Kind.MULTI: ("answers", "distractors"),
    Kind.TRUEFALSE: ("answer",),
    Kind.SHORT: ("answer", "accept"),
    Kind.DATE: ("answer",),
    Kind.CLOZE: ("text",),
    Kind.MATCH: ("pairs",),
    Kind.ORDER: ("items", "dates"),
}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a bank: where, which key, what."""

    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        return str(BankError(self.message, file=self.file, line=self.line, key=self.key))


class _Collector:
    """Gathers problems with their key paths while a bank is converted."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def add(self, key: str, message: str) -> None:
        self.problems.append((key, message))


# ---------------------------------------------------------------- conversion


def _text(value: Any, key: str, out: _Collector, *, required: bool = True,
          allow_empty: bool = False) -> str | None:
    """A string field; numbers and dates written bare in YAML are taken as their text."""
    if value is None:
        if required:
            out.add(key, "missing")
        return None
    if isinstance(value, str):
        if not allow_empty and not value.strip():
            out.add(key, "is empty")
            return None
        return value
    if isinstance(value, bool):
        out.add(key, f"must be text, not {str(value).lower()}")
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    out.add(key, f"must be text, not {_type_name(value)}")
    return None


def _shown(value: Any, limit: int = 60) -> str:
    """A value as it is written in a message: its repr, cut short (a value may be huge)."""
    if isinstance(value, (list, dict)):
        return f"{_type_name(value)}"
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**limit else "a huge number"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _type_name(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "nothing"
    return type(value).__name__


def _text_list(value: Any, key: str, out: _Collector, *, required: bool = True,
               minimum: int = 0) -> tuple[str, ...]:
    if value is None:
        if required:
            out.add(key, "missing")
        return ()
    if not isinstance(value, list):
        out.add(key, f"must be a list, not {_type_name(value)}")
        return ()
    items = []
    for i, item in enumerate(value):
        text = _text(item, f"{key}[{i}]", out)
        if text is not None:
            items.append(text)
    if len(value) < minimum:
        out.add(key, f"needs at least {minimum} item{'s' if minimum > 1 else ''}")
    return tuple(items)


def _mapping(value: Any, key: str, out: _Collector, allowed: tuple[str, ...]) -> dict | None:
    if not isinstance(value, dict):
        out.add(key, f"must be a mapping, not {_type_name(value)}")
        return None
    for k in value:
        if k not in allowed:
            hint = _closest(str(k), allowed)
            out.add(f"{key}.{k}" if key else str(k),
                    f"unknown key{f' (did you mean {hint!r}?)' if hint else ''}")
    return value


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


def _evidence(value: Any, key: str, out: _Collector) -> tuple[Evidence, ...]:
    if value is None:
        out.add(key, "missing (every question needs at least one evidence quote)")
        return ()
    if not isinstance(value, list):
        out.add(key, f"must be a list, not {_type_name(value)}")
        return ()
    if not value:
        out.add(key, "needs at least 1 item")
    items = []
    for i, item in enumerate(value):
        texts = _two_texts(item, f"{key}[{i}]", out, ("article", "quote"))
        if texts is not None:
            items.append(Evidence(article=texts[0], quote=texts[1]))
    return tuple(items)


def _two_texts(item: Any, key: str, out: _Collector, names: tuple[str, str]
               ) -> tuple[str, str] | None:
    """A mapping of exactly two required text fields (an evidence's article and quote, a
    pair's left and right), each problem named by its key."""
    m = _mapping(item, key, out, names)
    if m is None:
        return None
    first = _text(m.get(names[0]), f"{key}.{names[0]}", out)
    second = _text(m.get(names[1]), f"{key}.{names[1]}", out)
    return (first, second) if first is not None and second is not None else None


def _article(value: Any, key: str, out: _Collector) -> Article | None:
    m = _mapping(value, key, out, ARTICLE_KEYS)
    if m is None:
        return None
    before = len(out.problems)
    article_id = _text(m.get("id"), f"{key}.id", out)
    file = _text(m.get("file"), f"{key}.file", out)
    published = m.get("published")
    date: _dt.date | None = None
    if isinstance(published, _dt.datetime):
        date = published.date()
    elif isinstance(published, _dt.date):
        date = published
    elif isinstance(published, str) and published.strip():
        try:
            date = _dt.date.fromisoformat(published.strip())
        except ValueError:
            out.add(f"{key}.published",
                    f"{_shown(published)} is not a date of the form YYYY-MM-DD")
    elif published is not None:
        out.add(f"{key}.published", "must be a date YYYY-MM-DD or null")
    fields = {
        f: _text(m.get(f), f"{key}.{f}", out, required=False)
        for f in ("outlet", "title", "author", "url")
    }
    if file is not None:
        reason = unsafe_path_reason(file)
        if reason:
            out.add(f"{key}.file", f"{file!r} {reason}")
    if article_id is not None and not _ID.match(article_id):
        out.add(f"{key}.id", f"{article_id!r} may hold only letters, digits and . _ : -")
    if len(out.problems) > before or article_id is None or file is None:
        return None
    return Article(id=article_id, file=file, published=date, **fields)


def _story(value: Any, key: str, out: _Collector) -> Story | None:
    """The optional ``story:`` mapping: a headline and the first and last dates."""
    m = _mapping(value, key, out, STORY_KEYS)
    if m is None:
        return None
    headline = _text(m.get("headline"), f"{key}.headline", out)
    days: list[_dt.date | None] = []
    for name in ("first", "last"):
        v = m.get(name)
        if isinstance(v, _dt.date) or v is None:
            days.append(v if not isinstance(v, _dt.datetime) else v.date())
            continue
        try:
            days.append(_dt.date.fromisoformat(str(v).strip()))
        except ValueError:
            out.add(f"{key}.{name}", f"{v!r} is not a date of the form YYYY-MM-DD")
            days.append(None)
    return Story(headline, days[0], days[1]) if headline else None


def _question(value: Any, key: str, out: _Collector) -> Question | None:
    if not isinstance(value, dict):
        out.add(key, f"must be a mapping, not {_type_name(value)}")
        return None
    before = len(out.problems)
    kind_value = value.get("kind")
    kind: Kind | None = None
    if kind_value is None:
        out.add(f"{key}.kind", "missing")
    else:
        try:
            kind = Kind(kind_value)
        except (ValueError, TypeError):
            out.add(f"{key}.kind", f"{_shown(kind_value)} is not one of {', '.join(Kind)}")
    allowed = COMMON_KEYS + (KIND_KEYS[kind] if kind else ())
    if kind is not None:
        _mapping(value, key, out, allowed)
    qid = _text(value.get("id"), f"{key}.id", out)
    if qid is not None and not _ID.match(qid):
        out.add(f"{key}.id", f"{qid!r} may hold only letters, digits and . _ : -")
    topic: Topic | None = None
    topic_value = value.get("topic")
    if topic_value is None:
        out.add(f"{key}.topic", "missing")
    else:
        try:
            topic = Topic(topic_value)
        except (ValueError, TypeError):
            out.add(f"{key}.topic", f"{_shown(topic_value)} is not one of {', '.join(Topic)}")
    prompt = _text(value.get("prompt"), f"{key}.prompt", out, required=kind != Kind.CLOZE)
    explanation = _text(value.get("explanation"), f"{key}.explanation", out,
                        required=False, allow_empty=True) or ""
    tags = _text_list(value.get("tags"), f"{key}.tags", out, required=False)
    for i, tag in enumerate(tags):
        if any(ch.isspace() for ch in tag):
            out.add(f"{key}.tags[{i}]", f"{tag!r} must not contain spaces")
    evidence = _evidence(value.get("evidence"), f"{key}.evidence", out)
    status, flags = _review(value, key, out)
    if kind is None:
        return None
    common: dict[str, Any] = dict(id=qid, topic=topic, evidence=evidence,
                                  explanation=explanation, tags=tags, status=status, flags=flags)
    if prompt is not None:
        common["prompt"] = prompt
    elif kind is not Kind.CLOZE:
        common["prompt"] = ""  # already reported; lets the kind's own keys be checked too
    question = _kind_fields(kind, value, key, out, common)
    if len(out.problems) > before:
        return None
    return question


def _review(value: dict, key: str, out: _Collector) -> tuple[Status, tuple[Flag, ...]]:
    """A question's review state: ``status`` (missing: accepted) and the builder's ``flags``."""
    status = Status.ACCEPTED
    raw = value.get("status")
    if raw is not None:
        try:
            status = Status(raw if isinstance(raw, str) else repr(raw))
        except ValueError:
            out.add(f"{key}.status", f"{raw!r} is not one of {', '.join(Status)}")
    flags: list[Flag] = []
    for i, text in enumerate(_text_list(value.get("flags"), f"{key}.flags", out,
                                        required=False)):
        try:
            flags.append(Flag(text))
        except ValueError:
            hint = _closest(text, tuple(str(f) for f in Flag))
            out.add(f"{key}.flags[{i}]", f"{text!r} is not a known flag"
                    f"{f' (did you mean {hint!r}?)' if hint else ''}; known: {', '.join(Flag)}")
    return status, tuple(dict.fromkeys(flags))


def _kind_fields(kind: Kind, value: dict, key: str, out: _Collector,
                 common: dict[str, Any]) -> Question | None:
    """Convert the keys that belong to one kind of question."""
    get = value.get
    if kind is Kind.CHOICE:
        answer = _text(get("answer"), f"{key}.answer", out)
        distractors = _text_list(get("distractors"), f"{key}.distractors", out, minimum=1)
        if answer is None:
            return None
        return ChoiceQuestion(answer=answer, distractors=distractors, **common)
    if kind is Kind.MULTI:
        answers = _text_list(get("answers"), f"{key}.answers", out, minimum=1)
        distractors = _text_list(get("distractors"), f"{key}.distractors", out, required=False)
        return MultiQuestion(answers=answers, distractors=distractors, **common)
    if kind is Kind.TRUEFALSE:
        answer = get("answer")
        if answer is None:
            out.add(f"{key}.answer", "missing")
            return None
        if not isinstance(answer, bool):
            out.add(f"{key}.answer", f"must be true or false, not {_shown(answer)}")
            return None
        return TrueFalseQuestion(answer=answer, **common)
    if kind is Kind.SHORT:
        answer = _text(get("answer"), f"{key}.answer", out)
        accept = _text_list(get("accept"), f"{key}.accept", out, required=False)
        if answer is None:
            return None
        return ShortQuestion(answer=answer, accept=accept, **common)
    if kind is Kind.DATE:
        answer = _text(get("answer"), f"{key}.answer", out)
        if answer is None:
            return None
        if not is_date_text(answer):
            out.add(f"{key}.answer", f"{_shown(answer)} is not a date of the form YYYY, "
                    "YYYY-MM or YYYY-MM-DD")
            return None
        return DateQuestion(answer=answer, **common)
    if kind is Kind.CLOZE:
        text = _text(get("text"), f"{key}.text", out)
        if text is None:
            return None
        question = ClozeQuestion(text=text, **common)
        if not question.gaps:
            out.add(f"{key}.text", "has no gap; write gaps as {{...}}")
        return question
    if kind is Kind.MATCH:
        raw = get("pairs")
        pairs: list[Pair] = []
        if raw is None:
            out.add(f"{key}.pairs", "missing")
        elif not isinstance(raw, list):
            out.add(f"{key}.pairs", f"must be a list, not {_type_name(raw)}")
        else:
            if len(raw) < 2:
                out.add(f"{key}.pairs", "needs at least 2 items")
            for i, item in enumerate(raw):
                texts = _two_texts(item, f"{key}.pairs[{i}]", out, ("left", "right"))
                if texts is not None:
                    pairs.append(Pair(left=texts[0], right=texts[1]))
        return MatchQuestion(pairs=tuple(pairs), **common)
    if kind is Kind.ORDER:
        items = _text_list(get("items"), f"{key}.items", out, minimum=2)
        raw_dates = get("dates")
        dates: tuple[str | None, ...] | None = None
        if raw_dates is not None:
            if not isinstance(raw_dates, list):
                out.add(f"{key}.dates", f"must be a list, not {_type_name(raw_dates)}")
            else:
                converted: list[str | None] = []
                for i, d in enumerate(raw_dates):
                    text = None if d is None else _text(d, f"{key}.dates[{i}]", out)
                    if text is not None and not is_date_text(text):
                        out.add(f"{key}.dates[{i}]", f"{text!r} is not a date of the form "
                                "YYYY, YYYY-MM or YYYY-MM-DD")
                    converted.append(text)
                if len(converted) != len(items):
                    out.add(f"{key}.dates", f"has {len(converted)} dates for {len(items)} items")
                dates = tuple(converted)
        return OrderQuestion(items=items, dates=dates, **common)
    raise AssertionError(kind)  # pragma: no cover - every Kind is handled above


def convert(data: Any, file: str, path: Path | None = None) -> tuple[Bank | None, list[Problem]]:
    """Turn parsed YAML into a :class:`Bank`, collecting every shape problem (without lines).

    Raises :class:`BankError` only when the data is not a bank at all (empty,
    not a mapping) or :class:`BankVersionError` when it is of a newer format.
    """
    if data is None:
        raise BankError("the file is empty; a bank starts with 'factdeck: 1'", file=file, line=1)
    if not isinstance(data, dict):
        raise BankError(f"a bank must be a mapping of keys, not {_type_name(data)}", file=file)
    version = data.get("factdeck")
    if version is None:
        raise BankError("missing; a bank starts with 'factdeck: 1'", file=file,
                        key="factdeck")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BankError(f"must be a whole number such as 1, not {_shown(version)}", file=file,
                        key="factdeck")
    if version > FORMAT_VERSION:
        raise BankVersionError(
            f"this bank uses format version {version}, but this factdeck reads version "
            f"{FORMAT_VERSION} at most; upgrade factdeck (pip install -U factdeck)",
            file=file, key="factdeck")
    out = _Collector()
    _mapping(data, "", out, TOP_KEYS)
    title = _text(data.get("title"), "title", out)
    bank_id = _text(data.get("id"), "id", out, required=False)
    if bank_id is not None and not _ID.match(bank_id):
        out.add("id", f"{_shown(bank_id)} may hold only letters, digits and . _ : -")
    description = _text(data.get("description"), "description", out, required=False,
                        allow_empty=True) or ""
    language = _text(data.get("language"), "language", out, required=False) or "en"
    story = _story(data["story"], "story", out) if data.get("story") is not None else None
    articles: list[Article] = []
    raw_articles = data.get("articles")
    if raw_articles is None:
        raw_articles = []
    if not isinstance(raw_articles, list):
        out.add("articles", f"must be a list, not {_type_name(raw_articles)}")
        raw_articles = []
    for i, item in enumerate(raw_articles):
        article = _article(item, f"articles[{i}]", out)
        if article is not None:
            articles.append(article)
    questions: list[Question] = []
    raw_questions = data.get("questions")
    if raw_questions is None:
        out.add("questions", "missing")
        raw_questions = []
    elif not isinstance(raw_questions, list):
        out.add("questions", f"must be a list, not {_type_name(raw_questions)}")
        raw_questions = []
    for i, item in enumerate(raw_questions):
        question = _question(item, f"questions[{i}]", out)
        if question is not None:
            questions.append(question)
    problems = [Problem(file, None, k, m) for k, m in out.problems]
    if problems:
        return None, problems
    bank = Bank(title=title or "", description=description, language=language,
                version=version, articles=tuple(articles), questions=tuple(questions),
                id=bank_id, path=path, story=story)
    return bank, []


# ---------------------------------------------------------------- line numbers


def key_lines(text: str, keys: list[str]) -> dict[str, int]:
    """The 1-based line of each key path in a YAML text (see :mod:`factdeck.bank.yamlio`)."""
    from factdeck.bank import yamlio

    return yamlio.key_lines(text, keys)


def place(problems: list[Problem], text: str) -> list[Problem]:
    """Fill in the line of each problem from the YAML text."""
    lines = key_lines(text, [p.key for p in problems if p.line is None])
    return [p if p.line is not None else Problem(p.file, lines.get(p.key, 1), p.key, p.message)
            for p in problems]


# ---------------------------------------------------------------- loading




def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML safely; a syntax error names its line."""
    from factdeck.bank import yamlio

    return yamlio.parse(text, name)


def parse_bank(path: Path, text: str | None = None) -> tuple[Bank | None, list[Problem], str]:
    """Read a bank and every shape problem in it, each with its line: (bank, problems, text).

    Raises :class:`BankError` when the file cannot be read as a bank at all.
    """
    if text is None:
        text = read_text(path)
    name = display_name(path)
    data = parse_yaml(text, name)
    try:
        with _gc_paused():
            bank, problems = convert(data, name, path)
    except BankError as exc:
        if exc.line is None:
            key = exc.key or ""
            raise exc.at(line=key_lines(text, [key]).get(key)) from None
        raise
    if problems:
        problems = place(problems, text)
    return bank, problems, text


def load_bank(path: str | Path, *, use_cache: bool = True) -> Bank:
    """Load a bank for use, or raise :class:`BankError` naming its first problem.

    With ``use_cache`` an unchanged bank is read from the user cache.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "bank.yaml"
    if journal.journal_path(path).exists():  # a killed review's decisions
        try:
            fold_journal(path)
        except OSError:
            pass  # a read-only deck: read it as it is; the journal stays for its owner
    if use_cache:
        from factdeck.bank.cache import load_cached  # not needed for a small bank

        return load_cached(path, load_bank_uncached)
    return load_bank_uncached(path)


def load_bank_uncached(path: Path, text: str | None = None) -> Bank:
    """Parse and convert a bank, with no cache."""
    bank, problems, _ = parse_bank(path, text)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problems; run 'factdeck check')" \
            if len(problems) > 1 else ""
        raise BankError(first.message + more, file=first.file, line=first.line, key=first.key)
    assert bank is not None
    return bank


# ---------------------------------------------------------------- writing


def article_to_data(article: Article) -> dict[str, Any]:
    """An article as the ordered mapping written to YAML."""
    return {
        "id": article.id,
        "file": article.file,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "url": article.url,
    }


def question_to_data(q: Question) -> dict[str, Any]:
    """A question as the ordered mapping written to YAML (only keys that carry something).

    Plain lists and mappings: :mod:`factdeck.bank.yamlio` decides which are written on one line.
    """
    data: dict[str, Any] = {"id": q.id, "kind": str(q.kind), "topic": str(q.topic)}
    if not (isinstance(q, ClozeQuestion) and q.prompt == ClozeQuestion.prompt):
        data["prompt"] = q.prompt
    if isinstance(q, ChoiceQuestion):
        data["answer"] = q.answer
        data["distractors"] = list(q.distractors)
    elif isinstance(q, MultiQuestion):
        data["answers"] = list(q.answers)
        if q.distractors:
            data["distractors"] = list(q.distractors)
    elif isinstance(q, TrueFalseQuestion):
        data["answer"] = q.answer
    elif isinstance(q, ShortQuestion):
        data["answer"] = q.answer
        if q.accept:
            data["accept"] = list(q.accept)
    elif isinstance(q, DateQuestion):
        data["answer"] = q.answer
    elif isinstance(q, ClozeQuestion):
        data["text"] = q.text
    elif isinstance(q, MatchQuestion):
        data["pairs"] = [{"left": p.left, "right": p.right} for p in q.pairs]
    elif isinstance(q, OrderQuestion):
        data["items"] = list(q.items)
        if q.dates is not None:
            data["dates"] = list(q.dates)
    if q.explanation:
        data["explanation"] = q.explanation
    if q.tags:
        data["tags"] = list(q.tags)
    if q.status != Status.ACCEPTED:
        data["status"] = str(q.status)
    if q.flags:
        data["flags"] = [str(f) for f in q.flags]
    data["evidence"] = [{"article": e.article, "quote": e.quote} for e in q.evidence]
    return data


def bank_to_data(bank: Bank) -> dict[str, Any]:
    """A bank as the ordered mapping written to YAML."""
    data: dict[str, Any] = {
        "factdeck": bank.version,
        **({"id": bank.id} if bank.id else {}),  # a bank without one is written as before
        "title": bank.title,
        "description": bank.description,
    }
    if bank.story is not None:  # optional: a bank without it is written as before
        data["story"] = {"headline": bank.story.headline, "first": bank.story.first,
                         "last": bank.story.last}
    return data | {
        "language": bank.language,
        "articles": [article_to_data(a) for a in bank.articles],
        "questions": [question_to_data(q) for q in bank.questions],
    }


def dump_bank(bank: Bank) -> str:
    """The bank as YAML text: same bank, same bytes."""
    from factdeck.bank import yamlio

    return yamlio.dump(bank_to_data(bank))


def save_bank(bank: Bank, path: str | Path) -> None:
    """Write a bank atomically (temporary file, then rename)."""
    atomic.write_text(Path(path), dump_bank(bank))


# ---------------------------------------------------------------- the review journal


def apply_journal(bank: Bank, entries: list[dict[str, Any]]) -> Bank:
    """The bank with each journalled question state (see :mod:`factdeck.bank.journal`) put in
    place of the question of its id, validated like any bank (a misfit raises BankError)."""
    if not entries:
        return bank
    data = bank_to_data(bank)
    where = {q["id"]: i for i, q in enumerate(data["questions"])}
    for entry in entries:
        i = where.get(entry["id"])
        if i is not None:
            data["questions"][i] = entry
    name = display_name(bank.path) if bank.path else "<bank>"
    try:
        folded, problems = convert(data, name, bank.path)
    except (TypeError, ValueError) as exc:  # a hand-damaged journal line
        raise BankError(f"the review journal does not fit the bank: {exc}", file=name) from None
    if problems or folded is None:
        first = problems[0] if problems else None
        raise BankError("the review journal does not fit the bank: "
                        f"{first.message if first else 'invalid'}", file=name,
                        key=first.key if first else None)
    return folded


def fold_journal(path: Path) -> int:
    """Fold a pending review journal into the bank (atomically), then remove it; how many
    decisions were folded (0 when there is none)."""
    pending = journal.journal_path(path)
    if not pending.exists():
        return 0
    entries = journal.read_entries(path)
    if entries:
        from factdeck.bank.cache import load_cached  # warm after the review's own load

        save_bank(apply_journal(load_cached(path, load_bank_uncached), entries), path)
    pending.unlink(missing_ok=True)
    return len(entries)
