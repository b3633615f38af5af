"""Rebuilding a deck keeps the teacher's work: decisions, hand edits, deletions; evidence that
is gone sets its question aside; a bank 'build' did not make is not written over."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from factdeck.bank.check import check_bank
from factdeck.bank.load import load_bank
from factdeck.bank.model import Article, Bank, ChoiceQuestion, Evidence, Flag, Status, Topic
from factdeck.generate.merge import fingerprint, merge

DATA = Path(__file__).parent / "data" / "build"
VALID = Path(__file__).resolve().parents[1] / "data"


def factdeck(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def build(article: Path, out: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return factdeck("build", article, "--facts", DATA / "story-facts.yaml", "-o", out, *more)


def _bank(path: Path) -> Bank:
    return load_bank(path, use_cache=False)


def test_a_rebuild_keeps_decisions_hand_edits_and_deletions(tmp_path: Path) -> None:
    out = tmp_path / "deck"
    assert build(DATA / "story.txt", out).returncode == 0
    path = out / "bank.yaml"
    first = path.read_bytes()
    again = build(DATA / "story.txt", out)
    assert again.returncode == 0, again.stderr
    assert path.read_bytes() == first  # nothing touched: the same bytes
    questions = _bank(path).questions
    # a one-article story gives few, ranked questions: four to work on, a fifth if there is one
    assert len(questions) >= 4 and {q.status for q in questions} == {Status.DRAFT}
    accepted, rejected, edited, deleted = (q.id for q in questions[:4])
    untouched = questions[4].id if len(questions) > 4 else None
    # the teacher works on the YAML by hand: decide, edit a prompt, delete a question
    text = path.read_text(encoding="utf-8")
    blocks = text.split("\n- id: ")
    for i, block in enumerate(blocks):
        qid = block.split("\n", 1)[0]
        if qid == accepted:
            blocks[i] = block.replace("status: draft", "status: accepted")
        elif qid == rejected:
            blocks[i] = block.replace("status: draft", "status: rejected")
        elif qid == edited:
            old_prompt = next(line for line in block.splitlines() if "prompt:" in line)
            blocks[i] = block.replace(old_prompt, "  prompt: A prompt the teacher rewrote?")
    blocks = [b for b in blocks if b.split("\n", 1)[0] != deleted]
    path.write_text("\n- id: ".join(blocks), encoding="utf-8")
    assert check_bank(path).ok
    run = build(DATA / "story.txt", out)
    assert run.returncode == 0, run.stderr
    assert "3 kept as the teacher left them" in run.stdout
    assert "1 deleted by hand stay deleted" in run.stdout
    bank = _bank(path)
    by_id = {q.id: q for q in bank.questions}
    assert by_id[accepted].status is Status.ACCEPTED
    assert by_id[rejected].status is Status.REJECTED
    assert by_id[edited].prompt == "A prompt the teacher rewrote?"
    assert deleted not in by_id
    if untouched is not None:
        assert by_id[untouched] == questions[4]
    assert check_bank(path).ok
    assert not (out / "bank.orphans.yaml").exists()


def test_a_question_whose_evidence_is_gone_is_set_aside_not_dropped(tmp_path: Path) -> None:
    out = tmp_path / "deck"
    assert build(DATA / "story.txt", out).returncode == 0
    path = out / "bank.yaml"
    bank = _bank(path)
    vote = next(q for q in bank.questions
                if any("public vote" in e.quote for e in q.evidence))
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {vote.id}\n")
    at = text.index("status: draft", start)
    path.write_text(text[:at] + "status: accepted" + text[at + len("status: draft"):],
                    encoding="utf-8")
    assert _bank(path).question(vote.id).status is Status.ACCEPTED
    changed = tmp_path / "new" / "story.txt"
    changed.parent.mkdir()
    changed.write_text((DATA / "story.txt").read_text(encoding="utf-8").replace(
        "called for a public vote", "asked for a delay"), encoding="utf-8")
    run = build(changed, out)
    assert run.returncode == 0, run.stderr
    assert "set aside" in run.stderr and vote.id in run.stderr
    assert _bank(path).question(vote.id) is None
    assert check_bank(path).ok
    aside = _bank(out / "bank.orphans.yaml").question(vote.id)
    assert aside is not None and aside.status is Status.REJECTED
    assert Flag.EVIDENCE_GONE in aside.flags
    assert aside.prompt == vote.prompt


def test_a_bank_build_did_not_make_is_refused_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "deck"
    out.mkdir()
    original = (VALID / "valid_bank.yaml").read_bytes()
    (out / "bank.yaml").write_bytes(original)
    run = build(DATA / "story.txt", out)
    assert run.returncode != 0
    assert "not made by 'factdeck build'" in run.stderr and "--force" in run.stderr
    assert (out / "bank.yaml").read_bytes() == original
    run = build(DATA / "story.txt", out, "--force")
    assert run.returncode == 0, run.stderr
    assert (out / "bank.yaml.bak").read_bytes() == original
    assert check_bank(out / "bank.yaml").ok
    shutil.copy(out / "bank.yaml", tmp_path / "copy.yaml")
    (out / "bank.yaml").write_text("factdeck: 1\ntitle: [broken\n", encoding="utf-8")
    run = build(DATA / "story.txt", out)
    assert run.returncode != 0 and "cannot be read" in run.stderr


def _choice(qid: str, prompt: str, quote: str, status: Status = Status.DRAFT) -> ChoiceQuestion:
    return ChoiceQuestion(id=qid, topic=Topic.PEOPLE, prompt=prompt, answer="Ida Berg",
                          distractors=("Omar Said",), evidence=(Evidence("a", quote),),
                          status=status)


def test_a_new_wording_is_matched_by_evidence_and_untouched_drafts_follow_the_builder() -> None:
    articles = (Article(id="a", file="a.txt"),)
    accepted = _choice("who-1", "Who is the mayor?", "Mayor Ida Berg", Status.ACCEPTED)
    draft = _choice("said-1", "Who spoke on Thursday?", "Ida Berg said on Thursday")
    old = Bank(title="t", articles=articles, questions=(accepted, draft))
    record = {q.id: fingerprint(q) for q in (accepted, draft)}
    reworded = _choice("who-2", "Who is mayor of Lakeside?", "Mayor Ida Berg")
    redraft = _choice("said-1", "Who spoke to the council on Thursday?",
                      "Ida Berg said on Thursday")
    extra = _choice("new-1", "Who opposes the cost?", "Omar Said, who opposes")
    new = Bank(title="t", articles=articles, questions=(reworded, redraft, extra))
    text = "Mayor Ida Berg said on Thursday ... Omar Said, who opposes the cost"
    result = merge(old, record, new, {"a": text})
    assert result.bank.questions == (accepted, redraft, extra)
    assert (result.kept, result.updated, result.added) == (["who-1"], ["said-1"], ["new-1"])
    edited = replace(draft, prompt="Who spoke, according to the mayor's office?")
    result = merge(replace(old, questions=(accepted, edited)), record, new, {"a": text})
    assert result.bank.questions == (accepted, edited, extra)
    gone = merge(old, record, replace(new, questions=(extra,)), {"a": "Omar Said, who opposes"})
    assert [q.id for q in gone.orphans] == ["who-1", "said-1"]
    assert gone.bank.questions == (extra,)
