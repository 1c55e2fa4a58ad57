"""Titles composed from a meeting's canonical parts: what a person would write, one case a
line with its reason (the parts are written for these tests)."""

from __future__ import annotations

import pytest

from diplocal.extract.naming import TitleParts, compose_title


@pytest.mark.parametrize(
    ("parts", "expected", "reason"),
    [
        (TitleParts("summit", organisations=("BRICS",), ordinal="13th"), "13th BRICS Summit", "the series, numbered"),
        (
            TitleParts("meeting", organisations=("G7",), roles=("foreign ministers",)),
            "G7 foreign ministers' meeting",
            "an organisation and who of it meets",
        ),
        (
            TitleParts("ministerial", organisations=("EU",), roles=("foreign ministers",)),
            "EU foreign ministers' meeting",
            "ministers meet at a meeting, not at a 'ministerial meeting'",
        ),
        (
            TitleParts(
                "conference", head="forum", organisations=("ASEAN Regional Forum",), roles=("foreign ministers",)
            ),
            "ASEAN Regional Forum foreign ministers' meeting",
            "the head noun is not the organisation's own last word again",
        ),
        (
            TitleParts("meeting", organisations=("NATO",), roles=("the defence ministers",)),
            "NATO defence ministers' meeting",
            "a role's article is left out",
        ),
        (TitleParts("summit", people=("Xi Jinping", "Joe Biden")), "Xi-Biden summit", "family name first for Xi"),
        (
            TitleParts("talks", people=("Jean-Yves Le Drian", "Ursula von der Leyen")),
            "Le Drian-von der Leyen talks",
            "a surname keeps the particles it begins with",
        ),
        (
            TitleParts("visit", head="state visit", people=("Moon Jae-in",), place="Tashkent"),
            "Moon's state visit to Tashkent",
            "a Korean given name with its hyphen: the family name first",
        ),
        (
            TitleParts("visit", people=("Putin's",), place="Beijing"),
            "Putin's visit to Beijing",
            "a name read with its possessive gets one, not two",
        ),
        (TitleParts("talks", countries=("RU", "US")), "Russia-US talks", "two countries, short names"),
        (
            TitleParts("visit", head="state visit", people=("Charles III",), place="Berlin"),
            "Charles III's state visit to Berlin",
            "a regnal number is no surname",
        ),
        (
            TitleParts("summit", people=("Ronald Reagan", "Nancy Reagan", "Helmut Kohl")),
            "Reagan-Kohl summit",
            "one surname named once",
        ),
        (
            TitleParts("talks", people=("Kassym-Jomart Tokayev",), countries=("KZ",)),
            "Tokayev's talks",
            "one person and one country: the country is often the person's own, so it is left out",
        ),
        (
            TitleParts("talks", people=("Сергей Лавров", "Мевлют Чавушоглу"), countries=("RU", "TR")),
            "Russia-Turkey talks",
            "names in another script: their countries say more to an English reader",
        ),
        (
            TitleParts("visit", people=("Сергей Лавров",), countries=("RU", "AM"), place="Yerevan"),
            "Lavrov's visit to Yerevan",
            "a name in Cyrillic is written in Latin letters",
        ),
        (
            TitleParts("talks", people=("Дмитрий Медведев",)),
            "Medvedev's talks",
            "one name in Cyrillic, no country: the name, romanised",
        ),
        (
            TitleParts("meeting", organisations=("Mercosur",), roles=("mercosur presidents",)),
            "Mercosur presidents' meeting",
            "a role that opens with its organisation's name names it once",
        ),
    ],
)
def test_titles(parts: TitleParts, expected: str, reason: str) -> None:
    assert compose_title(parts) == expected, reason


def test_a_franco_german_summit_names_both_countries_and_general_franco_none() -> None:
    from datetime import UTC, datetime

    from diplocal.extract import meetings_from_article
    from diplocal.model import Article

    text = "The Franco-German summit will be held in Toulouse on October 16. General Franco's era is long gone."
    article = Article(id="t", title="", text=text, published=datetime(2024, 10, 1, 9, tzinfo=UTC), language="en")
    (meeting,) = meetings_from_article(article)
    assert meeting.countries == ("FR", "DE"), meeting.countries
    assert meeting.title == "France-Germany summit"


@pytest.mark.parametrize(
    ("name", "called"),
    [
        ("Kim Jong Un", "Kim"),
        ("Lee Hsien Loong", "Lee"),
        ("Xi Jinping", "Xi"),
        ("Moon Jae-in", "Moon"),
        ("Yoon Suk Yeol", "Yoon"),  # a Korean name's syllables written apart
        ("Han Duck Soo", "Han"),
        ("Ram Nath Kovind", "Kovind"),
        ("Jose Maria Aznar", "Aznar"),
        ("Joe Biden", "Biden"),
        ("Wang Yi", "Wang"),  # a Chinese family name of more than two letters
        ("Qin Gang", "Qin"),
        ("Zhang Gaoli", "Zhang"),
        ("Tony Blair", "Blair"),
        ("Ding Liren", "Ding"),
    ],
)
def test_the_name_a_title_uses(name: str, called: str) -> None:
    from diplocal.extract.naming import surname

    assert surname(name) == called
