"""The screens know the app only as a QuizHost: the app must really be one."""

from __future__ import annotations

import inspect

from factdeck.tui.app import QuizApp
from factdeck.tui.host import QuizHost


def test_the_quiz_app_is_a_quiz_host() -> None:
    assert isinstance(QuizApp(), QuizHost)


def test_the_app_takes_what_the_screens_give() -> None:
    for name, method in inspect.getmembers(QuizHost, inspect.isfunction):
        if name.startswith("_"):
            continue
        wanted = list(inspect.signature(method).parameters)
        given = list(inspect.signature(getattr(QuizApp, name)).parameters)
        assert given == wanted, f"QuizApp.{name}{given} does not match QuizHost.{name}{wanted}"


def test_a_screen_does_not_import_the_app() -> None:
    from factdeck.tui import picker, quiz_screen, summary

    for module in (picker, quiz_screen, summary):
        assert "factdeck.tui.app" not in inspect.getsource(module), module.__name__
