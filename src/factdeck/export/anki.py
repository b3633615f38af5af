"""Banks to an Anki package (.apkg) that re-imports in place and never duplicates.

What keeps a learner's collection sound across exports:

* note types and decks have fixed ids (:mod:`factdeck.export.anki_notes`,
  :func:`deck_id`), so re-importing reuses them;
* a note's GUID comes from the bank's ``id`` (its name for a bank without one)
  and the question id, never from its text, so a corrected typo updates the
  learner's note and keeps its reviews, and a renamed or copied deck folder
  updates the same notes;
* a note's modification time changes only with its content
  (:mod:`factdeck.export.anki_stamps`), so an unchanged note does not overwrite
  what the learner edited inside Anki;
* every bank and article string is HTML-escaped here, once, as fields are built;
* the package is written to a temporary file beside the target, then renamed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from factdeck import atomic
from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    PartialDate,
    Question,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.errors import ExportError
from factdeck.export import anki_stamps, leftovers
from factdeck.export.anki_notes import build_models
from factdeck.memory import gc_paused as _gc_paused

CUES = {
    "truefalse": "True or false?",
    "short": "Short answer",
    "date": "Give the date",
    "choice": "Choose one",
    "multi": "Choose all that apply",
    "cloze": "Fill in the gaps",
    "match": "Match",
    "order": "Put in order",
}


@dataclass(frozen=True, slots=True)
class AnkiExport:
    """What an export wrote: for the CLI's summary and for tests."""

    path: Path
    notes: int
    cards: int
    questions: int
    decks: tuple[str, ...]
    changed: int  # notes whose content differs from the last export (new or edited)
    warning: str | None = None


class _PlannedNote(NamedTuple):
    """One note a question becomes: escaped fields, tags, GUID, the ords of its cards."""

    model_key: str
    fields: list[str]
    tags: list[str]
    guid: str
    card_ords: tuple[int, ...]


class _StampedNote(NamedTuple):
    """A planned note ready to write: its note type, stored columns, time and position."""

    guid: str
    model: genanki.Model
    mod: int
    tags_column: str  # the tags as stored: " a b "
    flds: str  # the fields as stored, joined by \x1f
    sort_field: str
    card_ords: tuple[int, ...]
    due: int


class _Deck(genanki.Deck):
    """A genanki deck that writes its notes in two batched inserts.

    genanki stamps every note with the export time, re-derives its cards and
    scans its fields for stray HTML, one INSERT at a time; our notes carry their
    own time and cards and are escaped when built, so rows go in directly.
    """

    def __init__(self, deck_id: int, name: str, description: str = "") -> None:
        super().__init__(deck_id, name, description)
        self.stamped: list[_StampedNote] = []

    def write_to_db(self, cursor, timestamp: float, id_gen) -> None:  # noqa: ANN001
        for note in self.stamped:
            self.models.setdefault(note.model.model_id, note.model)
        super().write_to_db(cursor, timestamp, id_gen)  # deck and note types (no genanki notes)
        stamp = int(timestamp)
        deck = self.deck_id
        note_rows = []
        card_rows = []
        for guid, model, mod, tags_column, flds, sort_field, card_ords, due in self.stamped:
            note_id = next(id_gen)
            note_rows.append((note_id, guid, model.model_id, mod, tags_column, flds, sort_field))
            for ord_ in card_ords:
                card_rows.append((next(id_gen), note_id, deck, ord_, stamp, due))
        # the columns every row shares are written into the statements, not bound per row
        cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,-1,?,?,?,0,0,'')", note_rows)
        cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')",
                           card_rows)


_INDEXES = "\n".join(line for line in APKG_SCHEMA.splitlines()
                     if line.startswith("CREATE INDEX"))
_SCHEMA_WITHOUT_INDEXES = "\n".join(line for line in APKG_SCHEMA.splitlines()
                                    if not line.startswith("CREATE INDEX"))


class _Package(genanki.Package):
    """A genanki package built in memory and deflated: no temporary database on disk, and
    a package several times smaller for phones to download."""

    def write_to_db(self, cursor, timestamp: float, id_gen) -> None:  # noqa: ANN001
        """genanki's tables, filled before their indexes are made: one sorted build per
        index instead of an update per row."""
        cursor.executescript(_SCHEMA_WITHOUT_INDEXES)
        cursor.executescript(APKG_COL)
        for deck in self.decks:
            deck.write_to_db(cursor, timestamp, id_gen)
        cursor.executescript(_INDEXES)

    def write_to_handle(self, handle: BinaryIO, timestamp: float) -> None:
        conn = sqlite3.connect(":memory:")
        try:
            cursor = conn.cursor()
            self.write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
            data = conn.serialize()
        finally:
            conn.close()
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=1) as archive:
            archive.writestr("collection.anki2", data)
            archive.writestr("media", "{}")


# ---------------------------------------------------------------- names and ids


def stable_id(*parts: str) -> int:
    """A fixed id in the range Anki and genanki use for generated ids."""
    digest = hashlib.sha256("\x1f".join(("factdeck", *parts)).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def deck_id(bank_name: str, topic: str | None = None) -> int:
    """The fixed id of a bank's deck, or of one of its topic subdecks."""
    return stable_id("deck", bank_name, topic or "")


_BASE91 = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
           "!#$%&()*+,-./:;<=>?@[]^_`{|}~")
_BASE91_PAIRS = [a + b for a in _BASE91 for b in _BASE91]  # two digits per step


def guid_for(*values: str | int) -> str:
    """The same GUID as ``genanki.guid_for`` (a test holds them equal), in half the time."""
    return _guid_of_text("__".join(map(str, values)))


def _guid_of_text(text: str) -> str:
    """genanki's GUID of values already joined by ``__``: the first 64 bits of their
    sha256 in base 91, two digits at a time (8281**5 > 2**64, so five steps)."""
    number = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
    number, d0 = divmod(number, 8281)
    number, d1 = divmod(number, 8281)
    number, d2 = divmod(number, 8281)
    d4, d3 = divmod(number, 8281)
    pairs = _BASE91_PAIRS
    return (pairs[d4] + pairs[d3] + pairs[d2] + pairs[d1] + pairs[d0]).lstrip("a")


def note_guid(bank_name: str, question_id: str, *more: str | int) -> str:
    """A note's GUID: from the bank and question id only, never from field text."""
    return guid_for("factdeck", bank_name, question_id, *more)


def bank_identity(bank: Bank) -> str:
    """What a bank's note GUIDs and deck ids derive from: its ``id`` when it has one (so a
    renamed or copied folder updates the same notes), else its name, as before ids existed
    (so decks already imported keep updating)."""
    return f"id:{bank.id}" if bank.id else bank.name


def deck_name(bank: Bank) -> str:
    """The learner-facing deck name: the bank's title (``::`` would nest decks)."""
    name = " ".join(bank.title.split()).replace("::", ":").strip(":").strip()
    return name or bank.name


def topic_deck_name(bank: Bank, topic: Topic) -> str:
    return f"{deck_name(bank)}::{topic.value.capitalize()}"


@functools.lru_cache(maxsize=4096)
def tag(*parts: str) -> str:
    """An Anki tag: ``factdeck::kind::choice``; spaces become underscores."""
    return "::".join(["factdeck", *("_".join(p.split()) for p in parts)])


# ---------------------------------------------------------------- HTML fields

def h(text: str) -> str:
    """Escape for an Anki field (as ``html.escape``); line breaks stay visible."""
    # most text needs nothing: seven substring tests are four times quicker than a regex
    if not ("&" in text or "<" in text or ">" in text or '"' in text or "'" in text
            or "\n" in text or "\r" in text):
        return text
    text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))
    if "\n" in text or "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return text


def _cloze_plain(text: str) -> str:
    """Text around a gap: braces escaped so Anki sees only our cloze markers."""
    text = h(text)
    if "{" in text or "}" in text:
        text = text.replace("{", "&#123;").replace("}", "&#125;")
    return text


def _cloze_gap(text: str) -> str:
    """A gap's answer: ``::`` would start a hint and ``}}`` end the gap, so escape them."""
    return _cloze_plain(text).replace(":", "&#58;")


def cloze_text(question: ClozeQuestion) -> tuple[str, int]:
    """The cloze field, each gap written ``{{cN::...}}`` in order; and the number of gaps."""
    out = []
    n = 0
    for plain, gap in question.segments():
        out.append(_cloze_plain(plain))
        if gap is not None:
            n += 1
            out.append(f"{{{{c{n}::{_cloze_gap(gap)}}}}}")
    return "".join(out), n


def permutation(seed: str, n: int, *, avoid_identity: bool = False) -> list[int]:
    """A shuffle of ``range(n)`` fixed by ``seed``: the same on every export and Python,
    so an unchanged question gives an unchanged note."""
    data = hashlib.blake2b(seed.encode("utf-8"), digest_size=64).digest()
    while len(data) < 2 * n:
        data += hashlib.blake2b(data, digest_size=64).digest()
    order = list(range(n))
    for i in range(n - 1, 0, -1):  # Fisher-Yates, two bytes of the digest per step
        j = (data[2 * i] << 8 | data[2 * i + 1]) % (i + 1)
        order[i], order[j] = order[j], order[i]
    if avoid_identity and n > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CURRENT = ' class="fd-current"'


def _letter(i: int) -> str:
    return _LETTERS[i] if i < 26 else str(i + 1)


@functools.lru_cache(maxsize=1024)
def _date_label(text: str | None) -> str:
    if not text:
        return ""
    try:
        return PartialDate.parse(text).human()
    except ValueError:
        return text


class NotePlanner:
    """Turns the questions of one bank into note fields, caching what questions share."""

    def __init__(self, bank: Bank, *, type_in: bool = False) -> None:
        self.bank = bank
        self.name = bank.name
        self.basic_key = "type_in" if type_in else "basic"
        self.bank_tag = tag("bank", self.name)
        self.order_seed = bank.id or bank.name  # the shuffle of an order note
        self.ref_prefix = h(self.name) + " \u00b7 "
        # note_guid(bank_identity(bank), question id), joined once
        self.guid_prefix = f"factdeck__{bank_identity(bank)}__"
        self._cites: dict[str, str] = {}
        self._outlet_tags: dict[str, str | None] = {}
        self._cues: dict[tuple[Topic, str], str] = {}
        self._tags: dict[tuple, list[str]] = {}

    def cite(self, article_id: str) -> str:
        cite = self._cites.get(article_id)
        if cite is None:
            article = self.bank.article(article_id)
            cite = h(article.label()) if article else h(article_id)
            self._cites[article_id] = cite
        return cite

    def outlet_tag(self, article_id: str) -> str | None:
        if article_id not in self._outlet_tags:
            article = self.bank.article(article_id)
            self._outlet_tags[article_id] = \
                tag("outlet", article.outlet) if article and article.outlet else None
        return self._outlet_tags[article_id]

    def cue(self, topic: Topic, kind: str) -> str:
        key = (topic, kind)
        cue = self._cues.get(key)
        if cue is None:
            cue = topic.value.capitalize()
            if kind != "cloze":  # a cloze's prompt already says what to do
                cue = f"{cue} \u00b7 {CUES[kind]}"
            cue = self._cues[key] = h(cue)
        return cue

    def sources(self, question: Question) -> str:
        """The evidence, quotes grouped under the article they come from."""
        evidence = question.evidence
        if len(evidence) == 1:  # the common case, without the grouping
            e = evidence[0]
            return (f'<ul class="fd-sources"><li><span class="fd-cite">{self.cite(e.article)}'
                    f"</span><blockquote>{h(e.quote)}</blockquote></li></ul>")
        if not evidence:
            return ""
        quotes: dict[str, list[str]] = {}
        for e in question.evidence:
            quotes.setdefault(e.article, []).append(f"<blockquote>{h(e.quote)}</blockquote>")
        items = "".join(f'<li><span class="fd-cite">{self.cite(a)}</span>{"".join(q)}</li>'
                        for a, q in quotes.items())
        return f'<ul class="fd-sources">{items}</ul>'

    def tags(self, question: Question) -> list[str]:
        """The note's tags; questions that share topic, kind, outlets and tags share the list."""
        key = (question.topic, question.kind, tuple([e.article for e in question.evidence]),
               question.tags)
        tags = self._tags.get(key)
        if tags is None:
            tags = [self.bank_tag, tag("topic", question.topic.value), tag("kind", question.kind)]
            for article_id in question.article_ids:
                outlet = self.outlet_tag(article_id)
                if outlet and outlet not in tags:
                    tags.append(outlet)
            tags.extend(tag("tag", t) for t in question.tags)
            self._tags[key] = tags
        return tags

    def plan(self, question: Question) -> list[_PlannedNote]:
        """The notes one question becomes (one, or one per pair of a ``match``)."""
        name = self.order_seed  # shuffles options and items: the bank id, else its name
        kind = str(question.kind)
        cue = self.cue(question.topic, kind)
        tail = [h(question.explanation), self.sources(question),
                self.ref_prefix + h(question.id)]
        tags = self.tags(question)
        guid = _guid_of_text(self.guid_prefix + question.id)
        prompt = h(question.prompt)

        if isinstance(question, (TrueFalseQuestion, ShortQuestion, DateQuestion)):
            more = ""
            if isinstance(question, ShortQuestion) and question.accept:
                more = "Also accepted: " + "; ".join(h(a) for a in question.accept)
            answer = h(_date_label(question.answer) if isinstance(question, DateQuestion)
                       else question.correct_text())
            return [_PlannedNote(self.basic_key, [prompt, cue, answer, more, *tail], tags, guid,
                                 (0,))]

        if isinstance(question, (ChoiceQuestion, MultiQuestion)):
            options = [h(o) for o in question.options]
            right = len(question.answers) if isinstance(question, MultiQuestion) else 1
            order = permutation(f"{name}\x1f{question.id}", len(options))
            front = []
            back = []
            for n, i in enumerate(order):
                letter = f'<span class="fd-letter">{_letter(n)}</span>{options[i]}'
                front.append(f"<li>{letter}</li>")
                back.append(f'<li class="fd-right">{letter}<span class="fd-mark">\u2713 right'
                            '</span></li>' if i < right else f'<li class="fd-wrong">{letter}</li>')
            return [_PlannedNote("choice", [prompt, cue,
                                            f'<ol class="fd-options">{"".join(front)}</ol>',
                                            f'<ol class="fd-marked">{"".join(back)}</ol>', *tail],
                                 tags, guid, (0,))]

        if isinstance(question, ClozeQuestion):
            text, gaps = cloze_text(question)
            if not gaps:  # Anki would keep a note without a card
                raise ExportError(f"question {question.id!r}: a cloze needs at least one gap "
                                  "written {{...}}")
            return [_PlannedNote("cloze", [text, prompt, cue, *tail], tags, guid,
                                 tuple(range(gaps)))]

        if isinstance(question, MatchQuestion):
            pairs = [(h(p.left), h(p.right)) for p in question.pairs]
            notes = []
            for i, (left, right) in enumerate(pairs):
                rows = "".join(
                    f'<tr{CURRENT if j == i else ""}><td>{lt}</td><td>\u2192</td><td>{rt}</td></tr>'
                    for j, (lt, rt) in enumerate(pairs))
                notes.append(_PlannedNote(
                    "match", [prompt, cue, left, right, f'<table class="fd-pairs">{rows}</table>',
                              *tail], tags,
                    guid if i == 0 else  # note_guid(name, question.id, "pair", i)
                    _guid_of_text(f"{self.guid_prefix}{question.id}__pair__{i}"), (0,)))
            return notes

        if isinstance(question, OrderQuestion):
            items = [h(i) for i in question.items]
            order = permutation(f"{self.order_seed}\x1f{question.id}", len(items),
                                avoid_identity=True)
            front = "".join(f"<li>{items[i]}</li>" for i in order)
            dates = question.dates or (None,) * len(items)
            back = "".join(
                f"<li>{n}. {item}"
                + (f' <span class="fd-date">({h(_date_label(d))})</span>' if d else "") + "</li>"
                for n, (item, d) in enumerate(zip(items, dates, strict=False), start=1))
            return [_PlannedNote("order", [prompt, cue, f'<ul class="fd-items">{front}</ul>',
                                           f'<ol class="fd-order">{back}</ol>', *tail],
                                 tags, guid, (0,))]

        raise ExportError(f"question {question.id!r}: kind {kind!r} cannot be exported to Anki")


# ---------------------------------------------------------------- writing


def _distinct_banks(banks: Iterable[Bank]) -> list[Bank]:
    """The banks, each once; two different banks may not share a name (GUIDs derive from it)."""
    seen: dict[str, Bank] = {}
    for bank in banks:
        identity = bank_identity(bank)
        other = seen.get(identity)
        if other is not None:
            if other.path and bank.path and other.path.resolve() == bank.path.resolve():
                continue
            where = f" ({other.path} and {bank.path})" if other.path and bank.path else ""
            if bank.id:
                raise ExportError(f"two banks have the id {bank.id!r}{where}; note ids derive "
                                  "from it, so give one of them another id")
            raise ExportError(f"two banks are named {bank.name!r}{where}; note ids derive from "
                              "the bank name, so rename one folder or file")
        seen[identity] = bank
    return list(seen.values())


def _prepare_target(path: Path) -> Path:
    """Check the output path and make the temporary file beside it; clear errors otherwise."""
    if path.suffix.lower() != ".apkg":
        raise ExportError(f"{path}: name the output file with .apkg so Anki can import it")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name ending in .apkg")
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise ExportError(f"cannot write {path}: the folder {folder} {what}")
    leftovers.sweep_temps(path)  # what killed exports left
    try:
        fd, tmp = tempfile.mkstemp(prefix=leftovers.temp_prefix(path), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(fd)
    return Path(tmp)


def _publish(tmp: Path, path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o666 & ~umask)
    try:
        atomic.replace_from(tmp, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def export_anki(
    banks: Iterable[Bank],
    path: str | Path,
    *,
    topics: Sequence[str] = (),
    kinds: Sequence[str] = (),
    tags: Sequence[str] = (),
    type_in: bool = False,
    flat: bool = False,
    ledger: Path | None = None,
    now: float | None = None,
) -> AnkiExport:
    """Write the selected questions of ``banks`` to one .apkg at ``path``, atomically.

    ``ledger`` is where note stamps are remembered (default: the user's data
    folder); ``now`` fixes the clock for new or changed notes (tests).
    """
    banks = _distinct_banks(banks)
    path = Path(path)
    selections = [(bank, bank.select(topics=topics, kinds=kinds, tags=tags)) for bank in banks]
    total = sum(len(qs) for _, qs in selections)
    if total == 0:
        chosen = ", ".join(f"{k} {', '.join(v)}" for k, v in
                           (("topic", topics), ("kind", kinds), ("tag", tags)) if v)
        raise ExportError("no questions to export" + (f" (selected by {chosen})" if chosen else ""))

    selections = [(bank, qs) for bank, qs in selections if qs]
    tmp = _prepare_target(path)
    ledger = ledger or anki_stamps.ledger_path()
    try:
        with _gc_paused():
            stamps = anki_stamps.Stamps(anki_stamps.read_ledger(ledger), path)
            clock = time.time() if now is None else now
            decks, notes, cards = _build_decks(selections, stamps, int(clock),
                                               type_in=type_in, flat=flat)
            with open(tmp, "wb") as handle:
                _Package(decks).write_to_handle(handle, clock)
                handle.flush()
                os.fsync(handle.fileno())
        _publish(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    warning = None
    try:
        with _gc_paused():
            anki_stamps.update_ledger(ledger, stamps.current)
    except OSError as exc:
        warning = (f"could not remember note times in {ledger} ({exc.strerror or exc}); "
                   "the next export may overwrite edits made in Anki")
    return AnkiExport(path=path, notes=notes, cards=cards, questions=total,
                      decks=tuple(d.name for d in decks), changed=stamps.changed,
                      warning=warning)


def _build_decks(selections: list[tuple[Bank, tuple[Question, ...]]], stamps: anki_stamps.Stamps,
                 now: int, *, type_in: bool, flat: bool) -> tuple[list[_Deck], int, int]:
    """genanki decks holding every note, each stamped; also the note and card counts."""
    models = build_models()
    tag_texts: dict[int, tuple[str, str]] = {}
    decks: list[_Deck] = []
    notes = cards = due = 0
    for bank, questions in selections:
        planner = NotePlanner(bank, type_in=type_in)
        identity = bank_identity(bank)
        root = _Deck(deck_id(identity), deck_name(bank), h(bank.description))
        decks.append(root)
        by_topic: dict[Topic, genanki.Deck] = {}
        for question in questions:
            target = root if flat else by_topic.get(question.topic)
            if target is None:
                target = _Deck(deck_id(identity, question.topic.value),
                                      topic_deck_name(bank, question.topic))
                by_topic[question.topic] = target
            for model_key, fields, tag_list, guid, card_ords in planner.plan(question):
                model = models[model_key]
                flds = "\x1f".join(fields)
                tags = tag_texts.get(id(tag_list))
                if tags is None:  # planners share tag lists between questions
                    tags = tag_texts[id(tag_list)] = (
                        anki_stamps.tags_text(tag_list), " " + " ".join(tag_list) + " ")
                model_id = model.model_id
                mod = stamps.stamp(f"{guid}/{model_id}",  # anki_stamps.stamp_key
                                   anki_stamps.content_digest(model_id, flds, tags[0]), now)
                target.stamped.append(_StampedNote(guid, model, mod, tags[1], flds,
                                                   fields[model.sort_field_index], card_ords,
                                                   due))
                due += 1
                notes += 1
                cards += len(card_ords)
        decks.extend(by_topic[t] for t in Topic if t in by_topic)
    return decks, notes, cards


