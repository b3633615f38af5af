"""Reading and writing banks: round trips, determinism, atomic writes, the cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdeck.bank import cache as bankcache
from factdeck.bank.load import dump_bank, load_bank, save_bank
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Evidence,
    Kind,
    LazyQuestions,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Pair,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.errors import BankError

DATA = Path(__file__).parent.parent / "data"

# ----------------------------------------------------------------- strategies

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    min_size=1, max_size=30,
).filter(lambda s: s.strip() != "")
multiline = st.one_of(text, st.builds(lambda a, b: f"{a}\n{b}", text, text))
ident = st.from_regex(r"[a-z0-9][a-z0-9._:-]{0,15}", fullmatch=True)
date_text = st.one_of(
    st.integers(1900, 2100).map(str),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1900, 2100), st.integers(1, 12)),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat),
)
tags = st.lists(st.from_regex(r"[a-z0-9][a-z0-9:_-]{0,10}", fullmatch=True), max_size=3,
                unique=True).map(tuple)


def distinct(n_min: int, n_max: int) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(text, min_size=n_min, max_size=n_max, unique_by=str.casefold).map(tuple)


@st.composite
def questions(draw: st.DrawFn, qid: str, article_id: str) -> object:
    common = dict(id=qid, topic=draw(st.sampled_from(list(Topic))), prompt=draw(multiline),
                  explanation=draw(st.one_of(st.just(""), multiline)), tags=draw(tags),
                  evidence=(Evidence(article=article_id, quote=draw(text)),))
    kind = draw(st.integers(0, 7))
    if kind == 0:
        options = draw(distinct(2, 5))
        return ChoiceQuestion(answer=options[0], distractors=options[1:], **common)
    if kind == 1:
        options = draw(distinct(1, 5))
        cut = draw(st.integers(1, len(options)))
        return MultiQuestion(answers=options[:cut], distractors=options[cut:], **common)
    if kind == 2:
        return TrueFalseQuestion(answer=draw(st.booleans()), **common)
    if kind == 3:
        return ShortQuestion(answer=draw(text), accept=draw(distinct(0, 3)), **common)
    if kind == 4:
        return DateQuestion(answer=draw(date_text), **common)
    if kind == 5:
        gap = draw(text.filter(lambda s: "{" not in s and "}" not in s))
        del common["prompt"]
        return ClozeQuestion(text=f"Before {{{{{gap}}}}} after.", **common)
    if kind == 6:
        lefts = draw(distinct(2, 4))
        rights = draw(distinct(len(lefts), len(lefts)))
        return MatchQuestion(pairs=tuple(Pair(left=a, right=b) for a, b in zip(lefts, rights,
                                                                              strict=True)),
                             **common)
    items = draw(distinct(2, 4))
    dates = draw(st.one_of(st.none(), st.lists(st.one_of(st.none(), date_text),
                                                min_size=len(items), max_size=len(items))
                           .map(tuple)))
    return OrderQuestion(items=items, dates=dates, **common)


@st.composite
def banks(draw: st.DrawFn) -> Bank:
    article = Article(id="a1", file="articles/a.txt", outlet=draw(st.one_of(st.none(), text)),
                      title=draw(st.one_of(st.none(), text)),
                      author=draw(st.one_of(st.none(), text)),
                      published=draw(st.one_of(st.none(), st.dates())), url=None)
    n = draw(st.integers(0, 6))
    qs = tuple(draw(questions(f"q{i}", article.id)) for i in range(n))
    return Bank(title=draw(text), description=draw(st.one_of(st.just(""), multiline)),
                language="en", articles=(article,), questions=qs)


# ----------------------------------------------------------------- tests


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bank=banks())
def test_generated_banks_round_trip_unchanged(bank: Bank, tmp_path_factory: pytest.TempPathFactory
                                              ) -> None:
    path = tmp_path_factory.mktemp("rt") / "bank.yaml"
    save_bank(bank, path)
    loaded = load_bank(path, use_cache=False)
    assert loaded == bank
    assert dump_bank(loaded) == path.read_text(encoding="utf-8")


@settings(max_examples=150, deadline=None)
@given(bank=banks())
def test_generated_banks_round_trip_through_the_cache(bank: Bank) -> None:
    loaded = bankcache.bank_from_blob(bankcache.cache_blob(bank), bank.path)
    assert isinstance(loaded.questions, LazyQuestions)
    assert loaded == bank and bank == loaded and hash(loaded) == hash(bank)
    assert tuple(loaded.questions) == bank.questions
    assert [loaded.question(q.id) for q in bank.questions] == list(bank.questions)
    assert loaded.question("no-such-id") is None
    assert loaded.topics == bank.topics
    filters = [{"topics": [t]} for t in Topic] + [{"kinds": [k]} for k in Kind] \
        + [{"tags": [t]} for q in bank.questions for t in q.tags] \
        + [{"topics": ["dates", "people"], "kinds": ["choice", "date", "order"]}]
    for f in filters:
        assert tuple(loaded.select(**f)) == bank.select(**f)


def test_saving_is_deterministic_and_keeps_key_order(tmp_path: Path) -> None:
    bank = load_bank(DATA / "valid_bank.yaml", use_cache=False)
    save_bank(bank, tmp_path / "one.yaml")
    save_bank(load_bank(tmp_path / "one.yaml", use_cache=False), tmp_path / "two.yaml")
    one = (tmp_path / "one.yaml").read_text(encoding="utf-8")
    assert one == (tmp_path / "two.yaml").read_text(encoding="utf-8")
    assert one.index("factdeck: 1") < one.index("title:") < one.index("questions:")
    first = one[one.index("- id: berg-post"):]
    assert first.index("kind:") < first.index("prompt:") < first.index("answer:") \
        < first.index("evidence:")


def test_a_failed_save_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "bank.yaml"
    bank = load_bank(DATA / "valid_bank.yaml", use_cache=False)
    save_bank(bank, target)
    before = target.read_bytes()
    broken = Bank(title="x", questions=(ChoiceQuestion(
        id="q", topic=Topic.DATES, prompt="p", answer=object(),  # type: ignore[arg-type]
        distractors=("b",), evidence=(Evidence("a", "q"),)),))
    with pytest.raises(Exception):  # noqa: B017 - any failure while dumping
        save_bank(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["bank.yaml"], "temporary file left behind"


def test_bank_of_newer_version_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "bank.yaml").write_text("factdeck: 7\ntitle: Future\nquestions: []\n")
    with pytest.raises(BankError, match=r"version 7.*upgrade factdeck") as info:
        load_bank(tmp_path / "bank.yaml")
    assert info.value.line == 1 and info.value.key == "factdeck"


def test_the_unsafe_yaml_tags_are_refused(tmp_path: Path) -> None:
    (tmp_path / "bank.yaml").write_text(
        "factdeck: 1\ntitle: !!python/object/apply:os.system ['echo pwned']\nquestions: []\n")
    with pytest.raises(BankError, match="invalid YAML"):
        load_bank(tmp_path / "bank.yaml")


def big_bank_text(n: int) -> str:
    text = (DATA / "valid_bank.yaml").read_text(encoding="utf-8")
    head, _, body = text.partition("questions:\n")
    blocks = []
    for i in range(n):
        blocks.append(body.replace("- id: ", f"- id: n{i}-"))
    return head + "questions:\n" + "".join(blocks)


def test_unchanged_big_bank_is_served_from_the_cache(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    assert path.stat().st_size > bankcache._MIN_SIZE
    first = load_bank(path)
    cached = list(bankcache.cache_folder().glob("*.json"))
    assert len(cached) == 1
    assert load_bank(path) == first
    # an edit misses the cache
    path.write_text(big_bank_text(60).replace("Northport harbour", "Southport harbour", 1),
                    encoding="utf-8")
    assert load_bank(path).title == "Southport harbour"
    assert len(list(bankcache.cache_folder().glob("*.json"))) == 2


@pytest.mark.parametrize("damage", ["truncate", "garbage", "tamper"])
def test_a_corrupt_cache_is_rebuilt_never_trusted(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    original = load_bank(path)
    (cache_file,) = bankcache.cache_folder().glob("*.json")
    blob = cache_file.read_bytes()
    if damage == "truncate":
        cache_file.write_bytes(blob[: len(blob) // 2])
    elif damage == "garbage":
        cache_file.write_bytes(os.urandom(500))
    else:  # valid JSON, right header shape, but the payload was changed
        cache_file.write_bytes(blob.replace(b"Northport harbour", b"Hacked harbour", 1))
    assert load_bank(path) == original
    assert load_bank(path).title == "Northport harbour"


def cache_lines(cache_file: Path) -> tuple[dict, list[bytes]]:
    """A format-4 cache file as its index and its row lines."""
    _header, _, payload = cache_file.read_bytes().partition(b"\n")
    index_line, _, rows = payload.partition(b"\n")
    index = json.loads(index_line)
    width, hexes = index["end_width"], index["ends"]
    ends = [int(hexes[i:i + width], 16) for i in range(0, len(hexes), width)]
    return index, [rows[a:b] for a, b in zip([0, *ends], ends, strict=False)]


def write_cache_lines(cache_file: Path, index: dict, lines: list[bytes]) -> None:
    """Write a cache back with offsets and checksum that fit: only a decode can tell."""
    ends, end = [], 0
    for line in lines:
        end += len(line)
        ends.append(end)
    width = len(f"{end:x}")
    index = index | {"end_width": width, "ends": "".join(f"{e:0{width}x}" for e in ends)}
    payload = json.dumps(index).encode() + b"\n" + b"".join(lines)
    meta = {"format": bankcache.CACHE_FORMAT, "checksum": zlib.crc32(payload)}
    cache_file.write_bytes(json.dumps(meta).encode() + b"\n" + payload)


def built(bank: Bank) -> int:
    """How many of a lazily loaded bank's questions were built so far."""
    return sum(q is not None for q in bank.questions._source._built)  # type: ignore[attr-defined]


def damage_rows(index: dict, lines: list[bytes], damage: str) -> None:
    n, texts = len(index["ids"]), index["tables"]["texts"]
    if damage == "not json":
        lines[0] = b"[oops\n"
    elif damage == "wrong length":
        lines[0] = b"[]\n"
    elif damage == "wrong entry":
        lines[n] = b"[1,2]\n"
    else:  # the rows name table entries that are gone
        del lines[n:n + texts]
        index["tables"]["texts"] = 0


@pytest.mark.parametrize("damage", ["not json", "wrong length", "wrong entry", "missing entry"])
def test_a_row_that_does_not_decode_falls_back_to_the_yaml(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    original = load_bank(path, use_cache=False)
    load_bank(path)
    (cache_file,) = bankcache.cache_folder().glob("*.json")
    index, lines = cache_lines(cache_file)
    damage_rows(index, lines, damage)
    write_cache_lines(cache_file, index, lines)
    bank = load_bank(path)  # the checksum fits: the damage shows only when a row is decoded
    assert isinstance(bank.questions, LazyQuestions)
    assert bank.questions[0] == original.questions[0]
    assert bank == original
    # the damaged file was replaced by a good one
    assert cache_file.read_bytes() == bankcache.cache_blob(original)
    again = load_bank(path)
    assert again == original and again.questions._source._fallback is None  # type: ignore


def test_a_tag_index_out_of_range_falls_back_to_the_yaml(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    original = load_bank(path)
    (cache_file,) = bankcache.cache_folder().glob("*.json")
    index, lines = cache_lines(cache_file)
    write_cache_lines(cache_file, index | {"tagsets": []}, lines)
    bank = load_bank(path)
    assert bank.select(tags=["harbour"]) == original.select(tags=["harbour"])
    assert bank == original
    assert cache_file.read_bytes() == bankcache.cache_blob(original)


def test_a_damaged_row_of_a_bank_edited_meanwhile_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    load_bank(path)
    (cache_file,) = bankcache.cache_folder().glob("*.json")
    index, lines = cache_lines(cache_file)
    damage_rows(index, lines, "not json")
    write_cache_lines(cache_file, index, lines)
    bank = load_bank(path)
    path.write_text(big_bank_text(60).replace("Northport", "Southport"), encoding="utf-8")
    with pytest.raises(BankError, match="changed while in use and its cache is damaged"):
        bank.questions[0]  # noqa: B018


def test_a_cache_index_that_does_not_fit_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    original = load_bank(path)
    (cache_file,) = bankcache.cache_folder().glob("*.json")
    index, lines = cache_lines(cache_file)
    write_cache_lines(cache_file, index | {"kinds": index["kinds"][1:]}, lines)
    assert load_bank(path) == original
    assert cache_file.read_bytes() == bankcache.cache_blob(original)


def test_a_cached_bank_builds_only_the_questions_used(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    eager = load_bank(path, use_cache=False)
    load_bank(path)
    bank = load_bank(path)
    assert isinstance(bank.questions, LazyQuestions)
    assert len(bank.questions) == len(eager.questions) > 400
    assert bank.topics == eager.topics
    dates = bank.select(topics=["dates"], kinds=["date", "order"])
    assert len(dates) == len(eager.select(topics=["dates"], kinds=["date", "order"]))
    assert len(bank.select(tags=["harbour"])) == len(eager.select(tags=["harbour"]))
    assert bank.questions.ids == [q.id for q in eager.questions]
    assert built(bank) == 0
    last = eager.questions[-1]
    assert bank.question(last.id) == last and built(bank) == 1
    assert bank.questions[-1] is bank.question(last.id)  # built once, then kept
    assert bank.questions[:3] == eager.questions[:3] and built(bank) == 4
    assert tuple(dates) == eager.select(topics=["dates"], kinds=["date", "order"])
    assert built(bank) == len({last.id, *bank.questions.ids[:3], *dates.ids}) < 130
    # equality with the eagerly loaded bank, both ways
    assert bank == eager and eager == bank and hash(bank) == hash(eager)
    assert built(bank) == len(eager.questions)
    assert bank != dataclasses.replace(eager, questions=eager.questions[:-1])
    assert bank.questions != bank.questions[:-1] != eager.questions


YAML_CASES = [
    "a: 1\nb: [x, 'y', 2.5, null, true, 2016-10-13]\nc: {d: e}\n",
    "base: &b {x: 1, y: [a, b]}\nmerged:\n  <<: *b\n  z: 2\nsame: *b\n",
    "list: &l [a, b]\nagain: *l\n",
    "= : value\nplain: text\n",
    "set: !!set {a: null}\nomap: !!omap [a: 1]\nstr: !!str 12\nbin: !!binary aGk=\n",
    "? [a, b]\n: unhashable\n",
    "? {a: b}\n: unhashable\n",
    "x: !!python/object/apply:os.system [echo]\n",
    "x: !custom {a: 1}\n",
    "",
    "just a string\n",
    "nested: " + "[" * 100 + "]" * 100 + "\n",
]


@pytest.mark.parametrize("text", YAML_CASES)
def test_the_bank_loader_builds_what_the_safe_loader_builds(text: str) -> None:
    import yaml

    from factdeck.bank import yamlio

    def load(loader: type) -> object:
        try:
            return ("ok", yaml.load(text, Loader=loader))  # noqa: S506 - safe loaders only
        except yaml.YAMLError as exc:
            return ("error", type(exc).__name__, str(exc))

    fast, reference = load(yamlio._BankLoader), load(yamlio.SafeLoader)
    assert fast == reference
    if "again: *l" in text:
        assert fast[1]["list"] is fast[1]["again"]


# What the safe loader takes and the bank loader refuses: (text, words of the error, its line).
REFUSED = [
    ("- &r [x, *r]\n", "holds it", 1),
    ("dup: 1\nother: 2\ndup: 3\n", "duplicate key 'dup'", 3),
    ("a:\n  deep: " + "[" * 101 + "]" * 101 + "\n", "nested more than 100 levels", 2),
    ("deep: " + "[" * 3000 + "]" * 3000 + "\n", "", 1),  # ours or PyYAML's own limit (6.0.4)
    ("a: !!int abc\n", "'abc' cannot be read as !!int", 1),
    ("a: 1\nb: !!timestamp x\n", "'x' is not a real date", 2),
    ("a: 2016-02-30\n", "'2016-02-30' is not a real date", 1),
    ("a: 2016-13-01\n", "'2016-13-01' is not a real date", 1),
    ("a: " + "9" * 5000 + "\n", "cannot be read as !!int", 1),
    ("a: " + "x" * 100_001 + "\n", "a text of 100,001 characters", 1),
]


@pytest.mark.parametrize(("text", "words", "line"), REFUSED, ids=lambda v: str(v)[:20])
def test_the_bank_loader_refuses_what_a_bank_never_needs(text: str, words: str, line: int
                                                          ) -> None:
    from factdeck.bank import yamlio

    with pytest.raises(BankError) as caught:
        yamlio.parse(text, "x.yaml")
    assert words in caught.value.message
    assert (caught.value.file, caught.value.line) == ("x.yaml", line)


def alias_bomb(levels: int = 9, width: int = 9, key: str = "factdeck") -> str:
    """The "billion laughs": each level names the one before ``width`` times."""
    lines = [f"l0: &l0 [{', '.join(['lol'] * width)}]"]
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * width)}]" for n in range(1, levels)]
    return "\n".join(lines) + f"\n{key}: *l{levels - 1}\n"


@pytest.mark.parametrize("bomb", [
    alias_bomb(),
    "a: &a {x: 1}\n" + "".join(f"m{n}: &m{n} {{<<: [{', '.join([f'*{p}'] * 9)}]}}\n"
                               for n, p in enumerate(["a", *[f"m{i}" for i in range(8)]])),
])
def test_an_alias_bomb_fails_in_milliseconds(bomb: str) -> None:
    import time

    from factdeck.bank import yamlio

    assert len(bomb) < 700
    start = time.perf_counter()
    with pytest.raises(BankError, match="aliases expand this document past"):
        yamlio.parse(bomb, "bomb.yaml")
    assert time.perf_counter() - start < 0.5


def test_a_bank_that_reuses_one_long_text_is_refused_but_aliases_stay_usable(
        tmp_path: Path) -> None:
    from factdeck.bank import yamlio

    long = "word " * 19_000  # 95,000 characters: under the text limit
    reuse = f"a: &s {long}\nb: [{', '.join(['*s'] * 200)}]\n"
    with pytest.raises(BankError, match="aliases expand"):
        yamlio.parse(reuse, "reuse.yaml")
    few = f"a: &s {long}\nb: [*s, *s]\n"
    assert yamlio.parse(few, "few.yaml")["b"] == [long.strip()] * 2


def test_the_bank_loader_matches_the_safe_loader_on_every_bank_here() -> None:
    import yaml

    from factdeck.bank import yamlio

    root = Path(__file__).parents[2]
    files = sorted([*root.glob("tests/**/*.yaml"), *root.glob("decks/**/*.yaml")])
    assert len(files) > 20
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        try:
            reference = yaml.load(text, Loader=yamlio.SafeLoader)  # noqa: S506
        except yaml.YAMLError:
            with pytest.raises(yaml.YAMLError):
                yaml.load(text, Loader=yamlio._BankLoader)  # noqa: S506
            continue
        assert yaml.load(text, Loader=yamlio._BankLoader) == reference, file  # noqa: S506


def test_a_bank_story_round_trips_and_is_optional(tmp_path):
    import datetime as dt

    from factdeck.bank.load import dump_bank, load_bank
    from factdeck.bank.model import Bank, Story

    bank = Bank(title="T", questions=(), story=Story("Vogt wins the vote",
                                                      dt.date(2024, 3, 15), dt.date(2024, 3, 16)))
    path = tmp_path / "bank.yaml"
    path.write_text(dump_bank(bank), encoding="utf-8")
    assert "story:" in path.read_text(encoding="utf-8")
    assert load_bank(path, use_cache=False).story == bank.story
    assert bank.story.label() == "Vogt wins the vote (15\u201316 March 2024)"
    plain = Bank(title="T", questions=())
    assert "story" not in dump_bank(plain)


@pytest.mark.parametrize("shape", ["index a list", "title a list", "articles a mapping",
                                   "ids a number", "article fields wrong", "deep json",
                                   "huge number", "kinds text"])
def test_a_hand_made_cache_with_a_fitting_checksum_and_a_wrong_shape_is_rebuilt(
        tmp_path: Path, shape: str) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60), encoding="utf-8")
    original = load_bank(path)
    (cache_file,) = bankcache.cache_folder().glob("*.json")
    index, lines = cache_lines(cache_file)
    if shape == "index a list":
        index = [index]  # type: ignore[assignment]
        payload = json.dumps(index).encode() + b"\n" + b"".join(lines)
        meta = {"format": bankcache.CACHE_FORMAT, "checksum": zlib.crc32(payload)}
        cache_file.write_bytes(json.dumps(meta).encode() + b"\n" + payload)
    else:
        changed = {
            "title a list": {"title": ["x"]},
            "articles a mapping": {"articles": {"a": 1}},
            "ids a number": {"ids": 7},
            "article fields wrong": {"articles": [[1, 2, 3]]},
            "deep json": {},
            "huge number": {"ids": [10 ** 400]},
            "kinds text": {"kinds": "zzzz"},
        }[shape]
        write_cache_lines(cache_file, index | changed, lines)
        if shape == "deep json":  # nested past the JSON decoder's recursion limit
            blob = cache_file.read_bytes()
            header, _, payload = blob.partition(b"\n")
            index_line, _, rows = payload.partition(b"\n")
            index_line = index_line[:-1] + b', "deep": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
            payload = index_line + b"\n" + rows
            meta = {"format": bankcache.CACHE_FORMAT, "checksum": zlib.crc32(payload)}
            cache_file.write_bytes(json.dumps(meta).encode() + b"\n" + payload)
    bank = load_bank(path)
    assert bank == original
    assert [q.id for q in bank.questions] == [q.id for q in original.questions]


def test_a_bank_id_survives_the_cache_and_a_save(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(big_bank_text(60).replace("factdeck: 1\n", "factdeck: 1\nid: harbour-1\n", 1),
                    encoding="utf-8")
    assert load_bank(path, use_cache=False).id == "harbour-1"
    load_bank(path)
    cached = load_bank(path)
    assert isinstance(cached.questions, LazyQuestions) and cached.id == "harbour-1"
    save_bank(cached, tmp_path / "again.yaml")
    assert (tmp_path / "again.yaml").read_text(encoding="utf-8").startswith(
        "factdeck: 1\nid: harbour-1\ntitle:")
