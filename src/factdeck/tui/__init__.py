"""The Textual quiz app; import :mod:`factdeck.tui.app` only when the quiz runs (it is heavy)."""
