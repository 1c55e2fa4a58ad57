"""The English pack's taggers on sentences written for these tests, one case a line with its reason."""

from __future__ import annotations

import pytest

from diplocal.extract.lang import pack_for
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.names import find_countries, find_organisations, find_people, find_places, find_roles
from diplocal.extract.tag.words import find_cues

EN = pack_for("en")


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Secretary of State Antony J. Blinken will fly in.",
            ["Antony J. Blinken"],
            "a middle initial stays in the name",
        ),
        ("It follows President Ruto's state visit.", ["Ruto"], "a possessive is not part of the name"),
        ("Foreign Minister Sergey Lavrov met them.", ["Sergey Lavrov"], "a title, then the name"),
        ("President Moon Jae-in will travel.", ["Moon Jae-in"], "a hyphenated given name kept whole"),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani will fly to Madrid.",
            ["Emir Sheikh Tamim bin Hamad Al Thani"],
            "a long Arabic name with its particles, whole",
        ),
        (
            "He will see his French counterpart Jean-Yves Le Drian, a source said.",
            ["Jean-Yves Le Drian"],
            "a given name of two capitalised parts and a particle before the surname",
        ),
        (
            "Kassym-Jomart Tokayev will also hold talks with Japarov.",
            ["Kassym-Jomart Tokayev"],
            "a hyphenated given name of two capitalised parts, named without a title",
        ),
    ],
)
def test_people(text: str, expected: list[str], reason: str) -> None:
    assert [m.value for m in find_people(text, EN)] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "ministers gather in the resort town of Karuizawa in Japan",
            ["Karuizawa", "Japan"],
            "a resort town of a place",
        ),
        ("talks in the Black Sea resort of Sochi", ["Sochi"], "a sea's resort"),
        ("talks in the north-eastern Nigerian city of Maiduguri", ["Maiduguri"], "a city told by its region"),
        ("a summit in the southern port of Aqaba", ["Aqaba"], "a port told by its region"),
        ("a state visit to the Arab Republic of Egypt next week", ["Arab Republic of Egypt"], "a country's long name"),
    ],
)
def test_places(text: str, expected: list[str], reason: str) -> None:
    assert [m.value for m in find_places(text, EN)] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("On Friday, Nov. 11, he flies out.", ["On Friday, Nov. 11"], "a weekday and date opening a sentence are one"),
        ("on Saturday, Nov. 12, he flies out.", ["on Saturday, Nov. 12"], "the same in lower case"),
        ("She tours Chile from Sept. 4 to 7.", ["Sept. 4 to 7"], "an abbreviated month's full stop before a range"),
    ],
)
def test_dates(text: str, expected: list[str], reason: str) -> None:
    assert [m.text for m in find_dates(text, EN)] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("The president will travel to Cairo.", ["will travel to"], "an office is a subject that travels"),
        ("The listing will travel to Cairo.", [], "a thing that travels is no visit"),
        ("They will hold a working dinner.", ["working dinner"], "a working dinner of leaders"),
        ("The European Council on 26-27 March will go ahead.", ["European Council"], "a council named for its meeting"),
        ("European Council President Charles Michel said so.", [], "the council's president is no meeting"),
    ],
)
def test_meeting_words(text: str, expected: list[str], reason: str) -> None:
    assert [c.word for c in find_cues(text, EN)] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("with the accession expected to be completed soon", "unknown", "a passive infinitive is no past"),
        ("the talks were held in Geneva", "past", "a past passive"),
        ("the summit will be held in Rome", "future", "a future passive"),
        ("a working dinner hosted by the president", "unknown", "a participle before 'by' is no past"),
    ],
)
def test_tense(text: str, expected: str, reason: str) -> None:
    from diplocal.extract.tag.words import tense_of

    assert tense_of(text, EN).value == expected, reason


def test_a_debate_of_the_general_assembly_is_a_meeting() -> None:
    assert [c.word for c in find_cues("whose general debate opens on 23 September", EN)] == ["general debate"]
    assert find_cues("a lively debate on tariffs", EN) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EC ministers will meet in Brussels on April 27 to discuss farm prices.", "en"),
        ("U.K. MONEY MARKET DEFICIT FORECAST AT 250 MLN STG", "en"),
        ("Les ministres se réuniront lundi à Genève pour discuter du budget.", "fr"),
        ("I ministri si incontreranno lunedì a Ginevra per discutere il bilancio.", "it"),
    ],
)
def test_a_short_text_is_told_among_the_languages_of_the_news(text: str, expected: str) -> None:
    from diplocal.extract.language import detect_language

    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        ("TEHRAN, Dec. 2 (ANA) - Iran and the parties will meet.", "Tehran", 2),
        ("LONDON, March 30 - Ministers will meet.", "London", 30),
        ("PARIS, Sept. 12 (AFP) - Ministers will meet.", "Paris", 12),
    ],
)
def test_datelines(text: str, city: str, day: int) -> None:
    from diplocal.extract.document import parse_dateline

    dateline = parse_dateline(text, EN)
    assert (dateline.city, dateline.day) == (city, day)


@pytest.mark.parametrize(
    ("text", "organisations", "countries"),
    [
        ("The ministers will meet the European Union.", ["EU"], []),
        ("He will meet envoys of the EU.", ["EU"], []),
        ("He flies on to the United States.", [], ["US"]),
        ("Talks with the U.S. and Russia.", [], ["US", "RU"]),
        ("Ministers of the NATO Military Committee.", ["NATO Military Committee"], []),
    ],
)
def test_a_name_that_ends_a_sentence(text: str, organisations: list[str], countries: list[str]) -> None:
    pack = pack_for("en")
    assert [m.value for m in find_organisations(text, pack)] == organisations
    assert [m.value for m in find_countries(text, pack)] == countries


def test_former_before_a_country_that_no_longer_exists_names_its_successors_not_it() -> None:
    text = "Ministers will meet leaders of five former Soviet republics and of the former Yugoslavia."
    assert [m.value for m in find_countries(text, EN)] == []
    assert [m.value for m in find_countries("The Soviet Union will attend.", EN)] == ["SU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The presidents will meet the following day.", ["presidents"]),
        ("Mercosur presidents will meet in Asunción.", ["mercosur presidents"]),
    ],
)
def test_a_determiner_before_a_role_is_not_its_qualifier(text: str, expected: list[str]) -> None:
    """ "The presidents": the word before "presidents" is kept only when it qualifies them."""
    assert [m.value for m in find_roles(text, EN)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders of Chile, Peru and Ecuador will gather in Lima.", ["leaders"]),
        ("Leaders of the 27 member states meet on Friday.", ["leaders"]),
        ("Leaders of the Nordic countries will confer on Friday.", ["leaders"]),
        ("The leaders of the seven will meet in Venice.", ["leaders of the seven"]),
    ],
)
def test_leaders_of_named_countries_are_leaders_not_a_fragment(text: str, expected: list[str]) -> None:
    """ "leaders of Chile": the role is the leaders (their countries are tagged apart), not
    "leaders of chile" nor "leaders of the"; a group told by a common word stays whole."""
    assert [m.value for m in find_roles(text, EN)] == expected
