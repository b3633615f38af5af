"""``factdeck review``: the Textual app around :class:`ReviewScreen`.

Decisions are journalled as they are made (see :mod:`factdeck.bank.journal`);
quitting folds the journal into the bank.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from factdeck.tui.review_screen import ReviewScreen
from factdeck.tui.review_session import ReviewSession


class ReviewApp(App[None]):
    """One screen: the teacher's walk through a bank's drafts."""

    TITLE = "factdeck review"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.folded = 0

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.session))

    async def action_quit(self) -> None:
        self.folded = self.session.finish()
        self.exit()
