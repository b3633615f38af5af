"""Hostile and broken bank files: a clean error naming file, line and key; never a traceback.

Exit codes: 1 when `check` finds problems in a bank it could read, 2 when a bank
cannot be read at all (invalid YAML, past a limit, not a file). (#15)
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factdeck.articles import parse_article
from factdeck.bank.check import check_bank
from factdeck.bank.load import load_bank
from factdeck.cli import cli
from factdeck.errors import ArticleError, BankError, FactdeckError

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "factdeck" / "decks" / \
    "france-russia-2015-2017"
BASE = (SHIPPED / "bank.yaml").read_text(encoding="utf-8")
LOCATED = re.compile(r"bank\.yaml:\d+: ")


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    """A copy of the shipped deck to break."""
    target = tmp_path / "deck"
    shutil.copytree(SHIPPED, target)
    return target


def check(deck: Path, text: str | None = None) -> tuple[int, str]:
    """``factdeck check DECK`` in process; the exit code and everything printed."""
    if text is not None:
        (deck / "bank.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(deck)])
    assert isinstance(result.exception, SystemExit) or result.exception is None, \
        f"crashed: {result.exception!r}"
    output = result.output
    assert "Traceback" not in output
    return result.exit_code, output


def first_prompt(replacement: str) -> str:
    """The shipped bank with the first question's prompt replaced by ``replacement`` lines."""
    m = re.search(r"\n    prompt: >-\n(?:      .*\n)+", BASE)
    assert m
    return BASE[:m.start()] + "\n" + replacement + BASE[m.end():]


@pytest.mark.parametrize(("text", "message"), [
    (first_prompt(""), "questions[0].prompt: missing"),
    (first_prompt("    promt: When?\n"),
     "questions[0].promt: unknown key (did you mean 'prompt'?)"),
    (first_prompt("    prompt: null\n"), "questions[0].prompt: missing"),
    (first_prompt("    prompt: ''\n"), "questions[0].prompt: is empty"),
    (first_prompt("    prompt: [a, b]\n"), "questions[0].prompt: must be text, not a list"),
    (first_prompt("    prompt: true\n"), "questions[0].prompt: must be text, not true"),
    (first_prompt("    prompt: {a: 1}\n"), "questions[0].prompt: must be text, not a mapping"),
], ids=["missing", "promt", "null", "empty", "list", "bool", "mapping"])
def test_a_bad_prompt_is_a_finding_at_its_line(deck: Path, text: str, message: str) -> None:
    code, out = check(deck, text)
    assert code == 1
    line = next(line for line in out.splitlines() if message in line)
    assert re.match(r".*bank\.yaml:5[1-4]: ", line), line


@pytest.mark.parametrize(("old", "new", "message", "line"), [
    ("published: 2016-10-13", "published: 2016-02-30", "'2016-02-30' is not a real date", 16),
    ("published: 2016-10-13", "published: 2016-13-01", "'2016-13-01' is not a real date", 16),
    ("published: 2016-10-13", "published: !!timestamp x", "'x' is not a real date", 16),
    ("factdeck: 1", "factdeck: !!int abc", "'abc' cannot be read as !!int", 3),
    ("factdeck: 1", "factdeck: " + "9" * 5000, "cannot be read as !!int", 3),
    ("factdeck: 1", "factdeck: " + "[" * 999 + "]" * 999, "", 3),
    ("factdeck: 1", "factdeck: [[[[1]]]]", "factdeck: must be a whole number", 3),
    ("factdeck: 1", "factdeck: 1\nfactdeck: 1", "duplicate key 'factdeck'", 4),
    ("    answer: \"2016-10-19\"", "    answer: \"2016-10-19\"\n    answer: \"2016-10-20\"",
     "duplicate key 'answer'", 58),
    ("kind: date\n", "kind: !!binary x\n", "failed to decode base64", 52),
], ids=["feb30", "month13", "timestamp", "int", "5000-digits", "999-deep", "list-version",
        "dup-top", "dup-answer", "binary"])
def test_values_yaml_cannot_build_are_input_errors_at_their_line(
        deck: Path, old: str, new: str, message: str, line: int) -> None:
    code, out = check(deck, BASE.replace(old, new, 1))
    assert code == 2
    assert f"bank.yaml:{line}: " in out and message in out, out


def test_an_alias_bomb_in_any_key_fails_fast(deck: Path) -> None:
    import time

    levels = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}' if n else 'lol'] * 9)}]\n"
                     for n in range(9))
    for key in ("factdeck", "title"):
        text = levels + BASE.replace(f"\n{key}: ", f"\n{key}: *l8\nx{key}: ", 1)
        start = time.perf_counter()
        code, out = check(deck, text)
        assert time.perf_counter() - start < 2
        assert code == 2 and "aliases expand this document" in out, out
    for old in ("    kind: date\n", "    topic: dates\n", "    answer: \"2016-10-19\"\n"):
        name = old.split(":")[0].strip()
        code, out = check(deck, levels + BASE.replace(old, f"    {name}: *l8\n", 1))
        assert code == 2 and "aliases expand this document" in out, out


def test_a_front_matter_with_an_impossible_date_or_a_bomb_is_an_article_error() -> None:
    for front in ("published: 2016-02-30", "published: 2016-13-01", "published: !!int x",
                  "a: &a [1,1,1,1,1,1,1,1,1]\n" + "".join(
                      f"b{n}: &b{n} [{', '.join([f'*b{n - 1}' if n else '*a'] * 9)}]\n"
                      for n in range(9)) + "title: *b8",
                  "title: x\ntitle: y"):
        with pytest.raises(ArticleError, match=r"^a\.md:\d+: front matter: "):
            parse_article(f"---\n{front}\n---\nThe mayor spoke on Monday.\n", "a.md", "md")


def test_an_unreadable_or_non_utf8_article_is_a_finding_not_a_proof(deck: Path) -> None:
    articles = sorted((deck / "articles").iterdir())
    articles[0].write_bytes(articles[0].read_bytes() + b"\xff\xfe broken")
    articles[1].unlink()
    articles[1].mkdir()
    code, out = check(deck)
    assert code == 1
    assert "every evidence quote is in its article" not in out
    assert re.search(r"bank\.yaml:\d+: articles\[0\]\.file: .* is not UTF-8 text", out), out
    assert re.search(r"bank\.yaml:\d+: articles\[1\]\.file: .* is a folder", out), out


def run_with_timeout(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTDECK_HOME": str(home), "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "factdeck", *args], capture_output=True,
                          text=True, timeout=60, env=env, check=False)


def test_a_fifo_as_an_article_or_a_bank_does_not_hang_check_or_decks(
        deck: Path, factdeck_home: Path) -> None:
    article = sorted((deck / "articles").iterdir())[2]
    article.unlink()
    os.mkfifo(article)
    done = run_with_timeout(["check", str(deck)], factdeck_home)
    assert done.returncode == 1, done.stderr
    assert "articles[2].file" in done.stderr and "not a regular file" in done.stderr
    user = factdeck_home / "decks" / "piped"
    user.mkdir(parents=True)
    os.mkfifo(user / "bank.yaml")
    done = run_with_timeout(["decks"], factdeck_home)
    assert done.returncode == 0, done.stderr
    assert "piped" in done.stdout and "not a regular file" in done.stdout
    assert "France and Russia" in done.stdout
    done = run_with_timeout(["check", str(user)], factdeck_home)
    assert done.returncode == 2 and "not a regular file" in done.stderr


BROKEN_DECKS = {
    "no-prompt": first_prompt(""),
    "feb30": BASE.replace("published: 2016-10-13", "published: 2016-02-30", 1),
    "bad-tag": BASE.replace("factdeck: 1", "factdeck: !!int abc", 1),
    "dup": BASE.replace("factdeck: 1", "factdeck: 1\nfactdeck: 2", 1),
    "deep": BASE.replace("factdeck: 1", "factdeck: " + "[" * 999 + "]" * 999, 1),
}


def test_broken_decks_are_listed_as_broken_and_the_good_ones_stay_reachable(
        factdeck_home: Path) -> None:
    for name, text in BROKEN_DECKS.items():
        folder = factdeck_home / "decks" / name
        folder.mkdir(parents=True)
        (folder / "bank.yaml").write_text(text, encoding="utf-8")
    (factdeck_home / "decks" / "locked").mkdir()
    (factdeck_home / "decks" / "locked" / "bank.yaml").mkdir()  # a folder named bank.yaml
    result = CliRunner().invoke(cli, ["decks"])
    assert result.exit_code == 0 and result.exception is None, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.strip()}
    for name in [*BROKEN_DECKS, "locked"]:
        assert "cannot be read: " in lines[name], lines[name]
    assert "bank.yaml:" in lines["feb30"] and "not a real date" in lines["feb30"]
    assert "questions" in lines["france-russia-2015-2017"]
    from factdeck.bank.decks import find_decks
    from factdeck.tui.picker import read_entries

    entries = {e.ref.name: e for e in read_entries(find_decks(), None)}
    assert all(entries[name].bank is None and entries[name].error for name in BROKEN_DECKS)
    assert entries["france-russia-2015-2017"].bank is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_deck_folder(factdeck_home: Path) -> None:
    folder = factdeck_home / "decks" / "secret"
    folder.mkdir(parents=True)
    (folder / "bank.yaml").write_text(BASE, encoding="utf-8")
    folder.chmod(0)
    try:
        result = CliRunner().invoke(cli, ["decks"])
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "France and Russia" in result.output
    finally:
        folder.chmod(0o755)


def test_an_unreadable_deck_folder_as_root(factdeck_home: Path) -> None:
    """Root reads any folder; a dangling link and a loop stand in for what cannot be read."""
    decks = factdeck_home / "decks"
    (decks / "gone").mkdir(parents=True)
    (decks / "gone" / "bank.yaml").symlink_to(decks / "nowhere.yaml")
    (decks / "loop.yaml").symlink_to(decks / "loop.yaml")
    result = CliRunner().invoke(cli, ["decks"])
    assert result.exception is None, result.output
    assert "France and Russia" in result.output


# ------------------------------------------------------------------ mutations

def mutations(value: object) -> list[tuple[str, object]]:
    """What a typo or an attacker does to one value."""
    return [("null", None), ("empty", ""), ("list", ["x", ["y"]]), ("mapping", {"k": "v"}),
            ("bool", True), ("number", 10 ** 30), ("date", "2016-02-30"),
            ("control", "a\x1b]0;x\x07b")]


def sample_bank() -> dict:
    """The shipped deck cut to its first question of every kind (so that each case is quick)."""
    data = yaml.safe_load(BASE)
    seen: set[str] = set()
    kept = []
    for q in data["questions"]:
        if q["kind"] not in seen:
            seen.add(q["kind"])
            kept.append(q)
    return {**data, "questions": kept}


def mutated_banks() -> list[tuple[str, dict]]:
    data = sample_bank()
    out = []
    for i, question in enumerate(data["questions"]):
        for key in list(question):
            dropped = copy.deepcopy(data)
            del dropped["questions"][i][key]
            out.append((f"q{i}.{key}:drop", dropped))
            renamed = copy.deepcopy(data)
            q = renamed["questions"][i]
            q[key + "x"] = q.pop(key)
            out.append((f"q{i}.{key}:rename", renamed))
            for name, value in mutations(question[key]):
                changed = copy.deepcopy(data)
                changed["questions"][i][key] = value
                out.append((f"q{i}.{key}:{name}", changed))
    for key in ("id", "file", "published", "outlet"):
        for name, value in mutations(None):
            changed = copy.deepcopy(data)
            changed["articles"][0][key] = value
            out.append((f"a0.{key}:{name}", changed))
    for key in ("factdeck", "title", "questions", "articles"):
        for name, value in mutations(None):
            changed = copy.deepcopy(data)
            changed[key] = value
            out.append((f"{key}:{name}", changed))
    return out


def test_every_mutation_of_the_shipped_deck_gives_a_clean_answer(deck: Path) -> None:
    """Drop, rename, retype, empty and null every key of a question of every kind (and of
    an article, and the top keys): the loader and check give problems or a BankError, and
    `factdeck check` exits 0, 1 or 2 with every problem located; never a traceback."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    cases = mutated_banks()
    assert len(cases) > 400
    bank_file = deck / "bank.yaml"
    for n, (name, data) in enumerate(cases):
        bank_file.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True,
                                       sort_keys=False), encoding="utf-8")
        try:
            result = check_bank(bank_file)
            for problem in result.problems:
                assert problem.line is not None and problem.key, (name, problem)
        except FactdeckError:
            pass
        if n % 10 == 0:
            try:
                load_bank(bank_file, use_cache=False)
            except BankError as exc:
                assert exc.file and (exc.line or exc.key), (name, exc)
        if n % 20 == 0:  # the CLI too, on a twentieth of them
            code, out = check(deck)
            assert code in (0, 1, 2), (name, out)
            if code == 1:
                assert LOCATED.search(out), (name, out)


def test_escape_sequences_in_a_bank_reach_no_terminal(deck: Path, factdeck_home: Path) -> None:
    text = BASE.replace("title: France and Russia, 2015-2017",
                        'title: "France\\e]0;owned\\a and \\e[2J Russia\\x9b"', 1)
    text = text.replace('quote: "The meeting between the two',
                        'quote: "The \\e]52;c;b3duZWQ=\\a meeting between the two', 1)
    code, out = check(deck, text)
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "France\u241b]0;owned\u2407 and \u241b[2J Russia\\x9b" in out
    assert "The \\x1b]52;c;b3duZWQ=\\x07 meeting" in out  # a quote is shown as its repr
    user = factdeck_home / "decks" / "hostile"
    shutil.copytree(deck, user)
    result = CliRunner().invoke(cli, ["decks"])
    assert result.exit_code == 0 and "\x1b" not in result.output
    assert "France\u241b]0;owned" in result.output
