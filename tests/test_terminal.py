"""factdeck.terminal: every control character shown, plain text untouched. (#15)"""

from __future__ import annotations

from factdeck.terminal import visible, visible_in_place


def test_every_control_character_is_shown_and_nothing_else_changes() -> None:
    controls = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x202E, 0x2066)]
    for ch in controls:
        shown = visible(f"a{ch}b", lines=False)
        assert ch not in shown and shown.startswith("a") and shown.endswith("b"), repr(ch)
        assert len(visible_in_place(f"a{ch}b")) == 3 or ch in "\n\t"
    assert visible("line\n\tnext") == "line\n\tnext"
    assert visible("line\nnext", lines=False) == "line\u240anext"
    assert visible("\x1b]0;title\x07") == "\u241b]0;title\u2407"
    assert visible("\x9b31m") == "\\x9b31m"
    plain = "Élysée \u2014 \u201cquoted\u201d [UK] 100\u2030"
    assert visible(plain) is plain and visible_in_place(plain) == plain
