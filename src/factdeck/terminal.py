"""Text from banks and articles made safe to show in a terminal.

A bank or an article is data from anyone; printed raw, an ESC sequence in a
prompt could set the terminal's title, write the clipboard (OSC 52), move the
cursor over earlier output or hide text. Every place that prints such text
(the CLI's commands, the quiz's widgets) passes it through :func:`visible`
first: each control character becomes a visible stand-in, so nothing is
hidden and nothing reaches the terminal as a command.
"""

from __future__ import annotations

_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}  # U+2400..241F: ␀ ... ␟
_PICTURES[0x7F] = "\u2421"  # ␡
_C1 = {code: f"\\x{code:02x}" for code in range(0x80, 0xA0)}  # no pictures: shown as \x9b
_BIDI = {code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}

_TABLE: dict[int, str] = {**_PICTURES, **_C1, **_BIDI}
_TABLE_LINES = {code: text for code, text in _TABLE.items() if code not in (0x0A, 0x09)}
# One character for one: styled text (spans at offsets) keeps its styling where it was.
_ONE_FOR_ONE = {code: text if len(text) == 1 else "\ufffd" for code, text in _TABLE_LINES.items()}


def visible(text: str, *, lines: bool = True) -> str:
    """``text`` with every control character (C0, DEL, C1, bidi overrides) shown visibly.

    With ``lines`` newlines and tabs are kept (a multi-line prompt); without, they
    are shown too (one-line fields such as a title). Plain text is returned as is.
    """
    if text.isprintable():  # no C0, DEL, C1 or bidi control (format characters) inside
        return text
    return text.translate(_TABLE_LINES if lines else _TABLE)


def visible_in_place(text: str) -> str:
    """Like :func:`visible` (newlines and tabs kept), but each control character becomes
    exactly one character (C1 and bidi controls become U+FFFD), so offsets into the text
    stay valid."""
    if text.isprintable():  # no C0, DEL, C1 or bidi control (format characters) inside
        return text
    return text.translate(_ONE_FOR_ONE)
