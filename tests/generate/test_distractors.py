from factdeck.bank.model import PartialDate
from factdeck.generate import distractors


def test_pick_drops_answer_excluded_and_duplicates():
    got = distractors.pick("Prime Minister", ["prime minister", "Finance Minister",
                                              "Finance  minister", "Mayor", "Judge"],
                           key="k", n=5, exclude=["Judge"])
    assert sorted(got) == ["Finance Minister", "Mayor"]


def test_pick_is_deterministic_and_ranked():
    cands = [f"Minister of {c}" for c in "ABCDEFG"] + ["Mayor", "Judge"]
    one = distractors.pick("Minister of Z", cands, key="q1", n=3,
                           rank=distractors.similar_post_rank("Minister of Z"))
    assert one == distractors.pick("Minister of Z", list(reversed(cands)), key="q1", n=3,
                                   rank=distractors.similar_post_rank("Minister of Z"))
    assert all(o.startswith("Minister of") for o in one)


def test_dates_keep_precision_and_never_overlap_true_dates():
    answer = PartialDate(2024, 3, 12)
    known = [PartialDate(2024, 3, 13), PartialDate(2021), PartialDate(2024, 3, 14)]
    got = distractors.dates(answer, known, key="k", n=3, exclude=[PartialDate(2024, 3, 13)])
    assert len(got) == 3
    assert all(d.precision == "day" for d in got)
    assert answer not in got and PartialDate(2024, 3, 13) not in got


def test_year_and_month_dates_get_neighbours_of_their_precision():
    years = distractors.dates(PartialDate(1991), [], key="k", n=3)
    assert all(d.precision == "year" and abs(d.year - 1991) <= 5 for d in years)
    months = distractors.dates(PartialDate(2016, 12), [], key="k", n=3,
                               exclude=[PartialDate(2017)])
    assert all(d.precision == "month" and d.year != 2017 for d in months)
    assert len(months) == 3


def test_far_known_dates_are_not_used():
    got = distractors.dates(PartialDate(1991), [PartialDate(2016)], key="k", n=3)
    assert PartialDate(2016) not in got


def test_people_never_offers_the_answer_under_another_name():
    got = distractors.people("Barack Obama", ["Obama", "Ana Kovac", "Ivo Kovac", "Lena Vogt",
                                              "Vogt"], key="k", n=4)
    assert "Obama" not in got
    assert {"Ana Kovac", "Ivo Kovac"} <= set(got)  # two people with one surname
    assert len({"Lena Vogt", "Vogt"} & set(got)) == 1  # one person, not twice


def test_same_person():
    from factdeck.generate.leaks import same_person

    assert same_person("Obama", "Barack Obama")
    assert same_person("Jean-Yves Le Drian", "Le Drian")
    assert not same_person("Ana Kovac", "Ivo Kovac")
