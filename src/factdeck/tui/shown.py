"""Bank and article text on the quiz's screens: never markup, never a terminal command.

Every :class:`Shown` widget (a ``Static``) takes its content as rich ``Text``
(a plain string is taken literally, never parsed as Textual markup, so an
outlet named ``WSWS [/] Opinion`` or ``[@click=app.quit]`` is shown as written)
and shows control characters visibly (see :mod:`factdeck.terminal`), so an
escape sequence in a prompt cannot set the terminal's title or write its
clipboard.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from factdeck.terminal import visible_in_place


def shown(content: Text | str) -> Text:
    """``content`` as Text safe to draw: a string taken literally, control characters visible."""
    if isinstance(content, str):
        return Text(visible_in_place(content))
    plain = content.plain
    safe = visible_in_place(plain)
    if safe is plain:
        return content
    copy = content.copy()
    copy.plain = safe  # same length: the spans keep their places
    return copy


class Shown(Static):
    """A ``Static`` whose content is always passed through :func:`shown`."""

    def __init__(self, content: Text | str = "", **kwargs: Any) -> None:
        super().__init__(shown(content), **kwargs)

    def update(self, content: Any = "", **kwargs: Any) -> None:
        """Replace the content, made safe the same way."""
        super().update(shown(content) if isinstance(content, (Text, str)) else content,
                       **kwargs)
