"""``factdeck review``'s screens: one draft question at a time, and the form that edits it.

Everything drawn from a bank or an article is untrusted text: it is shown as
:class:`rich.text.Text` with styles set on spans, never parsed as markup, so a
``[bold]`` or ``[link=...]`` in an article prints as written.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Evidence,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    Status,
    TrueFalseQuestion,
)
from factdeck.tui.review_session import ReviewSession, sentences

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def question_text(q: Question) -> Text:
    """The question as the learner sees it, with its answer and distractors marked."""
    out = Text()
    if isinstance(q, ClozeQuestion):
        out.append(q.prompt + "\n", style="bold")
        out.append(q.blanked() + "\n")
        out.append("Gaps: ", style="dim")
        out.append("; ".join(q.gaps), style="green")
        return out
    out.append(q.prompt + "\n", style="bold")
    if isinstance(q, ChoiceQuestion | MultiQuestion):
        answers = (q.answer,) if isinstance(q, ChoiceQuestion) else q.answers
        for i, option in enumerate((*answers, *q.distractors)):
            right = i < len(answers)
            out.append(f"  {LETTERS[i % 26]}) ", style="dim")
            out.append(option, style="green" if right else "")
            out.append("  \u2713 answer\n" if right else "\n", style="green")
    elif isinstance(q, MatchQuestion):
        for pair in q.pairs:
            out.append(f"  {pair.left} \u2192 {pair.right}\n")
    elif isinstance(q, OrderQuestion):
        for i, item in enumerate(q.items):
            out.append(f"  {i + 1}. {item}\n")
    else:
        out.append("Answer: ", style="dim")
        out.append(q.correct_text(), style="green")
        if isinstance(q, ShortQuestion) and q.accept:
            out.append("  (also: " + "; ".join(q.accept) + ")", style="dim")
    return out


class ReviewScreen(Screen[None]):
    """Walks the draft questions: a accept, r reject, e edit, s skip, u undo."""

    BINDINGS = [
        Binding("a", "decide('accepted')", "Accept"),
        Binding("r", "decide('rejected')", "Reject"),
        Binding("e", "edit", "Edit"),
        Binding("s", "skip", "Skip"),
        Binding("u", "undo", "Undo"),
        Binding("n,right", "next", "Next", show=False),
        Binding("p,left", "previous", "Prev", show=False),
        Binding("t", "filter('topic')", "Topic", show=False),
        Binding("k", "filter('kind')", "Kind", show=False),
        Binding("f", "filter('flag')", "Flag", show=False),
        Binding("q,escape", "app.quit", "Save & quit"),
    ]
    DEFAULT_CSS = """
    ReviewScreen #review-progress { dock: top; height: 1; background: $primary; color: $text; }
    ReviewScreen #review-body { padding: 0 1; height: 1fr; }
    ReviewScreen #review-meta { color: $text-muted; }
    ReviewScreen #review-flags { color: $warning; }
    ReviewScreen #review-question { padding: 1 0; }
    ReviewScreen #review-evidence { padding: 0 0 1 0; }
    ReviewScreen #review-message { color: $success; height: auto; }
    ReviewScreen #review-keys { color: $text-muted; }
    """

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        yield Static(id="review-progress")
        with VerticalScroll(id="review-body"):
            yield Static(id="review-meta")
            yield Static(id="review-flags")
            yield Static(id="review-question")
            yield Static(id="review-evidence")
            yield Static(id="review-message")
            yield Static(Text("n/p next/previous \u00b7 t/k/f filter by topic/kind/flag"),
                         id="review-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_question()

    def say(self, message: str) -> None:
        self.query_one("#review-message", Static).update(Text(message))

    def refresh_question(self) -> None:
        s = self.session
        self.query_one("#review-progress", Static).update(
            Text(f" {s.progress()} \u00b7 filter: {s.filter_label()}"))
        q = s.current
        meta = self.query_one("#review-meta", Static)
        flags = self.query_one("#review-flags", Static)
        body = self.query_one("#review-question", Static)
        evidence = self.query_one("#review-evidence", Static)
        if q is None:
            meta.update(Text(f"End of the queue ({len(s.visible)} shown)."))
            flags.update("")
            body.update(Text("Every question here has been seen. p goes back, u undoes the "
                             "last decision, q saves and quits." if s.visible else
                             "No draft question matches the filter."))
            evidence.update("")
            return
        meta.update(Text(f"Question {s.index + 1} of {len(s.visible)} \u00b7 "
                         f"{q.status} \u00b7 {q.topic} \u00b7 {q.kind} \u00b7 {q.id}"))
        flags.update(Text("\u2691 " + ", ".join(str(f) for f in q.flags)) if q.flags else "")
        body.update(question_text(q))
        evidence.update(self.evidence_text(q))

    def evidence_text(self, q: Question) -> Text:
        """Each evidence quote in its paragraph, the quote highlighted; outlet and date above."""
        out = Text()
        for ev in q.evidence:
            article = self.session.bank.article(ev.article)
            label = article.label() if article else ev.article
            out.append(label + "\n", style="bold underline")
            passage = self.session.passage(ev)
            if passage is None:
                out.append("(not found in the article) ", style="red")
                out.append(ev.quote + "\n\n", style="reverse")
                continue
            paragraph = Text(passage.paragraph)
            paragraph.stylize("bold reverse", passage.start, passage.end)
            out.append_text(paragraph)
            out.append("\n\n")
        if q.explanation:
            out.append("Explanation: ", style="dim")
            out.append(q.explanation)
        return out

    def action_decide(self, status: str) -> None:
        q = self.session.current
        if q is None:
            return
        self.session.decide(Status(status))
        self.say(f"{q.id}: {status}")
        self.finish_if_done()
        self.refresh_question()

    def finish_if_done(self) -> None:
        if self.session.done:
            self.say("Every draft is reviewed. q saves and quits; u undoes.")

    def action_skip(self) -> None:
        self.session.skip()
        self.refresh_question()

    def action_next(self) -> None:
        self.session.next()
        self.refresh_question()

    def action_previous(self) -> None:
        self.session.previous()
        self.refresh_question()

    def action_undo(self) -> None:
        qid = self.session.undo()
        self.say(f"undone: {qid}" if qid else "nothing to undo")
        self.refresh_question()

    def action_filter(self, name: str) -> None:
        value = self.session.cycle_filter(name)
        self.say(f"filter {name}: {value or 'any'}")
        self.refresh_question()

    def action_edit(self) -> None:
        q = self.session.current
        if q is None:
            return

        def saved(result: Question | None) -> None:
            if result is not None:
                self.say(f"{result.id}: edited and accepted")
                self.finish_if_done()
            self.refresh_question()

        self.app.push_screen(EditScreen(self.session, q), saved)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class EditScreen(ModalScreen[Question | None]):
    """The fields of a question; saved only when ``check``'s rules pass (ctrl+s), else the
    problems are shown and the form stays open."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = """
    EditScreen { align: center middle; }
    EditScreen > VerticalScroll {
        width: 96%; height: 96%; border: thick $accent; background: $surface; padding: 0 1;
    }
    EditScreen Label { color: $text-muted; padding-top: 1; }
    EditScreen TextArea { height: 5; }
    EditScreen #edit-pick { height: 6; }
    EditScreen #edit-errors { color: $error; height: auto; }
    """

    def __init__(self, session: ReviewSession, question: Question) -> None:
        super().__init__()
        self.session = session
        self.question = question
        first = question.evidence[0] if question.evidence else None
        text = session.article_text(first.article) if first else None
        self.choices = sentences(text) if text else []

    def compose(self) -> ComposeResult:
        q = self.question
        with VerticalScroll():
            yield Static(Text(f"Edit {q.id} ({q.kind}) \u00b7 ctrl+s saves, esc cancels"),
                         id="edit-title")
            yield Static(id="edit-errors")
            if isinstance(q, ClozeQuestion):
                yield Label("Text (gaps as {{...}})")
                yield Input(q.text, id="edit-text")
            else:
                yield Label("Prompt")
                yield Input(q.prompt, id="edit-prompt")
            if isinstance(q, ChoiceQuestion | ShortQuestion | DateQuestion):
                yield Label("Answer")
                yield Input(q.answer, id="edit-answer")
            if isinstance(q, TrueFalseQuestion):
                yield Label("Answer (true or false)")
                yield Input("true" if q.answer else "false", id="edit-answer")
            if isinstance(q, MultiQuestion):
                yield Label("Answers (one per line)")
                yield TextArea("\n".join(q.answers), id="edit-answers")
            if isinstance(q, ChoiceQuestion | MultiQuestion):
                yield Label("Distractors (one per line)")
                yield TextArea("\n".join(q.distractors), id="edit-distractors")
            yield Label("Explanation")
            yield Input(q.explanation, id="edit-explanation")
            yield Label("Evidence quote (an exact span of the article; or pick a sentence below)")
            yield Input(q.evidence[0].quote if q.evidence else "", id="edit-quote")
            yield OptionList(*[Option(Text(s)) for s in self.choices], id="edit-pick")
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#edit-quote", Input).value = self.choices[event.option_index]

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def edited(self) -> Question:
        """The question with the form's values (not yet validated)."""
        q = self.question
        fields: dict[str, object] = {"explanation": self._value("#edit-explanation")}
        if isinstance(q, ClozeQuestion):
            fields["text"] = self._value("#edit-text")
        else:
            fields["prompt"] = self._value("#edit-prompt")
        if isinstance(q, ChoiceQuestion | ShortQuestion | DateQuestion):
            fields["answer"] = self._value("#edit-answer")
        if isinstance(q, TrueFalseQuestion):
            fields["answer"] = self._value("#edit-answer").strip().lower() in ("true", "t", "yes")
        if isinstance(q, MultiQuestion):
            fields["answers"] = _lines(self.query_one("#edit-answers", TextArea).text)
        if isinstance(q, ChoiceQuestion | MultiQuestion):
            fields["distractors"] = _lines(self.query_one("#edit-distractors", TextArea).text)
        quote = self._value("#edit-quote")
        if q.evidence:
            fields["evidence"] = (Evidence(q.evidence[0].article, quote), *q.evidence[1:])
        return replace(q, **fields)  # type: ignore[arg-type]

    def action_save(self) -> None:
        edited = self.edited()
        problems = self.session.save_edit(edited)
        if problems:
            self.query_one("#edit-errors", Static).update(
                Text("Not saved, fix first:\n" + "\n".join(problems)))
            return
        self.dismiss(edited)

    def action_cancel(self) -> None:
        self.dismiss(None)
