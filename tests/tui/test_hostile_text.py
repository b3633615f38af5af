"""Text from a bank reaches the screen as text: never markup, never a terminal command (#15)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.text import Text

from factdeck.bank.load import load_bank
from factdeck.study.session import QuizSession
from factdeck.tui.app import QuizApp
from factdeck.tui.shown import shown

from .helpers import answer_keys

ALL_KINDS = Path(__file__).parent / "data" / "all-kinds"
OSC_TITLE = "\\e]0;owned\\a"  # YAML escapes, in double quotes: ESC ... BEL
OSC_CLIPBOARD = "\\e]52;c;ZWNobyBvd25lZA==\\a"


def hostile_bank(tmp_path: Path) -> Path:
    """The all-kinds test bank with markup-like outlets and escape sequences in its text."""
    deck = tmp_path / "deck"
    shutil.copytree(ALL_KINDS, deck)
    bank = deck / "bank.yaml"
    text = bank.read_text(encoding="utf-8")
    text = text.replace("outlet: Lake Gazette", "outlet: 'WSWS [/] Opinion'")
    text = text.replace("outlet: River Herald", "outlet: 'Reuters [UK] [@click=app.quit]'")
    text = text.replace("prompt: What post did Ana Ruiz hold?",
                        f'prompt: "What post{OSC_TITLE} did Ana Ruiz\\x9b hold?{OSC_CLIPBOARD}"')
    text = text.replace("explanation: The Gazette calls her the Minister of Lakes.",
                        "explanation: \"The [b]Gazette[/b] \\e[2J calls her the Minister.\"")
    bank.write_text(text, encoding="utf-8")
    return bank


def painted(app: QuizApp) -> str:
    """Every character the screen would draw, as one string."""
    from textual.geometry import Region

    width, height = app.size
    strips = app.screen._compositor.render_strips(Region(0, 0, width, height)) \
        if hasattr(app.screen, "_compositor") else []
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def drawn(app: QuizApp) -> str:
    """The text of every widget on screen (content and border titles)."""
    parts = []
    for widget in app.screen.query("*"):
        try:
            parts.append(str(widget.render()))
        except Exception:  # noqa: BLE001 - containers render nothing of their own
            continue
        if widget.border_title:
            parts.append(str(widget.border_title))
    return "\n".join(parts)


def test_shown_keeps_styles_and_shows_control_characters() -> None:
    text = Text("a\x1bb", style="bold")
    text.append("[x]", style="red")
    safe = shown(text)
    assert safe.plain == "a\u241bb[x]"
    assert [(s.start, s.end, str(s.style)) for s in safe.spans] == \
        [(s.start, s.end, str(s.style)) for s in text.spans]
    assert shown("[@click=app.quit]").plain == "[@click=app.quit]"


async def test_outlets_with_brackets_and_escape_sequences_are_shown_literally(
        tmp_path: Path) -> None:
    bank = load_bank(hostile_bank(tmp_path))
    questions = [bank.question("ruiz-post"), bank.question("bridge-facts")]
    session = QuizSession(bank, questions, seed=3)
    app = QuizApp(session=session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = drawn(app)
        # ESC shown as a picture (BEL is dropped by rich), C1 as a replacement character
        assert "What post\u241b]0;owned" in screen and "did Ana Ruiz\ufffd hold?" in screen
        assert "\x1b" not in screen and "\x07" not in screen and "\x9b" not in screen
        await pilot.press(*answer_keys(session, questions[0], False))
        await pilot.pause()
        screen = drawn(app)
        assert "WSWS [/] Opinion" in screen  # no MarkupError, the brackets kept
        assert "The [b]Gazette[/b] \u241b[2J calls her" in screen
        assert "\x1b" not in screen
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*answer_keys(session, questions[1], True))
        await pilot.pause()
        screen = drawn(app)
        assert "Reuters [UK] [@click=app.quit]" in screen
        await pilot.click("#verdict")  # nothing on screen is a clickable action
        await pilot.pause()
        assert app.is_running


pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
