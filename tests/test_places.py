"""The gazetteer (diplocal.places) through its public functions, and the integrity of its
three data files: countries, organisations and venues in the six languages."""

from __future__ import annotations

import json
import re
import zoneinfo
from importlib.resources import files
from typing import Any

import pytest
from babel import Locale

from diplocal.places import (
    LANGUAGES,
    ONLINE,
    Venue,
    all_cities,
    all_organisations,
    all_venues,
    bodies_of,
    city,
    country,
    country_adjectives,
    country_code,
    country_name,
    country_names,
    lineage,
    organisation,
    organisation_id,
    organisation_names,
    place,
    related,
    same_place,
    venue,
    venue_names,
    zone_of,
)

SERIES_KINDS = {"summit", "ministerial", "meeting", "talks", "conference", "council", "session"}
KINDS = {"organisation", "body", "format", "series"}


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        files("diplocal.places").joinpath(f"data/{name}.json").read_text(encoding="utf-8")
    )
    return data


# -- countries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("RU", "RU"),  # a code
        ("ru", "RU"),  # a code in any case
        ("Russia", "RU"),  # CLDR, English
        ("russia", "RU"),  # any case
        ("  Russia ", "RU"),  # spaces around
        ("United  States", "US"),  # spaces inside
        ("Россия", "RU"),  # CLDR, Russian
        ("Russie", "RU"),  # CLDR, French
        ("Russland", "RU"),  # CLDR, German
        ("Rusia", "RU"),  # CLDR, Spanish
        ("روسيا", "RU"),  # CLDR, Arabic
        ("U.S.", "US"),  # alias, English
        ("America", "US"),  # alias, English
        ("Britain", "GB"),  # display name
        ("Holland", "NL"),  # alias, English
        ("Turkiye", "TR"),  # alias, English without the diaeresis
        ("Türkiye", "TR"),  # CLDR, English
        ("DPRK", "KP"),  # alias, English
        ("DRC", "CD"),  # alias, English
        ("Swaziland", "SZ"),  # the old name
        ("США", "US"),  # alias, Russian
        ("РФ", "RU"),  # alias, Russian
        ("ФРГ", "DE"),  # alias, Russian
        ("КНР", "CN"),  # alias, Russian
        ("ЮАР", "ZA"),  # alias, Russian
        ("Белоруссия", "BY"),  # alias, Russian (CLDR says Беларусь)
        ("Кот-д'Ивуар", "CI"),  # a straight apostrophe, as the text cleaner writes it
        ("Etats-Unis", "US"),  # alias, French without the accent
        ("RDC", "CD"),  # alias, French
        ("Birmanie", "MM"),  # alias, French (CLDR gives it only in brackets)
        ("Côte d'Ivoire", "CI"),  # a straight apostrophe, French
        ("USA", "US"),  # alias, German and English
        ("BRD", "DE"),  # alias, German
        ("Weißrussland", "BY"),  # alias, German
        ("EE.UU.", "US"),  # alias, Spanish
        ("EEUU", "US"),  # alias, Spanish
        ("Costa de Marfil", "CI"),  # alias, Spanish
        ("الولايات المتحدة الأمريكية", "US"),  # alias, Arabic
        ("السعودية", "SA"),  # alias, Arabic
        ("الإمارات", "AE"),  # alias, Arabic
        ("بريطانيا", "GB"),  # alias, Arabic
    ],
)
def test_country_code(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    "name",
    [
        "",  # nothing
        "Atlantis",  # no such country
        "Latin America",  # a region
        "Америка",  # Russian: Латинская Америка would be the US too
        "أمريكا",  # Arabic: أمريكا اللاتينية would be the US too
        "عمان",  # Arabic: Oman and Amman are written alike
    ],
)
def test_not_a_country(name: str) -> None:
    assert country_code(name) is None


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("US", "en", "United States"),  # the display name
        ("GB", "en", "Britain"),  # the display name
        ("MM", "en", "Myanmar"),  # CLDR without its bracket
        ("DE", "ru", "Германия"),  # CLDR, Russian
        ("DE", "fr", "Allemagne"),  # CLDR, French
        ("DE", "de", "Deutschland"),  # CLDR, German
        ("DE", "es", "Alemania"),  # CLDR, Spanish
        ("DE", "ar", "ألمانيا"),  # CLDR, Arabic
        ("MM", "fr", "Myanmar"),  # CLDR without its bracket
        ("de", "en", "Germany"),  # a code in lower case
        ("XX", "en", "XX"),  # unknown: the code itself
    ],
)
def test_country_name(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("SU", "en", "Soviet Union"),
        ("SU", "ru", "СССР"),
        ("SU", "fr", "URSS"),
        ("DD", "de", "DDR"),
        ("DD", "es", "RDA"),
        ("YU", "ar", "يوغوسلافيا"),
        ("ZR", "fr", "Zaïre"),
        ("CS", "de", "Tschechoslowakei"),
    ],
)
def test_historic_country(code: str, language: str, name: str) -> None:
    assert country(code) is not None
    assert country_name(code, language) == name
    assert country_code(name) in (code, "CZ")  # Czechoslovakia is read as the Czech Republic


@pytest.mark.parametrize(
    ("language", "word", "code"),
    [
        ("en", "Russian", "RU"),  # kept from the first list
        ("en", "Emirati", "AE"),
        ("en", "Burkinabe", "BF"),  # added
        ("en", "Sino", "CN"),  # heads "Sino-U.S.", "Sino-Soviet"
        ("ru", "российский", "RU"),  # masculine nominative: the extractor lemmatises
        ("ru", "американский", "US"),
        ("ru", "южноафриканский", "ZA"),
        ("ru", "российско", "RU"),  # heads "российско-американские"
        ("ru", "американец", "US"),  # a demonym
        ("fr", "russe", "RU"),
        ("fr", "américaine", "US"),  # feminine
        ("fr", "chinois", "CN"),
        ("fr", "française", "FR"),
        ("fr", "grecque", "GR"),  # an irregular feminine
        ("fr", "nigérien", "NE"),  # Niger, not Nigeria
        ("fr", "nigérian", "NG"),
        ("fr", "sino", "CN"),  # heads "sino-américain"
        ("de", "russisch", "RU"),
        ("de", "amerikanisch", "US"),
        ("de", "deutsch", "DE"),
        ("de", "Amerikaner", "US"),
        ("es", "ruso", "RU"),
        ("es", "estadounidense", "US"),
        ("es", "chinas", "CN"),  # feminine plural
        ("es", "alemanes", "DE"),  # plural of a word in -án
        ("es", "israelíes", "IL"),
        ("es", "galo", "FR"),  # the press's word for French
        ("ar", "الروسي", "RU"),  # with the article
        ("ar", "روسية", "RU"),  # feminine, without the article
        ("ar", "الأمريكية", "US"),
        ("ar", "الأميركي", "US"),  # the other spelling
        ("ar", "الكوري الجنوبي", "KR"),  # two words
        ("ar", "السعودية", "SA"),  # also the country's short name
        ("ar", "الإسرائيليين", "IL"),  # a plural
    ],
)
def test_adjective(language: str, word: str, code: str) -> None:
    assert country_adjectives(language)[word] == code


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("es", "gala"),  # a word of its own, not "French"
        ("ar", "المالي"),  # "financial", not Malian
        ("es", "sino"),  # "but", not Chinese
        ("fr", "franco"),  # the dictator as much as France
        ("en", "Indo"),  # Indo-Pacific is no country
    ],
)
def test_no_ambiguous_adjective(language: str, word: str) -> None:
    assert word not in country_adjectives(language)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_adjectives_cover_the_countries_of_diplomatic_news(language: str) -> None:
    assert len(set(country_adjectives(language).values())) >= 80


@pytest.mark.parametrize("language", LANGUAGES)
def test_adjectives_agree_with_country_names(language: str) -> None:
    names = country_names(language)
    clashes = {w: (c, names[w]) for w, c in country_adjectives(language).items() if w in names and names[w] != c}
    assert clashes == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_codes_in_the_country_data_are_known(language: str) -> None:
    data = _data("countries")
    codes = {*data["aliases"][language].values(), *data["adjectives"][language].values()}
    assert {c for c in codes if country(c) is None} == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_aliases_are_not_what_the_libraries_give(language: str) -> None:
    # An alias the libraries already give (CLDR, pycountry) is dead weight, except the ones
    # kept from the first English list.
    first = {"Russian Federation", "Czech Republic", "Trinidad and Tobago", "Myanmar", "Turkey", "Palestine", "Vatican"}
    cldr = set(Locale(language).territories.values())
    assert {a for a in _data("countries")["aliases"][language] if a in cldr} - first == set()


# -- places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "level", "city_name", "code"),
    [
        ("Geneva", "city", "Geneva", "CH"),  # English
        ("Женева", "city", "Geneva", "CH"),  # Russian (geonames)
        ("Genf", "city", "Geneva", "CH"),  # German (geonames)
        ("جنيف", "city", "Geneva", "CH"),  # Arabic (geonames)
        ("Pékin", "city", "Beijing", "CN"),  # French (geonames)
        ("Pekín", "city", "Beijing", "CN"),  # Spanish (geonames)
        ("Geneva, Switzerland", "city", "Geneva", "CH"),  # the part before the comma
        ("Luxembourg", "city", "Luxembourg", "LU"),  # the city of the country of that name
        ("Mexico", "country", None, "MX"),  # the country, not a town of that name
        ("Japan", "country", None, "JP"),
        ("Camp David", "venue", None, "US"),  # a venue of its own
        ("Mar-a-Lago", "venue", None, "US"),
        ("Ново-Огарево", "venue", None, "RU"),  # a venue outside Moscow, in Russian
        ("Panmunjom", "venue", None, "KR"),
        ("White House", "city", "Washington", "US"),  # a venue in a city gives the city
        ("Maison Blanche", "city", "Washington", "US"),
        ("Blair House", "city", "Washington", "US"),
        ("Кремль", "city", "Moscow", "RU"),
        ("الكرملين", "city", "Moscow", "RU"),
        ("palais de l'Élysée", "city", "Paris", "FR"),
        ("Prager Burg", "city", "Prague", "CZ"),
        ("قصر بيان", "city", "Kuwait City", "KW"),
        ("palais de Carthage", "city", "Carthage", "TN"),
        ("Бочаров ручей", "city", "Sochi", "RU"),
        ("Константиновский дворец", "city", "Saint Petersburg", "RU"),
        ("Palacio de La Moneda", "city", "Santiago", "CL"),
        ("UN headquarters", "city", "New York City", "US"),
        ("siège de l'Otan", "city", "Brussels", "BE"),
        ("Bali", "venue", None, "ID"),  # the island, not the town of that name in Cameroon
        ("Sharm", "city", "Sharm el-Sheikh", "EG"),  # a name geonames lacks, of a city it has
        ("AlUla", "city", "Al-`Ula", "SA"),
        ("Vienne", "city", "Vienna", "AT"),  # French for Vienna, not the town on the Rhône
        ("Trípoli", "city", "Tripoli", "LY"),  # Spanish for Libya's capital, not the Greek town
        ("Le Bourget", "venue", None, "FR"),  # the conference site north of Paris
        ("Whistler", "venue", None, "CA"),
        ("La Malbaie", "venue", None, "CA"),  # a town of its own, no longer a name of Charlevoix
        ("Лос-Кабос", "venue", None, "MX"),
        ("Djerba", "venue", None, "TN"),  # the island, not its main town Houmt Souk
        ("Juste Lipse", "city", "Brussels", "BE"),
        ("Palacio San Martín", "city", "Buenos Aires", "AR"),
        ("Résidence des Pins", "city", "Beirut", "LB"),
        ("St. Petersburg", "city", "Saint Petersburg", "RU"),  # "St." is Saint: not Florida's
        ("St Petersburg", "city", "Saint Petersburg", "RU"),
        ("St. Louis", "city", "St. Louis", "US"),  # the larger of two that bear the name
    ],
)
def test_place(name: str, level: str, city_name: str | None, code: str) -> None:
    found = place(name)
    assert found is not None
    assert (found.level, found.city, found.country) == (level, city_name, code)


@pytest.mark.parametrize("name", ["", "   ", None, "Narnia", "nowhere-land"])
def test_no_place(name: str | None) -> None:
    assert place(name) is None


@pytest.mark.parametrize("name", ["virtual", "online", "Online (videoconference)"])
def test_online(name: str) -> None:
    found = place(name)
    assert found is not None
    assert (found.name, found.level) == (ONLINE, "online")


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Geneva", "Europe/Zurich"),
        ("Kananaskis", "America/Edmonton"),  # a venue of its own
        ("Japan", "Asia/Tokyo"),  # a country of one zone
        ("United States", None),  # a country of many
        ("Narnia", None),
    ],
)
def test_zone_of(name: str, zone: str | None) -> None:
    assert zone_of(name) == zone


@pytest.mark.parametrize(
    ("first", "second", "score"),
    [
        ("Geneva", "Женева", 1.0),  # one city in two languages
        ("Palais des Nations", "Geneva", 1.0),  # a venue in the city
        ("White House", "Blair House", 1.0),  # two venues of one city
        ("Kremlin", "Russia", 0.5),  # a venue's city in a country
        ("Geneva", "Switzerland", 0.5),  # a city in a country
        ("Novo-Ogaryovo", "Russia", 0.5),  # a venue of its own in a country
        ("Geneva", "Vienna", -1.0),  # two cities
        ("Geneva", "Zurich", -1.0),  # two cities of one country
        ("Novo-Ogaryovo", "Moscow", -1.0),  # a venue outside the city
        ("Geneva", "France", -1.0),  # a city and another country
        ("virtual", "online", 1.0),  # online both
        ("virtual", "Geneva", 0.0),  # online and a place: unknown
        ("Geneva", "Narnia", 0.0),  # one unknown
    ],
)
def test_same_place(first: str, second: str, score: float) -> None:
    assert same_place(place(first), place(second)) == score


# -- organisations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("NATO", "NATO"),  # English acronym
        ("North Atlantic Alliance", "NATO"),
        ("НАТО", "NATO"),  # Russian
        ("Североатлантический альянс", "NATO"),
        ("Otan", "NATO"),  # French
        ("Alliance atlantique", "NATO"),
        ("Nordatlantikpakt", "NATO"),  # German
        ("Alianza Atlántica", "NATO"),  # Spanish
        ("حلف شمال الأطلسي", "NATO"),  # Arabic
        ("الناتو", "NATO"),
        ("nato", "NATO"),  # any case
        ("Совет Россия-НАТО", "NATO-Russia Council"),
        ("Conseil Otan-Ukraine", "NATO-Ukraine Council"),
        ("ООН", "UN"),
        ("Nations unies", "UN"),
        ("Vereinten Nationen", "UN"),  # an inflected form German news writes
        ("Совбез ООН", "UN Security Council"),
        ("Conseil de sécurité", "UN Security Council"),
        ("مجلس الأمن الدولي", "UN Security Council"),
        ("General Assembly", "UN General Assembly"),  # moved from the UN to its body
        ("Генассамблея ООН", "UN General Assembly"),
        ("European Commission", "European Commission"),  # moved from the EU to its body
        ("Еврокомиссия", "European Commission"),
        ("Conseil européen", "European Council"),
        ("Europäische Union", "EU"),
        ("Евросоюз", "EU"),
        ("الاتحاد الأوروبي", "EU"),
        ("Eurogrupo", "Eurogroup"),
        ("Большая семерка", "G-7"),
        ("Большая семёрка", "G-7"),  # with ё
        ("G7", "G-7"),
        ("G8", "G-8"),
        ("مجموعة العشرين", "G-20"),
        ("БРИКС", "BRICS"),
        ("ШОС", "SCO"),
        ("Organisation de coopération de Shanghai", "SCO"),
        ("ОДКБ", "CSTO"),
        ("ЕАЭС", "EAEU"),
        ("СНГ", "CIS"),
        ("GUS", "CIS"),  # German
        ("АСЕАН", "ASEAN"),
        ("ASEAN+3", "ASEAN Plus Three"),
        ("East Asia Summit", "East Asia Summit"),
        ("АТЭС", "APEC"),
        ("Union africaine", "African Union"),
        ("Cédéao", "ECOWAS"),
        ("جامعة الدول العربية", "Arab League"),
        ("مجلس التعاون الخليجي", "GCC"),
        ("منظمة التعاون الإسلامي", "OIC"),
        ("ОПЕК+", "OPEC+"),
        ("OPEC+", "OPEC+"),
        ("Opep", "OPEC"),
        ("أوبك", "OPEC"),
        ("МАГАТЭ", "IAEA"),
        ("Совет управляющих МАГАТЭ", "IAEA Board of Governors"),
        ("OMS", "WHO"),  # French and Spanish
        ("World Health Assembly", "World Health Assembly"),
        ("МВФ", "IMF"),
        ("IWF", "IMF"),  # German
        ("Banque mondiale", "World Bank"),
        ("ОБСЕ", "OSCE"),
        ("OSZE", "OSCE"),
        ("Минская группа", "Minsk Group"),
        ("нормандский формат", "Normandy format"),
        ("format Normandie", "Normandy format"),
        ("Weimarer Dreieck", "Weimar Triangle"),
        ("Diálogo 5+5", "5+5 Dialogue"),
        ("UN-Atombehörde", "IAEA"),  # how news names it, not its own name
        ("U.N. nuclear watchdog", "IAEA"),
        ("СВПД", "JCPOA"),
        ("الحوار 5+5", "5+5 Dialogue"),
        ("евротройка", "E3"),
        ("Quad", "Quad"),
        ("AUKUS", "AUKUS"),
        ("Вишеградская группа", "Visegrad Group"),
        ("Astana process", "Astana format"),
        ("مسار أستانا", "Astana format"),
        ("Ближневосточный квартет", "Middle East Quartet"),
        ("Balkans Contact Group", "Balkans Contact Group"),
        ("Munich Security Conference", "Munich Security Conference"),
        ("Münchner Sicherheitskonferenz", "Munich Security Conference"),
        ("Shangri-La Dialogue", "Shangri-La Dialogue"),
        ("Диалог Шангри-Ла", "Shangri-La Dialogue"),
        ("Raisina Dialogue", "Raisina Dialogue"),
        ("Davos forum", "World Economic Forum"),
        ("Давосский форум", "World Economic Forum"),
        ("ПМЭФ", "St Petersburg International Economic Forum"),
        ("Восточный экономический форум", "Eastern Economic Forum"),
        ("клуб Валдай", "Valdai Discussion Club"),
        ("FOCAC", "FOCAC"),
        ("TICAD", "TICAD"),
        ("منتدى الحزام والطريق", "Belt and Road Forum"),
        ("Gymnich", "Gymnich"),
        ("CHOGM", "CHOGM"),
        ("Francophonie", "Francophonie"),
        ("Organisation internationale de la francophonie", "Francophonie"),
        ("Organization of Turkic States", "Organization of Turkic States"),
        ("Mercosur", "Mercosur"),
        ("Pacto Andino", "Andean Community"),
        ("Caricom", "CARICOM"),
        ("UN Climate Change Conference", "UN Climate Change Conference"),
        ("COP29", "COP29"),  # a numbered session
        ("COP 29", "COP29"),
        ("Cop26", "COP26"),  # as The Guardian writes it
        ("كوب 28", "COP28"),
        ("Uruguay Round", "GATT"),  # kept from the first list, for 1987 newswire
        ("Common Market", "EC"),
        ("Comecon", "Comecon"),
        ("СЭВ", "Comecon"),
        ("Warsaw Pact", "Warsaw Pact"),
        ("International Tin Council", "International Tin Council"),
    ],
)
def test_organisation_id(name: str, org_id: str) -> None:
    assert organisation_id(name) == org_id


@pytest.mark.parametrize(
    "name",
    [
        "Union",  # a word, not an organisation
        "Council",
        "Group",
        "Alliance",
        "Contact Group",  # Namibia's in 1987, the Balkans' later: too ambiguous
        "COP",  # also the Colombian peso, and other conventions' conferences
        "Общий рынок",  # the common market of the EAEU as much as the EC
        "Совет безопасности",  # Russia's own Security Council as much as the UN's
        "",
    ],
)
def test_not_an_organisation(name: str) -> None:
    assert organisation_id(name) is None


@pytest.mark.parametrize(
    ("language", "name", "org_id"),
    [
        ("fr", "NATO", "NATO"),  # English acronyms cross languages
        ("ru", "G20", "G-20"),
        ("ar", "OPEC+", "OPEC+"),
        ("es", "COP30", "COP30"),
        ("de", "WHO", "WHO"),
        ("ru", "НАТО", "NATO"),
        ("en", "Group of Seven", "G-7"),
        ("es", "Unasur", "UNASUR"),  # Spanish writes the acronym as a word
    ],
)
def test_organisation_names(language: str, name: str, org_id: str) -> None:
    assert organisation_names(language)[name] == org_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_who_is_a_capitalised_acronym_only(language: str) -> None:
    names = organisation_names(language)
    assert names["WHO"] == "WHO"
    assert "who" not in names
    assert "Who" not in names


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("fr", "North Atlantic Alliance"),  # English words do not cross languages
        ("ru", "Atlantic Alliance"),
    ],
)
def test_words_do_not_cross_languages(language: str, name: str) -> None:
    assert name not in organisation_names(language)


@pytest.mark.parametrize(
    ("org_id", "chain"),
    [
        ("NATO", ("NATO",)),
        ("NATO-Russia Council", ("NATO-Russia Council", "NATO")),
        ("Foreign Affairs Council", ("Foreign Affairs Council", "Council of the EU", "EU")),
        ("Agriculture and Fisheries Council", ("Agriculture and Fisheries Council", "Council of the EU", "EU")),
        ("IAEA Board of Governors", ("IAEA Board of Governors", "IAEA")),
        ("COP29", ("COP29", "UN Climate Change Conference", "UNFCCC", "UN")),
        ("OPEC+", ("OPEC+", "OPEC")),
        ("nobody", ("nobody",)),  # unknown: itself
    ],
)
def test_lineage(org_id: str, chain: tuple[str, ...]) -> None:
    assert lineage(org_id) == chain


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("NATO", "NATO", True),  # one
        ("NATO", "NATO-Russia Council", True),  # a body of it
        ("NATO-Ukraine Council", "NATO", True),  # either way round
        ("EU", "Foreign Affairs Council", True),  # two levels down
        ("UN", "UN Security Council", True),
        ("NATO-Russia Council", "NATO-Ukraine Council", False),  # two bodies of one organisation
        ("NATO", "EU", False),
        ("G-7", "G-8", False),
        ("COP28", "COP29", False),  # two sessions of one conference
    ],
)
def test_related(first: str, second: str, expected: bool) -> None:
    assert related(first, second) is expected


@pytest.mark.parametrize(
    ("org_id", "bodies"),
    [
        ("NATO", {"North Atlantic Council", "NATO-Russia Council", "NATO-Ukraine Council", "NATO Military Committee"}),
        (
            "EU",
            {"European Council", "Council of the EU", "Foreign Affairs Council", "European Commission", "Eurogroup"},
        ),
        ("UN", {"UN Security Council", "UN General Assembly", "UN Human Rights Council", "UNESCO", "UNCTAD"}),
        ("African Union", {"African Union Commission", "AU Peace and Security Council"}),
        ("UN Climate Change Conference", {f"COP{n}" for n in range(1, 41)}),
    ],
)
def test_bodies_of(org_id: str, bodies: set[str]) -> None:
    found = bodies_of(org_id)
    assert found[0] == org_id or org_id in found
    assert bodies <= set(found)


@pytest.mark.parametrize(
    ("org_id", "members"),
    [
        ("Quad", {"AU", "IN", "JP", "US"}),
        ("AUKUS", {"AU", "GB", "US"}),
        ("E3", {"DE", "FR", "GB"}),
        ("Weimar Triangle", {"DE", "FR", "PL"}),
        ("5+5 Dialogue", {"DZ", "ES", "FR", "IT", "LY", "MA", "MR", "MT", "PT", "TN"}),
        ("Normandy format", {"DE", "FR", "RU", "UA"}),
        ("Astana format", {"IR", "RU", "TR"}),
        ("G-7", {"CA", "DE", "FR", "GB", "IT", "JP", "US"}),
        ("G-8", {"CA", "DE", "FR", "GB", "IT", "JP", "RU", "US"}),
        ("Visegrad Group", {"CZ", "HU", "PL", "SK"}),
        ("GCC", {"AE", "BH", "KW", "OM", "QA", "SA"}),
        ("Benelux", {"BE", "LU", "NL"}),
    ],
)
def test_members(org_id: str, members: set[str]) -> None:
    found = organisation(org_id)
    assert found is not None
    assert set(found.members) == members


@pytest.mark.parametrize("count", [20])
def test_g20_has_nineteen_countries(count: int) -> None:
    found = organisation("G-20")
    assert found is not None
    assert len(found.members) == count - 1  # and the EU, and since 2023 the African Union


@pytest.mark.parametrize(
    ("org_id", "kind", "series"),
    [
        ("BRICS", "summit", "BRICS Summit"),
        ("G-7", "summit", "G7 Summit"),
        ("NATO", "summit", "NATO Summit"),
        ("ASEAN", "summit", "ASEAN Summit"),
        ("OSCE", "ministerial", "OSCE Ministerial Council"),
        ("UN General Assembly", "session", "UN General Assembly session"),
        ("Astana format", "talks", "Astana Talks"),
    ],
)
def test_series(org_id: str, kind: str, series: str) -> None:
    found = organisation(org_id)
    assert found is not None
    assert found.series[kind] == series


@pytest.mark.parametrize(("number", "seat"), [(21, "Paris"), (26, "Glasgow"), (28, "Dubai"), (29, "Baku"), (40, None)])
def test_cop_sessions(number: int, seat: str | None) -> None:
    found = organisation(f"COP{number}")
    assert found is not None
    assert (found.kind, found.parent, found.seat) == ("series", "UN Climate Change Conference", seat)


@pytest.mark.parametrize(
    "org_id",
    ["NATO", "EU", "UN", "G-7", "G-20", "SCO", "ASEAN", "African Union", "Arab League", "OSCE", "IAEA", "OPEC"],
)
def test_major_organisations_have_names_in_every_language(org_id: str) -> None:
    found = organisation(org_id)
    assert found is not None
    assert set(found.names) == set(LANGUAGES)


# -- the data files ----------------------------------------------------------------------------


def test_every_entry_of_the_first_organisation_list_is_kept() -> None:
    first = {
        "NATO", "NATO-Russia Council", "NATO Military Committee", "OPEC", "GATT", "WTO", "EC", "EU", "IMF",
        "World Bank", "OECD", "ICO", "ICCO", "International Sugar Organization", "International Tin Council",
        "International Natural Rubber Organization", "International Wheat Council", "G-5", "G-7", "G-10", "G-20",
        "G-24", "G-77", "UN", "UN Security Council", "UNCTAD", "FAO", "World Food Council", "IAEA", "IEA", "WHO",
        "ILO", "ASEAN", "APEC", "OAU", "African Union", "Arab League", "GCC", "OAS", "Commonwealth", "Paris Club",
        "London Club", "Inter-American Development Bank", "Asian Development Bank", "African Development Bank",
        "EBRD", "BIS", "Comecon", "Warsaw Pact", "Council of Europe", "OSCE", "CSCE", "SCO", "BRICS", "Mercosur",
        "ECOWAS", "SADC", "Non-Aligned Movement", "Cairns Group", "EFTA", "ECGD", "Interpol", "European Parliament",
    }  # fmt: skip
    assert first <= set(all_organisations())


def _organisation_rows() -> list[dict[str, Any]]:
    return list(_data("organisations")["organisations"])


def test_organisation_ids_are_unique() -> None:
    ids = [row["id"] for row in _organisation_rows()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("row", _organisation_rows(), ids=lambda row: row["id"])
def test_organisation_row(row: dict[str, Any]) -> None:
    assert row.get("kind", "organisation") in KINDS
    assert set(row) <= {"id", "kind", "parent", "seat", "members", "series", "names", "chamber"}
    # a parliament ("chamber": its own sittings are no meetings of governments) is a body of one
    assert isinstance(row.get("chamber", False), bool)
    if row.get("chamber"):
        assert row.get("kind") == "body", "a parliament is the body of an organisation"
    assert set(row["names"]) <= set(LANGUAGES)
    assert row["names"].get("en"), "every organisation has English names"
    if row.get("kind") == "body":
        assert row.get("parent"), "a body has a parent"
    if row.get("parent"):
        assert row["parent"] in all_organisations()
    if row.get("seat"):
        seat = city(row["seat"])
        assert seat is not None
        assert seat.name == row["seat"], "the seat is written as geonames names the city"
    assert all(country(code) is not None for code in row.get("members", ()))
    assert set(row.get("series", {})) <= SERIES_KINDS
    for names in row["names"].values():
        assert len(names) == len(set(names))
        assert all(name == " ".join(name.split()) and name for name in names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_name_of_an_organisation_finds_it(language: str) -> None:
    # Two organisations never claim one name: the table would keep only the first.
    table = organisation_names(language)
    lost = {
        name: (org.id, table[name])
        for org in all_organisations().values()
        for name in org.names.get(language, ())
        if table[name] != org.id
    }
    assert lost == {}


def test_each_name_of_an_organisation_finds_it_in_any_case() -> None:
    lost = {
        name: (org.id, organisation_id(name))
        for org in all_organisations().values()
        for names in org.names.values()
        for name in names
        if organisation_id(name) != org.id
    }
    assert lost == {}


# Words of ordinary text that must never stand alone as a name (folded).
COMMON_WORDS = frozenset(
    "who union council group alliance quad community commission assembly forum summit conference league movement "
    "bank fund club pact committee parliament agency organisation organization court board round partnership "
    "platform process format dialogue initiative quartet contact cop common market "
    "союз совет группа альянс форум саммит комиссия содружество лига движение банк фонд клуб квартет "
    "conseil groupe sommet ligue mouvement banque fonds pacte marché "
    "rat gruppe allianz gipfel kommission bund liga bewegung klub "
    "unión consejo grupo alianza foro cumbre comisión movimiento banco fondo pacto mercado "
    "الاتحاد المجلس المجموعة التحالف المنتدى القمة اللجنة الجامعة الحركة البنك الصندوق النادي الحلف مجلس "
    "كوب".split()
)


def _all_data_names() -> list[tuple[str, str, str]]:
    found = [
        (f"organisation {o.id}", lang, n)
        for o in all_organisations().values()
        for lang, ns in o.names.items()
        for n in ns
    ]
    found += [(f"venue {v.name}", lang, n) for v in all_venues() for lang, ns in v.names.items() for n in ns]
    data = _data("countries")
    for table in ("aliases", "adjectives"):
        found += [(table, lang, n) for lang, names in data[table].items() for n in names]
    return found


def _key(language: str, name: str) -> str:
    # As the extractor compares a name: English and acronyms as written, the rest folded.
    if language == "en" or (name.isupper() and len(name) <= 6):
        return name
    return name.casefold()


def test_no_name_is_a_common_word() -> None:
    # "Quad" may stand in English, which keeps case; "quad" may not, nor "Quad" in French.
    found = [(where, n) for where, lang, n in _all_data_names() if _key(lang, n) in COMMON_WORDS]
    assert found == []


def test_english_names_are_capitalised() -> None:
    # English names match case-sensitively: one in lower case would match ordinary words.
    names = [n for o in all_organisations().values() for n in o.names.get("en", ())]
    names += [n for v in all_venues() for n in v.names.get("en", ())]
    names += list(_data("countries")["aliases"]["en"])
    assert [n for n in names if not re.match(r"[A-Z0-9ÉÖÜ]", n)] == []


@pytest.mark.parametrize("venue_row", all_venues(), ids=lambda v: v.name)
def test_venue_row(venue_row: Venue) -> None:
    assert country(venue_row.country) is not None
    assert set(venue_row.names) <= set(LANGUAGES)
    if venue_row.city:
        found = city(venue_row.city)
        assert found is not None
        assert (found.name, found.country) == (venue_row.city, venue_row.country)
        assert venue_row.latitude is None
        assert venue_row.zone is None
    else:
        assert venue_row.latitude is not None
        assert venue_row.longitude is not None
        assert -90 <= venue_row.latitude <= 90
        assert -180 <= venue_row.longitude <= 180
        assert venue_row.zone is not None
        zoneinfo.ZoneInfo(venue_row.zone)


def test_a_venue_name_is_one_venue_or_one_per_city() -> None:
    # One name, one venue; a name venues in several cities bear ("Palace of Independence", in
    # Minsk and in Astana) is told apart by the city (the article's dateline's): none is lost.
    from diplocal.places import venue_in

    for v in all_venues():
        for language, names in v.names.items():
            for name in names:
                if venue(name) is not None and venue(name) == v:
                    continue
                assert v.city is not None, (name, v.name)
                assert venue_in(name, language, v.city) == v, (name, v.name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_venue_names_by_language(language: str) -> None:
    table = venue_names(language)
    assert table["Camp David"].name == "Camp David"  # English names serve every language
    assert all(name in table for v in all_venues() for name in v.names.get(language, ()))


@pytest.mark.parametrize("name", ["countries", "organisations", "venues"])
def test_data_file_is_clean_json(name: str) -> None:
    text = files("diplocal.places").joinpath(f"data/{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["_about"]
    assert "\\u" not in text, "written with ensure_ascii off"


def test_a_citys_districts_are_not_towns_of_their_own() -> None:
    # geonames lists Paris's arrondissements as towns ("Paris 09 Opéra"): "at the Opera House"
    # in Sydney is no Paris district, and "Luxembourg" no Paris one either
    from diplocal.places.cities import city

    assert city("Opera") is None
    assert city("Paris 09 Opéra") is None
    luxembourg = city("Luxembourg")
    assert luxembourg is not None
    assert luxembourg.country == "LU"


@pytest.mark.parametrize(
    ("code", "name"), [("BR", "Brasília"), ("TO", "Nuku‘alofa"), ("VU", "Port-Vila"), ("KZ", "Astana")]
)
def test_a_capital_is_known_however_the_country_table_spells_it(code: str, name: str) -> None:
    """geonames' country table writes "Brasilia", "Nuku'alofa", "Port Vila", "Nur-Sultan" for
    the towns it lists as "Brasília", "Nuku‘alofa", "Port-Vila", "Astana": each is its
    country's one capital (so never taken for a small town)."""
    capitals = [c.name for c in all_cities().values() if c.country == code and c.capital]
    assert capitals == [name]


@pytest.mark.parametrize(
    ("language", "name", "meant"),
    [("fr", "Mexico", "Mexico City"), ("fr", "Vienne", "Vienna"), ("es", "Trípoli", "Tripoli"), ("ar", "سول", "Seoul")],
)
def test_a_languages_own_name_for_a_great_city(language: str, name: str, meant: str) -> None:
    """CLDR's names for the cities time zones are named after, in each language: geonames
    lists "Mexico" and "Vienne" among Mexico City's and Vienna's alternates, but as the own
    names of a Philippine and a French town, which a language-blind table gives first."""
    from diplocal.places import local_city_names

    assert local_city_names(language)[name].name == meant


def test_local_city_names_of_an_unknown_language_are_none() -> None:
    from diplocal.places import local_city_names

    assert local_city_names("xx") == {}


@pytest.mark.parametrize(
    ("written", "english", "country"),
    [
        ("Makkah", "Mecca", "SA"),
        ("مكة المكرمة", "Mecca", "SA"),
        ("Ulan Bator", "Ulaanbaatar", "MN"),
        ("Sevilla", "Seville", "ES"),
        ("Montréal", "Montreal", "CA"),
    ],
)
def test_a_city_is_shown_by_its_usual_english_name_and_found_by_its_own(
    written: str, english: str, country: str
) -> None:
    found = place(written)
    assert found is not None
    assert (found.name, found.country) == (english, country)
    assert place(english) == found
