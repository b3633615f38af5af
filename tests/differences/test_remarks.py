"""One remark, however the outlets cut and transcribe it, is at most one difference; outlets
that quote it alike up to transcription details report none."""

from __future__ import annotations

from factdeck.bank.facts import SourceArticle
from factdeck.differences.align import align_story
from factdeck.differences.remarks import remark_differences
from factdeck.differences.text import body_spans


def story(*texts: str) -> list[SourceArticle]:
    outlets = ("North Post", "South Wire", "East Times", "West Echo")
    return [SourceArticle(file=f"{k}.txt", text=t, outlet=outlets[k])
            for k, t in enumerate(texts)]


def remarks(arts: list[SourceArticle]):
    return remark_differences(arts, [body_spans(a) for a in arts])


def test_outlets_that_agree_in_other_words_report_nothing():
    arts = story(
        "Coach Marta Lind stepped down on Sunday after 11 years in charge. \"It's been a long "
        "road and I'm proud of it. It was not a choice I wasn't going to make even if we had "
        "lost,\" Lind said. Nearly 40,000 fans watched the final.",
        "Marta Lind, who led the club for 11 years, resigned on Sunday. \"It has been a long "
        "road, and I am proud of it,\" Lind said. \"It's not a choice I was not going to make if "
        "we had lost.\" Some 40,000 fans were at the final.",
        "Lind quit on Sunday. \"It has been a long road and I'm proud of it,\" she told "
        "reporters, adding: \"It was not a choice that I wasn't going to make if we had lost.\" "
        "About 39,800 fans saw the final.")
    assert align_story(arts, parse=False) == []


def test_one_remark_told_in_pieces_is_one_difference():
    # the second outlet quotes two sentences of the passage, the third only one of them
    arts = story(
        'Coach Marta Lind spoke after the final. "We came here with nothing to lose. This was '
        'my final season in charge of the club. We wanted to lift the trophy for the city," '
        'Lind said.',
        'Lind was in tears. "This is my last season in charge of the club, so I wanted to '
        'enjoy every game," Lind said.',
        'Lind confirmed her decision. "This was always my final season at the club," Lind said.')
    (diff,) = remarks(arts)
    assert diff.kind == "wording" and "Lind" in diff.aspect
    assert {r.article for r in diff.reports} == {"0.txt", "1.txt", "2.txt"}
    first = next(r for r in diff.reports if r.article == "0.txt")
    assert first.evidence.startswith("This was my final season") and first.evidence in arts[0].text


def test_adjacent_sentences_of_one_passage_are_joined_into_one_span():
    # each other outlet quotes a different sentence of the first outlet's passage
    arts = story(
        '"The river rose faster than any model said it could. We moved the families out '
        'before midnight," the mayor, Ansel Brook, said.',
        '"The river rose more quickly than any of our models predicted," Brook said.',
        '"We got the families out of their homes just before midnight," Brook said.')
    (diff,) = remarks(arts)
    first = next(r for r in diff.reports if r.article == "0.txt")
    assert first.evidence.rstrip(",") == ("The river rose faster than any model said it could. "
                                          "We moved the families out before midnight")
    assert all(r.evidence in arts[int(r.article[0])].text for r in diff.reports)
    assert len(diff.reports) == 3


def test_two_remarks_of_one_speaker_apart_in_the_text_are_not_joined():
    arts = story(
        '"The river rose faster than any model said it could," Brook said on Monday.\n\n'
        'The council met at noon.\n\n"Every school will reopen by the end of the month, and '
        'not a single lesson will be lost," Brook said.',
        '"The river rose more quickly than any of our models predicted," Brook said.\n\n'
        '"All of the schools will open again by the end of the month, and not one lesson will '
        'be lost," he added.')
    assert len(remarks(arts)) == 2


def test_one_ordinary_word_for_another_is_not_reported():
    arts = story('"We wanted to lift the trophy for the city," Lind said after the final.',
                 'Lind said after the final: "We wanted to win the trophy for the city."')
    assert remarks(arts) == []
    assert align_story(arts, parse=False) == []


def test_a_word_in_another_form_is_reported():
    arts = story('"The harbour is closed to all ships," the port chief, Ida Varga, wrote.',
                 '"The harbour is closing to all ships," Varga wrote on Tuesday.')
    (diff,) = remarks(arts)
    assert {r.says for r in diff.reports} == {"The harbour is closed to all ships",
                                              "The harbour is closing to all ships"}
