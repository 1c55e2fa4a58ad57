"""The extractor's rules, one sentence a case, each with the reason it holds.

All sentences are written for these tests (none comes from a corpus).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from diplocal.extract import meetings_from_article
from diplocal.model import Article, Change, ChangeAction, Meeting, Status
from diplocal.places import place

WED = date(1987, 4, 1)  # a Wednesday


def found(
    text: str, published: date = WED, dateline: str | None = "GENEVA, April 1 -", title: str = ""
) -> list[Meeting]:
    article = Article(
        id="t",
        title=title,
        text=text,
        published=datetime.combine(published, datetime.min.time(), tzinfo=UTC).replace(hour=9),
        dateline=dateline,
    )
    return meetings_from_article(article)


def read_in(language: str, text: str, published: datetime = datetime(1987, 4, 1, 9, tzinfo=UTC)) -> list[Meeting]:
    """The meetings of a text in ``language``, written on Wednesday 1 April 1987 (unless told
    otherwise) with no dateline field."""
    article = Article(id="t", title="", text=text, published=published, language=language)
    return meetings_from_article(article)


def spans(text: str, **kwargs: object) -> list[tuple[str, str, str | None]]:
    return [(m.start_label(), m.end_label(), m.location) for m in found(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # scheduled, with the date phrases of every kind
        (
            "EC foreign ministers will meet in Luxembourg on April 27.",
            [("1987-04-27", "1987-04-27", "Luxembourg")],
            "explicit day",
        ),
        (
            "OPEC oil ministers are due to meet in Vienna from June 25 to 27.",
            [("1987-06-25", "1987-06-27", "Vienna")],
            "range",
        ),
        (
            "The IMF board is scheduled to hold talks with Brazil next Monday.",
            [("1987-04-06", "1987-04-06", None)],
            "next weekday",
        ),
        (
            "French and German ministers will hold talks on Friday in Bonn.",
            [("1987-04-03", "1987-04-03", "Bonn")],
            "weekday ahead",
        ),
        ("NATO defence ministers meet in Brussels tomorrow.", [("1987-04-02", "1987-04-02", "Brussels")], "tomorrow"),
        (
            "GATT negotiators will meet here next week.",
            [("1987-04-06", "1987-04-12", "Geneva")],
            "'here' is the dateline",
        ),
        (
            "The summit of Arab leaders is due to open in Amman in November.",
            [("1987-11", "1987-11", "Amman")],
            "a month",
        ),
        (
            "OECD ministers begin a two-day meeting in Paris on May 11.",
            [("1987-05-11", "1987-05-12", "Paris")],
            "duration",
        ),
        (
            "The talks between Japan and the United States open today.",
            [("1987-04-01", "1987-04-01", None)],
            "opening today",
        ),
        (
            "At next week's meeting in Vienna, OPEC will review prices.",
            [("1987-04-06", "1987-04-12", "Vienna")],
            "possessive week",
        ),
        (
            "EC farm ministers will hold a videoconference on April 3.",
            [("1987-04-03", "1987-04-03", "virtual")],
            "virtual",
        ),
        # past, ongoing and not meetings at all
        ("EC foreign ministers met in Luxembourg on Monday.", [], "past tense"),
        ("NATO ministers held talks in Brussels yesterday.", [], "yesterday"),
        ("Japan and the United States ended their talks earlier today.", [], "ended today"),
        ("The dividend is payable April 20 to holders of record April 10.", [], "payment dates"),
        ("Tariffs on Japanese goods take effect on April 17.", [], "an effective date"),
        ("The company's annual meeting of shareholders will be held on May 5.", [], "a company's meeting"),
        ("The Japanese cabinet will meet on Friday to approve the budget.", [], "a domestic cabinet"),
        ("Officials said talks with Moscow would take place soon.", [], "no date"),
        ("Brazil's creditors hope to reach an accord by May 31.", [], "a deadline"),
        ("The exporters must meet the quota targets by June.", [], "'meet a target' is not a meeting"),
        ("The OPEC committee meeting planned for this week has been postponed.", [], "postponed, no new date"),
        ("Reagan will leave for Tokyo on Friday.", [], "travel alone"),
        ("Iran and the Soviet Union agreed to hold talks, but no date has been set.", [], "no date set"),
        ("The payment date is May 7 and listing will be in Luxembourg.", [], "a bond's dates"),
        ("A Chinese delegation will visit the company's headquarters in Chicago next month.", [], "a company visit"),
        ("During a previous round of talks in early March, the U.S. presented its draft.", [], "an earlier round"),
        ("Representatives of the commercial banks are meeting here today to consider the plan.", [], "banks alone"),
        ("Economic data could play a larger role in coming sessions, analysts said.", [], "trading sessions"),
        (
            "Traders expect the dollar to firm before the OPEC meeting next week, dealers said.",
            [("1987-04-06", "1987-04-12", None)],
            "reporters are not who meets",
        ),
        (
            "Analysts warned of the reaction to the seven-nation economic summit on June 8 to 10 in Venice.",
            [("1987-06-08", "1987-06-10", "Venice")],
            "a summit",
        ),
        (
            "The ICO council is not due to meet again until September.",
            [("1987-09", "1987-09", None)],
            "next meeting 'until' a month",
        ),
        (
            "Commerce Secretary Malcolm Baldrige will be in Peking from April 21 to 24.",
            [("1987-04-21", "1987-04-24", "Peking")],
            "a visit abroad",
        ),
        (
            "NATO defence ministers will gather at the alliance's headquarters on April 9-10 to discuss the flank.",
            [("1987-04-09", "1987-04-10", "Brussels")],
            "a meeting at an organisation's headquarters is at its seat",
        ),
        (
            "President Tokayev will pay a state visit to the Arab Republic of Egypt on April 20, the Akorda said.",
            [("1987-04-20", "1987-04-20", "Arab Republic of Egypt")],
            "a country's long name after 'the'; who reports it (a palace) is not where it is",
        ),
        (
            "The prime minister will host a working dinner with President Lula in Madrid on April 5.",
            [("1987-04-05", "1987-04-05", "Madrid")],
            "a working dinner of leaders is a meeting",
        ),
        (
            "On Friday, April 3, the president will travel to Bonn for talks with the chancellor.",
            [("1987-04-03", "1987-04-03", "Bonn")],
            "a sentence may open with its weekday and date; an office is a subject that travels",
        ),
        (
            "Both trips prepare the G7 summit, to be held at Borgo Egnazia, a resort in southern Italy, from June 13 to 15.",
            [("1987-06-13", "1987-06-15", "Borgo Egnazia")],
            "'to be held at X, a resort in Y,' sets off its commas: the date that follows is the summit's",
        ),
        (
            "The United Nations Security Council will meet on Tuesday to hear a briefing on the situation.",
            [("1987-04-07", "1987-04-07", "New York City")],
            "a body meets at its seat when the text names no place (not the dateline's city)",
        ),
        (
            "The next round of talks on Syria, first planned for April 4-5, will now take place in the Kazakh capital "
            "on April 10-11.",
            [("1987-04-10", "1987-04-11", "Astana")],
            "a new date after 'will now take place in <place>' is the meeting's; the first plan is no meeting",
        ),
        (
            "A meeting of the CIS heads of government, earlier planned for late March in Minsk, was held by video "
            "link on Friday.",
            [],
            "the words of a plan given up tell no tense: 'was held' on Friday is gone",
        ),
        (
            "Gulf leaders will gather in Kuwait City on April 20 for the bloc's summit, the secretary-general said "
            "in a statement released here on Saturday.",
            [("1987-04-20", "1987-04-20", "Kuwait City")],
            "the day a statement was released is no summit's",
        ),
        (
            "A session of the NATO defence ministers, which was due to take place in Mons on April 10, has been "
            "moved to April 14, officials said.\n\nEU farm ministers will gather at the same venue on April 16.",
            [("1987-04-14", "1987-04-14", "Mons"), ("1987-04-16", "1987-04-16", "Mons")],
            "'at the same venue' is where the meeting told before is",
        ),
        (
            "The foreign minister is expected to hold political consultations in Rome with his Italian counterpart "
            "and deputy prime minister, Antonio Tajani, on April 20.",
            [("1987-04-20", "1987-04-20", "Rome")],
            "a name set off in commas just before the date is an aside, not a break",
        ),
        (
            "Acme Tractor Co Inc said it accepted an invitation from the Ministry of Trade and Industrial "
            "Machinery to visit China next week to explore sales of farm equipment.",
            [],
            "a company's trip, told with the company as the subject, is no diplomatic visit",
        ),
    ],
)
def test_sentence_rules(text: str, expected: list[tuple[str, str, str | None]], reason: str) -> None:
    scheduled = [
        s for s, m in zip(spans(text), found(text), strict=True) if m.status not in (Status.CANCELLED, Status.POSTPONED)
    ]
    assert scheduled == expected, reason


def test_one_meeting_mentioned_three_times_is_one_meeting() -> None:
    text = (
        "EC agriculture ministers will meet in Brussels on April 27 to discuss farm prices. "
        "The April 27 meeting is expected to be difficult, diplomats said. "
        "At the meeting on April 27, the ministers will also review milk quotas."
    )
    [meeting] = found(text)
    assert (meeting.start, meeting.location) == (date(1987, 4, 27), "Brussels")
    assert "EC" in meeting.organisations


def test_a_day_inside_an_earlier_week_mention_is_the_same_meeting() -> None:
    text = "U.S. and Japanese officials will hold talks next week. The talks are set for April 7 and 8."
    [meeting] = found(text)
    assert (meeting.start, meeting.end) == (date(1987, 4, 7), date(1987, 4, 8))


def test_postponed_to_a_new_date_is_a_reschedule_from_the_old_one() -> None:
    [meeting] = found("The meeting of OPEC ministers planned for April 8 has been postponed until April 20.")
    assert meeting.start == date(1987, 4, 20)
    assert meeting.change is not None
    assert meeting.change.action is ChangeAction.RESCHEDULE
    assert meeting.change.previous_start == date(1987, 4, 8)


def test_called_off_is_a_cancellation_at_the_old_date() -> None:
    [meeting] = found("NATO has called off the April 12 meeting of its foreign ministers in Brussels.")
    assert (meeting.start, meeting.status) == (date(1987, 4, 12), Status.CANCELLED)
    assert meeting.change is not None
    assert meeting.change.action is ChangeAction.CANCEL


def test_a_stated_time_is_kept_in_the_venue_zone() -> None:
    [meeting] = found(
        "ICO coffee producers will meet at 1500 GMT in London to discuss quotas.", dateline="LONDON, April 1 -"
    )
    assert meeting.start == date(1987, 4, 1)
    assert meeting.starts_at() == datetime(1987, 4, 1, 15, 0, tzinfo=UTC)


def test_a_time_in_gmt_told_after_the_meeting_is_the_venues_wall_clock() -> None:
    # A wire's follow-up sentence: "at 1300 GMT," with a comma straight after the zone.
    [meeting] = found(
        "Arab foreign ministers will meet in Cairo on Sunday. "
        "Their session will open at 1300 GMT, preceded by a meeting of a committee on the crisis.",
    )
    assert (meeting.start, meeting.start_time, meeting.timezone) == (date(1987, 4, 5), time(15, 0), "Africa/Cairo")


@pytest.mark.parametrize(
    "text",
    [
        "The sherpas of the G7 are expected in Rome on Monday to prepare the summit.",
        "Guterres heads to Brussels on Monday ahead of an EU summit.",
        "Officials fly to Oslo this week in preparation for the talks.",
    ],
)
def test_a_meeting_others_prepare_for_is_not_dated_by_their_day(text: str) -> None:
    assert found(text) == []


def test_the_trip_that_prepares_a_meeting_is_a_visit_of_its_own() -> None:
    # The envoy named in apposition ("the envoy, Miroslav Lajcak, will travel to") is the
    # trip's subject; the meeting he prepares keeps its own date.
    meetings = found(
        "Serbian and Kosovo leaders will meet in Ohrid on Saturday, April 4. "
        "The EU envoy, Miroslav Lajcak, will travel to Pristina on Thursday to prepare the meeting."
    )
    assert [(m.start_label(), m.location) for m in meetings] == [("1987-04-02", "Pristina"), ("1987-04-04", "Ohrid")]


def test_a_session_of_the_summit_told_before_is_that_summit() -> None:
    # "the summit" refers back: the president who takes the chair there attends it; its
    # time and the two days the first sentence gives make one meeting.
    [meeting] = found(
        "Brazil will host a two-day summit of Mercosur starting Thursday in Brasilia. "
        "The opening session of the summit will begin at 10:00 on Thursday, where President Lula "
        "will hand over the chair."
    )
    assert (meeting.start, meeting.end, meeting.location) == (date(1987, 4, 2), date(1987, 4, 3), "Brasilia")
    assert (meeting.start_time, meeting.timezone) == (time(10, 0), "America/Sao_Paulo")


def test_a_meeting_named_with_its_own_people_is_not_taken_for_one_told_before() -> None:
    meetings = found(
        "Brazil will host a summit of Mercosur on Thursday in Brasilia. "
        "On Thursday the summit with President Macron of France will open in Paris."
    )
    assert sorted(m.location or "" for m in meetings) == ["Brasilia", "Paris"]


def test_a_time_told_later_goes_to_the_meeting_its_sentence_names() -> None:
    meetings = found(
        "The Nordic summit will take place in Oslo on Thursday, followed by a meeting of Nordic "
        "foreign ministers on Friday. The Nordic summit will begin at 14:00 local time."
    )
    assert [(m.start, m.kind, m.start_time) for m in meetings] == [
        (date(1987, 4, 2), "summit", time(14, 0)),
        (date(1987, 4, 3), "meeting", None),
    ]


def test_gulf_and_arab_summits_are_the_gcc_and_the_arab_league_each_with_its_own_time() -> None:
    meetings = found(
        "The king will chair an emergency Gulf summit at 9:00 p.m. on Thursday in Riyadh, "
        "followed by an emergency Arab summit at 11:00 p.m."
    )
    assert sorted((m.organisations, m.start_time) for m in meetings) == [
        (("Arab League",), time(23, 0)),
        (("GCC",), time(21, 0)),
    ]


@pytest.mark.parametrize(
    ("text", "days", "previous"),
    [
        (
            "NATO has pushed back the summit of its leaders in Oslo by four days, to April 20, the alliance said.",
            (date(1987, 4, 20), date(1987, 4, 20)),
            date(1987, 4, 16),
        ),
        (
            "Talks between Egypt and Sudan will now take place on April 22-23, two days later than planned.",
            (date(1987, 4, 22), date(1987, 4, 23)),
            date(1987, 4, 20),
        ),
        (
            "Egyptian and Sudanese ministers will now meet in Cairo on Thursday, April 9, a day earlier than planned.",
            (date(1987, 4, 9), date(1987, 4, 9)),
            date(1987, 4, 10),
        ),
        (
            "The summit of NATO, which was to take place on April 10 in Oslo, will now be held on April 24.",
            (date(1987, 4, 24), date(1987, 4, 24)),
            date(1987, 4, 10),
        ),
    ],
)
def test_a_meeting_moved_by_a_stated_span_knows_the_day_it_had(
    text: str, days: tuple[date, date], previous: date
) -> None:
    [meeting] = found(text)
    assert (meeting.start, meeting.end) == days  # "by four days" is a shift, not how long it lasts
    assert meeting.change is not None
    assert (meeting.change.action, meeting.change.previous_start) == (ChangeAction.RESCHEDULE, previous)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting of Gulf oil ministers has been put back by a day to Saturday, an OPEC official said.",
        "A session of the Andean foreign ministers was pushed back to Monday after flights were grounded.",
        "Talks between the two defence ministers have been moved to Friday, officials said.",
    ],
)
def test_the_new_day_of_a_move_told_in_the_past_is_ahead(text: str) -> None:
    # the moving is past ("has been put back"); the day it was moved to is not: on Wednesday
    # 1 April, "to Saturday" is 4 April, never 28 March
    [meeting] = found(text)
    assert meeting.start > WED
    assert meeting.change is not None
    assert meeting.change.action is ChangeAction.RESCHEDULE


@pytest.mark.parametrize(
    "text",
    [
        "The annual summit of the Southern African Development Community will be held in Lilongwe, "
        "Republic of Malawi, on Saturday.",
        "The 41st Ordinary Session of the Assembly of Heads of State and Government of the Andean "
        "Community will be held in Quito, Republic of Ecuador, on Saturday.",
    ],
)
def test_a_city_with_its_country_set_off_in_commas_keeps_the_date_with_the_meeting(text: str) -> None:
    # the commas set off where, not a new clause: the date is still the meeting's
    [meeting] = found(text)
    assert (meeting.start, meeting.location) == (date(1987, 4, 4), text.split(" in ")[1].split(",")[0])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The leaders of Chile, Peru and Bolivia will hold a summit in Arica next Monday. "
            "The presidents of Peru and Bolivia arrive on Sunday for bilateral talks with Chile's president.",
        ),
        (
            "de",
            "Die Staatschefs von Chile, Peru und Bolivien kommen nächsten Montag in Arica zu einem Gipfel zusammen. "
            "Bereits am Sonntag sind bilaterale Gespräche der Präsidenten Perus und Boliviens geplant.",
        ),
    ],
)
def test_a_sunday_after_next_monday_is_its_eve(language: str, text: str) -> None:
    # "next Monday" frames the days told after it as that week's; its Sunday is the one that
    # opens it, the eve of the summit (5 April), not the one a week after (12 April)
    days = sorted(m.start for m in read_in(language, text))
    assert days == [date(1987, 4, 5), date(1987, 4, 6)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ghana's national team meets its Nigerian counterparts in Kumasi on Friday in a World Cup qualifier."),
        ("fr", "L'équipe nationale du Sénégal rencontre son homologue malienne vendredi à Dakar, en match amical."),
        (
            "de",
            "Die Nationalmannschaft Österreichs trifft am Freitag in Wien auf die Schweiz, das Länderspiel beginnt um 20.45 Uhr.",
        ),
        ("es", "La selección de Chile se reunirá el viernes en Santiago con su par de Perú en un partido amistoso."),
        ("ru", "Сборная Казахстана встретится с командой Узбекистана в пятницу в Астане в товарищеском матче."),
        ("ar", "يلتقي المنتخب الأردني نظيره العراقي يوم الجمعة في عمان ضمن تصفيات كأس العالم."),
    ],
)
def test_a_match_between_national_teams_is_no_meeting(language: str, text: str) -> None:
    # two countries and a "counterpart" make talks diplomatic; a team's match is not
    assert read_in(language, text) == []


def test_a_meeting_far_from_a_match_stays_a_meeting() -> None:
    [meeting] = found(
        "The foreign ministers of Ghana and Nigeria will hold talks in Accra on Friday on the border dispute, "
        "officials said, a day before the two countries' national teams play a World Cup qualifier in Kumasi."
    )
    assert meeting.start == date(1987, 4, 3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Leaders of forty nations will attend the summit on peace in Sudan, which opens on Friday."),
        ("fr", "Quarante pays participeront au sommet pour la paix au Soudan, qui s'ouvrira vendredi."),
        (
            "de",
            "Die Außenminister von vierzig Staaten nehmen an der Konferenz zum Frieden im Sudan teil, die am Freitag beginnt.",
        ),
        ("es", "Cuarenta países asistirán a la cumbre sobre la paz en Sudán, que comenzará el viernes."),
        (
            "ru",
            "Делегации сорока стран примут участие в конференции по урегулированию в Судане, которая откроется в пятницу.",
        ),
        ("ar", "يشارك وزراء خارجية أربعين دولة في المؤتمر الدولي للسلام في السودان الذي يفتتح يوم الجمعة."),
        ("ar", "يشارك وزراء خارجية أربعين دولة في قمة السلام في السودان التي تنعقد يوم الجمعة."),
    ],
)
def test_the_country_a_peace_meeting_is_for_is_not_its_place(language: str, text: str) -> None:
    # "the summit on peace in Sudan" is about Sudan; nothing says it is held there
    [meeting] = read_in(language, text)
    assert (meeting.start, meeting.location) == (date(1987, 4, 3), None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The donors' conference of the Sahel states opens tomorrow in Niamey and closes the day after tomorrow.",
        ),
        (
            "es",
            "La conferencia de donantes de los países del Sahel comenzará mañana en Niamey y terminará pasado mañana.",
        ),
    ],
)
def test_a_meeting_that_closes_the_day_after_tomorrow_runs_two_days(language: str, text: str) -> None:
    # "the day after tomorrow" counts from the article's day, not from the opening
    [meeting] = read_in(language, text)
    assert (meeting.start, meeting.end) == (date(1987, 4, 2), date(1987, 4, 3))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "On Sunday President Emmanuel Macron will hold separate talks with Chancellor Olaf Scholz "
            "and Prime Minister Mark Rutte at the Elysee Palace.",
        ),
        (
            "en",
            "German Chancellor Olaf Scholz and Dutch Prime Minister Mark Rutte arrive in Paris on Sunday, and "
            "French President Emmanuel Macron will hold bilateral talks with each of them that day.",
        ),
        (
            "de",
            "Am Sonntag wird Präsident Emmanuel Macron jeweils getrennt mit Bundeskanzler Olaf Scholz "
            "und Ministerpräsident Mark Rutte zu Gesprächen zusammenkommen.",
        ),
        (
            "fr",
            "Dimanche, le président Emmanuel Macron aura des entretiens séparés avec le chancelier "
            "Olaf Scholz et le Premier ministre Mark Rutte.",
        ),
    ],
)
def test_a_hosts_separate_talks_with_two_guests_are_two_meetings(language: str, text: str) -> None:
    # one meeting with each guest, the host in both, on the one day
    people = {"Emmanuel Macron", "Mark Rutte", "Olaf Scholz"}
    meetings = [m for m in read_in(language, text) if m.start == date(1987, 4, 5)]
    assert sorted(sorted(people & set(m.participants)) for m in meetings) == [
        ["Emmanuel Macron", "Mark Rutte"],
        ["Emmanuel Macron", "Olaf Scholz"],
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Der Golfgipfel beginnt am Dienstag. Am Vortag, also am Montag, werden die Außenminister der sechs "
            "Mitgliedstaaten des Golf-Kooperationsrats in der katarischen Hauptstadt Doha zusammenkommen.",
        ),
    ],
)
def test_a_day_told_again_in_other_words_is_one_date(language: str, text: str) -> None:
    # "Am Vortag, also am Montag" opens the sentence as one date: the verb at its end is its meeting
    days = sorted(m.start for m in read_in(language, text))
    assert date(1987, 4, 6) in days


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Friday's summit of the Andean Community - Bolivia, Colombia, Ecuador and Peru - "
            "has been called off, the secretariat said.",
        ),
        (
            "de",
            "Der für Freitag geplante Gipfel der Andengemeinschaft - Bolivien, Kolumbien, Ecuador und Peru - "
            "war abgesagt worden, nachdem der Präsident Perus seine Reise verkürzt hatte.",
        ),
    ],
)
def test_an_aside_between_dashes_does_not_part_a_meeting_from_its_status(language: str, text: str) -> None:
    # the members named between two dashes are the clause's own; its status is the summit's
    # (and a German status after its auxiliary, "war abgesagt", is its subject's)
    [meeting] = read_in(language, text)
    assert (meeting.start, meeting.status) == (date(1987, 4, 3), Status.CANCELLED)


def test_a_status_fronted_before_its_subject_is_that_meetings() -> None:
    [meeting] = read_in(
        "de",
        "Abgesagt wurde dagegen ein für Freitag geplanter Besuch von Außenminister Hans-Dietrich Genscher in Kiew.",
    )
    assert meeting.status is Status.CANCELLED


def test_the_countries_of_a_trip_before_the_places_clause_are_not_who_meets() -> None:
    [meeting] = found(
        "From Fiji he will fly on to Samoa and then to New Zealand, where the annual Australia-New Zealand "
        "leaders' meeting will be held in Wellington on April 9.",
        dateline=None,
    )
    assert (meeting.start, meeting.location) == (date(1987, 4, 9), "Wellington")
    assert "Fiji" not in meeting.participants
    assert "Samoa" not in meeting.participants


def test_a_seas_name_is_no_town() -> None:
    # "la mer Rouge" is the Red Sea, not Rouge (Ontario), nearer the summit than Jeddah
    [meeting] = read_in(
        "fr",
        "Les dirigeants arriveront jeudi à Djeddah, sur les bords de la mer Rouge, où les chefs d'État "
        "de la Ligue arabe tiennent vendredi leur sommet annuel.",
    )
    assert meeting.location == "Jeddah"


def test_a_countrys_name_that_is_the_meeting_word_is_no_country() -> None:
    # Spanish names La Réunion "Reunión"; "la Reunión de Alto Nivel" is a meeting
    [meeting] = read_in("es", "La Reunión de Alto Nivel entre España y Marruecos se celebrará el viernes en Rabat.")
    assert "Réunion" not in meeting.participants
    assert meeting.location == "Rabat"


def test_people_named_in_sentences_without_a_meeting_are_known_by_surname_later() -> None:
    # neither of the first two sentences names a meeting; they still say who "Parmelin and Biden" are
    [meeting] = found(
        "Swiss President Guy Parmelin praised the choice of Geneva. US President Joe Biden is in Cornwall "
        "with the other G7 leaders. Parmelin and Biden will hold talks on Tuesday.",
        dateline=None,
    )
    assert (meeting.start, meeting.participants) == (date(1987, 4, 7), ("Guy Parmelin", "Joe Biden"))


def test_a_time_told_at_the_end_is_the_one_summits_it_names_again() -> None:
    text = (
        "Leaders of the East African Community will hold a summit in Arusha on Saturday. "
        "The talks are expected to focus on the conflict in the east of Congo. "
        "Several presidents have confirmed their attendance. "
        "Rwanda has not yet said who will represent it. "
        "The bloc's secretariat has asked for a ceasefire before the meeting. "
        "Diplomats expect a joint communique. "
        "The summit opens at 10 a.m., according to the programme."
    )
    [meeting] = found(text, dateline=None)
    assert (meeting.start, meeting.start_time) == (date(1987, 4, 4), time(10, 0))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The special summit of ASEAN and Australia will take place in Melbourne from April 4 to 6. "
            "After the summit, the Vietnamese Prime Minister will pay an official visit to Australia from April 6 to 8.",
        ),
        (
            "fr",
            "Le sommet spécial de l'ASEAN et de l'Australie se tiendra à Melbourne du 4 au 6 avril. "
            "Après le sommet, le Premier ministre vietnamien effectuera une visite officielle en Australie du 6 au 8 avril.",
        ),
    ],
)
def test_a_visit_told_after_a_summit_is_not_that_summit(language: str, text: str) -> None:
    # their days meet on the 6th; "after the summit" says the visit is another meeting
    meetings = read_in(language, text)
    assert sorted((m.start, m.end) for m in meetings) == [
        (date(1987, 4, 4), date(1987, 4, 6)),
        (date(1987, 4, 6), date(1987, 4, 8)),
    ]


def test_a_head_of_state_welcoming_the_guest_for_talks_is_a_meeting() -> None:
    # "him" is the guest the article is about; a president receiving him for talks is diplomacy
    [meeting] = found(
        "The Indian prime minister lands in Washington on Wednesday evening. "
        "President Joe Biden will welcome him at the White House on Thursday for talks.",
        dateline=None,
    )
    assert (meeting.start, meeting.location) == (date(1987, 4, 2), "Washington")


def test_a_resort_where_meetings_are_held_is_a_place_however_small() -> None:
    # Sharm el-Sheikh is a small town, taken for a venue without its country because summits meet there
    [meeting] = read_in(
        "fr", "Le président sénégalais se rendra lundi à Charm el-Cheikh pour un sommet sur Gaza avec ses homologues."
    )
    assert meeting.location == "Sharm el-Sheikh"


def test_a_participle_set_off_with_its_agent_tells_no_past() -> None:
    [meeting] = found(
        "On Thursday the Security Council holds a high-level debate on climate in New York, "
        "chaired by Ireland's prime minister."
    )
    assert meeting.start == date(1987, 4, 2)


def test_a_status_verb_with_an_object_of_its_own_changes_no_meeting() -> None:
    # "suspended Russia's membership" is no postponement of the session told before it
    [meeting] = found(
        "The UN Human Rights Council opens its 55th session on April 13, its first since "
        "the General Assembly suspended Libya's membership in March."
    )
    assert (meeting.start, meeting.status, meeting.change) == (date(1987, 4, 13), Status.CONFIRMED, None)


def test_an_organisations_meeting_and_its_bodys_on_one_day_are_one() -> None:
    [meeting] = found(
        "EU leaders will confer by videoconference on Thursday. "
        "The European Council's videoconference on Thursday starts at 18:00 CET."
    )
    assert (meeting.start, meeting.start_time) == (date(1987, 4, 2), time(18, 0))


def test_two_bodies_of_one_organisation_on_one_day_stay_two() -> None:
    meetings = found(
        "The NATO-Russia Council will meet in Brussels on April 12. "
        "On April 12 Brussels will also host a meeting of the NATO Military Committee."
    )
    assert sorted(m.organisations[0] for m in meetings) == ["NATO Military Committee", "NATO-Russia Council"]


def test_a_talk_with_the_un_chief_in_the_assembly_week_is_no_session_of_the_assembly() -> None:
    meetings = found(
        "The minister will attend the UN General Assembly session in New York from April 6. "
        "On April 9 he will meet UN Secretary-General Javier Perez de Cuellar."
    )
    assert [m.start for m in meetings] == [date(1987, 4, 6), date(1987, 4, 9)]


def test_a_reason_given_with_because_names_no_one_who_meets() -> None:
    [meeting] = found(
        "South Korean President Moon Jae-in will hold talks with French President Francois Mitterrand in Paris "
        "on Monday, a meeting Seoul sees as crucial because France is a permanent member of the UN Security Council."
    )
    assert meeting.organisations == ()
    assert set(meeting.countries) == {"KR", "FR"}


def test_a_council_of_foreign_ministers_is_a_meeting_with_its_own_day() -> None:
    meetings = found(
        "Senior officials of the OIC will meet in Jeddah on Monday, followed by the Council of Foreign Ministers on Wednesday."
    )
    # the Wednesday after that Monday, though the article is written on a Wednesday
    assert [(m.start, m.end, m.title) for m in meetings] == [
        (date(1987, 4, 6), date(1987, 4, 6), "OIC senior officials' meeting"),
        (date(1987, 4, 8), date(1987, 4, 8), "OIC foreign ministers' meeting"),
    ]


def test_a_sequel_has_the_first_meetings_subject_and_its_own_people_only() -> None:
    meetings = found(
        "President Vladimir Putin will meet President Xi Jinping in Beijing on Monday, "
        "followed by talks with Turkish President Recep Tayyip Erdogan in Ankara on Tuesday."
    )
    assert [(m.start, m.title) for m in meetings] == [
        (date(1987, 4, 6), "Putin-Xi meeting"),
        (date(1987, 4, 7), "Putin-Erdogan talks"),
    ]


def test_a_meeting_on_the_summits_first_day_is_not_the_summit() -> None:
    meetings = found(
        "NATO leaders will gather in Wales next week. The summit is scheduled for April 9-10 near Newport. "
        "President Kravchuk of Ukraine has been invited to a meeting of the NATO-Ukraine Commission on the summit's first day."
    )
    assert sorted((m.start, m.end, m.kind) for m in meetings) == [
        (date(1987, 4, 9), date(1987, 4, 9), "meeting"),
        (date(1987, 4, 9), date(1987, 4, 10), "summit"),
    ]


def test_a_meeting_on_the_summits_day_is_held_at_the_summit_near_its_town() -> None:
    meetings = found(
        "NATO leaders will hold their summit on April 9-10 at the Celtic Manor Resort near Newport. "
        "President Kravchuk of Ukraine has been invited to a meeting of the NATO-Ukraine Commission on the summit's first day."
    )
    assert sorted((m.start, m.kind, m.location) for m in meetings) == [
        (date(1987, 4, 9), "meeting", "Newport"),  # not the commission's seat in Brussels
        (date(1987, 4, 9), "summit", "Newport"),
    ]


def test_every_meeting_carries_evidence_and_a_confidence() -> None:
    [meeting] = found("Finance ministers of the Group of Seven will meet in Washington on April 8.")
    assert meeting.evidence[0].sentence.startswith("Finance ministers of the Group of Seven")
    assert 0.5 <= meeting.confidence <= 1.0
    assert "G-7" in meeting.participants


def test_the_title_names_who_meets() -> None:
    [meeting] = found("Russian-American talks on arms control are expected to begin in Geneva on April 20.")
    assert meeting.title == "Russia-US talks"
    assert meeting.title_original == "Russian-American talks on arms control"
    assert set(meeting.countries) == {"RU", "US"}


def test_a_postponement_told_of_a_trip_that_has_since_taken_place_moves_nothing() -> None:
    text = (
        "The envoy's trip to Moscow, first planned for late May, was postponed twice after he fell ill "
        "and finally took place in March."
    )
    assert [m for m in found(text) if m.status in (Status.CANCELLED, Status.POSTPONED)] == []


def test_a_president_meeting_a_foreign_president_is_diplomatic_without_a_dateline() -> None:
    text = "The president will meet Chinese President Xi Jinping in Bali on April 6."
    assert [(m.start_label(), m.location) for m in found(text, dateline=None)] == [("1987-04-06", "Bali")]


def test_a_company_chief_meeting_a_minister_is_not() -> None:
    text = "The chief executive of the carmaker will meet Economy Minister Hans Weber in Munich on April 6."
    assert found(text, dateline=None) == []


def test_the_day_named_as_the_eve_of_a_summit_puts_the_summit_on_the_day_after() -> None:
    text = (
        "Prime Minister Singh will hold talks with Chinese President Hu in Sanya on April 13, on the eve of the summit."
    )
    assert sorted(m.start_label() for m in found(text)) == ["1987-04-13", "1987-04-14"]


def test_the_results_of_a_summit_are_not_a_summit() -> None:
    assert found("Foreign Minister Lavrov is expected to brief reporters on the results of the summit on Monday.") == []


def test_the_eve_of_a_meeting_dates_what_happens_on_it_not_the_meeting() -> None:
    text = "The summit opens on April 10. On the eve of the summit, the president will hold talks with Spanish King Juan Carlos."
    assert sorted(m.start_label() for m in found(text)) == ["1987-04-09", "1987-04-10"]


def test_the_eve_of_a_meeting_whose_days_a_relative_clause_gives() -> None:
    text = (
        "The foreign ministers of France and Germany will meet in Munich on the eve of the security conference, "
        "which runs from Friday to Sunday."
    )
    days = sorted(m.start_label() for m in found(text))
    assert "1987-04-02" in days, "the eve of Friday, April 3"
    assert "1987-03-31" not in days  # never the eve of the last meeting told, nor of the article's day


def test_a_schedule_dates_its_items_by_their_heading() -> None:
    text = (
        "The following is the schedule of the visit.\n\n"
        "THURSDAY, APRIL 9\n\n"
        "10:00 a.m. - The Chancellor holds talks with French President Francois Mitterrand, Elysee Palace\n\n"
        "FRIDAY, APRIL 10\n\n"
        "9:30 a.m. - The Chancellor participates in a phone call with Italian Prime Minister Giovanni Goria"
    )
    assert [m.start_label() for m in found(text, dateline="PARIS, April 1 -")] == ["1987-04-09", "1987-04-10"]


def test_a_date_line_alone_dates_no_item_without_its_clock() -> None:
    text = "THURSDAY, APRIL 9\n\nThe Chancellor holds talks with French President Francois Mitterrand at the Elysee Palace."
    assert found(text, dateline="PARIS, April 1 -") == []


def test_the_following_day_counts_from_a_meeting_that_stands() -> None:
    text = (
        "Foreign ministers of France and Germany will meet in Minsk on April 14. "
        "A meeting of their advisers, which had been planned for Monday in Berlin, has been cancelled. "
        "The contact group of Russia and Ukraine will hold its session in Minsk the following day."
    )
    assert [(m.start_label(), m.status) for m in found(text, published=date(1987, 4, 3))] == [
        ("1987-04-06", Status.CANCELLED),  # written on a Friday: a plan for the Monday ahead, called off
        ("1987-04-14", Status.CONFIRMED),
        ("1987-04-15", Status.CONFIRMED),
    ]


def test_a_plan_called_off_is_for_the_nearest_such_weekday() -> None:
    text = "The foreign secretary cancelled his trip to Moscow, which had been planned for Monday."
    tuesday = date(1987, 4, 7)
    assert [(m.start_label(), m.status) for m in found(text, published=tuesday)] == [("1987-04-06", Status.CANCELLED)]


def test_a_meeting_followed_by_another_with_its_own_ministers_is_two() -> None:
    text = (
        "The BRICS foreign ministers' meeting will start at 18.00 Beijing time on April 9, and will be followed "
        "by a dialogue with foreign ministers of several developing countries."
    )
    assert [m.start_label() for m in found(text)] == ["1987-04-09", "1987-04-09"]


def test_a_headlines_next_week_frames_no_weekday_of_the_body() -> None:
    text = "The minister will receive his Kenyan counterpart on Thursday at the Farnesina."
    title = "Minister to receive Kenyan counterpart; official visit to Israel next week"
    article = Article(
        id="t",
        title=title,
        text=f"{title}\n\n{text}",
        published=datetime(1987, 4, 1, 9, tzinfo=UTC),
        dateline="ROME, April 1 -",
    )
    starts = [m.start_label() for m in meetings_from_article(article)]
    assert "1987-04-02" in starts
    assert "1987-04-09" not in starts


def test_a_time_told_three_sentences_after_the_meeting_is_its_time() -> None:
    text = (
        "The leaders of Russia and Kazakhstan will meet for an informal summit in Moscow on Friday, April 10. "
        "This was reported on Tuesday by the Kremlin. "
        "The leaders will gather at the Kremlin's Grand Palace. "
        "The informal meeting opens at 11:00 local time, an aide told reporters."
    )
    (summit,) = found(text)
    assert (summit.start_label(), summit.start_time) == ("1987-04-10", time(11, 0))


def test_a_sequel_meeting_is_with_the_people_of_its_own_clause() -> None:
    text = (
        "On Tuesday, President Reagan will meet President Francois Mitterrand of France at noon in London, "
        "followed by talks with NATO's secretary general, Lord Carrington, at 3 p.m."
    )
    from diplocal.extract import explain_article

    article = Article(id="t", title="", text=text, published=datetime(1987, 4, 1, 9, tzinfo=UTC))
    sequel = next(c for c in explain_article(article).candidates if c.kept and c.cue.word == "talks")
    assert sequel.organisations == ["NATO"]
    assert "FR" not in sequel.countries  # "Mitterrand of France" is the first meeting's


def test_one_meeting_named_twice_in_a_sentence_with_its_own_words_for_the_day_is_one() -> None:
    text = "Monday 6 April: EU foreign ministers meet in Brussels today for the Foreign Affairs Council."
    assert [m.start_label() for m in found(text, published=date(1987, 4, 6))] == ["1987-04-06"]


def test_a_trip_that_prepares_a_meeting_is_not_that_meeting() -> None:
    text = (
        "Swiss Foreign Minister Anna Keller will host the presidents of Armenia and Azerbaijan in the lakeside town of Montreux. "
        "The meeting is now scheduled for Friday, April 10, her ministry said. "
        "Her deputy, Marc Rossi, will travel to Belgrade next week to prepare the meeting."
    )
    meetings = found(text, dateline="BERN, April 1 -")
    by_start = {m.start_label(): m for m in meetings}
    assert set(by_start) == {"1987-04-10", "1987-04-06"}, "the deputy's trip and the meeting it prepares are two"
    assert by_start["1987-04-10"].location == "Montreux", "the meeting is where the sentence before put it"
    assert by_start["1987-04-06"].location == "Belgrade"


def test_a_special_envoys_trip_is_no_special_meeting() -> None:
    (meeting,) = found("The UN special envoy for Yemen will visit Riyadh on Monday for talks with Saudi officials.")
    assert "special" not in meeting.title.lower()
    (session,) = found("The UN Security Council will hold a special session on Yemen on Monday.")
    assert "special" in session.title.lower()


def test_a_name_set_off_by_commas_after_an_office_is_a_person() -> None:
    (meeting,) = found("The EU's special envoy, Miroslav Lajcak, will travel to Pristina on Monday for talks.")
    assert "Miroslav Lajcak" in meeting.participants
    (talks,) = found("Russia's foreign minister, Sergei Lavrov, will hold talks in Ankara on Monday.")
    assert talks.title == "Lavrov's talks", "a verb phrase that ends with its noun is named by it"
    assert found("The minister, Paris, said the meeting was on Monday.") == [], "one word set off is no name"


@pytest.mark.parametrize(
    ("text", "dateline", "people"),
    [
        (
            "Xi Jinping and Vladimir Putin will hold talks in Moscow on April 6.",
            "BEIJING, April 1 -",
            {"Xi Jinping", "Vladimir Putin"},
        ),
        (
            "Donald Tusk will travel to Berlin on April 6 for talks with Olaf Scholz.",
            "WARSAW, April 1 -",
            {"Donald Tusk", "Olaf Scholz"},
        ),
        (
            "Narendra Modi will meet Joe Biden at the White House on April 6.",
            "NEW DELHI, April 1 -",
            {"Narendra Modi", "Joe Biden"},
        ),
    ],
)
def test_people_named_without_a_title_where_only_people_stand(text: str, dateline: str, people: set[str]) -> None:
    (meeting,) = found(text, dateline=dateline)
    assert people <= set(meeting.participants), meeting.participants


@pytest.mark.parametrize(
    "text",
    [
        "The White House and New York will host the event on April 6.",
        "Security Council members will meet on April 6.",
        "Foreign Minister Hans Keller will meet Prime Minister Ruth Dreifuss on April 6.",
    ],
)
def test_no_bare_person_in_places_bodies_or_offices(text: str) -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.names import find_people

    assert [p.role for p in find_people(text, pack_for("en"))].count("untitled") == 0


@pytest.mark.parametrize(
    "text",
    [
        "Goldman Sachs and Morgan Stanley will hold talks in London on April 6.",
        "Tim Cook and Satya Nadella will meet in Davos on April 6.",
    ],
)
def test_two_names_without_offices_alone_make_no_diplomatic_meeting(text: str) -> None:
    assert found(text, dateline=None) == [], "names alone could be a company's heads"


def test_a_meeting_the_text_calls_separate_is_not_the_one_told_before() -> None:
    text = (
        "Swiss President Alain Berset and German Chancellor Helmut Kohl will attend the summit in Prague on April 6. "
        "On the same day, the two leaders will hold a separate meeting."
    )
    assert len(found(text, dateline="BERN, April 1 -")) == 2


def test_people_named_in_full_before_are_named_by_surname_later() -> None:
    text = (
        "Xi Jinping arrived in Kazakhstan on his first trip abroad this year and will fly on to Uzbekistan to meet Vladimir Putin. "
        "Putin and Xi will meet on Friday in Samarkand, a Kremlin aide said."
    )
    (meeting,) = found(text, dateline="MOSCOW, April 1 -")
    assert meeting.title == "Xi-Putin meeting"
    assert meeting.location == "Samarkand"


def test_a_past_meetings_place_is_no_place_for_the_next() -> None:
    text = (
        "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday. "
        "The summit of the Shanghai Cooperation Organisation will convene on Friday at the new congress centre."
    )
    (summit,) = found(text, dateline="SAMARKAND, April 1 -")
    assert summit.location != "Astana"


def test_a_dateline_filed_from_two_cities_is_a_dateline_not_a_meeting_date() -> None:
    text = "LONDON/BRUSSELS, April 1 - The prime minister will travel to Brussels on Friday for talks with the Commission president."
    assert [m.start_label() for m in found(text, dateline=None)] == ["1987-04-03"]


def test_since_a_weekday_is_a_past_start_not_a_meeting_day() -> None:
    text = "EU and British negotiators, who have been locked in talks in Brussels since Sunday, will keep working."
    assert found(text) == []


def test_the_length_of_a_meeting_something_precedes_is_not_its_own() -> None:
    text = (
        "British Prime Minister Boris Johnson will travel to Brussels on Friday for dinner with the Commission "
        "president at 7pm, on the eve of a two-day summit of EU leaders in the city starting Saturday."
    )
    by_start = {m.start_label(): m for m in found(text, dateline="LONDON, April 1 -")}
    assert by_start["1987-04-03"].end_label() == "1987-04-03", "the trip is Friday's"
    assert by_start["1987-04-03"].start_time == time(19, 0)
    assert by_start["1987-04-04"].end_label() == "1987-04-05", "the summit has its two days"
    assert by_start["1987-04-04"].start_time is None, "7pm is the dinner's, not the summit's"


def test_what_a_meeting_will_tackle_names_no_one_who_meets() -> None:
    text = (
        "EU leaders will meet in Brussels on Friday. "
        "The summit starts at noon Brussels time on Friday and will also tackle the budget, still blocked by Hungary and Poland."
    )
    (summit,) = found(text)
    assert summit.start_time == time(12, 0)
    assert "Hungary" not in summit.title


def test_a_dateline_ended_by_its_agency_alone_is_a_dateline() -> None:
    text = (
        "NEW DELHI, April 1 (PTI) Prime Minister Rajiv Gandhi will leave on Friday on a tour. "
        "He will hold talks with Prime Minister Bob Hawke in Canberra on April 8."
    )
    meetings = found(text, dateline=None)
    assert [m.start_label() for m in meetings] == ["1987-04-08"], "the dateline's day dates nothing; Canberra is abroad"


def test_in_an_itinerary_each_stop_is_its_dates_place() -> None:
    text = (
        "The prime minister will be in Rangoon on April 12 and 13, in Brisbane on April 15 and 16 "
        "for the Commonwealth summit, in Canberra on April 18 and in Suva on April 19."
    )
    summit = next(m for m in found(text, dateline="NEW DELHI, April 1 -") if m.kind == "summit")
    assert summit.location == "Brisbane"


def test_a_live_blogs_entry_time_is_not_the_meetings() -> None:
    text = "12:30 EDT - Foreign ministers of the Quad will meet on Friday here in New York, a State Department official said."
    (meeting,) = found(text, dateline=None)
    assert meeting.start_time is None


def test_a_schedule_items_time_under_its_days_heading_stays() -> None:
    text = (
        "FRIDAY, APRIL 3\n\n"
        "11:00 a.m. LOCAL - THE PRESIDENT participates in a bilateral meeting with President Mitterrand of France, Elysee Palace"
    )
    (meeting,) = found(text, dateline=None)
    assert meeting.start_time == time(11, 0)


def test_a_countrys_standing_mission_is_no_visit_and_a_council_debate_is_a_meeting() -> None:
    text = "Foreign Minister Eduard Shevardnadze will chair a Security Council debate on Friday at 10 a.m., Moscow's mission confirms."
    (meeting,) = found(text, dateline=None)
    assert meeting.kind == "meeting"
    assert meeting.start_time == time(10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "15:02 BST - Angela Merkel will see European Council President Donald Tusk at 5 pm Berlin time, her spokesman says.",
            [("1987-04-01", time(17, 0))],
        ),
        ("French President Francois Mitterrand will see Helmut Kohl in Bonn on Friday.", [("1987-04-03", None)]),
        ("Analysts will see the figures on Friday.", []),
    ],
)
def test_to_see_a_person_named_in_full_is_to_meet_them(text: str, expected: list[tuple[str, time | None]]) -> None:
    assert [(m.start_label(), m.start_time) for m in found(text, dateline="PARIS, April 1 -")] == expected


def test_he_at_the_head_of_a_sentence_is_whom_the_sentence_before_opened_with() -> None:
    text = (
        "Chinese President Li Xiannian will travel to Moscow next week for a state visit. "
        "He and Soviet leader Mikhail Gorbachev will hold talks there on Tuesday."
    )
    talks = next(m for m in found(text, dateline="PEKING, April 1 -") if m.start_label() == "1987-04-07")
    assert "Li Xiannian" in talks.participants, talks.participants


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The European Parliament will hold a hearing on April 15, and Airbus's own annual meeting is set for April 20.",
            0,
        ),
        ("The IMF's annual meeting will open in Washington on April 20.", 1),
        ("IMF and World Bank governors will gather in Washington for the Fund's annual meeting on April 20.", 1),
    ],
)
def test_an_annual_meeting_owned_by_a_name_that_is_no_body_is_a_companys(text: str, kept: int) -> None:
    assert len(found(text, dateline="LONDON, April 1 -")) == kept


def test_a_visit_someone_returned_from_is_over() -> None:
    text = (
        "President Turgut Ozal, who returned from a one-day visit to Tehran on Wednesday evening, "
        "will travel to Belgrade next week for talks with Yugoslav leaders."
    )
    assert [m.location for m in found(text, dateline="ANKARA, April 1 -")] == ["Belgrade"]


def test_a_place_told_after_by_naming_the_meeting_again_is_its_place() -> None:
    text = (
        "The meeting of Arab League foreign ministers has been moved to Monday, April 6, a League official said. "
        "The venue does not change: the meeting will be held in Tunis."
    )
    (meeting,) = found(text, dateline=None)
    assert meeting.location == "Tunis"


def test_a_time_five_sentences_on_is_the_meetings_that_sentence_names_again() -> None:
    text = (
        "The meeting of Commonwealth finance ministers, first set for April 3, has been moved to April 10. "
        "An official announced the change on Wednesday. "
        "The venue does not change. "
        "Several ministers had asked for the delay. "
        "The opening session of the meeting is scheduled for 15:00 London time."
    )
    (meeting,) = found(text, dateline="LONDON, April 1 -")
    assert meeting.start_time == time(15, 0)


def test_in_a_sequence_each_meeting_takes_the_day_that_follows_it() -> None:
    text = (
        "Soviet and U.S. delegations will meet in Geneva on April 10, followed by a session of the NATO-Russia "
        "Council in Brussels on April 12 and a meeting of the OSCE Permanent Council in Vienna on April 13."
    )
    meetings = found(text, dateline="MOSCOW, April 1 -")
    session = next(m for m in meetings if "session" in m.title)
    assert (session.location, session.start_label()) == ("Brussels", "1987-04-12")
    assert {m.location: m.start_label() for m in meetings} == {
        "Geneva": "1987-04-10",
        "Brussels": "1987-04-12",
        "Vienna": "1987-04-13",
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The four-party talks on the crisis in Lebanon are scheduled for April 17 in Geneva, a diplomat said.",
            "Geneva",
        ),
        ("Talks between Iran and France on the nuclear deal in Vienna are scheduled for April 17.", "Vienna"),
    ],
)
def test_a_country_in_the_topic_is_not_where_talks_are(text: str, place: str) -> None:
    (talks,) = found(text, dateline="PARIS, April 1 -")
    assert talks.location == place


def test_the_two_leaders_are_the_two_people_the_sentence_before_named() -> None:
    text = (
        "A summit between Chancellor Helmut Kohl and Soviet leader Mikhail Gorbachev will be held in Moscow, "
        "a government spokesman said on Wednesday. "
        "The two leaders are scheduled to meet at 10 a.m. local time on Friday, April 10."
    )
    (summit,) = found(text, dateline="BONN, April 1 -")
    assert summit.start_label() == "1987-04-10"
    assert {"Helmut Kohl", "Mikhail Gorbachev"} <= set(summit.participants), summit.participants


def test_a_time_told_again_in_another_zone_lends_neither_its_day_nor_its_place() -> None:
    text = (
        "Japanese Prime Minister Yasuhiro Nakasone and President Reagan will meet at 8 a.m. local time on "
        "Thursday, April 30, which is 9 p.m. on Wednesday in Tokyo."
    )
    meetings = found(text, dateline="WASHINGTON, April 1 -")
    assert [(m.start_label(), m.location) for m in meetings] == [("1987-04-30", None)]


def test_who_holds_unnamed_talks_may_be_said_in_the_sentence_after() -> None:
    text = (
        "The fourth round of tripartite talks on the river's waters will be held in Khartoum on April 20 and 21, "
        "the ministry said on Wednesday. "
        "Negotiators from Egypt, Sudan and Ethiopia resumed talks in February after a long break."
    )
    (talks,) = found(text, dateline=None)
    assert set(talks.countries) == {"EG", "SD", "ET"}, talks.countries
    assert talks.start_label() == "1987-04-20"


def test_two_countries_in_the_sentence_after_that_holds_no_talks_are_not_who_meets() -> None:
    text = (
        "The fourth round of the talks will be held in Khartoum on April 20 and 21, the ministry said on Wednesday. "
        "Exports from Egypt and Sudan rose in February."
    )
    assert found(text, dateline=None) == []


def test_where_someone_goes_to_attend_a_meeting_is_its_place() -> None:
    text = (
        "President Jose Sarney will fly to Montevideo on Sunday night to attend Monday's Latin American summit "
        "and will travel on to Paraguay on Wednesday to meet President Alfredo Stroessner."
    )
    summit = next(m for m in found(text, dateline="BRASILIA, April 1 -") if m.kind == "summit")
    assert (summit.start_label(), summit.location) == ("1987-04-06", "Montevideo")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Agriculture and Fisheries Council. Farm ministers of the member states meet on Monday, April 6, "
            "to discuss milk quotas.",
            "Agriculture and Fisheries Council",
        ),
        (
            "The Ecofin Council will meet in Luxembourg on April 7 to discuss tax rules.",
            "Economic and Financial Affairs Council",
        ),
    ],
)
def test_a_council_of_the_eu_formation_is_whose_meeting_it_is(text: str, body: str) -> None:
    (meeting,) = found(text, dateline="BRUSSELS, April 1 -")
    assert body in meeting.organisations, meeting.organisations


def test_a_ministers_trip_joins_the_ministers_meeting_she_travels_to() -> None:
    text = (
        "Foreign Minister Bill Hayden will travel to Thailand and Japan next week for a string of regional meetings. "
        "Hayden will join ASEAN foreign ministers' meetings in Bangkok next week, including the ASEAN Regional "
        "Forum ministerial session."
    )
    meetings = found(text, dateline="CANBERRA, April 1 -")
    assert [m.location for m in meetings] == ["Bangkok"], [(m.title, m.location) for m in meetings]


def test_commas_before_a_verb_of_holding_set_off_an_aside() -> None:
    text = (
        "The foreign ministry said on Wednesday that a summit, gathering France, West Germany, Italy and "
        "Britain, will be held on April 20 in London."
    )
    assert spans(text, dateline="PARIS, April 1 -") == [("1987-04-20", "1987-04-20", "London")]


def test_talks_on_the_sidelines_of_a_dated_summit_take_its_day() -> None:
    text = (
        "Indian Prime Minister Rajiv Gandhi and Pakistani President Zia ul-Haq will hold talks on the "
        "sidelines of Monday's regional summit in Kathmandu, officials said."
    )
    (talks,) = found(text, dateline="NEW DELHI, April 1 -")
    assert (talks.start_label(), talks.location) == ("1987-04-06", "Kathmandu")
    assert talks.kind != "summit", talks.kind
    assert talks.title.endswith("talks"), talks.title


def test_after_a_stay_of_several_days_what_comes_then_has_no_day_given() -> None:
    text = (
        "Prime Minister Rajiv Gandhi will travel to Moscow on April 8-9 for talks with Mikhail Gorbachev "
        "and will then pay the first visit by an Indian prime minister to Austria in 20 years, officials said."
    )
    meetings = found(text, dateline="NEW DELHI, April 1 -")
    assert [(m.start_label(), m.location) for m in meetings] == [("1987-04-08", "Moscow")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fifth round of the Contadora Group will open in Panama City on Monday, April 6, officials said.", 1),
        ("A new round of EC sanctions on South African imports will take effect on Monday, April 6.", 0),
    ],
)
def test_a_numbered_round_of_a_named_body_is_a_meeting_and_a_round_of_sanctions_is_not(text: str, kept: int) -> None:
    assert len(found(text, dateline="MEXICO CITY, April 1 -")) == kept


def test_a_place_in_the_topic_of_talks_told_before_is_not_a_later_meetings_place() -> None:
    text = (
        "The four-party talks on the conflict in Lebanon, which had been due to resume on April 6, have been "
        "called off, diplomats said. "
        "Elsewhere, the foreign ministers of Syria and Jordan open their session on April 13."
    )
    session = next(m for m in found(text, dateline=None) if m.start_label() == "1987-04-13")
    assert session.location != "Lebanon"


def test_a_gathering_told_again_is_of_the_organisation_told_before() -> None:
    text = (
        "Leaders of the Andean Community will hold a summit in Lima on April 20. "
        "Bolivia's foreign minister will represent the country at the ministerial council in Lima on April 19."
    )
    (council,) = [m for m in found(text, dateline="WASHINGTON, April 1 -") if m.start_label() == "1987-04-19"]
    assert "Andean Community" in council.organisations, council.organisations


def test_a_trip_told_right_before_sets_the_scene() -> None:
    text = (
        "Soviet Foreign Minister Eduard Shevardnadze will travel to Vienna this week. "
        "The CSCE ministerial meeting there is scheduled for Thursday and Friday."
    )
    (meeting,) = [m for m in found(text, dateline="MOSCOW, April 1 -") if m.start_label() == "1987-04-02"]
    assert meeting.location == "Vienna"


def test_a_meeting_that_will_instead_take_place_elsewhere_is_moved_from_its_old_day() -> None:
    text = (
        "A meeting of the French, West German and Italian foreign ministers that was to have been held in "
        "Florence on Tuesday will instead take place in Rome on Thursday, the Italian foreign ministry said."
    )
    (meeting,) = found(text, dateline="ROME, April 1 -")
    assert (meeting.start_label(), meeting.location) == ("1987-04-02", "Rome")
    assert meeting.change is not None
    assert meeting.change.action is ChangeAction.RESCHEDULE
    assert meeting.change.previous_start == date(1987, 4, 7)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The OAU summit opens on Monday, April 6, in the Nelson Mandela plenary hall of the Africa Hall.", None),
        ("The OAU summit opens in Nelson on Monday, April 6.", "Nelson"),
    ],
)
def test_a_venue_named_after_a_person_is_not_the_town_of_their_first_name(text: str, place: str | None) -> None:
    (summit,) = found(text, dateline=None)
    assert summit.location == place


def test_the_day_a_notice_was_circulated_is_not_a_meeting_and_lends_no_day() -> None:
    text = (
        "GATT members gather next Tuesday and Wednesday for a Council meeting in Geneva. "
        "The meeting opens at 10 a.m., according to the convening notice circulated to delegations on Monday."
    )
    (meeting,) = found(text, dateline=None)
    assert (meeting.start_label(), meeting.start_time) == ("1987-04-07", time(10, 0))


def test_the_wto_general_council_is_a_body_of_the_wto_seated_in_geneva() -> None:
    from diplocal.places import organisation

    council = organisation("WTO General Council")
    assert council is not None
    assert (council.parent, council.seat) == ("WTO", "Geneva")


def test_talks_that_will_take_place_a_day_later_are_one_meeting_moved() -> None:
    text = (
        "Joint talks between the Spanish and West German governments that were due to be held in Bonn on Monday "
        "will take place a day later, on Tuesday, the Spanish government said."
    )
    (talks,) = found(text, dateline="MADRID, April 1 -")
    assert talks.start_label() == "1987-04-07"
    assert talks.change is not None
    assert talks.change.previous_start == date(1987, 4, 6)


@pytest.mark.parametrize(
    "text",
    [
        "A Chile-Peru summit due to be held in the northern Chilean city of Arica on Thursday will instead take "
        "place in Santiago on the same day, the foreign ministry said.",
        "Talks between Egypt and Sudan that were scheduled in Aswan on Thursday will now be held in Cairo on "
        "Thursday, officials said.",
    ],
)
def test_a_meeting_moved_to_another_city_keeps_the_city_it_left(text: str) -> None:
    (summit,) = found(text, dateline="LIMA, April 1 -")
    assert (summit.start_label(), summit.location) == ("1987-04-02", "Santiago" if "Chile" in text else "Cairo")
    assert summit.change == Change(ChangeAction.RESCHEDULE, None, "Arica" if "Chile" in text else "Aswan")


def test_a_moved_meeting_keeps_no_old_city_from_another_clause() -> None:
    text = (
        "Speaking in Lima on Tuesday, the minister said the talks between Peru and Bolivia had been moved to Friday "
        "and would be held in La Paz."
    )
    moved = [m for m in found(text, dateline=None) if m.change is not None]
    assert [(m.start_label(), m.change.previous_place if m.change else None) for m in moved] == [("1987-04-03", None)]


def test_a_hyphenated_city_in_a_dateline_is_one_city() -> None:
    from diplocal.extract.document import parse_dateline
    from diplocal.extract.lang import pack_for

    assert (
        parse_dateline("NUR-SULTAN \u2013 The talks will take place on Thursday.", pack_for("en")).city == "Nur-Sultan"
    )
    assert parse_dateline("GENEVA - The talks will take place on Thursday.", pack_for("en")).city == "Geneva"


def test_a_venue_whose_name_holds_a_title_is_no_person() -> None:
    text = (
        "The plenary session is scheduled for April 18 at the Rixos President Hotel, Soviet and Syrian officials said."
    )
    (session,) = found(text, dateline="DAMASCUS, April 1 -")
    assert "Hotel" not in session.participants, session.participants


def test_postponing_until_a_month_moves_the_meeting_there() -> None:
    text = "The chancellor said she was postponing until October the Baltic summit that had been planned for late June."
    (summit,) = found(text, dateline="BONN, April 1 -")
    assert summit.start_label() == "1987-10"
    assert summit.change is not None
    assert summit.change.action is ChangeAction.RESCHEDULE


def test_what_was_said_earlier_this_week_or_month_is_past() -> None:
    thursday = date(1987, 4, 16)
    (week,) = found(
        "Officials said earlier this week that the Nordic summit will be held in Oslo in May.",
        published=thursday,
        dateline=None,
    )
    assert week.start_label() == "1987-05"
    (month,) = found(
        "Greece and Turkey agreed earlier this month that their talks would resume in Vienna in June.",
        published=thursday,
        dateline=None,
    )
    assert month.start_label() == "1987-06"


def test_a_weekday_after_a_stated_date_counts_from_it() -> None:
    text = (
        "Dutch ministers will meet the Latvian president in Riga on Thursday, April 9, "
        "and on Friday they will hold talks with the Lithuanian government in Vilnius."
    )
    assert [(m.start_label(), m.location) for m in found(text, dateline=None)] == [
        ("1987-04-09", "Riga"),
        ("1987-04-10", "Vilnius"),
    ]


def test_early_in_the_month_is_the_month_just_named() -> None:
    text = "In June the spotlight falls on Oslo: at the start of the month NATO leaders will gather there for a summit."
    (summit,) = found(text, dateline=None)
    assert summit.start_label() == "1987-06"


def test_a_byline_between_does_not_end_the_week_a_story_is_about() -> None:
    text = (
        "NATO leaders will meet in Brussels next week.\n\n"
        "Diplomats expect a row over spending.\n\n"
        "By John Smith\n\n"
        "The two-day summit opens on Thursday."
    )
    (summit,) = found(text, dateline=None)
    assert (summit.start_label(), summit.end_label()) == ("1987-04-09", "1987-04-10")


def test_a_clock_time_beside_another_clauses_date_is_still_the_meetings() -> None:
    text = (
        "Foreign ministers of the two countries will hold talks in Vienna on Thursday. "
        "The talks will begin at 10:00 local time; the Orthodox Easter falls on April 19 this year."
    )
    (talks,) = found(text, dateline=None)
    assert (talks.start_label(), talks.start_time) == ("1987-04-02", time(10, 0))


def test_the_talks_of_a_visit_give_the_visit_its_time() -> None:
    text = (
        "Chancellor Helmut Kohl will visit President Ronald Reagan in Washington on Thursday, April 9.\n\n"
        "Bonn hopes for a calm meeting.\n\n"
        "By Jane Doe\n\n"
        "The talks in the Oval Office will begin at 12:00, a spokesman said on Tuesday."
    )
    (visit,) = found(text, dateline=None)
    assert (visit.start_label(), visit.start_time) == ("1987-04-09", time(12, 0))


def test_a_time_without_a_day_after_a_sentence_naming_the_day_is_that_days() -> None:
    text = (
        "Soviet leader Mikhail Gorbachev will arrive on Friday. "
        "The Soviet leader is due to hold talks with French President Francois Mitterrand at 15:00 local time, aides said."
    )
    (talks,) = found(text, dateline="PARIS, April 1 -")
    assert (talks.start_label(), talks.start_time) == ("1987-04-03", time(15, 0))


def test_a_venue_several_cities_have_is_the_dateline_citys() -> None:
    text = "The Kazakh and Russian presidents will meet at the Palace of Independence on Friday, April 3."
    (astana,) = found(text, dateline="ASTANA, April 1 -")
    (minsk,) = found(text, dateline="MINSK, April 1 -")
    assert (astana.location, minsk.location) == ("Astana", "Minsk")


def test_talks_at_noon_followed_by_talks_over_dinner_are_two_meetings() -> None:
    text = (
        "The Dutch foreign minister will hold talks with his Belgian counterpart at noon on Thursday, "
        "followed by bilateral talks with the Luxembourg prime minister over dinner at 8 p.m."
    )
    times = sorted((m.start_label(), m.start_time) for m in found(text, dateline="BRUSSELS, April 1 -"))
    assert times == [("1987-04-02", time(12, 0)), ("1987-04-02", time(20, 0))]


def test_a_weekday_two_full_sentences_after_next_week_is_this_weeks() -> None:
    text = (
        "French Foreign Minister Jean-Bernard Raimond will travel to Warsaw next Tuesday for talks with his Polish "
        "counterpart. The two ministers are to prepare the autumn summit. "
        '"The format is useful if it leads somewhere," the spokesman added. '
        "Before that, Raimond will receive his Tunisian counterpart in Paris on Friday for talks."
    )
    days = {m.location: m.start_label() for m in found(text, dateline="PARIS, April 1 -")}
    assert days["Paris"] == "1987-04-03", days


def test_a_town_followed_by_its_country_is_that_countrys() -> None:
    text = "Leaders of the Group of Seven will hold a summit in St. Petersburg, Russia, on Thursday, April 9."
    (summit,) = found(text, dateline="STOCKHOLM, April 1 -")
    # written as the text writes it ("St." is Saint), and Russia's town in Moscow's zone
    assert summit.location == "St. Petersburg"
    there = place(summit.location)
    assert there is not None
    assert (there.country, there.zone) == ("RU", "Europe/Moscow")


def test_a_phone_call_takes_no_place_from_a_summit_beside_it() -> None:
    text = (
        "Leaders of the Group of Seven will hold a summit in St. Petersburg, Russia, on Thursday, April 9. "
        "The president will speak by phone with French President Francois Mitterrand at 4:15 p.m. "
        "Washington time on Monday, April 13, a senior official said."
    )
    calls = [m for m in found(text, dateline="STOCKHOLM, April 1 -") if m.start_label() == "1987-04-13"]
    assert [(m.location, m.start_label()) for m in calls] == [(None, "1987-04-13")]


def test_two_days_after_a_meeting_told_before_is_counted_from_it() -> None:
    text = (
        "European Community foreign ministers will meet in Luxembourg on Monday, April 6. "
        "Two days after the Luxembourg meeting, EC leaders will hold a summit with Gulf rulers in Brussels."
    )
    days = sorted((m.start_label(), m.location) for m in found(text, dateline=None))
    assert days == [("1987-04-06", "Luxembourg"), ("1987-04-08", "Brussels")]


def test_a_meeting_series_told_of_in_passing_is_not_who_visits() -> None:
    text = (
        "A visit to Cairo is planned for Thursday, officials said. "
        "Last month the president attended the Arab-Islamic Summit in Riyadh, where leaders condemned the war."
    )
    assert [(m.title, m.start_label()) for m in found(text, dateline=None)] == []


def test_the_country_that_hosts_a_summit_is_its_place() -> None:
    text = "The two leaders are expected to discuss the EU-Mercosur summit that Brazil hosts in July, a spokesman said."
    assert [(m.start_label(), m.location) for m in found(text, dateline="BERLIN, April 1 -")] == [("1987-07", "Brazil")]


def test_the_day_a_meeting_was_due_to_take_place_is_the_one_a_postponement_undoes() -> None:
    text = (
        "A meeting of the Greek, Turkish, Cypriot and British foreign ministers on the island's future "
        "that was due to take place in Geneva on Friday has been postponed, a spokesman said."
    )
    assert [(m.start_label(), m.location, m.status.value) for m in found(text)] == [
        ("1987-04-03", "Geneva", "postponed")
    ]


def test_a_time_three_sentences_after_a_dated_meeting_is_that_meetings_not_todays() -> None:
    text = (
        "Leaders of the Andean Pact will meet in Bogota on Thursday, April 9. The agenda covers trade and "
        "migration. Protests have shaken the country for weeks. Talks at the San Carlos Palace are scheduled "
        "to begin at 9 a.m. local time."
    )
    assert [(m.start_label(), m.start_time) for m in found(text, dateline=None)] == [("1987-04-09", time(9, 0))]


def test_a_photo_caption_tells_of_no_meeting() -> None:
    text = (
        "Andean Pact leaders will meet in Lima on Thursday, April 9.\n\n"
        "PHOTO: Andean Pact leaders at their summit in Quito in June."
    )
    assert [(m.start_label(), m.location) for m in found(text, dateline=None)] == [("1987-04-09", "Lima")]


def test_the_day_of_a_statement_is_not_the_summits_it_tells_of() -> None:
    text = "In a statement on Monday, the secretariat said the summit, to be chaired by Brazil, would be preceded by talks."
    assert found(text) == []
    briefing = "He told reporters in a briefing on this week's semi-annual IMF and World Bank talks in Washington."
    assert [m.start_label() for m in found(briefing)] == ["1987-04-01"]  # the rest of this week


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's foreign minister said in an interview on Monday that he would meet his Egyptian counterpart in "
        "Cairo on April 27 and 28.",
        "The prime minister told reporters on Monday that he would meet the Egyptian president in Cairo on April 27 "
        "and 28.",
    ],
)
def test_the_day_words_were_said_is_not_the_meetings(text: str) -> None:
    assert [(m.start_label(), m.end_label()) for m in found(text)] == [("1987-04-27", "1987-04-28")]


def test_a_session_that_will_hold_in_a_city_on_a_day_is_dated_across_its_long_name() -> None:
    text = (
        "The 40th Ordinary Session of the Assembly of Heads of State and Government of the Organisation "
        "of African Unity (OAU) will hold in Addis Ababa on April 20, the secretariat has announced."
    )
    assert [(m.start_label(), m.location) for m in found(text, dateline=None)] == [("1987-04-20", "Addis Ababa")]


def test_talks_on_the_first_day_of_a_kings_visit_are_the_visit() -> None:
    text = (
        "King Olav V will begin a three-day state visit to West Germany on Tuesday, April 7, at the invitation "
        "of President Richard von Weizsaecker. King Olav and the president will hold talks in Bonn on the "
        "first day of the visit."
    )
    assert [(m.title, m.start_label(), m.end_label()) for m in found(text, dateline=None)] == [
        ("King Olav V's state visit to Bonn", "1987-04-07", "1987-04-09")
    ]


def test_a_dateline_below_a_byline_is_no_meeting_date() -> None:
    text = (
        "By Our Diplomatic Correspondent\n\nNEW DELHI, April 1: The Sri Lankan prime minister will be in New "
        "Delhi from April 23 to 25 on an official visit, the ministry said."
    )
    assert spans(text, dateline=None) == [("1987-04-23", "1987-04-25", "New Delhi")]


def test_a_dateline_below_a_headline_is_no_meeting_date() -> None:
    # the headline repeated at the head of the text is over sixty characters; the dateline
    # under it is still the place and day of filing, and the meeting's place is told apart
    text = (
        "Bloc's leaders to gather by the falls as the rotating chair passes to a new member state\n\n"
        "Lusaka, April 1 - The next summit of the bloc's leaders will take place in Livingstone, "
        "in the country's Southern Province, on April 17 and 18, the ministry said."
    )
    assert spans(text, dateline=None) == [("1987-04-17", "1987-04-18", "Livingstone")]


def test_the_union_buildings_are_a_venue_not_a_trade_unions_meeting() -> None:
    text = (
        "President Cyril Ramaphosa will receive Namibian President Hage Geingob at the Union Buildings in "
        "Pretoria on April 9 for the first session of their joint commission."
    )
    assert spans(text, dateline="JOHANNESBURG, April 1 -") == [("1987-04-09", "1987-04-09", "Pretoria")]


@pytest.mark.parametrize(
    "text",
    [
        "The Commonwealth summit that ended here on Sunday will be remembered for its quarrel over debt relief.",
        "The pipeline deal, signed during Modi's visit to Moscow in July, is expected to be ratified next year.",
        "A loan agreed at the donors' conference in June will be paid out in two tranches.",
    ],
)
def test_a_meeting_something_was_done_at_or_that_ended_is_over(text: str) -> None:
    assert found(text, dateline="LONDON, April 1 -") == []


def test_two_weekdays_told_with_their_week_are_that_weeks() -> None:
    # written on Monday 30 March: the coming Thursday is 2 April, next week's the 9th
    text = "Trade ministers of the group will meet in Nairobi on Thursday and Friday next week."
    assert [(m.start_label(), m.end_label()) for m in found(text, date(1987, 3, 30))] == [("1987-04-09", "1987-04-10")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Andean leaders will hold Thursday's summit in Quito rather than in Lima, the secretariat said."),
        ("fr", "Le sommet andin se tiendra jeudi à Quito et non à Lima, a indiqué le secrétariat."),
        ("es", "La cumbre de la Comunidad Andina se celebrará el jueves en Quito y no en Lima, informó la secretaría."),
        ("de", "Der Andengipfel findet am Donnerstag nicht in Lima, sondern in Quito statt."),
        ("ru", "Саммит Андского сообщества пройдёт в четверг в Кито, а не в Лиме."),
    ],
)
def test_a_meeting_held_elsewhere_than_planned_keeps_the_city_it_left(language: str, text: str) -> None:
    (summit,) = read_in(language, text)
    assert (summit.start_label(), summit.location) == ("1987-04-02", "Quito")
    assert summit.change == Change(ChangeAction.RESCHEDULE, None, "Lima")


def test_the_day_a_meeting_was_first_set_for_told_next_makes_it_a_move() -> None:
    text = (
        "The leaders of Thailand, Laos and Cambodia will hold their summit by videoconference on Friday. "
        "The meeting of the five leaders was originally scheduled to take place in Vientiane on March 3, "
        "but was put off because of the floods."
    )
    (summit,) = found(text, dateline="BANGKOK, April 1 -")
    assert summit.start_label() == "1987-04-03"
    assert summit.change == Change(ChangeAction.RESCHEDULE, date(1987, 3, 3), "Vientiane")


def test_another_meetings_first_plan_told_next_moves_nothing() -> None:
    text = (
        "Finance ministers of the Gulf states will hold a video call on Friday. "
        "Separately, the EU-GCC joint council, which had originally been due in Brussels on March 25, "
        "was postponed, a source said."
    )
    calls = [m for m in found(text, dateline="RIYADH, April 1 -") if m.start_label() == "1987-04-03"]
    assert [m.change for m in calls] == [None]


def test_the_day_a_postponement_was_proposed_is_not_the_meetings() -> None:
    text = (
        "Le Pérou a proposé lundi à ses partenaires de reporter le sommet de la Communauté andine, "
        "qui devait se tenir les 16 et 17 avril à Cuzco."
    )
    postponed = [m for m in read_in("fr", text) if m.status is Status.POSTPONED]
    assert [(m.start_label(), m.end_label()) for m in postponed] == [("1987-04-16", "1987-04-17")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Andean Community summit, postponed from April 7 to 9, will be held in Quito."),
        ("fr", "Le sommet de la Communauté andine, repoussé du 7 au 9 avril, se tiendra à Quito."),
        ("es", "La cumbre de la Comunidad Andina, aplazada del 7 al 9 de abril, se celebrará en Quito."),
        ("ar", "تقرر تأجيل قمة مجموعة الأنديز من 7 إلى 9 أبريل في كيتو."),
    ],
)
def test_a_range_after_a_moves_words_is_the_day_left_and_the_day_gone_to(language: str, text: str) -> None:
    (summit,) = read_in(language, text)
    assert (summit.start_label(), summit.end_label(), summit.status) == ("1987-04-09", "1987-04-09", Status.CONFIRMED)
    assert summit.change == Change(ChangeAction.RESCHEDULE, date(1987, 4, 7), None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les ministres feront le point sur les engagements pris lors du sommet de Lima le 9 décembre."),
        ("es", "Los ministros revisarán los compromisos acordados durante la cumbre de Lima del 9 de diciembre."),
        ("ru", "Министры обсудят выполнение договорённостей, достигнутых на саммите в Лиме 9 декабря."),
    ],
)
def test_a_summit_something_was_agreed_at_is_over_in_other_languages(language: str, text: str) -> None:
    assert read_in(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Andean Community summit planned for June in Lima will not take place for now, officials said."),
        ("de", "Der für Juni geplante Gipfel der Andengemeinschaft in Lima findet vorerst nicht statt."),
        ("es", "La cumbre de la Comunidad Andina prevista para junio en Lima no se celebrará por ahora."),
    ],
)
def test_a_meeting_off_for_the_time_being_is_postponed_not_cancelled(language: str, text: str) -> None:
    assert [(m.start_label(), m.status) for m in read_in(language, text)] == [("1987-06", Status.POSTPONED)]


def test_another_meeting_by_video_does_not_make_this_one_virtual() -> None:
    text = "Talks between the two foreign ministers will be held in Geneva on Monday and will be followed by a videoconference of G7 leaders."
    assert [m.location for m in read_in("en", text)] == ["Geneva"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La Casa Blanca confirmó que Biden se reunirá con Xi el sábado, al margen de la cumbre."),
        (
            "en",
            "The White House confirmed that Biden will meet Xi Jinping on Saturday on the sidelines of the G20 summit.",
        ),
    ],
)
def test_a_venue_that_speaks_is_not_where_the_meeting_is(language: str, text: str) -> None:
    """ "The White House confirmed": who says it, not the venue (the meeting is elsewhere)."""
    assert [m.location for m in read_in(language, text)] == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Саммит Россия - Африка пройдет в конце месяца, 27-28 апреля, в Санкт-Петербурге."),
        ("en", "The Russia-Africa summit will be held at the end of the month, on April 27-28, in St Petersburg."),
        ("fr", "Le sommet Russie-Afrique se tiendra à la fin du mois, les 27 et 28 avril, à Saint-Pétersbourg."),
        ("es", "La cumbre Rusia-África se celebrará a finales de mes, el 27 y 28 de abril, en San Petersburgo."),
    ],
)
def test_a_part_of_the_month_with_its_days_in_apposition_is_those_days(language: str, text: str) -> None:
    assert [(m.start_label(), m.end_label()) for m in read_in(language, text)] == [("1987-04-27", "1987-04-28")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les dirigeants de l'Union africaine se réuniront jeudi sur fond de crise au Soudan."),
        ("en", "African Union leaders will meet on Thursday against the backdrop of the crisis in Sudan."),
        (
            "de",
            "Die Außenminister der Afrikanischen Union treffen sich am Donnerstag vor dem Hintergrund der Krise im Sudan.",
        ),
    ],
)
def test_the_country_of_a_meetings_backdrop_is_not_its_venue(language: str, text: str) -> None:
    assert [(m.start_label(), m.location) for m in read_in(language, text)] == [("1987-04-02", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "In Vladivostok, the Russian president will meet Japanese Prime Minister Shinzo Abe on Monday and "
            "Chinese President Xi Jinping on Tuesday.",
        ),
        (
            "de",
            "In Wladiwostok trifft der russische Präsident am Montag Japans Regierungschef Shinzo Abe und am "
            "Dienstag den chinesischen Staatschef Xi Jinping.",
        ),
    ],
)
def test_a_meeting_verb_with_two_dated_objects_is_two_meetings(language: str, text: str) -> None:
    assert [m.start_label() for m in read_in(language, text)] == ["1987-04-06", "1987-04-07"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Une conversation téléphonique entre les quatre dirigeants est prévue dimanche pour confirmer la tenue de ce sommet.",
        ),
        ("en", "A telephone call between the four leaders is planned for Sunday to confirm the summit."),
    ],
)
def test_the_day_of_what_confirms_a_meeting_is_not_the_meetings(language: str, text: str) -> None:
    assert [m.title for m in read_in(language, text) if "ummit" in m.title] == []


def test_an_associations_general_meeting_is_no_diplomatic_meeting() -> None:
    text = (
        "Malaysian and EU officials discussed the deforestation rules in Brussels last week. Members of the "
        "Malaysian Palm Oil Association will hold their annual general meeting in Putrajaya next month, an "
        "official said."
    )
    assert read_in("en", text) == []
    asean = "The Association of Southeast Asian Nations will hold a summit in Jakarta next month."
    assert [m.start_label() for m in read_in("en", asean)] == ["1987-05"]


def test_a_day_of_a_month_a_meeting_had_been_fixed_for_is_the_nearest_one() -> None:
    text = "The Indian spokesman said the BRICS leaders' summit in Johannesburg had been fixed for April 25 to 27."
    assert [(m.start_label(), m.end_label()) for m in read_in("en", text)] == [("1987-04-25", "1987-04-27")]
    gone = "The Indian spokesman said the BRICS leaders' summit in Johannesburg had been fixed for March 25 to 27."
    assert read_in("en", gone) == [], "a day of a month nearest in the past stays past"


def test_a_date_after_a_venue_told_at_length_is_the_meetings() -> None:
    text = (
        "The summit of the Turkic states will take place in Gabala on the slopes of the Greater Caucasus on "
        "April 21, the press service of the president said on Tuesday."
    )
    assert [(m.start_label(), m.location) for m in read_in("en", text)] == [("1987-04-21", "Gabala")]


def test_a_summit_on_its_own_day_inside_a_longer_conference_is_another_meeting() -> None:
    text = (
        "The UN climate conference will be held in Marrakech from November 7 to 18. "
        "An African action summit will take place there on November 16."
    )
    assert [(m.start_label(), m.end_label()) for m in read_in("en", text)] == [
        ("1987-11-07", "1987-11-18"),
        ("1987-11-16", "1987-11-16"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Oman will host a round of talks between the United States and Iran in Muscat on Saturday. Iranian "
            "Foreign Minister Abbas Araghchi will travel to Moscow next week to brief Russian officials. Omani "
            "officials hope that Saturday's round in Muscat will open the way to more talks.",
        ),
        (
            "ar",
            "تستضيف سلطنة عمان بعد غد السبت جولة محادثات بين الولايات المتحدة وإيران في مسقط. وسيتوجه وزير "
            "الخارجية الإيراني عباس عراقجي الأسبوع المقبل إلى موسكو لإطلاع المسؤولين الروس على النتائج. "
            "ويأمل الجانب العماني أن تمهد جولة السبت في مسقط لجولات أخرى.",
        ),
    ],
)
def test_a_weekday_already_dated_keeps_its_day_under_next_weeks_frame(language: str, text: str) -> None:
    """Published Thursday 10 April 2025: "Saturday's round" after "next week" is the Saturday
    the article has dated (the 12th), not next week's."""
    article = Article(id="t", title="", text=text, published=datetime(2025, 4, 10, 9, tzinfo=UTC), language=language)
    assert [(m.start_label(), m.end_label()) for m in meetings_from_article(article)] == [
        ("2025-04-12", "2025-04-12"),
        ("2025-04-14", "2025-04-20"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "The UN will host the Summit of the Future at its headquarters next Monday.", "New York City"),
        ("en", "Summit talks between Egypt and Sudan open in Cairo on Monday, officials said.", "Cairo"),
        ("ru", "Саммит лидеров «двадцатки» пройдет 18-19 ноября в Рио-де-Жанейро.", "Rio de Janeiro"),
        ("ru", "Юбилейный саммит НАТО откроется в следующий вторник в Вашингтоне.", "Washington"),
        ("de", "Großes Gipfeltreffen der Afrikanischen Union am Montag in Addis Abeba.", "Addis Ababa"),
    ],
)
def test_a_meeting_word_or_an_opening_capital_is_no_town(language: str, text: str, place: str) -> None:
    """ "Summit" (New Jersey) and "Юбилейный" (Yubileyny, near Moscow) are towns, but a meeting
    word is never the venue, and a small town's name as a sentence's first word may be any word."""
    assert [m.location for m in read_in(language, text)] == [place]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "fr",
            "Le Groupe international de soutien au Liban se réunira mercredi prochain à Rome, a confirmé le ministère.",
            "Rome",
        ),
        ("en", "The Ukraine Defense Contact Group will meet in Brussels on Thursday, the Pentagon said.", "Brussels"),
        ("en", "Ministers will gather for the Munich Security Conference on Friday, organisers said.", "Munich"),
        ("fr", "Puis, vendredi, Lisbonne recevra le président angolais, selon deux sources diplomatiques.", "Lisbon"),
    ],
)
def test_the_country_an_organisation_is_named_for_is_not_its_venue(language: str, text: str, place: str) -> None:
    assert [m.location for m in read_in(language, text)] == [place]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La cumbre de la Comunidad Andina prevista para el 9 de abril en Lima no se llevará a cabo en la fecha prevista.",
        ),
        ("en", "The Andean Community summit due on April 9 in Lima will not be held as planned, the secretariat said."),
    ],
)
def test_a_meeting_that_will_not_be_held_on_its_day_is_postponed(language: str, text: str) -> None:
    assert [(m.start_label(), m.status) for m in read_in(language, text)] == [("1987-04-09", Status.POSTPONED)]


def test_a_summit_at_whose_end_leaders_ordered_something_is_over() -> None:
    text = (
        "Los mandos militares estudiarán las opciones después de que los presidentes de la región ordenaran el "
        "jueves, al término de una cumbre extraordinaria en Abuja, la activación de la fuerza."
    )
    assert read_in("es", text) == []


def test_the_day_of_a_media_briefing_is_not_the_meetings_it_is_about() -> None:
    text = (
        "The foreign minister will brief the media on Tuesday at 10:00 in Lima on Peru's priorities for the "
        "session of the Andean Community council."
    )
    assert [m.start_label() for m in found(text, dateline="LIMA, April 1 -")] == []


def test_ibsa_is_an_organisation_and_titles_its_meetings() -> None:
    text = "A ministerial meeting of the IBSA Dialogue Forum will be held in New Delhi on April 9."
    (meeting,) = found(text, dateline=None)
    assert ("IBSA" in meeting.organisations, meeting.location) == (True, "New Delhi")


@pytest.mark.parametrize(
    "text",
    [
        "Le président péruvien sera reçu la semaine prochaine à Quito pour une visite d'Etat, a-t-on appris "
        "mercredi de source diplomatique.",
        "Les dirigeants andins pourraient se retrouver à Quito, a-t-on appris mercredi, au lendemain de la visite "
        "du ministre à Lima.",
    ],
)
def test_the_day_a_french_wire_learnt_something_is_not_a_meetings(text: str) -> None:
    assert "1987-04-01" not in [m.start_label() for m in read_in("fr", text)]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        (
            "Andean Community leaders will meet in Quito on Friday. The opening session will begin at 10:00 local "
            "time on Friday, according to the programme.",
            "10:00",
        ),
        (
            "Andean Community leaders will meet in Quito on Friday. The accreditation of journalists is open until "
            "Friday, 10:00, the secretariat said.",
            None,
        ),
        (
            "Andean Community ministers will meet in Quito on Friday. The trade pact is set to expire at midnight "
            "on Friday unless it is renewed.",
            None,
        ),
    ],
)
def test_a_time_told_later_with_the_meetings_own_day_is_its_time(text: str, time: str | None) -> None:
    (meeting,) = found(text, dateline=None)
    assert (meeting.start_time.strftime("%H:%M") if meeting.start_time else None) == time


def test_a_dateline_with_its_year_is_a_dateline() -> None:
    from diplocal.extract.document import parse_dateline
    from diplocal.extract.lang import pack_for

    found = parse_dateline("Rabat, 15 avril 2024 (AD) - La session de la commission mixte", pack_for("fr"))
    assert (found.city, found.day, found.month, found.agency) == ("Rabat", 15, "avril", "AD")
    found = parse_dateline("LIMA, March 30, 2024 (Reuters) - Andean ministers", pack_for("en"))
    assert (found.city, found.day, found.month) == ("Lima", 30, "March")


def test_a_month_told_as_gone_is_past() -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.resolve import resolve
    from diplocal.extract.spans import Tense
    from diplocal.extract.tag.dates import find_dates

    (mention,) = find_dates("depuis la mise en place, en août dernier, du gouvernement", pack_for("fr"))
    resolved = resolve(mention, date(2024, 4, 15), Tense.FUTURE)
    assert resolved is not None
    assert (resolved.start, resolved.end) == (date(2023, 8, 1), date(2023, 8, 31))


def test_a_programmes_preceding_meeting_is_not_past() -> None:
    text = (
        "Le sommet de la Communauté andine se tiendra les 18 et 19 avril à Quito, précédé les 16 et 17 avril "
        "d'une réunion des ministres des Affaires étrangères."
    )
    found = sorted((m.start_label(), m.end_label()) for m in read_in("fr", text))
    assert found == [("1987-04-16", "1987-04-17"), ("1987-04-18", "1987-04-19")]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "en",
            "Foreign ministers of the Pacific Islands Forum will meet in Suva on Tuesday. Climate finance and fisheries"
            " top their agenda. Several delegations arrived early, officials said. Tuvalu wants a firm pledge on"
            " sea-level rise. The Pacific Islands Forum leaders will hold their summit on Thursday.",
            "Suva",
        ),
        (
            "fr",
            "Les ministres des Affaires étrangères de la CEDEAO se réuniront jeudi à Abuja. La crise au Sahel dominera"
            " les débats. Plusieurs délégations sont déjà arrivées. Le Mali n'a pas confirmé sa participation. Le"
            " sommet des chefs d'Etat de la CEDEAO se tiendra samedi, a indiqué la Commission.",
            "Abuja",
        ),
        (
            "ru",
            "Министры иностранных дел стран АСЕАН встретятся во вторник в Джакарте. Главной темой станет ситуация в"
            " Мьянме. Делегации начали прибывать накануне. Таиланд предложит свой план. Саммит АСЕАН откроется в"
            " четверг, сообщил МИД.",
            "Jakarta",
        ),
        (
            "es",
            "Los cancilleres de la Celac se reunirán el martes en Tegucigalpa. La crisis migratoria dominará la agenda."
            " Varias delegaciones ya llegaron. Cuba envió a su vicecanciller. La cumbre de jefes de Estado de la Celac"
            " se celebrará el jueves, según la cancillería.",
            "Tegucigalpa",
        ),
        # countries the placed meeting does not name: another gathering, wherever it is
        (
            "en",
            "EU foreign ministers will meet in Brussels on Monday to discuss sanctions. The bloc is split on the"
            " matter. Diplomats expect a long session. Hungary has threatened a veto. Iran and the United States will"
            " resume indirect talks on Wednesday under EU auspices, a diplomat said.",
            None,
        ),
    ],
)
def test_an_organisations_meeting_with_no_place_is_where_its_others_of_those_days_are(
    language: str, text: str, place: str | None
) -> None:
    """The summit's week is held in one city: the ministers' place, sentences before, is the summit's."""
    first = min(read_in(language, text), key=lambda m: m.start)
    assert first.location == place


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "April 15 marks the second anniversary of the war. On that day, ministers from twenty countries will meet"
            " in London for a conference on Sudan.",
            [("1987-04-15", "London")],
        ),
        (
            "de",
            "Am 20. April jährt sich das Erdbeben zum ersten Mal. An diesem Tag treffen sich die Außenminister der"
            " Nachbarstaaten in Ankara. Drei Tage nach dem Treffen in Ankara berät der UN-Sicherheitsrat in New York"
            " über die Hilfe.",
            [("1987-04-20", "Ankara"), ("1987-04-23", "New York City")],
        ),
        (
            "fr",
            "Le 12 avril marquera le dixième anniversaire de l'accord. Ce jour-là, les ministres des Affaires"
            " étrangères de l'Union africaine se réuniront à Addis-Abeba.",
            [("1987-04-12", "Addis Ababa")],
        ),
        (
            "es",
            "El 14 de abril se cumple un año del acuerdo. Ese día, los cancilleres del Mercosur se reunirán en Asunción.",
            [("1987-04-14", "Asunción")],
        ),
        (
            "ru",
            "14 апреля исполнится год со дня подписания соглашения. В этот день министры иностранных дел стран СНГ"
            " соберутся в Минске.",
            [("1987-04-14", "Minsk")],
        ),
        (
            "ar",
            "يصادف يوم 14 أبريل الذكرى الأولى لتوقيع الاتفاق. وفي ذلك اليوم يجتمع وزراء الخارجية العرب في القاهرة.",
            [("1987-04-14", "Cairo")],
        ),
    ],
)
def test_that_day_is_the_day_the_sentence_before_names(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "On that day" points at the day just told, whatever it was the day of (an anniversary);
    "three days after the meeting in Ankara" is counted from it, and Ankara is that meeting's."""
    assert sorted((m.start.isoformat(), m.location) for m in read_in(language, text)) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gespräche zwischen Armenien und Aserbaidschan in Genf auf Donnerstag vertagt", "1987-04-02"),
        (
            "Das Treffen der Außenminister von Serbien und Kosovo, zunächst für Montag geplant, nun auf den 9. April"
            " verschoben.",
            "1987-04-09",
        ),
    ],
)
def test_a_german_meeting_moved_with_its_verb_last_stands_on_its_new_day(text: str, day: str) -> None:
    """ "auf Freitag vertagt": the day before the verb is the new one, not a postponement sine die."""
    [meeting] = read_in("de", text)
    assert (meeting.start.isoformat(), meeting.status) == (day, Status.CONFIRMED)
    assert meeting.change is not None
    assert meeting.change.action is ChangeAction.RESCHEDULE


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "On Thursday, the foreign ministers of the eight member states of the Arctic Council and the heads of their"
            " six permanent observer delegations will meet in Tromsø.",
            [("1987-04-02", "Tromsø")],
        ),
        (
            "fr",
            "Jeudi, les chefs d'Etat et de gouvernement des seize pays membres de la Communauté de développement de"
            " l'Afrique australe se réuniront à Luanda.",
            [("1987-04-02", "Luanda")],
        ),
        (
            "es",
            "El jueves, los cancilleres de Argentina, Brasil, Paraguay, Uruguay y Bolivia, acompañados por"
            " observadores de Chile y Colombia, se reunirán en Montevideo.",
            [("1987-04-02", "Montevideo")],
        ),
        # a meeting noun, the first meeting word after the day, past a long subject
        (
            "en",
            "On Friday, the Minister of Foreign Affairs of Ghana, Samuel Ablakwa, and the Minister of Foreign Affairs"
            " of Togo, Robert Dussey, will co-chair the ministerial session of the joint commission in Accra.",
            [("1987-04-03", "Accra")],
        ),
        # a relative clause's verb is not the day's: the signing was on Monday
        (
            "en",
            "On Monday, the agency's director general signed a framework with Iran in Tehran, under which inspectors"
            " will visit two sites.",
            [],
        ),
        # a joiner before a time of its own: another act, not the fronted day's
        (
            "es",
            "Esta mañana, el presidente chino recorrerá junto a su anfitrión las esclusas del canal ampliado, y a las"
            " 11:00 visitará el casco antiguo.",
            [],
        ),
    ],
)
def test_a_day_that_opens_the_sentence_is_its_verbs_however_long_the_subject(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.start.isoformat(), m.location) for m in read_in(language, text)] == expected


def test_a_short_name_the_article_gives_a_meeting_is_a_meeting_word() -> None:
    """ "the ... Economic Ministers' Meeting (FEMM) ... the FEMM is scheduled for": the short
    name in brackets after a meeting noun names that meeting; an organisation's ("the African
    Union (AU)") names no meeting."""
    text = (
        "Fiji will host the Pacific Islands Forum Economic Ministers' Meeting (FEMM) in Suva. Officials say the FEMM"
        " is scheduled for 14-15 April."
    )
    assert [(m.start.isoformat(), m.end.isoformat(), m.location) for m in read_in("en", text)] == [
        ("1987-04-14", "1987-04-15", "Suva")
    ]
    text = "Leaders of the African Union (AU) spoke on Monday. The AU is scheduled to publish its report on 14 April."
    assert read_in("en", text) == []


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "en",
            "The summit of Great Lakes leaders will open on Saturday. Officials said the venue, the State House in"
            " Kampala, had not changed.",
            "Kampala",
        ),
        (
            "fr",
            "Le sommet extraordinaire des dirigeants de la CEEAC s'ouvrira samedi. Le lieu, le palais du peuple à"
            " Libreville, reste inchangé, selon la présidence.",
            "Libreville",
        ),
        (
            "es",
            "La cumbre de presidentes del SICA se celebrará el sábado. La sede, el Palacio de la Cultura en Ciudad de"
            " Guatemala, no cambia.",
            "Guatemala City",
        ),
    ],
)
def test_the_venue_told_in_the_next_sentence_is_the_meetings(language: str, text: str, place: str) -> None:
    """ "the venue, the State House in Kampala": the word for where a meeting is held names its
    place (and a State House is every country's, not Nairobi's alone)."""
    assert [m.location for m in read_in(language, text)] == [place]


def test_a_german_noun_in_an_inflected_form_is_no_towns_alternate_name() -> None:
    """ "auf Reisen" is travelling, not Yecheon (one of whose alternate names is "Reisen")."""
    text = "Der Außenminister ist am Montag auf Reisen und kommt mit seinem ungarischen Amtskollegen zusammen."
    assert [m.location for m in read_in("de", text)] == [None]


def test_a_venue_spelt_without_its_umlauts_is_that_venue() -> None:
    text = (
        "Delegations from ninety countries will gather on Saturday at the Buergenstock for a peace conference on"
        " Ukraine, the Swiss government said."
    )
    assert [m.location for m in read_in("en", text)] == ["Bürgenstock"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president will travel to Israel on Thursday to show solidarity after the March 28 attack, and will"
            " then fly to Jordan the same day for a summit in Amman with King Hussein.",
            [("1987-04-02", "Amman"), ("1987-04-02", "Israel")],
        ),
        # a day gone by, and nothing ahead in the sentence: the next day is gone by too
        ("After his election on March 6 the chancellor had travelled the next day to Paris and Warsaw.", []),
    ],
)
def test_the_same_day_is_the_day_ahead_the_sentence_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((m.start.isoformat(), m.location) for m in read_in("en", text)) == expected


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        (
            "fr",
            "Vladimir Poutine et Joe Biden s'entretiendront mardi par visioconférence, a indiqué le Kremlin.",
            ("Vladimir Poutine", "Joe Biden"),
        ),
        (
            "es",
            "Vladimir Putin y Joe Biden conversarán el martes por videoconferencia, informó el Kremlin.",
            ("Vladimir Putin", "Joe Biden"),
        ),
    ],
)
def test_people_named_bare_at_the_sentences_start_meet(language: str, text: str, people: tuple[str, ...]) -> None:
    """ "Vladimir Poutine et Joe Biden s'entretiendront mardi": two people, no title."""
    [meeting] = read_in(language, text)
    assert (meeting.start.isoformat(), meeting.participants) == ("1987-04-07", people)


def test_a_meeting_put_off_before_and_now_set_for_its_day_stands() -> None:
    """ "Reporté à plusieurs reprises, le sommet se tiendra samedi": the summit put off
    before is held on Saturday, as the headline's "aura finalement lieu samedi" says."""
    text = (
        "Le sommet entre l'Algérie, la Tunisie et la Libye aura finalement lieu samedi à Tunis. Reporté à plusieurs"
        " reprises, le sommet tripartite se tiendra samedi à Tunis, a annoncé la présidence."
    )
    [meeting] = read_in("fr", text)
    assert (meeting.start.isoformat(), meeting.status) == ("1987-04-04", Status.CONFIRMED)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Officials are preparing to host the 40th Ordinary Session of the Council of Ministers of the Economic"
            " Community of Central African States, which will be held here on 14-15 April, the ministry said.",
            ("1987-04-14", "1987-04-15"),
        ),
        (
            "The leaders will meet in Abuja next month. Their summit will be preceded by the 20th Ordinary Session of"
            " the ECOWAS Council of Ministers, which brings together the foreign ministers of member states, on"
            " Thursday and Friday in Abuja.",
            ("1987-04-02", "1987-04-03"),
        ),
    ],
)
def test_a_relative_clause_about_the_meeting_parts_it_from_no_date(text: str, days: tuple[str, str]) -> None:
    """ "..., which will be held here on 14-15 April", "..., which brings together the foreign
    ministers, on Thursday": the aside tells of the meeting; its commas break nothing."""
    assert [(m.start.isoformat(), m.end.isoformat()) for m in read_in("en", text) if m.precision.value == "day"] == [
        days
    ]


def test_a_german_video_link_is_a_videoconference() -> None:
    text = (
        "Die Präsidenten Russlands und Chinas werden am Freitag per Videoschaltung konferieren, teilte der Kreml mit."
    )
    assert [(m.start.isoformat(), m.kind) for m in read_in("de", text)] == [("1987-04-03", "videoconference")]


def test_a_bare_weekday_after_a_visits_days_is_one_of_them() -> None:
    """ "... will stay from 22 to 25 April on a state visit. On Saturday he is to hold talks":
    the visit's Saturday, 25 April, not the coming one."""
    text = (
        "El presidente brasileño, José Sarney, volará a Madrid, donde permanecerá del 22 al 25 de abril en visita de"
        " Estado. Está previsto que el sábado celebre conversaciones con el presidente del Gobierno español, Felipe"
        " González, en la Moncloa."
    )
    assert sorted((m.start.isoformat(), m.end.isoformat()) for m in read_in("es", text)) == [
        ("1987-04-22", "1987-04-25"),
        ("1987-04-25", "1987-04-25"),
    ]


def test_a_status_told_through_a_copula_and_an_adverb_is_its_subjects() -> None:
    """ "queda también suspendida": the meeting it is the subject of is off on its day."""
    text = "La reunión de cancilleres del Mercosur prevista para el martes queda también suspendida, informó la cancillería."
    assert [(m.start.isoformat(), m.status) for m in read_in("es", text)] == [("1987-04-07", Status.CANCELLED)]


def test_a_spanish_dateline_with_de_before_month_and_year_is_a_dateline() -> None:
    """ "Ciudad de México, 1 de abril de 1987.-": the dateline's day is no meeting's, and a city
    named in all its words ("Ciudad de México") is the dateline's city."""
    text = (
        "Ciudad de México, 1 de abril de 1987.- La cumbre del Grupo de Contadora se llevará a cabo el viernes 10 de"
        " abril en Acapulco, informó la cancillería."
    )
    assert [m.start.isoformat() for m in read_in("es", text)] == ["1987-04-10"]


def test_the_day_first_set_a_sentence_further_on_makes_a_move() -> None:
    """ "... will be held in Lima on 14 April. [A sentence of no meeting.] ... Quito, where the
    summit was originally due to take place on 30 March": moved from 30 March and Quito."""
    text = (
        "The ministry confirmed on Wednesday that the summit of Andean Community leaders will be held in Lima on 14"
        " April. President Belaúnde will chair it. The opposition had refused him leave to travel to Quito, where the"
        " summit was originally due to take place on 30 March."
    )
    [meeting] = read_in("en", text)
    assert meeting.change == Change(ChangeAction.RESCHEDULE, date(1987, 3, 30), "Quito")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "L'Alliance du Pacifique traverse une crise depuis des mois. Le ministère péruvien a confirmé que la"
            " rencontre des chefs d'État du bloc se tiendra jeudi à Lima.",
        ),
        (
            "es",
            "La Alianza del Pacífico atraviesa una crisis desde hace meses. La cancillería peruana confirmó que la"
            " reunión de los jefes de Estado del bloque se celebrará el jueves en Lima.",
        ),
    ],
)
def test_the_bloc_the_meeting_is_of_is_the_one_the_article_named(language: str, text: str) -> None:
    """ "la rencontre des chefs d'État du bloc": the bloc's meeting, not Peru's."""
    assert [m.organisations for m in read_in(language, text)] == [("Pacific Alliance",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Министр иностранных дел Армении сообщил газете «Сегодня», что переговоры с Азербайджаном пройдут в"
            " Брюсселе.",
        ),
        ("ar", "قالت مصادر دبلوماسية لصحيفة «الخليج اليوم» إن وزراء خارجية دول مجلس التعاون سيجتمعون في الرياض."),
    ],
)
def test_a_day_word_in_a_quoted_name_is_no_date(language: str, text: str) -> None:
    """The daily «Сегодня», «الخليج اليوم»: a newspaper's name, not today."""
    assert read_in(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Foreign Minister Samuel Ablakwa of Ghana will pay an official visit to Ivory Coast from Monday 6 to"
            " Wednesday 8 April. Reporters who wish to cover the ministers' working session on Monday must register"
            " with the press office no later than Friday 3 April at 12:00.",
        ),
        (
            "fr",
            "Le ministre ghanéen des Affaires étrangères, Samuel Ablakwa, effectuera une visite officielle en Côte"
            " d'Ivoire du lundi 6 au mercredi 8 avril. Les journalistes désireux de couvrir la séance de travail du"
            " lundi sont priés de s'accréditer au plus tard le vendredi 3 avril à 12h00.",
        ),
    ],
)
def test_the_hour_of_a_deadline_told_after_a_meeting_is_not_the_meetings(language: str, text: str) -> None:
    """Noon is Friday's, the day told between the session and the time, not Monday's session's."""
    meetings = read_in(language, text)
    assert [(m.start, m.start_time) for m in meetings] == [(date(1987, 4, 6), None)]


@pytest.mark.parametrize(
    "text",
    [
        "El presidente del Gobierno participará en la cumbre sobre Ucrania, que se celebrará el sábado 4 y el"
        " domingo 5 de abril en Bürgenstock, junto al lago de los Cuatro Cantones.",
        "Los jefes de Estado de la Comunidad de África Oriental acudirán a la cumbre extraordinaria sobre la"
        " región de los Grandes Lagos, que tendrá lugar el sábado 4 de abril en Arusha.",
    ],
)
def test_a_verb_of_holding_after_a_summit_holds_that_summit(text: str) -> None:
    """ "la cumbre ..., que se celebrará el sábado": the verb names no meeting of its own."""
    assert [(m.kind, m.start) for m in read_in("es", text)] == [("summit", date(1987, 4, 4))]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La Reunión de Líderes Económicos se celebrará el viernes 10 y el sábado 11 de abril. El presidente"
            " chino, Xi Jinping, cumplirá una visita de Estado entre el miércoles 8 y el sábado 11.",
        ),
    ],
)
def test_a_visit_and_the_gathering_it_attends_on_other_days_are_two(language: str, text: str) -> None:
    """The guest attends the leaders' meeting during his visit: both stand, each with its days."""
    meetings = read_in(language, text)
    assert sorted((m.kind, m.start, m.end) for m in meetings) == [
        ("meeting", date(1987, 4, 10), date(1987, 4, 11)),
        ("visit", date(1987, 4, 8), date(1987, 4, 11)),
    ]


def test_a_trip_to_a_summit_and_its_last_day_are_that_summit() -> None:
    """The trip told by the summit's own sentence, on its first day, and "at the end of the
    meeting" on its last day are parts of the one summit, though one day each."""
    text = (
        "El presidente del Gobierno, Pedro Sánchez, viajará mañana por la mañana a La Haya para participar en la"
        " cumbre de la OTAN, que se celebrará mañana y el viernes en los Países Bajos. Sánchez ofrecerá una rueda"
        " de prensa el viernes a las 13:00 al término de la reunión."
    )
    assert [(m.kind, m.start, m.end) for m in read_in("es", text)] == [("summit", date(1987, 4, 2), date(1987, 4, 3))]


@pytest.mark.parametrize(
    ("when", "first", "last"),
    [
        ("on Friday 10 and Saturday 11 April", 10, 11),
        ("from Wednesday 8 to Saturday 11 April", 8, 11),
        ("from Monday 6 April to Wednesday 8 April", 6, 8),
        ("on Friday, April 10, and Saturday, April 11", 10, 11),
        ("from Wednesday, April 8, to Saturday, April 11", 8, 11),
        ("between Friday 10 and Sunday 12 April", 10, 12),
    ],
)
def test_days_told_each_with_its_weekday_are_one_span(when: str, first: int, last: int) -> None:
    """ "Friday 10 and Saturday 11 April": the two days, not the coming Friday."""
    meetings = read_in("en", f"The foreign ministers of France and Germany will meet in Paris {when}.")
    assert [(m.start, m.end) for m in meetings] == [(date(1987, 4, first), date(1987, 4, last))]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Instead of travelling to Asunción for the summit, President Milei will hold talks with Brazilian"
            " President Lula on Tuesday.",
        ),
        (
            "de",
            "Statt nach Asunción zu reisen, wird Präsident Milei am Dienstag Gespräche mit dem brasilianischen"
            " Präsidenten Lula führen.",
        ),
        (
            "es",
            "En lugar de viajar a Asunción, el presidente Milei mantendrá conversaciones con el presidente brasileño"
            " Lula el martes.",
        ),
        (
            "fr",
            "Au lieu de se rendre à Asunción, le président Milei aura des entretiens avec le président brésilien Lula"
            " mardi.",
        ),
    ],
)
def test_the_place_someone_does_not_travel_to_is_not_the_meetings(language: str, text: str) -> None:
    assert [(m.start, m.location) for m in read_in(language, text)] == [(date(1987, 4, 7), None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The presidents of the Mercosur countries will meet in Asunción next week. Milei will speak this weekend"
            " at a conference of conservative activists in the Brazilian state of Santa Catarina.",
        ),
        (
            "de",
            "Die Präsidenten des Mercosur kommen nächste Woche in Asunción zusammen. Milei tritt am Wochenende bei"
            " einer Konferenz konservativer Aktivisten im brasilianischen Bundesstaat Santa Catarina auf.",
        ),
        (
            "es",
            "Los presidentes del Mercosur se reunirán la próxima semana en Asunción. Milei hablará este fin de semana"
            " en una conferencia de activistas conservadores en el estado brasileño de Santa Catarina.",
        ),
        (
            "fr",
            "Les présidents du Mercosur se réuniront la semaine prochaine à Asunción. Milei s'exprimera ce week-end"
            " lors d'une conférence de militants conservateurs dans l'État brésilien de Santa Catarina.",
        ),
    ],
)
def test_a_conference_of_activists_is_no_meeting_between_governments(language: str, text: str) -> None:
    """Only the bloc's meeting next week: the weekend's conference gathers people of no office."""
    assert [m.start for m in read_in(language, text)] == [date(1987, 4, 6)]


def test_the_presidents_of_the_member_states_meet_as_their_bloc() -> None:
    """ "Die Präsidenten der Mitgliedstaaten": presidents, plural after their article; the bloc
    the article is about is whose meeting it is."""
    text = (
        "Paraguay übernimmt den Vorsitz des Mercosur. Die Präsidenten der Mitgliedstaaten kommen am kommenden"
        " Montag in Asunción zusammen."
    )
    assert [(m.start, m.organisations, m.location) for m in read_in("de", text)] == [
        (date(1987, 4, 6), ("Mercosur",), "Asunción")
    ]


def test_a_participle_with_its_agent_tells_no_past() -> None:
    """ "a summit dominated by Ukraine": who shapes it, not a past act; the weekdays are ahead."""
    text = (
        "Leaders of the 31 NATO countries gather in Vilnius on Thursday and Friday for a two-day summit dominated"
        " by Ukraine and defence spending."
    )
    assert [(m.start, m.end) for m in read_in("en", text)] == [(date(1987, 4, 2), date(1987, 4, 3))]


def test_a_past_passive_with_its_agent_is_past() -> None:
    """ "On Tuesday they were joined by video link by ...": last Tuesday's session."""
    text = (
        "NATO foreign ministers met in Brussels this week. On Tuesday they were joined by video link by the"
        " foreign minister of Ukraine for a session on energy security."
    )
    assert read_in("en", text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "10 апреля, уже после саммита, президенты Кыргызстана и Узбекистана проведут на Иссык-Куле отдельную"
            " встречу.",
        ),
        (
            "en",
            "On 10 April, after the summit, the presidents of Kyrgyzstan and Uzbekistan will hold a separate meeting.",
        ),
        (
            "de",
            "Am 10. April, nach dem Gipfel, werden die Präsidenten Kirgistans und Usbekistans ein separates Treffen"
            " abhalten.",
        ),
        (
            "fr",
            "Le 10 avril, après le sommet, les présidents du Kirghizistan et de l'Ouzbékistan tiendront une réunion"
            " séparée.",
        ),
        (
            "es",
            "El 10 de abril, después de la cumbre, los presidentes de Kirguistán y Uzbekistán celebrarán una reunión"
            " aparte.",
        ),
    ],
)
def test_a_meeting_told_after_in_an_aside_does_not_own_the_date(language: str, text: str) -> None:
    """ "On 10 April, after the summit, ... will hold a separate meeting": the date opens the
    sentence; the summit it comes after is an aside, not the meeting of that day."""
    assert [(m.kind, m.start) for m in read_in(language, text)] == [("meeting", date(1987, 4, 10))]


def test_a_dateline_with_an_agencys_full_name_is_no_meeting_date() -> None:
    """ "Ciudad de México, 1 de abril (Agencia Mexicana de Información Continental).-": the
    dateline's day is the wire's, not a day the summit was called off on."""
    text = (
        "Ciudad de México, 1 de abril (Agencia Mexicana de Información Continental).- La cumbre de la Alianza del"
        " Pacífico, que fue suspendida a última hora, se celebrará finalmente el miércoles 15 de abril en Lima."
    )
    assert [(m.start, m.status) for m in read_in("es", text)] == [(date(1987, 4, 15), Status.CONFIRMED)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The president has cancelled the two last stops of his tour: the visit to Port Moresby, planned for"
            " Monday 6 April, and the Quad summit Australia was to host on Wednesday 8 April in Sydney.",
        ),
        (
            "es",
            "Quedan canceladas las dos escalas posteriores del viaje: la visita a Port Moresby, prevista para el lunes"
            " 6 de abril, y la cumbre del Quad que Australia debía acoger el miércoles 8 de abril en Sídney.",
        ),
        (
            "fr",
            "Le président a annulé les deux dernières étapes de sa tournée : la visite à Port Moresby, prévue le lundi"
            " 6 avril, et le sommet du Quad que l'Australie devait accueillir le mercredi 8 avril à Sydney.",
        ),
    ],
)
def test_a_status_before_a_colon_befalls_each_meeting_it_lists(language: str, text: str) -> None:
    """ "cancelled the two last stops: the visit ..., and the summit ...": both are off."""
    meetings = read_in(language, text)
    assert sorted((m.start, m.status) for m in meetings) == [
        (date(1987, 4, 6), Status.CANCELLED),
        (date(1987, 4, 8), Status.CANCELLED),
    ]


def test_a_status_before_a_colon_that_counts_nothing_befalls_no_list() -> None:
    """The briefing is off; the talks and the dinner the colon goes on to stand."""
    text = (
        "The ministry has called off its briefing for reporters: the foreign ministers of China and Japan will"
        " hold talks on Monday and meet again over a state dinner on Tuesday."
    )
    assert sorted((m.start, m.status) for m in read_in("en", text)) == [
        (date(1987, 4, 6), Status.CONFIRMED),
        (date(1987, 4, 7), Status.CONFIRMED),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Für Steinmeier hat das Treffen in Belgrad besondere Bedeutung: Deutschland übernimmt zum 10. April den"
            " Vorsitz der OSZE von Serbien.",
        ),
        (
            "en",
            "For Steinmeier the meeting in Belgrade has a special meaning: Germany takes over the OSCE chair from"
            " Serbia on 10 April.",
        ),
    ],
)
def test_a_date_in_the_clause_after_a_colon_is_not_the_meetings_before_it(language: str, text: str) -> None:
    """The handover's day, told in a clause of its own after the colon, dates no meeting."""
    assert read_in(language, text) == []


def test_a_date_after_labels_and_colons_is_the_meetings() -> None:
    text = (
        "Details of the Ministerial Session of the South Africa-Namibia Bi-National Commission are as follows:"
        " Date: Thursday, 9 April 1987 Time: 09h00 Venue: Union Buildings, Pretoria."
    )
    assert [m.start for m in read_in("en", text)] == [date(1987, 4, 9)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The meeting of NATO foreign ministers in Brussels opens on Monday and runs until Tuesday."),
        ("de", "Das Treffen der Nato-Außenminister in Brüssel beginnt am Montag und dauert bis Dienstag."),
    ],
)
def test_a_meeting_that_runs_until_a_day_ends_that_day(language: str, text: str) -> None:
    """ "runs until Tuesday", "dauert bis Dienstag": the until is the date's own word."""
    assert [(m.start, m.end) for m in read_in(language, text)] == [(date(1987, 4, 6), date(1987, 4, 7))]


def test_other_peoples_meeting_during_a_visit_is_not_the_visit() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva will arrive in Tehran on Saturday for an official visit"
        " that runs until Monday. On Sunday, the foreign ministers of Iran, Brazil and Turkey - Manouchehr"
        " Mottaki, Celso Amorim and Ahmet Davutoğlu - will hold a trilateral meeting in Tehran."
    )
    assert sorted((m.kind, m.start, m.end) for m in read_in("en", text)) == [
        ("meeting", date(1987, 4, 5), date(1987, 4, 5)),
        ("visit", date(1987, 4, 4), date(1987, 4, 6)),
    ]


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        ("en", "They gather at the King Abdulaziz International Conference Center in Riyadh.", []),
        ("ar", "يجتمعون في مركز الملك عبد العزيز الدولي للمؤتمرات بالرياض.", []),
        # a palace named before a comma names no building of the summit after it
        ("ar", "تنعقد القمة في قصر الصخير، وهي أول قمة عربية تستضيفها المملكة.", ["summit", "summit"]),
    ],
)
def test_a_meeting_word_in_a_buildings_name_is_no_meeting(language: str, text: str, kinds: list[str]) -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.words import find_cues

    assert [c.kind for c in find_cues(text, pack_for(language)) if not c.verb] == kinds


def test_a_trip_to_a_ministers_meeting_that_runs_until_a_day_is_that_meeting() -> None:
    """ "reist am Montag zum Treffen der Nato-Außenminister, das bis Dienstag dauert": the
    meeting, Monday to Tuesday, not a NATO visit to Brussels."""
    text = "Er reist am Montag zum Treffen der Nato-Außenminister nach Brüssel, das bis Dienstag dauert."
    assert [(m.kind, m.start, m.end) for m in read_in("de", text)] == [("meeting", date(1987, 4, 6), date(1987, 4, 7))]


def test_the_same_day_is_the_day_the_sentence_before_names() -> None:
    """ "Modi flies in on Monday. The same day, the summit ...; on Tuesday he speaks at the
    forum. The same day, Putin holds talks with Abe": each "same day" is its sentence before's,
    an arrival's or a speech's, not only a meeting's."""
    text = (
        "Моди прилетит во Владивосток в понедельник. В тот же день на острове Русский состоится ежегодный"
        " российско-индийский саммит. Во вторник индийский премьер выступит на пленарном заседании форума. В тот"
        " же день Путин проведет переговоры с премьер-министром Японии Синдзо Абэ."
    )
    assert [(m.kind, m.start) for m in read_in("ru", text)] == [
        ("summit", date(1987, 4, 6)),
        ("talks", date(1987, 4, 7)),
    ]
    english = (
        "Indian Prime Minister Narendra Modi will fly into Vladivostok on Monday. The same day, the annual"
        " India-Russia summit will be held on Russky Island."
    )
    assert [(m.kind, m.start) for m in read_in("en", english)] == [("summit", date(1987, 4, 6))]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Nato defence ministers will meet in Brussels on Thursday.", "NATO"),
        (
            "The first meeting of the new Nato-Ukraine Council is planned in Vilnius on Thursday.",
            "NATO-Ukraine Council",
        ),
    ],
)
def test_nato_as_british_outlets_write_it(text: str, organisation: str) -> None:
    """ "Nato", as the BBC, the Guardian and the FT write it, is NATO."""
    assert [m.organisations for m in read_in("en", text)] == [(organisation,)]


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        (
            "en",
            "The Kenyan president has postponed his state visit to Japan, which was to begin on Sunday, citing the"
            " floods at home. The centrepiece of the trip was to be a meeting with the Japanese prime minister on"
            " Tuesday.",
            "postponed",
        ),
        (
            "en",
            "Chile's foreign minister has called off her trip to Canberra that was due to start on Monday. During"
            " the visit she was to hold talks with her Australian counterpart on Thursday.",
            "cancelled",
        ),
        (
            "es",
            "El presidente de Kenia, William Ruto, aplazó el viaje oficial a Japón que debía comenzar el domingo. El"
            " mandatario tenía previsto reunirse el martes con su homólogo japonés en Tokio.",
            "postponed",
        ),
        (
            "fr",
            "Le président sénégalais a reporté sa visite d'État en Chine, qui devait commencer dimanche. Au cours"
            " de cette visite, il devait avoir un entretien avec le président chinois mardi.",
            "postponed",
        ),
    ],
)
def test_a_meeting_inside_a_trip_put_off_shares_its_fate(language: str, text: str, status: str) -> None:
    """A meeting told as a part of a trip that was put off or called off ("the centrepiece of the
    trip was to be a meeting ... on Tuesday") is put off or called off with it: a calendar that
    kept it would send someone to a meeting that will not happen."""
    assert {m.status.value for m in read_in(language, text)} == {status}


def test_a_meeting_of_a_trip_that_goes_ahead_stands_beside_one_put_off() -> None:
    """The trip's fate is the latest trip's: a meeting of another trip told after it stands."""
    text = (
        "The Kenyan president has postponed his state visit to Japan, which was to begin on Sunday. His foreign"
        " minister will instead travel to Seoul on Monday. During the visit, she will meet her South Korean"
        " counterpart on Tuesday."
    )
    statuses = {m.start: m.status.value for m in read_in("en", text)}
    assert statuses[date(1987, 4, 5)] == "postponed"
    assert statuses[date(1987, 4, 7)] != "postponed"


def test_other_peoples_meeting_where_a_trip_put_off_was_going_stands() -> None:
    """A meeting in the trip's destination by other people is not the trip's."""
    text = (
        "The Kenyan president has postponed his state visit to Japan, which was to begin on Sunday. Chinese Premier"
        " Li Qiang will meet Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday."
    )
    statuses = {m.start: m.status.value for m in read_in("en", text)}
    assert statuses[date(1987, 4, 7)] == "confirmed"


def test_a_weekday_told_of_a_trip_begun_the_day_before_is_a_day_of_that_trip() -> None:
    """ "will travel to Canberra on Monday. During the visit she will hold talks ... on
    Thursday": the Thursday after that Monday, not the coming one (written on a Wednesday)."""
    text = (
        "Chile's foreign minister will travel to Canberra on Monday. During the visit she will hold talks with her"
        " Australian counterpart on Thursday."
    )
    assert date(1987, 4, 9) in {m.start for m in read_in("en", text)}
    assert date(1987, 4, 2) not in {m.start for m in read_in("en", text)}


def test_a_programme_line_led_by_a_weekday_in_capitals_is_that_days() -> None:
    """ "FRIDAY - The president will meet ..." in a day-by-day programme: Friday's item."""
    text = (
        "The president leaves for Asia on Tuesday night. Here is the plan.\n\nFRIDAY - President Mirziyoyev will"
        " meet Prime Minister Anwar Ibrahim in Putrajaya in the morning."
    )
    assert [(m.start, m.location) for m in read_in("en", text)] == [(date(1987, 4, 3), "Putrajaya")]


def test_the_same_day_opening_a_sentence_without_a_comma_dates_its_predicate() -> None:
    """ "The same day Ruto, Ramaphosa and Tinubu will hold the first summit of ...": the day of
    the sentence before, however long the subject."""
    text = (
        "President William Ruto will hold talks with President Cyril Ramaphosa in Pretoria on Thursday. The same"
        " day Ruto, Ramaphosa, Nigeria's Bola Tinubu and Ghana's President Nana Akufo-Addo will hold the first"
        " summit of their new energy group by video link."
    )
    assert [m.start for m in read_in("en", text) if m.kind == "videoconference"] == [date(1987, 4, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the Doha Peace and Development Forum brings together the leaders of the Horn of Africa.",
        'On Saturday the "Jeddah Security and Development Summit" brings together the leaders of the Gulf states.',
    ],
)
def test_a_meeting_named_in_title_case_after_its_city_is_held_there(text: str) -> None:
    """A city opening a meeting's own name in title case is its venue, as in "the Venice summit"."""
    [meeting] = read_in("en", text)
    assert meeting.location in ("Doha", "Jeddah")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "G20 foreign ministers will meet in New Delhi on April 6 and 7. The day after the meeting ends, the"
            " ministers of Australia, Japan and India hold a Quad foreign ministers' meeting in the Indian capital.",
        ),
        (
            "ar",
            "يعقد وزراء خارجية مجموعة العشرين اجتماعا في نيودلهي يومي 6 و7 أبريل. وفي اليوم التالي لختام الاجتماع،"
            " يعقد وزراء خارجية أستراليا واليابان والهند اجتماعا لوزراء خارجية الرباعية في العاصمة الهندية.",
        ),
    ],
)
def test_the_day_after_a_meeting_closes_counts_from_its_last_day(language: str, text: str) -> None:
    """ "the day after the meeting ends", "اليوم التالي لختام الاجتماع": the day after its last day."""
    assert date(1987, 4, 8) in {m.start for m in read_in(language, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IAEA-Generaldirektor Rafael Grossi wird später in dieser Woche in Teheran erwartet.",
            (date(1987, 4, 2), date(1987, 4, 5)),
        ),
        (
            "Als Termin für die zweite Runde der Gespräche zwischen Iran und den USA nannte Außenamtssprecher"
            " Esmail Baghaei am Mittwoch den kommenden Samstag.",
            (date(1987, 4, 4), date(1987, 4, 4)),
        ),
    ],
)
def test_german_later_this_week_and_the_day_a_date_was_named(text: str, expected: tuple[date, date]) -> None:
    """ "später in dieser Woche" is later this week; "nannte ... am Mittwoch den kommenden
    Samstag": Wednesday is the day it was said, Saturday the meeting's."""
    assert [(m.start, m.end) for m in read_in("de", text)] == [expected]


def test_the_luxembourg_convention_centre_is_in_luxembourg() -> None:
    text = "Am Montag treffen sich die EU-Außenminister im Europäischen Konferenzzentrum auf dem Kirchberg."
    assert [m.location for m in read_in("de", text)] == ["Luxembourg"]


def test_a_summit_that_opens_tomorrow_and_closes_on_sunday_runs_until_sunday() -> None:
    """ "Le sommet de l'OTAN, présidé par ..., s'ouvre demain à Vilnius et s'achèvera vendredi":
    tomorrow to Friday, however long the aside between the summit and its day."""
    text = (
        "Le sommet de l'OTAN, présidé par le secrétaire général Jens Stoltenberg, s'ouvre demain à Vilnius et"
        " s'achèvera vendredi."
    )
    assert [(m.start, m.end, m.location) for m in read_in("fr", text)] == [
        (date(1987, 4, 2), date(1987, 4, 3), "Vilnius")
    ]


def test_a_meeting_rather_than_giving_up_on_it_and_beside_a_summit_is_its_own() -> None:
    """ "Plutôt que de renoncer à se voir, les dirigeants ... se retrouveront en marge du G20 de
    Rio, samedi": not cancelled, held in Rio, and not the G20 summit told in the next sentence."""
    text = (
        "Plutôt que de renoncer à se voir, les dirigeants de l'Inde, du Brésil et de l'Afrique du Sud se"
        " retrouveront en marge du G20 de Rio, samedi. Le sommet du G20 s'ouvre vendredi à Rio et s'achèvera"
        " dimanche."
    )
    found = sorted((m.start, m.end, m.location, m.status.value) for m in read_in("fr", text))
    assert found == [
        (date(1987, 4, 3), date(1987, 4, 5), "Rio de Janeiro", "confirmed"),
        (date(1987, 4, 4), date(1987, 4, 4), "Rio de Janeiro", "confirmed"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "يعقد الرئيس المصري عبد الفتاح السيسي ونظيره الأذربيجاني إلهام علييف جلسة مباحثات صباح الخميس بالعاصمة باكو.",
            "Baku",
        ),
        ("يلتقي وزيرا خارجية مصر وروسيا يوم الخميس بمدينة سانت بطرسبورغ الروسية.", "Saint Petersburg"),
    ],
)
def test_arabic_in_the_city_of_and_another_transliteration_of_a_town(text: str, place: str) -> None:
    """ "بالعاصمة طشقند" (in the capital Tashkent), "بمدينة" (in the city of); a town spelled with
    other long vowels than the gazetteer's ("بطرسبورغ" for "بطرسبرغ") is that town."""
    assert [m.location for m in read_in("ar", text)] == [place]


def test_a_countrys_adjective_is_never_a_town_by_its_skeleton() -> None:
    """ "قمة سعودية أمريكية" (a Saudi-American summit) is in no town called Saïda."""
    text = "يعقد الملك سلمان بن عبدالعزيز مع الرئيس الأمريكي يوم السبت قمة سعودية أمريكية في الرياض."
    assert [m.location for m in read_in("ar", text)] == ["Riyadh"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La gira del canciller concluirá el viernes en Lima, donde el presidente peruano, Pedro Castillo, lo"
            " recibirá en el Palacio de Gobierno.",
        ),
        (
            "en",
            "The minister's tour ends on Friday in Lima, where Peruvian President Pedro Castillo will receive him at"
            " the Government Palace.",
        ),
    ],
)
def test_the_day_a_tour_ends_is_the_day_of_the_meeting_where_it_ends(language: str, text: str) -> None:
    """ "concluirá el viernes en Lima, donde ... lo recibirá": Friday is the tour's last day and
    the day of the meeting in Lima."""
    assert [(m.start, m.location) for m in read_in(language, text)] == [(date(1987, 4, 3), "Lima")]


def test_this_week_in_a_sundays_paper_is_the_week_ahead() -> None:
    article = Article(
        id="t",
        title="",
        text="Kenyan President William Ruto will visit Tanzania this week for talks with President Samia Suluhu Hassan.",
        published=datetime(1987, 4, 5, 9, tzinfo=UTC),  # a Sunday
        language="en",
    )
    [meeting] = meetings_from_article(article)
    assert (meeting.start, meeting.end) == (date(1987, 4, 6), date(1987, 4, 12))


def test_a_summit_a_country_planned_to_host_and_shelved_is_not_confirmed() -> None:
    """The verb that carries the status ("had planned to host ... has been shelved") keeps its
    date: the summit is never left standing without it."""
    text = (
        "A leaders' summit that Kenya had planned to host in May has been shelved indefinitely because of the floods."
    )
    assert "confirmed" not in {m.status.value for m in found(text)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "In der kommenden Woche reist Scholz am Donnerstag und Freitag zum Gipfel der EU-Staats- und Regierungschefs.",
        ),
        (
            "en",
            "Next week, the foreign ministers of Kenya and Ethiopia will meet in Addis Ababa on Thursday and Friday.",
        ),
    ],
)
def test_weekdays_after_next_week_in_their_sentence_are_that_weeks(language: str, text: str) -> None:
    """ "In der kommenden Woche ... am Donnerstag und Freitag": the Thursday and Friday of next
    week (written on Wednesday 1 April: the 9th and 10th), not of this one."""
    assert [(m.start, m.end) for m in read_in(language, text)] == [(date(1987, 4, 9), date(1987, 4, 10))]


def test_a_hotel_named_after_a_town_is_in_the_city_the_text_gives() -> None:
    """ "at the Shangri-La hotel in central Bangkok": Bangkok, not Shangri-La in Yunnan."""
    text = "ASEAN foreign ministers meet on Thursday at the Shangri-La hotel in central Bangkok."
    assert [m.location for m in read_in("en", text)] == ["Bangkok"]


def test_russian_a_town_that_will_host_and_a_bare_summit_that_tells_it_again() -> None:
    """ "Сува на следующей неделе примет встречу ...": Suva hosts; "Саммит пройдет с 6 по 8 апреля"
    opening the next sentence is that meeting told again (Russian has no article to say so)."""
    text = (
        "Столица Фиджи Сува на следующей неделе примет встречу лидеров Форума тихоокеанских островов. Саммит"
        " пройдет с 6 по 8 апреля."
    )
    assert [(m.start, m.end, m.location) for m in read_in("ru", text)] == [(date(1987, 4, 6), date(1987, 4, 8), "Suva")]


def test_the_day_a_statement_was_made_between_its_subject_and_its_verb() -> None:
    """ "The Kremlin on Wednesday declined to confirm reports that ... will travel": Wednesday is
    the statement's day, not the trip's."""
    text = (
        "The Kremlin on Wednesday declined to confirm reports that President Vladimir Putin will travel to Pyongyang"
        " within weeks."
    )
    assert read_in("en", text) == []


def test_the_city_named_after_the_capital_of_an_adjective_that_names_two_countries() -> None:
    """ "in the Congolese capital Kinshasa": Kinshasa ("Congolese" alone says Brazzaville or Kinshasa)."""
    text = "The foreign ministers of Rwanda and Burundi will meet in the Congolese capital Kinshasa on Friday."
    assert [m.location for m in read_in("en", text)] == ["Kinshasa"]


def test_the_day_before_with_no_meeting_after_it_is_the_day_before_the_day_told() -> None:
    """ "poursuivait mercredi à Kigali la visite d'État qu'il a entamée la veille": the visit began
    on Tuesday, and runs today; "la veille du sommet" alone is the eve of a meeting told after."""
    text = (
        "Le président kényan William Ruto poursuivait mercredi à Kigali la visite d'État qu'il a entamée la veille,"
        " à l'invitation de son homologue rwandais Paul Kagame."
    )
    assert read_in("fr", text) == []


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("es", "El martes, Biden pronunciará ante el Congreso su discurso sobre el estado de la Unión.", "Congreso"),
        ("en", "On Tuesday, Biden will address the Congress on the state of the union.", "Congress"),
        ("fr", "Mardi, Joe Biden prononcera devant le Congrès son discours sur l'état de l'Union.", "Congrès"),
    ],
)
def test_congress_capitalised_is_a_legislature_not_a_meeting_word(language: str, text: str, word: str) -> None:
    """ "ante el Congreso": a parliament, not a congress (a conference); "un congreso" still is one."""
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.words import find_cues

    pack = pack_for(language)
    assert word not in [c.word for c in find_cues(text, pack)]
    assert [c.kind for c in find_cues(text.replace(word, word.lower()), pack)] == ["conference"]


def test_a_days_said_after_its_comma_is_the_meetings() -> None:
    """ "... in Nairobi on April 10, said a ministry spokesman": the meeting's day, told before
    who says it (only "The Kremlin on Tuesday declined" puts the statement's day first)."""
    text = "Kenyan Foreign Minister Raychelle Omamo will meet her Somali counterpart in Nairobi on April 10, said a spokesman."
    assert [m.start for m in read_in("en", text)] == [date(1987, 4, 10)]


def test_a_verb_that_lets_a_date_go_gives_it_to_no_other_verb() -> None:
    """ "Kenyan cabinet ministers will meet next Tuesday to discuss ...": a cabinet's meeting; "to
    discuss" does not take the day the meeting let go."""
    text = "Kenyan cabinet ministers will meet next Tuesday to discuss measures to cover the pension fund's deficit."
    assert read_in("en", text) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "El presidente finlandés, Sauli Niinistö, recibirá el jueves en Helsinki a Pedro Sánchez.",
            "Sauli Niinistö",
        ),
        (
            "es",
            "El canciller polaco, Radosław Sikorski, recibirá el lunes en Varsovia a José Manuel Albares.",
            "Radosław Sikorski",
        ),
        (
            "fr",
            "Le président turc Recep Tayyip Erdoğan recevra lundi à Ankara Emmanuel Macron.",
            "Recep Tayyip Erdoğan",
        ),
    ],
)
def test_foreign_names_keep_their_letters(language: str, text: str, name: str) -> None:
    """ "Niinistö", "Erdoğan", "Radosław" whole in Spanish and French text, not "Niinist"."""
    assert name in {p for m in read_in(language, text) for p in m.participants}


def test_a_bare_time_opening_a_live_blogs_entry_is_no_meetings_time() -> None:
    """ "09:20 Lo que hay que saber ...", an entry's stamp with no dash, gives the meeting no time."""
    text = (
        "Los jefes de Estado y de Gobierno de los aliados de la OTAN se reúnen mañana en Vilna.\n\n08:10 Kiev"
        " denuncia nuevos ataques con drones en Odesa durante la noche."
    )
    [meeting] = read_in("es", text)
    assert meeting.start_time is None


def test_a_meeting_called_off_and_set_again_in_one_sentence_is_one_meeting_moved() -> None:
    """ "... will now meet in Kampala on Thursday and Friday, ..., after a meeting set for last
    Saturday was called off": one meeting moved from Saturday, not a cancelled one beside it."""
    text = (
        "The defence chiefs of the East African Community will now meet in Kampala on Thursday and Friday, the"
        " bloc said on Wednesday, after a meeting set for last Saturday was called off at short notice."
    )
    [meeting] = read_in("en", text)
    assert (meeting.start, meeting.end, meeting.status.value) == (date(1987, 4, 2), date(1987, 4, 3), "confirmed")
    assert meeting.change is not None
    assert meeting.change.previous_start == date(1987, 3, 28)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Kenya's president will arrive in Oslo on Monday for a state visit to Norway, the palace said. The"
            " visit lasts until Wednesday.",
        ),
        (
            "de",
            "Der kenianische Präsident trifft am Montag zu einem Staatsbesuch in Oslo ein. Der Besuch dauert bis"
            " Mittwoch.",
        ),
    ],
)
def test_a_visits_last_day_told_in_a_sentence_of_its_own(language: str, text: str) -> None:
    """ "The visit lasts until Wednesday" ends the visit told before; it is no visit of its own
    starting on Wednesday."""
    [meeting] = read_in(language, text)
    assert (meeting.start, meeting.end) == (date(1987, 4, 6), date(1987, 4, 8))


def test_a_visit_next_week_told_again_on_a_day_in_one_of_its_cities_is_one_visit() -> None:
    """A state visit to a country "next week", then the host receiving the guest in its capital on
    Monday: one visit, from Monday."""
    text = (
        "Der chilenische Präsident Gabriel Boric kommt in der kommenden Woche zu einem Staatsbesuch nach Österreich."
        " Bundespräsident Alexander Van der Bellen wird den Gast am Montag mit militärischen Ehren in Wien empfangen."
    )
    [meeting] = read_in("de", text)
    assert (meeting.start, meeting.location) == (date(1987, 4, 6), "Vienna")


@pytest.mark.parametrize(
    "text",
    [
        "Dort trifft Außenminister Hans Berger am Montag (6.4.) seinen Amtskollegen.",
        "Dort trifft Außenminister Hans Berger am Montag (6. April) seinen Amtskollegen.",
    ],
)
def test_a_weekday_with_its_date_in_brackets_is_one_day(text: str) -> None:
    """A press office's "am Montag (6.4.)": the weekday and the date in brackets are one day."""
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.dates import find_dates

    assert [m.kind for m in find_dates(text, pack_for("de"))] == ["day"]


def test_an_article_after_a_name_is_no_part_of_it() -> None:
    """ "wird Bundespräsident Joachim Gauck den Gast empfangen": the name ends before "den"."""
    text = "Am Montag wird Bundespräsident Joachim Gauck den Gast aus Chile in Berlin empfangen."
    assert {p for m in read_in("de", text) for p in m.participants} >= {"Joachim Gauck"}
    assert not any("Gast" in p for m in read_in("de", text) for p in m.participants)


def test_a_list_of_countries_between_a_meeting_and_its_date_breaks_nothing() -> None:
    """ "the summit of the leaders of Chile, the United States, Mexico and Canada would begin on
    Tuesday": the commas of the list are no clause breaks."""
    text = (
        "An official said the summit of the leaders of Chile, the United States, Mexico and Canada would begin"
        " on Tuesday."
    )
    [meeting] = read_in("en", text)
    assert meeting.start == date(1987, 4, 7)


def test_leaving_on_a_day_on_a_visit_dates_the_visit() -> None:
    """ "will leave for Tokyo on Monday on a two-day visit to Japan": Monday is the visit's first
    day, not only a departure."""
    [meeting] = read_in("en", "Prime Minister Ana Lopes will leave for Tokyo on Monday on a two-day visit to Japan.")
    assert (meeting.start, meeting.end) == (date(1987, 4, 6), date(1987, 4, 7))


def test_a_time_without_a_day_goes_to_the_meeting_inside_a_visit_not_the_visit() -> None:
    """A two-day visit from Sunday, the ministers' meeting on Monday, then "the ministers begin
    their discussions at 1:30 pm": the meeting's time, not the trip's."""
    text = (
        "Foreign Minister Ana Lopes will leave for Lima on Sunday on a two-day visit during which she will attend"
        " a meeting of the foreign ministers of Peru, Chile and Brazil. The spokesman said the trilateral meeting"
        " will be held on Monday and hosted by Peruvian Foreign Minister Luis Ortiz, with Chilean Foreign Minister"
        " Rosa Vidal also in attendance. The ministers are scheduled to begin their discussions at 1:30 pm GMT."
    )
    meetings = read_in("en", text)
    timed = {m.start: m.start_time for m in meetings}
    assert timed[date(1987, 4, 6)] is not None
    assert timed[date(1987, 4, 5)] is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Саммит Андского сообщества, который первоначально планировалось провести 2-3 мая, пройдет 6-7 мая в Кито.",
        ),
        ("en", "The Andean summit, originally planned for May 2-3, will take place on May 6-7 in Quito."),
    ],
)
def test_the_words_of_a_first_date_are_not_the_new_dates(language: str, text: str) -> None:
    """ "first planned for 2-3 May, will take place on 6-7 May": 6-7 May stands; "first planned
    for March and then for June" would list two old dates (no verb of meeting between them)."""
    [meeting] = read_in(language, text)
    assert (meeting.start, meeting.end) == (date(1987, 5, 6), date(1987, 5, 7))


def test_a_town_of_several_words_spelt_with_an_accent_is_that_town() -> None:
    """ "a Port Sudán": Port Sudan, not "Port" read as Le Port on Réunion."""
    text = (
        "El enviado de la Unión Africana viajará el lunes a Port Sudán para reunirse con el jefe del Ejército sudanés."
    )
    assert [m.location for m in read_in("es", text)] == ["Port Sudan"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le président chilien, dont le pays exerce la présidence du bloc, a multiplié ce week-end les signaux"
            " optimistes sur la conclusion des négociations avec l'Union européenne.",
        ),
    ],
)
def test_this_weekend_told_in_the_past_in_a_weekdays_paper_is_the_weekend_gone(language: str, text: str) -> None:
    """In a Monday's paper, "ce week-end" with a verb in the past is the weekend just gone: no
    meeting ahead."""
    assert read_in(language, text, datetime(1987, 3, 30, 9, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Barack Obama will visit Moscow for talks with Vladimir Putin on May 3, ahead of the APEC summit in"
            " Vladivostok on May 5 and 6.",
        ),
        (
            "ru",
            "Барак Обама посетит Москву для переговоров с Владимиром Путиным 3 мая, накануне саммита АТЭС, который"
            " пройдет 5-6 мая во Владивостоке.",
        ),
    ],
)
def test_the_meeting_something_is_told_ahead_of_lends_it_no_one(language: str, text: str) -> None:
    """ "talks with Putin on May 3, ahead of the APEC summit": APEC is the summit's, not the
    talks' (which a store would otherwise keep apart from a report of the same talks)."""
    talks = next(m for m in read_in(language, text) if m.start == date(1987, 5, 3))
    assert "APEC" not in talks.participants


def test_the_ministers_of_the_two_countries_are_the_pair_told_before() -> None:
    """ "a meeting of the ministers of the two countries" in an article that names an
    organisation elsewhere: the two countries told before, not the organisation."""
    text = (
        "The G20 summit will open in Rome on May 20. Chile and Peru will hold talks in Lima on May 4. A meeting"
        " of the foreign and defence ministers of the two countries will take place in Santiago on June 8."
    )
    june = next(m for m in read_in("en", text) if m.start == date(1987, 6, 8))
    assert set(june.countries) == {"CL", "PE"}
    assert not june.organisations


@pytest.mark.parametrize(
    ("language", "text", "dateline"),
    [
        ("en", "EU farm ministers meet in this Baltic resort on Friday for informal talks.", "JURMALA, April 1 -"),
        ("fr", "Les ministres de l'UE se réunissent vendredi dans cette station balnéaire.", "BIARRITZ, 1 avril -"),
        ("es", "Los cancilleres del Mercosur se reunirán el viernes en esta ciudad.", "ROSARIO, 1 abr -"),
    ],
)
def test_in_this_resort_is_the_datelines_town(language: str, text: str, dateline: str) -> None:
    """ "in this Baltic resort", "dans cette station", "en esta ciudad": the dateline's town, as "here"."""
    [meeting] = read_in(language, f"{dateline} {text}")
    assert meeting.location == dateline.split(",")[0].title()


def test_a_meeting_word_after_another_meeting_and_its_day_names_its_own_people() -> None:
    """ "ministers meet on Wednesday for talks overshadowed by the first direct negotiations
    between Armenia and Azerbaijan, due in Prague on Thursday": the negotiations are the two
    countries', not the ministers' organisation's."""
    text = (
        "OSCE foreign ministers meet in Vienna on Wednesday for informal talks overshadowed by the first direct"
        " negotiations between Armenia and Azerbaijan, due to take place in Prague on Thursday."
    )
    prague = next(m for m in read_in("en", text) if m.location == "Prague")
    assert "OSCE" not in prague.participants


def test_the_day_someone_left_is_not_the_day_of_the_trip_told_after_it() -> None:
    """ "left for the Middle East on Sunday evening for a trip that will take him to Jordan and
    Egypt on Monday": the trip is Monday's, Sunday the day he left."""
    text = (
        "President Ana Lopes left for the Middle East on Sunday evening for a whirlwind trip that will take her to"
        " Jordan and Egypt on Monday, her office said."
    )
    assert [m.start for m in read_in("en", text, datetime(1987, 4, 5, 20, tzinfo=UTC))] == [date(1987, 4, 6)]


def test_the_afternoon_of_a_day_in_arabic_is_that_day_not_after_it() -> None:
    """ "بعد ظهر يوم الاثنين المقبل": the afternoon of next Monday, not a bound ("after")."""
    text = "قال المتحدث إن الرئيسين سيترأسان القمة بعد ظهر يوم الاثنين المقبل في شرم الشيخ، بمشاركة قادة عشرين دولة."
    assert [m.start for m in read_in("ar", text)] == [date(1987, 4, 6)]


def test_a_trip_told_as_a_list_of_countries_and_days_is_a_visit_each() -> None:
    """ "will be in Chile from June 3 to 5, in Peru from June 5 to 8 and in Ecuador from June 8
    to 10": three visits, each in its own country."""
    text = (
        "Premier Ana Lopes will visit South America next week. She will be in Chile from June 3 to 5, in Peru"
        " from June 5 to 8 and in Ecuador from June 8 to 10, her spokesman said."
    )
    found = {(m.start, m.end, m.location) for m in read_in("en", text)}
    assert {
        (date(1987, 6, 3), date(1987, 6, 5), "Chile"),
        (date(1987, 6, 5), date(1987, 6, 8), "Peru"),
        (date(1987, 6, 8), date(1987, 6, 10), "Ecuador"),
    } <= found


def test_where_a_spokesman_spoke_is_not_where_the_meeting_is() -> None:
    """ "told a media briefing in New Delhi that the summit ... would begin on Tuesday": New Delhi
    is where it was said."""
    text = "The spokesman told a media briefing in Lima that the summit of Chile and Peru would begin on Tuesday."
    [meeting] = read_in("en", text)
    assert meeting.location != "Lima"


def test_later_this_week_in_german_told_as_im_weiteren_verlauf() -> None:
    """ "Im weiteren Verlauf dieser Woche" in a Wednesday's paper: Thursday to Sunday."""
    text = "Im weiteren Verlauf dieser Woche empfängt Außenminister Hans Berger seinen ukrainischen Kollegen in Berlin."
    [meeting] = read_in("de", text)
    assert (meeting.start, meeting.end) == (date(1987, 4, 2), date(1987, 4, 5))


def test_a_venue_named_with_its_towns_adjective_is_in_that_town() -> None:
    """ "in den Hamburger Messehallen": in Hamburg."""
    text = "Das Treffen der OSZE-Außenminister findet am 8. Dezember in den Hamburger Messehallen statt."
    [meeting] = read_in("de", text)
    assert meeting.location == "Hamburg"


def test_the_groups_summit_is_the_groups() -> None:
    """ "to discuss the agenda for the group's Venice summit in June": the group told before."""
    text = (
        "Representatives of the Group of Seven will meet in Porto Cervo from April 30 to May 2 to discuss the"
        " agenda for the group's Venice summit in June, sources close to the Italian Foreign Ministry said."
    )
    june = next(m for m in read_in("en", text) if m.start_label() == "1987-06")
    assert "G-7" in june.organisations


def test_a_short_adverb_of_time_before_a_fronted_day_keeps_it_the_predicates() -> None:
    """ "Днем позже, в среду, там же, в «Бочаровом Ручье», Путин примет ...": the day opens the
    sentence after a short adverb; its commas and asides part it from nothing."""
    text = (
        "МОСКВА, 3 апреля - Днем позже, в среду, там же, в «Бочаровом Ручье», Путин примет президента Турции"
        " Реджепа Тайипа Эрдогана."
    )
    assert [m.start for m in read_in("ru", text, datetime(1987, 4, 3, 9, tzinfo=UTC))] == [date(1987, 4, 8)]


def test_a_day_counted_back_from_the_meeting_told_before_in_spanish() -> None:
    """ "Un día antes, los ministros ... celebrarán su reunión preparatoria": the day before the
    summit told just before."""
    text = (
        "Los líderes del Mercosur se reunirán el 10 de abril en Asunción. Un día antes, los cancilleres de los"
        " países miembros celebrarán en la misma ciudad su reunión preparatoria."
    )
    assert date(1987, 4, 9) in {m.start for m in read_in("es", text)}


def test_a_dateline_with_an_aside_after_its_city_is_a_dateline() -> None:
    """ "NUEVA YORK (NACIONES UNIDAS), 1 abr.-": the dateline's day dates no meeting."""
    text = (
        "NUEVA YORK (NACIONES UNIDAS), 1 abr.- El Consejo de Seguridad de la ONU celebrará el próximo martes una"
        " sesión informativa sobre Haití."
    )
    assert [m.start for m in read_in("es", text)] == [date(1987, 4, 7)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "France and Germany will co-host a donor conference for Sudan in Paris. It will be held on Monday, April 6.",
        ),
        (
            "fr",
            "La France et l'Allemagne coprésideront à Paris une conférence humanitaire pour le Soudan. Elle se tiendra"
            " le lundi 6 avril.",
        ),
        (
            "de",
            "Frankreich und Deutschland richten in Paris eine Geberkonferenz für den Sudan aus. Sie findet am Montag,"
            " 6. April, statt.",
        ),
    ],
)
def test_a_pronoun_holding_the_meeting_named_before_gives_it_its_day(language: str, text: str) -> None:
    """ "... a conference in Paris. It will be held on Monday": the conference's day, told by a
    pronoun in the sentence after the one that names it."""
    assert [m.start for m in read_in(language, text)] == [date(1987, 4, 6)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "U.S. President Joe Biden and Chinese leader Xi Jinping will hold a virtual summit on Monday. The talks"
            " will begin at 7:45 p.m. Eastern time (0045 GMT Tuesday) and last several hours.",
        ),
        (
            "de",
            "US-Präsident Joe Biden und Chinas Staatschef Xi Jinping wollen am Montag zu einem Videogipfel"
            " zusammenkommen. Das Gespräch soll um"
            " 19.45 Uhr Ostküstenzeit beginnen - in Deutschland ist es dann 1.45 Uhr in der Nacht zum Dienstag - und"
            " mehrere Stunden dauern.",
        ),
    ],
)
def test_a_clock_time_told_again_in_an_aside_dates_no_second_meeting(language: str, text: str) -> None:
    """ "at 7:45 p.m. Eastern time (0045 GMT Tuesday)": the aside tells the same moment in
    another zone; its Tuesday is not a meeting's, and the time is Monday's summit's."""
    published = datetime(2021, 11, 13, 20, tzinfo=UTC)
    [meeting] = read_in(language, text, published=published)
    assert (meeting.start, meeting.start_time, meeting.timezone) == (
        date(2021, 11, 15),
        time(19, 45),
        "America/New_York",
    )


def test_a_dash_aside_naming_another_meeting_keeps_its_day() -> None:
    """A dash after a clock time that opens a clause about another meeting is no conversion."""
    text = (
        "The leaders of Chile and Peru will hold talks at 10:00 on Wednesday - the two foreign ministers will meet"
        " separately at 15:00 on Thursday - in Lima."
    )
    found_days = sorted(m.start for m in read_in("en", text, published=datetime(2021, 11, 15, 8, tzinfo=UTC)))
    assert found_days == [date(2021, 11, 17), date(2021, 11, 18)]


def test_a_fronted_month_whose_verb_looks_back_is_gone() -> None:
    """ "...: en febrero, los cancilleres del grupo sesionaron durante dos días": the month
    opens its clause and the verb after its comma is a preterite, so it is February gone."""
    text = (
        "No es la primera vez que la ciudad recibe a la diplomacia del G20: en febrero, los cancilleres del grupo"
        " sesionaron durante dos días en un hotel de la costa."
    )
    assert read_in("es", text, published=datetime(2012, 6, 9, 16, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Uruguay y Brasil firmaron ayer un acuerdo en Brasilia. El canciller Luis Almagro dará una conferencia de"
            " prensa el viernes para informar sobre los resultados del viaje.",
        ),
        (
            "ru",
            "Россия и Бразилия подписали вчера соглашение в Бразилиа. Министр иностранных дел Сергей Лавров проведет"
            " пресс-конференцию в пятницу, чтобы рассказать об итогах визита.",
        ),
    ],
)
def test_a_press_conferences_day_dates_no_trip(language: str, text: str) -> None:
    """ "will give a press conference on Friday to report on the trip": the press conference's
    day, not the trip's."""
    assert read_in(language, text, published=datetime(2014, 7, 17, 10, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El presidente de Chile, Gabriel Boric, viaja este sábado a Bruselas para participar en la cumbre entre la"
            " Unión Europea y la CELAC, que se celebrará el lunes y el martes.",
        ),
        (
            "en",
            "Chilean President Gabriel Boric will travel to Brussels on Saturday to attend the EU-CELAC summit, which"
            " will be held on Monday and Tuesday.",
        ),
    ],
)
def test_a_journey_to_a_gathering_with_days_of_its_own_is_no_visit(language: str, text: str) -> None:
    """The trip's day is the departure when the summit it goes to has its own days: one
    meeting, the summit's."""
    found_meetings = read_in(language, text, published=datetime(2023, 7, 13, 10, tzinfo=UTC))
    assert [(m.start, m.end) for m in found_meetings] == [(date(2023, 7, 17), date(2023, 7, 18))]


def test_a_country_name_that_is_a_first_name_is_no_country() -> None:
    """ "Mauricio Macri viajará": Mauricio is Macri's first name, not Mauritius."""
    text = "Mauricio Macri viajará el miércoles 22 de febrero a Madrid para una visita de Estado a España."
    [meeting] = read_in("es", text, published=datetime(2017, 2, 18, 12, tzinfo=UTC))
    assert "Mauritius" not in meeting.participants
    assert meeting.start == date(2017, 2, 22)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El presidente argentino, Mauricio Macri, realizará el miércoles 22 de febrero una visita de Estado a"
            " España. Antes de partir, Macri encabezará el lunes una reunión de gabinete en Olivos.",
        ),
        (
            "en",
            "Argentine President Mauricio Macri will pay a state visit to Spain on Wednesday, February 22. Before"
            " leaving, Macri will chair a cabinet meeting on Monday in Buenos Aires.",
        ),
    ],
)
def test_a_cabinet_meeting_is_domestic(language: str, text: str) -> None:
    """A government's cabinet meeting is no diplomatic meeting, whatever trip it readies."""
    found_meetings = read_in(language, text, published=datetime(2017, 2, 18, 12, tzinfo=UTC))
    assert [m.start for m in found_meetings] == [date(2017, 2, 22)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The EU foreign ministers, who meet every Monday in Brussels, will discuss Syria and Iran."),
        (
            "fr",
            "Les ministres des Affaires étrangères de l'UE, qui se réunissent chaque lundi à Bruxelles, discuteront de la Syrie.",
        ),
        ("es", "Los cancilleres de la UE, que se reúnen cada lunes en Bruselas, debatirán sobre Siria."),
        ("de", "Die EU-Außenminister, die sich jeden Montag in Brüssel treffen, beraten über Syrien."),
    ],
)
def test_a_day_that_comes_back_dates_no_meeting(language: str, text: str) -> None:
    """ "who meet every Monday": a habit, not next Monday's meeting."""
    assert read_in(language, text, published=datetime(2014, 2, 1, 10, tzinfo=UTC)) == []


def test_a_trip_due_weeks_before_an_election_is_not_dated_by_it() -> None:
    text = (
        "Justin Trudeau se rendra au sommet du G7 à Biarritz. Le voyage survient à moins de deux mois des élections"
        " fédérales du 21 octobre."
    )
    assert read_in("fr", text, published=datetime(2019, 8, 22, 10, tzinfo=UTC)) == []


def test_a_guest_received_with_an_aside_before_the_participle_is_past() -> None:
    """ "a pour sa part été reçu jeudi": a passé composé with an aside, so last Thursday."""
    text = "L'envoyé spécial de l'ONU pour la Libye, Martin Kobler, a pour sa part été reçu jeudi à Tunis."
    assert read_in("fr", text, published=datetime(2017, 2, 18, 10, tzinfo=UTC)) == []


def test_the_same_day_after_a_day_gone_is_the_meetings_ahead() -> None:
    """ "Подготовкой встречи в понедельник занимались министры. Лидеры ЕС в этот же день
    проведут видеоконференцию": Monday's work is past, so the same day is the summit's."""
    text = (
        "Президент России Владимир Путин в четверг примет участие во внеочередном саммите «Группы двадцати». "
        "Подготовкой встречи в понедельник занимались министры финансов «двадцатки». "
        "Лидеры Евросоюза в этот же день проведут собственную видеоконференцию."
    )
    days = {m.start for m in read_in("ru", text, published=datetime(2020, 3, 25, 9, tzinfo=UTC))}
    assert days == {date(2020, 3, 26)}


def test_a_videoconference_format_makes_the_summit_virtual() -> None:
    """ "саммите, который пройдет в формате видеоконференции": how the summit is held, not
    another meeting after it."""
    text = (
        "Президент России Владимир Путин в четверг примет участие во внеочередном саммите «Группы двадцати»,"
        " который из-за пандемии пройдет в формате видеоконференции."
    )
    [meeting] = read_in("ru", text, published=datetime(2020, 3, 25, 9, tzinfo=UTC))
    assert meeting.location == "virtual"


def test_a_summit_that_will_not_be_held_is_cancelled() -> None:
    text = "Очный саммит ЕС в Брюсселе, намеченный на конец марта, проводиться не будет."
    [meeting] = read_in("ru", text, published=datetime(2020, 3, 25, 9, tzinfo=UTC))
    assert meeting.status is Status.CANCELLED


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Саммиты БРИКС и ШОС в Петербурге откладываются из-за пандемии. Первоначально встреча лидеров БРИКС"
            " была запланирована на 21-22 июля, а заседание Совета глав государств ШОС - на 22-23 июля.",
        ),
        (
            "en",
            "The BRICS and SCO summits in St Petersburg are being postponed because of the pandemic. The BRICS leaders'"
            " meeting was originally scheduled for July 21-22, and the SCO heads of state council for July 22-23.",
        ),
    ],
)
def test_dates_first_set_in_a_list_are_no_meetings(language: str, text: str) -> None:
    """ "originally scheduled for July 21-22, and the SCO council for July 22-23": both dates
    are the ones first set, the second with its verb left out."""
    assert read_in(language, text, published=datetime(2020, 6, 9, 9, tzinfo=UTC)) == []


def test_a_meeting_that_should_have_taken_place_is_no_meeting() -> None:
    """ "Das Treffen hätte am 12. Juni in Singapur stattfinden sollen": the verb that says it
    will not stands at the clause's end, past the date."""
    text = (
        "US-Präsident Donald Trump hat das Gipfeltreffen mit Nordkoreas Machthaber Kim Jong Un abgesagt. Das Treffen"
        " hätte am 12. Juni in Singapur stattfinden sollen."
    )
    meetings = read_in("de", text, published=datetime(2018, 5, 25, 9, tzinfo=UTC))
    assert all(m.status is not Status.CONFIRMED for m in meetings)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Den für Juni geplanten G8-Gipfel im russischen Sotschi werde es nicht geben, erklärten die Staats- und"
            " Regierungschefs der G7 nach einem Treffen am Montagabend. Stattdessen wollen sie am 4. und 5. Juni ohne"
            " Russland in Brüssel zusammenkommen.",
        ),
        (
            "en",
            "The leaders of the G7 said after a meeting on Monday evening that the G8 summit planned for June in Sochi"
            " would not take place. Instead they will meet on June 4-5 in Brussels without Russia.",
        ),
    ],
)
def test_a_summit_called_off_and_the_one_held_instead_without_a_country(language: str, text: str) -> None:
    """The Sochi summit is off, Monday's meeting is past, and the Brussels meeting of "they"
    (the G7, named before) is kept without Russia, who stays away."""
    meetings = read_in(language, text, published=datetime(2014, 3, 25, 9, tzinfo=UTC))
    confirmed = [m for m in meetings if m.status is Status.CONFIRMED]
    cancelled = [m for m in meetings if m.status is Status.CANCELLED]
    assert [(m.start, m.end, m.location) for m in confirmed] == [(date(2014, 6, 4), date(2014, 6, 5), "Brussels")]
    assert "Russia" not in confirmed[0].participants
    assert [m.location for m in cancelled] == ["Sochi"]


def test_a_summit_a_host_refuses_to_hold_is_cancelled_on_its_own_dates() -> None:
    """ "отказались от проведения саммита АТЭС в Сантьяго, намеченного на 16-17 ноября, и
    конференции COP25": the participle ties the dates to the summit, which is called off."""
    text = (
        "Власти Чили отказались от проведения саммита АТЭС в Сантьяго, намеченного на 16-17 ноября, и конференции"
        " ООН по изменению климата, которая должна была пройти в чилийской столице со 2 по 13 декабря."
    )
    meetings = read_in("ru", text, published=datetime(2019, 10, 31, 9, tzinfo=UTC))
    assert [(m.start, m.status) for m in meetings] == [(date(2019, 11, 16), Status.CANCELLED)]


def test_an_election_set_for_a_day_after_a_comma_dates_no_meeting() -> None:
    """ "до президентских выборов в Иране, назначенных на 14 июня": the participle after the
    comma ties the day to the election, not to the meeting named before it."""
    text = (
        "Министры иностранных дел России и Казахстана проведут переговоры в Алматы 26 февраля. По их словам, главная"
        " цель - условиться о сроках и месте новой встречи, чтобы не прерывать диалог до президентских выборов в"
        " Иране, назначенных на 14 июня."
    )
    meetings = read_in("ru", text, published=datetime(2013, 2, 20, 9, tzinfo=UTC))
    assert [m.start for m in meetings] == [date(2013, 2, 26)]


def test_a_day_of_the_current_month_in_words_after_a_statements_day() -> None:
    """ "أعلن ... علي باقري كني، اليوم الأربعاء، أن المحادثات ستستأنف في فيينا في التاسع
    والعشرين من الشهر الجاري": the day of the statement dates nothing; the talks are on the
    29th of the article's own month."""
    text = (
        "أعلن كبير المفاوضين الإيرانيين علي باقري كني، اليوم الأربعاء، أن المحادثات مع الدول الكبرى ستستأنف في"
        " فيينا في التاسع والعشرين من الشهر الجاري."
    )
    meetings = read_in("ar", text, published=datetime(2021, 11, 3, 9, tzinfo=UTC))
    assert [(m.start, m.location) for m in meetings] == [(date(2021, 11, 29), "Vienna")]


def test_a_courts_sitting_is_no_meeting() -> None:
    text = (
        "يزور الرئيس المصري ألمانيا يوم الأربعاء المقبل. وتأتي الزيارة بعد يوم واحد من جلسة محكمة جنايات القاهرة"
        " المقررة الثلاثاء للنطق بالحكم."
    )
    meetings = read_in("ar", text, published=datetime(2015, 5, 31, 9, tzinfo=UTC))
    assert [m.start for m in meetings] == [date(2015, 6, 3)]


def test_an_idea_rejected_at_a_conference_dates_the_conference_as_past() -> None:
    text = (
        "German Chancellor Angela Merkel will meet US President Barack Obama at the White House on Monday. The talks"
        " will focus on arms for Kyiv,"
        " an idea Merkel rejected at the Munich Security Conference on Saturday."
    )
    meetings = read_in("en", text, published=datetime(2015, 2, 8, 9, tzinfo=UTC))
    assert [m.start for m in meetings] == [date(2015, 2, 9)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Turkish President Recep Tayyip Erdogan was received with military honours in Berlin on Friday morning, on"
            " the first full day of a three-day state visit to Germany.",
        ),
        (
            "de",
            "Der türkische Präsident Recep Tayyip Erdogan wurde am Freitagmorgen in Berlin mit militärischen Ehren"
            " empfangen, am ersten vollen Tag seines dreitägigen Staatsbesuchs in Deutschland.",
        ),
    ],
)
def test_the_first_full_day_of_a_visit_says_it_is_under_way(language: str, text: str) -> None:
    """Its first full day is the article's: the visit began the day before."""
    assert read_in(language, text, published=datetime(2018, 9, 28, 12, tzinfo=UTC)) == []


def test_a_country_adjective_before_a_capitalised_noun_still_names_its_country() -> None:
    """ "the Japanese Parliament": an adjective, never a first name."""
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.names import find_countries

    found = find_countries(
        "Kuranari stays because of confusion in the Japanese Parliament, officials said.", pack_for("en")
    )
    assert [m.value for m in found] == ["JP"]


def test_a_wrap_up_in_the_german_perfect_dates_nothing_ahead() -> None:
    """ "ist am Freitag der Gipfel ... zu Ende gegangen", "Überschattet wurde der Gipfel vom
    Treffen ... am Mittwoch": both past; "im November kommenden Jahres" is next year's."""
    text = (
        "Mit einem Bekenntnis zum freien Handel ist am Freitag der Gipfel der Asiatisch-Pazifischen"
        " Wirtschaftsgemeinschaft (Apec) in San Francisco zu Ende gegangen. Überschattet wurde der Gipfel vom Treffen"
        " Bidens mit Chinas Staatschef Xi Jinping am Mittwoch. Der nächste Apec-Gipfel findet im November kommenden"
        " Jahres in Lima statt."
    )
    meetings = read_in("de", text, published=datetime(2023, 11, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in meetings] == [("2024-11", "Lima")]


def test_a_visit_called_off_in_a_fronted_participle_stays_ahead() -> None:
    """ "Abgesagt wurde dagegen ein für Dienstag geplanter Besuch": the news is past, the visit's
    Tuesday was ahead."""
    text = "Abgesagt wurde dagegen ein für Dienstag geplanter Besuch von Entwicklungsministerin Reem Alabali-Radovan in Kiew."
    meetings = read_in("de", text, published=datetime(2025, 7, 4, 9, tzinfo=UTC))
    assert [(m.start, m.status) for m in meetings] == [(date(2025, 7, 8), Status.CANCELLED)]


def test_a_part_of_the_day_told_alone_is_the_day_told_before() -> None:
    """ "Am Dienstag wird May von Merkel empfangen. Am Nachmittag reist sie weiter nach Paris zu
    einem Treffen mit Macron": the afternoon is Tuesday's; "am Nachmittag des 5. Mai" names its own day."""
    text = (
        "Am Dienstag wird die britische Premierministerin Theresa May von Bundeskanzlerin Angela Merkel in Berlin "
        "empfangen. Am Nachmittag reist sie weiter nach Paris zu einem Treffen mit Präsident Emmanuel Macron."
    )
    found = read_in("de", text, published=datetime(2019, 4, 8, 9, tzinfo=UTC))
    assert sorted((m.start_label(), m.location) for m in found) == [
        ("2019-04-09", "Berlin"),
        ("2019-04-09", "Paris"),
    ], [(m.start_label(), m.title, m.location) for m in found]


def test_a_countrys_capital_named_by_its_possessive_is_the_capital() -> None:
    """ "in Niger's capital" as "in the Nigerien capital": Niamey."""
    text = "Foreign ministers of the African Union will meet in Niger's capital on Thursday."
    found = read_in("en", text, published=datetime(2019, 7, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2019-07-04", "Niamey")]


def test_a_participle_after_a_degree_word_is_no_past_verb() -> None:
    """ "the most closely watched in its history": an adjective; the summit is still ahead."""
    text = (
        "South Africa hosts the 15th BRICS summit in Johannesburg from Tuesday to Thursday, the first in-person "
        "meeting of the bloc's leaders since 2019 and the most closely watched in its history."
    )
    found = read_in("en", text, published=datetime(2023, 8, 20, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2023-08-22", "2023-08-24")]


def test_an_aside_after_a_clock_time_does_not_part_a_date_from_its_meeting() -> None:
    """ "19 января в 10.00 (по местному времени) в здании МИД ... состоятся переговоры": the
    aside says whose clock it is; a dateline's "(Agency)" after its date still counts."""
    text = (
        "19 января в 10.00 (по местному времени) в здании Министерства иностранных дел Республики Беларусь "
        "состоятся переговоры Министра иностранных дел Республики Беларусь С.Алейника с Министром иностранных "
        "дел Кыргызской Республики Ж.Кулубаевым, который находится в Минске с официальным визитом."
    )
    found = read_in("ru", text, published=datetime(2023, 1, 16, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-01-19"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Russian President Vladimir Putin will arrive in Istanbul on Monday, where he and Turkish Prime Minister "
            "Recep Tayyip Erdogan will hold the third meeting of the High-Level Cooperation Council.",
        ),
        (
            "ru",
            "Президент России Владимир Путин в понедельник прибудет в Стамбул, где вместе с премьер-министром Турции "
            "Реджепом Тайипом Эрдоганом проведет третье заседание Совета сотрудничества высшего уровня.",
        ),
    ],
)
def test_the_day_of_an_arrival_dates_what_is_held_where_it_arrives(language: str, text: str) -> None:
    """ "will arrive in Istanbul on Monday, where he will hold ...": Monday is the meeting's day."""
    found = read_in(language, text, published=datetime(2012, 12, 1, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2012-12-03", "Istanbul")]


def test_a_leaders_stay_in_a_city_is_a_visit_and_the_day_of_his_election_dates_nothing() -> None:
    """ "Избранный в четверг председателем КНР Си Цзиньпин совершит поездку в Россию ... пробудет в
    Москве с 22 по 24 марта": Thursday is his election's day; the visit is the stay's days."""
    text = (
        "Избранный в четверг председателем КНР Си Цзиньпин совершит свою первую зарубежную поездку в Россию. "
        "Китайский лидер пробудет в Москве с 22 по 24 марта."
    )
    found = read_in("ru", text, published=datetime(2013, 3, 14, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [("2013-03-22", "2013-03-24", "Moscow")]


def test_who_says_it_after_kak_soobshchil_is_not_who_visits() -> None:
    """ "Как сообщил на брифинге официальный представитель МИД Китая Хун Лэй, китайский лидер
    пробудет в Москве ...": the spokesman reports the visit; he makes none."""
    text = (
        "Как сообщил на брифинге официальный представитель МИД Китая Хун Лэй, китайский лидер пробудет в Москве "
        "с 22 по 24 марта."
    )
    [found] = read_in("ru", text, published=datetime(2013, 3, 14, 9, tzinfo=UTC))
    assert "Хун Лэй" not in found.participants, found.participants
    assert "Ley" not in found.title, found.title


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "En la conferencia matutina de este jueves, la presidenta mexicana adelantó que llevará a la cumbre del "
            "G20 una propuesta sobre reforestación.",
            "the day of a president's morning briefing dates no summit",
        ),
        (
            "El presidente del Gobierno español regresará a Madrid el domingo por la noche, al término de la cita con "
            "la Unión Europea.",
            "the day of the journey home dates no meeting",
        ),
    ],
)
def test_spanish_days_of_a_briefing_or_a_journey_home(text: str, reason: str) -> None:
    assert read_in("es", text, published=datetime(2024, 11, 14, 9, tzinfo=UTC)) == [], reason


def test_spanish_meeting_again_is_no_journey_home() -> None:
    text = (
        "El Grupo Internacional de Apoyo a Siria, que reúne a la ONU, la UE y la Liga Árabe, volverá a reunirse "
        "el 11 de febrero en Múnich."
    )
    found = read_in("es", text, published=datetime(2016, 2, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2016-02-11"]


def test_a_host_that_gives_a_meeting_up_cancels_it() -> None:
    """ "Chile no será sede de la cumbre de APEC, que debía celebrarse el 16 y 17 de noviembre":
    called off where it was to be held."""
    text = (
        "El presidente Sebastián Piñera anunció que Chile no será sede de la cumbre de líderes de APEC, que debía "
        "celebrarse el 16 y 17 de noviembre en Santiago."
    )
    found = read_in("es", text, published=datetime(2019, 10, 30, 20, tzinfo=UTC))
    assert [(m.start_label(), m.status.value) for m in found] == [("2019-11-16", "cancelled")]


def test_a_swiss_cantonal_parliaments_sitting_is_domestic() -> None:
    text = (
        "Biden nimmt am G7-Gipfel teil, der vom 13. bis 15. Juni im süditalienischen Fasano stattfindet. "
        "Der Landrat befasst sich am Mittwoch in einer Sondersitzung mit dem Kredit für die Konferenz."
    )
    found = read_in("de", text, published=datetime(2024, 6, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2024-06-13"], [(m.start_label(), m.title) for m in found]


def test_a_peacekeeping_mission_is_a_body_not_a_trip() -> None:
    text = "La Mission de l'ONU au Mali (MINUSMA) doit prendre le relais de la force africaine le 1er juillet."
    assert read_in("fr", text, published=datetime(2013, 5, 31, 9, tzinfo=UTC)) == []


def test_a_body_that_takes_a_matter_up_meets() -> None:
    """ "In New York befasst sich der UN-Sicherheitsrat am Montag mit der Krise": a sitting."""
    text = (
        "In New York befasst sich der UN-Sicherheitsrat am Montag erneut mit der Krise. "
        "Die Sitzung ist für 15.00 Uhr Ortszeit (21.00 Uhr MEZ) angesetzt."
    )
    found = read_in("de", text, published=datetime(2014, 3, 3, 6, tzinfo=UTC))
    assert [(m.start_label(), m.location, m.start_time) for m in found] == [
        ("2014-03-03", "New York City", time(15, 0))
    ]


@pytest.mark.parametrize(
    ("language", "text", "city"),
    [
        (
            "de",
            "US-Außenminister John Kerry reist nach Angaben des State Department am Dienstag nach Kiew, um der neuen "
            "Führung die Unterstützung zu versichern.",
            "Kyiv",
        ),
        (
            "es",
            "El secretario de Estado John Kerry viajará el martes a Kiev, según el Departamento de Estado.",
            "Kyiv",
        ),
    ],
)
def test_a_venue_named_as_the_source_of_a_report_is_not_the_place(language: str, text: str, city: str) -> None:
    found = read_in(language, text, published=datetime(2014, 3, 3, 6, tzinfo=UTC))
    assert [m.location for m in found] == [city], [(m.title, m.location) for m in found]


def test_born_is_a_whole_word_and_the_same_day_is_not_the_day_first_set() -> None:
    """ "poursuivra sa tournée le même jour à Ouagadougou": "née" (born) inside "tournée" dates
    nothing away; "Initialement annoncée pour mardi, la visite a été décalée de deux jours": the
    same day is the visit's new day, Thursday."""
    text = (
        "Le président sénégalais Bassirou Diomaye Faye effectuera jeudi une visite de travail à Bamako, où il sera "
        "reçu par le colonel Assimi Goïta. Initialement annoncée pour mardi, la visite a été décalée de deux jours. "
        "Le chef de l'Etat sénégalais poursuivra sa tournée le même jour à Ouagadougou, où il doit s'entretenir "
        "avec le capitaine burkinabè Ibrahim Traoré."
    )
    found = read_in("fr", text, published=datetime(2024, 5, 25, 9, tzinfo=UTC))
    assert sorted((m.start_label(), m.location) for m in found) == [
        ("2024-05-30", "Bamako"),
        ("2024-05-30", "Ouagadougou"),
    ], [(m.start_label(), m.title, m.location) for m in found]


def test_the_end_of_a_span_its_sentence_opened_is_no_meeting_of_its_own() -> None:
    """ "gather in Apia from Monday for the Forum, which runs until Friday": Monday to Friday,
    and no Forum on Friday alone (the article's own day)."""
    text = (
        "Pacific leaders gather in Apia from Monday for the annual Pacific Islands Forum leaders' meeting, "
        "which runs until Friday."
    )
    found = read_in("en", text, published=datetime(2024, 8, 23, 6, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2024-08-26", "2024-08-30")], [
        (m.start_label(), m.end_label(), m.title) for m in found
    ]


def test_a_last_day_told_of_a_meeting_without_a_first_is_no_meeting() -> None:
    """ "Der Gipfel dauert bis Sonntag." after a summit told without its first day: the summit's
    end, not a one-day summit on Sunday."""
    text = (
        "Die Staats- und Regierungschefs der Afrikanischen Union beraten in Addis Abeba über die Lage im Sudan. "
        "Der Gipfel dauert bis Sonntag."
    )
    found = read_in("de", text, published=datetime(2024, 2, 15, 6, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_talks_that_run_until_a_day_end_the_summit_told_before() -> None:
    """ "Den Auftakt macht am Dienstag der Gipfel ... Die Beratungen dauern bis Donnerstag. Am
    letzten Gipfeltag kommen sie zum Ostasiengipfel zusammen": the summit runs Tuesday to
    Thursday (talks name the summit again), and the East Asia Summit on its last day is a
    meeting of its own."""
    text = (
        "Den Auftakt macht am Dienstag der Gipfel des Verbands Südostasiatischer Nationen (Asean) in Jakarta. "
        "Die Beratungen dauern bis Donnerstag. Am letzten Gipfeltag kommen die Asean-Staaten mit ihren Partnern "
        "zum Ostasiengipfel zusammen."
    )
    found = read_in("de", text, published=datetime(2023, 9, 3, 6, tzinfo=UTC))
    assert sorted((m.start_label(), m.end_label(), m.title) for m in found) == [
        ("2023-09-05", "2023-09-07", "ASEAN Summit"),
        ("2023-09-07", "2023-09-07", "East Asia Summit"),
    ], [(m.start_label(), m.end_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a capital geonames spells otherwise than the country table does
        ("Leaders of the Pacific Islands Forum will meet in Nuku'alofa on Monday.", "Nuku'alofa"),
        ("Leaders of the Pacific Islands Forum will meet in Port Vila on Monday.", "Port Vila"),
        # a local transliteration in words the English name joins
        ("U.S. President Barack Obama will arrive in Ha Noi on Sunday for a state visit to Viet Nam.", "Hanoi"),
    ],
)
def test_a_capital_and_its_local_spelling_are_the_place(text: str, city: str) -> None:
    found = read_in("en", text, published=datetime(2016, 5, 20, 6, tzinfo=UTC))
    assert [m.location for m in found] == [city], [(m.title, m.location) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the day someone was elected dates no meeting
        ("de", "Es wird das erste Gipfeltreffen zwischen Biden und dem im April gewählten Selenskyj sein."),
        ("de", "Es wird das erste Gipfeltreffen zwischen Biden und Selenskyj, gewählt im April, sein."),
    ],
)
def test_an_election_day_dates_no_meeting(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2019, 12, 4, 8, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Kenya's president will pay a state visit to China from May 12 to 15. The visit, originally planned for "
            "May 2 to 5, had been postponed because of the president's illness.",
        ),
        (
            "es",
            "El presidente keniano realizará una visita de Estado a China del 12 al 15 de mayo. La visita, prevista "
            "inicialmente del 2 al 5 de mayo, había sido aplazada por una enfermedad del presidente.",
        ),
    ],
)
def test_a_postponement_told_as_done_before_the_news_is_no_change(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2023, 5, 8, 8, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.status) for m in found] == [
        ("2023-05-12", "2023-05-15", Status.CONFIRMED)
    ], [(m.start_label(), m.title, m.status) for m in found]


def test_a_sentence_opening_on_separately_tells_another_meeting_than_those_before() -> None:
    """ "Separately, the contact group ... will meet in Minsk on Wednesday as well": not the
    leaders' meeting told before it, whatever lies between its opening and its verb."""
    text = (
        "The leaders of Ukraine, Russia, Germany and France will meet in Minsk on Wednesday in a bid to halt the "
        "fighting. Separately, the contact group of Ukraine, Russia and the Organization for Security and "
        "Cooperation in Europe, which also brings in envoys of the rebel regions, will meet in Minsk on Wednesday "
        "as well, ahead of the leaders."
    )
    found = read_in("en", text, published=datetime(2015, 2, 10, 9, tzinfo=UTC))
    assert len(found) == 2, [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Leaders of the Group of Seven will meet in Carbis Bay from June 11 to 13.", "Carbis Bay"),
        ("G7 foreign ministers will meet at Weissenhaus on the Baltic coast from May 12 to 14.", "Weissenhaus"),
        ("The G7 summit will be held in Ise-Shima on May 26 and 27.", "Ise-Shima"),
    ],
)
def test_a_summit_resort_no_gazetteer_lists_is_the_place(text: str, place: str) -> None:
    found = read_in("en", text, published=datetime(2016, 3, 1, 9, tzinfo=UTC))
    assert [m.location for m in found] == [place], [(m.title, m.location) for m in found]


def test_a_meeting_something_was_said_at_is_when_it_was_said() -> None:
    """ "the prefecture confirmed at a public meeting on Friday evening": Friday's meeting is
    where the news was given (gone by), not a meeting to come."""
    text = (
        "The G7 summit will be held in the spa town from June 14 to 16, the prefecture confirmed at a public "
        "meeting on Friday evening, where residents came to ask about road closures."
    )
    found = read_in("en", text, published=datetime(2026, 3, 16, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2026-06-14"], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Leaders will turn their eyes to Jeddah, which hosts the Arab League summit on Friday."),
        ("fr", "Tous les regards sont tournés vers Djeddah, qui accueille vendredi le sommet de la Ligue arabe."),
        ("ar", "تتجه الأنظار إلى مدينة جدة التي تستضيف يوم الجمعة القمة العربية الثانية والثلاثين."),
    ],
)
def test_a_city_told_as_hosting_the_meeting_is_its_place(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2023, 5, 15, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-05-19", "Jeddah")], [
        (m.title, m.location) for m in found
    ]


def test_a_summit_called_off_does_not_cancel_another_body_s_summit_that_month() -> None:
    """ "has called off a summit with Putin that had been planned for Moscow in early September.
    Obama will still go to St. Petersburg for the Group of 20 summit on Sept. 5-6": the G20 stands."""
    text = (
        "President Barack Obama has called off a one-on-one summit with Russian President Vladimir Putin that had "
        "been planned for Moscow in early September, the White House said. Obama will still go to St. Petersburg "
        "for the Group of 20 summit on Sept. 5-6."
    )
    found = read_in("en", text, published=datetime(2013, 8, 7, 14, tzinfo=UTC))
    states = {m.start_label(): m.status for m in found}
    assert states.get("2013-09-05") == Status.CONFIRMED, [(m.start_label(), m.title, m.status) for m in found]


def test_arriving_in_the_country_is_the_datelines_capital_not_a_town_called_country() -> None:
    """ "يصل ... إلى البلاد" (arrives in the country) in a story from Kuwait: Kuwait City, never
    the Iraqi town of Balad ("بلد", the lemma of "البلاد"); the next stop named with "to meet"
    right after it is that meeting's place."""
    text = (
        "الكويت - «الوطن»: يصل وزير الخارجية البريطاني إلى البلاد يوم الأحد المقبل في زيارة رسمية يلتقي خلالها "
        "كبار المسؤولين. وينتقل الوزير بعد ظهر اليوم التالي إلى مسقط للقاء نظيره العماني."
    )
    found = read_in("ar", text, published=datetime(2019, 2, 12, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [
        ("2019-02-17", "Kuwait City"),
        ("2019-02-18", "Muscat"),
    ], [(m.start_label(), m.title, m.location) for m in found]


def test_a_dateline_naming_a_country_names_its_capital() -> None:
    """ "Кувейт" is the country's name; a dateline names a town: the capital's."""
    text = "Кувейт, 12 февраля. Министры иностранных дел арабских стран Залива встретятся здесь в воскресенье."
    found = read_in("ru", text, published=datetime(2019, 2, 12, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2019-02-17", "Kuwait City")], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_an_inflected_first_word_is_no_town_its_lemma_names() -> None:
    """ "Новая встреча": a new meeting, not one at Novi, Michigan, whose Russian name is "Новый"."""
    text = "Новая встреча министров иностранных дел России и Турции состоится в четверг, сообщил МИД."
    found = read_in("ru", text, published=datetime(2021, 3, 1, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2021-03-04", None)], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_a_briefing_on_a_visit_is_not_the_visit() -> None:
    text = (
        "President Ramaphosa will pay a state visit to Kenya on 9-10 November for talks with President Ruto. "
        "A special briefing by the Director-General on the visit will be held on 7 November at 1100 hrs at the "
        "Union Buildings. The two leaders last met at the African Union summit in Addis Ababa in February."
    )
    found = read_in("en", text, published=datetime(2023, 11, 3, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-11-09"], [(m.start_label(), m.title) for m in found]


def test_a_visit_told_in_the_headline_and_the_body_with_talks_on_one_day_is_one_visit() -> None:
    """The headline's "Visit of the President to Ghana (6-7 March)" and the body's visit on the
    same days are one visit, though the talks on its second day name only the host."""
    text = (
        "State Visit of the President to Ghana (6-7 March 2024)\n\n"
        "President Bola Tinubu of Nigeria will pay a state visit to Ghana on 6-7 March 2024 at the invitation of "
        "President Nana Akufo-Addo. The official talks will be held in Accra on 7 March, followed by a state "
        "banquet hosted by President Akufo-Addo."
    )
    found = read_in("en", text, published=datetime(2024, 3, 1, 9, tzinfo=UTC))
    visits = [m for m in found if m.end_label() == "2024-03-07" and m.start_label() == "2024-03-06"]
    assert len(visits) == 1, [(m.start_label(), m.end_label(), m.title) for m in found]


def test_a_list_of_stops_each_with_its_weekday_keeps_the_weeks_order_and_its_towns() -> None:
    """Written on a Tuesday: "in Madrid on Monday, Lisbon on Tuesday and Rabat on Wednesday" is
    next week's Wednesday, after that Monday, and the Wednesday stop is in Rabat."""
    text = (
        "The foreign minister, who was appointed by the new government in January, will be in Madrid on Monday, "
        "Lisbon on Tuesday and "
        "Rabat on Wednesday for talks with the leaders and foreign ministers of Spain, Portugal and Morocco."
    )
    found = read_in("en", text, published=datetime(2013, 2, 19, 18, tzinfo=UTC))
    assert ("2013-02-27", "Rabat") in [(m.start_label(), m.location) for m in found], [
        (m.start_label(), m.title, m.location) for m in found
    ]
    assert "2013-02-20" not in [m.start_label() for m in found]


def test_a_call_that_was_the_occasion_of_a_past_offer_is_past() -> None:
    """Written in May: "offered to host the talks during a telephone conversation with Aliyev in
    April" tells of last April's call, not of a call next April."""
    text = (
        "President Tokayev offered to host the talks during a telephone conversation with Azerbaijan's "
        "President Ilham Aliyev in April."
    )
    found = read_in("en", text, published=datetime(2024, 5, 6, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_weekdays_told_as_past_keep_their_own_days() -> None:
    """ "held talks in the Kremlin on Monday and was in Kyiv on Tuesday" (written on a Tuesday):
    no list of stops ahead; the Tuesday is not pushed past a next Monday."""
    text = (
        "Macron held five hours of talks with Putin in the Kremlin on Monday and was in Kyiv on Tuesday to meet "
        "President Zelenskiy."
    )
    found = read_in("en", text, published=datetime(2022, 2, 8, 13, tzinfo=UTC))
    assert "2022-02-15" not in [m.start_label() for m in found], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize("day", ["second", "second and final"])
def test_a_summit_on_a_later_day_of_its_own_is_under_way(day: str) -> None:
    text = (
        "Prime Minister Narendra Modi and Chinese President Xi Jinping were holding one-on-one talks at a seaside "
        f"resort on Saturday morning, on the {day} day of their informal summit."
    )
    found = read_in("en", text, published=datetime(2019, 10, 12, 6, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_the_summit_told_again_after_its_series_is_named_is_that_series() -> None:
    text = (
        "Prime Minister Narendra Modi will leave for the United States on Saturday on a three-day visit during which "
        "he will attend the Quad Leaders' Summit hosted by President Joe Biden. The foreign secretary told a "
        "briefing on Tuesday that the summit in Wilmington would take place on September 21, with Australian Prime "
        "Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida attending."
    )
    found = read_in("en", text, published=datetime(2024, 9, 17, 9, tzinfo=UTC))
    summits = [m.title for m in found if (m.start_label(), m.end_label()) == ("2024-09-21", "2024-09-21")]
    assert len(summits) == 1, [(m.start_label(), m.title) for m in found]
    assert "Quad" in summits[0], summits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le président tunisien présidera mardi au palais de Carthage une réunion du Conseil de sécurité nationale "
            "consacrée aux élections. Le Conseil de sécurité de l'ONU doit par ailleurs débattre de la Libye.",
        ),
        (
            "en",
            "President Biden will chair a meeting of the National Security Council on Tuesday to discuss the "
            "elections. The UN Security Council is separately due to debate Libya.",
        ),
    ],
)
def test_a_national_security_council_is_not_the_uns(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2019, 8, 3, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_pluperfect_right_after_the_month_tells_of_the_past_whatever_follows() -> None:
    """ "Le sommet extraordinaire de novembre s'était soldé par un échec, et ... l'an prochain":
    the verb just after the month is read whole, not cut to "s'était sol"."""
    text = (
        "Le sommet extraordinaire de novembre s'était soldé par un échec, et les Vingt-Sept ont promis de reprendre "
        "les négociations au début de l'an prochain."
    )
    found = read_in("fr", text, published=datetime(2012, 12, 15, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le président turc Recep Tayyip Erdogan est attendu dimanche à Alger, où il sera reçu par le président "
            "Abdelmadjid Tebboune. Le ministre des Affaires étrangères égyptien a effectué une visite à Alger au "
            "début du mois.",
        ),
        (
            "en",
            "Turkish President Recep Tayyip Erdogan is expected in Algiers on Sunday for talks with President "
            "Abdelmadjid Tebboune. Egypt's foreign minister paid a visit to Algiers early this month.",
        ),
    ],
)
def test_early_this_month_written_late_in_the_month_is_gone(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2020, 1, 21, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2020-01-26"], [(m.start_label(), m.title) for m in found]


def test_a_summit_by_video_told_again_as_the_summit_of_its_day_is_one_meeting() -> None:
    text = (
        "La Cédéao se réunit vendredi après l'échec de la médiation. Les chefs d'Etat de la Communauté économique "
        "des Etats de l'Afrique de l'Ouest tiendront vendredi un nouveau sommet extraordinaire par visioconférence. "
        "Le médiateur, l'ancien président nigérian Goodluck Jonathan, a quitté Bamako lundi soir sans accord. "
        "M. Jonathan doit rendre compte de sa mission aux chefs d'Etat lors du sommet de vendredi."
    )
    found = read_in("fr", text, published=datetime(2020, 8, 25, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2020-08-28"], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Los Gobiernos de España y Marruecos han acordado aplazar la Reunión de Alto Nivel que iban a celebrar "
            "el próximo 17 de diciembre en Rabat.",
        ),
        (
            "en",
            "Spain and Morocco have agreed to postpone the high-level meeting they were due to hold on December 17 "
            "in Rabat.",
        ),
    ],
)
def test_agreeing_to_postpone_a_meeting_postpones_it(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2020, 12, 8, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2020-12-17", Status.POSTPONED)], [
        (m.start_label(), m.title, m.status) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "published", "text", "days"),
    [
        # a caption after dashes tells of its picture
        (
            "en",
            datetime(2015, 2, 8, 9, tzinfo=UTC),
            "The foreign ministers of France and Germany will meet in Kyiv on Tuesday.\n\n"
            "-- Caption: The German chancellor at the security conference in Munich on Saturday.",
            ["2015-02-10"],
        ),
        # "most recently" tells of the past
        (
            "en",
            datetime(2026, 1, 14, 9, tzinfo=UTC),
            "Nordic and Baltic foreign ministers will meet in Tallinn tomorrow. The ministers of the group meet "
            "several times a year, most recently on the margins of the OSCE ministerial council in December.",
            ["2026-01-15"],
        ),
        # a parliament resuming its sittings is domestic ("يستأنف البرلمان جلساته")
        (
            "ar",
            datetime(2021, 3, 1, 9, tzinfo=UTC),
            "يزور وزير الخارجية الأردني العاصمة العراقية بغداد يوم الخميس لبحث العلاقات الثنائية. وفي الشأن المحلي، "
            "يستأنف البرلمان الأردني جلساته الأسبوع المقبل لمناقشة مشروع قانون الموازنة العامة.",
            ["2021-03-04"],
        ),
    ],
    ids=["caption-after-dashes", "most-recently", "parliament-resumes"],
)
def test_a_sentence_announcing_no_meeting_beside_one_that_does(
    language: str, published: datetime, text: str, days: list[str]
) -> None:
    found = read_in(language, text, published=published)
    assert [m.start_label() for m in found] == days, [(m.start_label(), m.title) for m in found]


def test_a_summit_called_off_does_not_cancel_a_bodys_summit_its_leader_still_attends() -> None:
    """The summit with Putin in Moscow "early in September" is called off; the G20 summit on 5-6
    September, which Obama still attends, stands (German, Putin named only as "Kremlchef")."""
    text = (
        "Im Streit um Snowden hat US-Präsident Obama das für Anfang September geplante Gipfeltreffen mit "
        "Kremlchef Putin in Moskau abgesagt. Zum G20-Gipfel am 5. und 6. September in St. Petersburg will Obama "
        "trotzdem reisen."
    )
    found = read_in("de", text, published=datetime(2013, 8, 7, 19, tzinfo=UTC))
    states = {m.start_label(): m.status for m in found}
    assert states.get("2013-09-05") == Status.CONFIRMED, [(m.start_label(), m.title, m.status) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The ASEAN-EU summit planned for October 12 in Hanoi will not take place. The two blocs' chairs agreed "
            "in a call on Thursday to postpone the meeting, the secretariat said.",
        ),
        (
            "de",
            "Der für den 12. Oktober in Hanoi geplante ASEAN-EU-Gipfel findet nicht statt. Die Vorsitzenden beider "
            "Blöcke hätten sich am Donnerstag in einem Telefonat darauf geeinigt, das Treffen zu verschieben, hieß es.",
        ),
        (
            "fr",
            "Le sommet ASEAN-UE prévu le 12 octobre à Hanoï n'aura pas lieu. Les présidents des deux blocs sont "
            "convenus jeudi lors d'un appel de reporter la rencontre, a indiqué le secrétariat.",
        ),
        (
            "es",
            "La cumbre ASEAN-UE prevista para el 12 de octubre en Hanói no se celebrará. Los presidentes de ambos "
            "bloques acordaron el jueves en una llamada aplazar la reunión, informó la secretaría.",
        ),
        (
            "ru",
            "Саммит АСЕАН — ЕС, запланированный на 12 октября в Ханое, не состоится. Председатели двух блоков в "
            "четверг договорились по телефону перенести встречу, сообщил секретариат.",
        ),
        (
            "ar",
            "لن تعقد قمة آسيان والاتحاد الأوروبي المقررة في 12 أكتوبر في هانوي. واتفق رئيسا التكتلين يوم الخميس "
            "في اتصال هاتفي على تأجيل الاجتماع، بحسب الأمانة.",
        ),
    ],
)
def test_a_meeting_told_off_then_put_off_in_the_next_sentence_is_postponed(language: str, text: str) -> None:
    # "will not take place" alone reads called off; the sentence after says it was put off (with
    # no new day), and the day of that decision is no meeting of its own
    found = read_in(language, text, published=datetime(2020, 6, 4, 18, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2020-10-12", Status.POSTPONED)], [
        (m.start_label(), m.title, m.status) for m in found
    ]


def test_a_meeting_called_off_with_no_later_word_stays_cancelled() -> None:
    text = (
        "The ASEAN-EU summit planned for October 12 in Hanoi will not take place. The two blocs' chairs spoke "
        "by phone on Thursday, the secretariat said."
    )
    found = read_in("en", text, published=datetime(2020, 6, 4, 18, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2020-10-12", Status.CANCELLED)]


def test_a_meeting_word_opening_a_sentence_is_no_dateline() -> None:
    # "Саммит ЕС — Китай, ...": the dash joins the two sides' names; "Саммит" is no town's
    text = "Саммит ЕС — Китай пройдет 12 октября в Брюсселе, сообщил представитель Еврокомиссии."
    found = read_in("ru", text, published=datetime(2020, 6, 4, 18, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2020-10-12", "Brussels")], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_who_ends_a_visit_today_tells_no_visit_today() -> None:
    text = "Le roi de Suède achève ce jeudi sa visite d'Etat au Portugal, entamée mardi à Lisbonne."
    found = read_in("fr", text, published=datetime(2023, 5, 11, 7, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le président sénégalais rencontrera jeudi le Premier ministre malien, avant une visite au complexe "
            "sportif Prince Moulay Hassan.",
        ),
        (
            "en",
            "Senegal's president will meet Mali's prime minister on Thursday, before a visit to the Prince Moulay "
            "Hassan Sports Complex.",
        ),
    ],
)
def test_a_stadium_named_after_a_president_is_no_participant(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2023, 5, 9, 7, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-05-11"]
    assert not any("Hassan" in p for p in found[0].participants), found[0].participants


def test_a_headline_naming_the_g20_still_lets_the_dateline_below_it_be_read() -> None:
    article = Article(
        id="x",
        title="Sommet virtuel du G20 jeudi",
        text="Sommet virtuel du G20 jeudi\n\nRIYAD, 24 mars (AFP) - Les dirigeants du G20 tiendront jeudi un sommet "
        "extraordinaire par visioconférence pour coordonner leur riposte à la pandémie.",
        published=datetime(2020, 3, 24, 14, tzinfo=UTC),
        language="fr",
    )
    assert [m.start_label() for m in meetings_from_article(article)] == ["2020-03-26"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "La 52e session du Conseil des droits de l'homme s'ouvre lundi à Genève. Elle se prolongera jusqu'au 4 avril.",
        ),
        ("en", "The 52nd session of the Human Rights Council opens on Monday in Geneva. It runs until April 4."),
        ("de", "Die 52. Sitzung des UN-Menschenrechtsrats beginnt am Montag in Genf. Sie dauert bis zum 4. April."),
    ],
)
def test_a_pronoun_in_the_next_sentence_gives_the_meetings_last_day(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2023, 2, 26, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2023-02-27", date(2023, 4, 4))], [
        (m.start_label(), m.end, m.title) for m in found
    ]


def test_the_host_receiving_his_counterparts_during_the_summit_is_the_summit() -> None:
    text = (
        "Le sommet de l'OTAN s'ouvre mardi à Vilnius pour deux jours. Le président lituanien Gitanas Nauseda "
        "recevra ses homologues mardi soir pour un dîner au palais présidentiel."
    )
    found = read_in("fr", text, published=datetime(2023, 7, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2023-07-11", date(2023, 7, 12))], [
        (m.start_label(), m.end, m.title) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La cumbre andina del 20 de noviembre en Lima fue cancelada, anunció Perú el martes. La "
            "decisión alcanza también a la reunión de cancilleres andinos, programada para el 18 de noviembre.",
        ),
        (
            "en",
            "The Andean summit set for November 20 in Lima will not take place, Peru said on Tuesday. The decision also "
            "affects the meeting of Andean foreign ministers scheduled for November 18.",
        ),
    ],
)
def test_a_decision_said_to_reach_another_meeting_calls_it_off_too(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2019, 10, 29, 15, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [
        ("2019-11-18", Status.CANCELLED),
        ("2019-11-20", Status.CANCELLED),
    ], [(m.start_label(), m.title, m.status) for m in found]


def test_a_president_speaking_at_her_own_conference_holds_no_meeting() -> None:
    text = (
        "México y Estados Unidos negocian. La presidenta mexicana dará más detalles este martes en su conferencia "
        "de Palacio Nacional sobre la tregua con Washington."
    )
    assert read_in("es", text, published=datetime(2025, 2, 4, 8, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Tras una llamada telefónica con el presidente estadounidense el lunes por la mañana, la presidenta "
            "anunció que México enviará tropas a la frontera.",
        ),
        (
            "fr",
            "Après un entretien téléphonique avec le président américain lundi matin, la présidente a annoncé que "
            "le Mexique enverra des troupes à la frontière.",
        ),
    ],
)
def test_a_meeting_opening_a_sentence_after_which_all_is_told_as_done_is_over(language: str, text: str) -> None:
    # written on a Tuesday: "lunes" is yesterday, not next week, though the news it brought is ahead
    assert read_in(language, text, published=datetime(2025, 2, 4, 8, tzinfo=UTC)) == []


def test_the_day_after_who_announced_it_is_the_announcements() -> None:
    # (the meeting's own day is not told here: none is better than the day it was announced)
    text = "Los cancilleres andinos se reunirán en Lima, anunció Perú el martes."
    assert read_in("es", text, published=datetime(2019, 10, 29, 15, tzinfo=UTC)) == []


def test_a_list_of_people_between_a_meeting_and_its_day_is_no_break() -> None:
    text = (
        "Zelensky will meet Poland's Andrzej Duda, Lithuania's Gitanas Nauseda, Latvia's Edgars Rinkevics and "
        "Estonia's Alar Karis on June 9."
    )
    found = read_in("en", text, published=datetime(2023, 6, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-06-09"], [(m.start_label(), m.title) for m in found]


def test_a_visit_that_is_the_topic_of_a_press_conference_is_no_meeting_word() -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.words import find_cues

    pack = pack_for("ar")
    topic = "ومن المنتظر أن يعقد الرئيس مؤتمرا صحفيا في المطار صباح الغد، يتناول فيه أهداف الزيارة."
    after = "ومن المنتظر أن يعقد الرئيس مؤتمرا صحفيا في المطار صباح الغد، قبل الزيارة."
    assert [c.word for c in find_cues(topic, pack)] == []
    assert [c.word for c in find_cues(after, pack)] == ["الزيارة"]


def test_a_summit_called_off_two_days_before_is_no_sequel_of_todays_meeting() -> None:
    text = (
        "Los cancilleres de Chile y Perú se reúnen hoy en Lima, dos días después de que el presidente peruano "
        "cancelara la cumbre que tenía previsto celebrar con Gabriel Boric en Santiago."
    )
    found = read_in("es", text, published=datetime(2023, 8, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-08-09", "Lima")], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_a_long_russian_body_name_held_in_a_capital_on_a_day_is_that_days() -> None:
    text = (
        "Заседание Совета глав правительств Шанхайской организации сотрудничества и государств-наблюдателей "
        "организации пройдет в столице Казахстана 11 октября, сообщили в пятницу в МИД республики."
    )
    found = read_in("ru", text, published=datetime(2024, 10, 4, 12, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2024-10-11"], [(m.start_label(), m.title) for m in found]


def test_a_meeting_in_a_place_we_cannot_map_is_not_put_in_the_datelines_city() -> None:
    article = Article(
        id="x",
        title="",
        text="WASHINGTON, Aug 8 (Reuters) - U.S. President Donald Trump said on Friday he would meet Russian President "
        "Vladimir Putin on Aug. 15 in Alaska, at a military base near the coast.",
        published=datetime(2025, 8, 8, 18, tzinfo=UTC),
        language="en",
    )
    found = meetings_from_article(article)
    assert [(m.start_label(), m.location) for m in found] == [("2025-08-15", None)], [
        (m.start_label(), m.title, m.location) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Визит премьер-министра Индии в Москву планируется в начале ноября. По его словам, встреча на высшем "
            "уровне запланирована на начало ноября, накануне саммита ШОС в Бишкеке.",
        ),
        (
            "ru",
            "Переговоры министров иностранных дел двух стран пройдут в начале ноября, после саммита ШОС в Бишкеке.",
        ),
    ],
)
def test_the_place_of_the_meeting_another_is_told_before_is_not_its_place(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2024, 7, 18, 9, tzinfo=UTC))
    # (the summit itself has no day here: no meeting of the article is in Bishkek)
    assert "Bishkek" not in [m.location for m in found], [(m.start_label(), m.title, m.location) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Trade ministers of the G8 will meet in Northern Ireland on June 17, officials said."),
        ("ru", "Министры торговли стран G8 встретятся 17 июня в Северной Ирландии, сообщили официальные лица."),
        ("fr", "Les ministres du Commerce du G8 se réuniront le 17 juin en Irlande du Nord, a-t-on appris."),
        ("es", "Los ministros de Comercio del G8 se reunirán el 17 de junio en Irlanda del Norte, según fuentes."),
    ],
)
def test_a_part_of_a_country_named_with_a_compass_word_is_not_that_country(language: str, text: str) -> None:
    # (CLDR's regions give the qualifiers: "Northern", "Северная", "du Nord", "del Norte")
    found = read_in(language, text, published=datetime(2013, 6, 10, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2013-06-17"], [(m.start_label(), m.title) for m in found]
    assert found[0].location not in ("Ireland", "Severnyy"), found[0].location
    assert "Ireland" not in found[0].participants, found[0].participants


@pytest.mark.parametrize(
    ("language", "text", "where"),
    [
        ("ru", "Министры обороны встретятся 17 июня в Южной Корее.", "South Korea"),
        ("fr", "Les ministres de la Défense se réuniront le 17 juin en Corée du Sud.", "South Korea"),
        ("en", "Defence ministers will meet in the Central African Republic on June 17.", "Central African Republic"),
        ("ru", "Министры обороны встретятся 17 июня в Нижнем Новгороде.", "Nizhniy Novgorod"),
    ],
)
def test_a_country_whose_own_name_has_a_compass_word_is_still_the_country(language: str, text: str, where: str) -> None:
    found = read_in(language, text, published=datetime(2013, 6, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2013-06-17", where)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Министры иностранных дел встретятся 17 июня в Центральной Азии."),
        ("fr", "Les ministres des Affaires étrangères se réuniront le 17 juin en Asie centrale."),
        ("en", "Foreign ministers will meet in Central Asia on June 17."),
    ],
)
def test_a_world_region_is_no_venue_nor_a_town_of_its_first_word(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2013, 6, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2013-06-17", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La presidenta recibirá a sus homólogos en la que será su primera cumbre regional desde que formó "
            "gobierno en noviembre.",
        ),
        (
            "fr",
            "Le chancelier accueillera ses homologues pour ce qui sera son premier sommet européen depuis qu'il est "
            "devenu chancelier en novembre.",
        ),
    ],
)
def test_a_month_in_a_since_clause_is_no_meetings_month(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2021, 3, 2, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En el encuentro de esta semana los ministros tampoco consiguieron cerrar el acuerdo pesquero."),
        ("fr", "Lors de la réunion de cette semaine, les ministres n'ont pas réussi à conclure l'accord de pêche."),
    ],
)
def test_this_weeks_meeting_told_in_the_past_is_gone(language: str, text: str) -> None:
    # (written on a Friday: the window "this week" leaves is Friday to Sunday, but it happened)
    found = read_in(language, text, published=datetime(2021, 3, 5, 17, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_a_chamber_of_a_parliament_sitting_is_not_diplomacy() -> None:
    text = (
        "La Cámara de los Comunes vota este jueves el acuerdo en una sesión extraordinaria, mientras en París los "
        "ministros esperan."
    )
    found = read_in("es", text, published=datetime(2021, 3, 2, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Los cancilleres de la OEA debatieron la crisis en Washington. La delegación chilena no estuvo presente en "
        "la sesión del miércoles.",
        "La negociación entre los cancilleres seguía bloqueada el martes por la noche.",
    ],
)
def test_irregular_and_imperfect_past_tells_a_past_weekday(text: str) -> None:
    # (written on a Thursday: Tuesday is two days ago, not next week's)
    found = read_in("es", text, published=datetime(2021, 3, 4, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_a_meeting_verb_inside_the_status_words_is_not_what_they_are_about() -> None:
    text = "La cumbre del Mercosur no se celebrará en julio, informó la cancillería paraguaya."
    found = read_in("es", text, published=datetime(2021, 6, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2021-07", Status.CANCELLED)], [
        (m.start_label(), m.title, m.status) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La nueva presidenta, que asumirá el poder el 10 de diciembre, pidió a la Misión de la OEA un informe."),
        (
            "fr",
            "Le président élu, qui prendra ses fonctions le 10 décembre, a demandé à l'ONU de prolonger la Mission.",
        ),
    ],
)
def test_the_day_someone_takes_office_is_no_meetings_day(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2021, 11, 2, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone on Sunday with "
            "Ukraine's Volodymyr Zelensky and Turkey's Recep Tayyip Erdogan. The four will meet in the Turkish city "
            "of Izmir on Thursday.",
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz und der französische Präsident Emmanuel Macron telefonierten am Sonntag mit "
            "dem ukrainischen Präsidenten Wolodymyr Selenskyj und dem türkischen Präsidenten Recep Tayyip Erdoğan. "
            "Am Donnerstag wollen sich die vier im türkischen Izmir treffen.",
        ),
    ],
)
def test_the_people_counted_back_meet(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2023, 3, 6, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-03-09"], [(m.start_label(), m.title) for m in found]


def test_a_perfect_tense_past_a_party_in_brackets_is_past() -> None:
    text = (
        "Nach ihrem Auftritt bei der Außenministerkonferenz in Wien am Donnerstag ist Außenministerin Annalena Baerbock (Grüne) "
        "nach Kanada geflogen."
    )
    found = read_in("de", text, published=datetime(2023, 1, 23, 7, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_a_meeting_told_by_those_just_named_keeps_its_own_city() -> None:
    text = (
        "Bundeskanzler Olaf Scholz trifft heute im Weißen Haus US-Präsident Joe Biden. Die Berater der "
        "Außenministerien Deutschlands und Frankreichs bereiten ein Gipfeltreffen vor. Diese kommen heute ebenfalls "
        "in Berlin zusammen."
    )
    found = read_in("de", text, published=datetime(2023, 3, 6, 7, tzinfo=UTC))
    assert sorted(m.location or "" for m in found) == ["Berlin", "Washington"], [
        (m.start_label(), m.title, m.location) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Talks between Armenia and Azerbaijan, expected this Thursday in Geneva, did not take place after all."),
        (
            "fr",
            "Les pourparlers entre l'Arménie et l'Azerbaïdjan, attendus ce jeudi à Genève, n'ont finalement pas eu lieu.",
        ),
        (
            "es",
            "Las conversaciones entre Armenia y Azerbaiyán, previstas para este jueves en Ginebra, no se celebraron.",
        ),
    ],
)
def test_a_meeting_that_did_not_take_place_is_no_meeting(language: str, text: str) -> None:
    # (written on the Thursday itself)
    found = read_in(language, text, published=datetime(2024, 8, 15, 8, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The foreign ministers will meet on Thursday in Cairo or Doha, the mediators said."),
        ("fr", "Les ministres des Affaires étrangères se réuniront jeudi, au Caire ou à Doha, selon les médiateurs."),
        (
            "fr",
            "Les négociations en vue d'un accord à Gaza entre les ministres reprendront jeudi, au Caire ou à Doha.",
        ),
    ],
)
def test_places_offered_as_alternatives_name_no_venue(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2024, 8, 13, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2024-08-15", None)], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_a_meeting_noun_in_a_german_verb_bracket_takes_the_fronted_day() -> None:
    text = (
        "Am Donnerstag um 10 Uhr wird Generalsekretär António Guterres die als «Wien III» bekannte "
        "UNO-Konferenz im Austria Center eröffnen."
    )
    found = read_in("de", text, published=datetime(2019, 3, 4, 7, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2019-03-07"], [(m.start_label(), m.title) for m in found]


def test_weekdays_of_a_sentence_that_names_this_weekend_are_this_weeks() -> None:
    text = (
        "The foreign ministers' meeting that was to be held in Oslo next Tuesday has been called off. Instead the "
        "ministers will meet in Bergen this weekend, beside the forum that Norway hosts from Friday to Sunday."
    )
    # (written on a Wednesday: the frame "next Tuesday" set is not this sentence's)
    found = read_in("en", text, published=datetime(2023, 5, 17, 8, tzinfo=UTC))
    assert "2023-05-26" not in [m.start_label() for m in found], [(m.start_label(), m.title) for m in found]


def test_a_sitting_president_is_no_sitting() -> None:
    text = "On Monday he will become the first sitting Brazilian president to set foot in New Zealand."
    found = read_in("en", text, published=datetime(2023, 5, 17, 8, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_a_stop_of_a_trip_scrapped_is_a_visit_called_off() -> None:
    text = (
        "The US president has scrapped a stop in Port Moresby on Monday, where he would have become the first "
        "sitting US president to visit Papua New Guinea."
    )
    found = read_in("en", text, published=datetime(2023, 5, 17, 8, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2023-05-22", Status.CANCELLED)], [
        (m.start_label(), m.title, m.status) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El canciller recordó que la reunión que ambos iban a mantener en junio, en la cumbre de la OTAN en La "
            "Haya, no se concretó por la agenda del primer ministro.",
        ),
        (
            "fr",
            "Le ministre a rappelé que la rencontre qu'ils devaient avoir en juin, au sommet de l'OTAN à La Haye, ne "
            "s'est finalement pas concrétisée.",
        ),
        (
            "en",
            "The minister recalled that the meeting the two had planned for June, at the NATO summit in The Hague, "
            "did not materialise.",
        ),
    ],
)
def test_a_meeting_that_did_not_materialise_is_no_plan(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 3, 10, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_after_midnight_in_arabic_is_a_morning_hour_of_the_stated_zone() -> None:
    text = (
        "وتعقد القمة يوم الثلاثاء في فندق بجزيرة سنتوسا في سنغافورة، وتبدأ بلقاء بين الرئيسين عند الساعة الواحدة بعد "
        "منتصف الليل بتوقيت غرينتش."
    )
    found = read_in("ar", text, published=datetime(2018, 6, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time, m.timezone) for m in found] == [
        ("2018-06-12", time(9, 0), "Asia/Singapore")
    ], [(m.start_label(), m.start_time, m.timezone) for m in found]


def test_last_saturday_and_sunday_said_on_a_sunday_is_the_weekend_before() -> None:
    text = (
        "Leaders met in Brisbane last Saturday and Sunday. The prime minister, closing the summit on the Sunday "
        "afternoon, called it a solid result."
    )
    found = read_in("en", text, published=datetime(2014, 11, 23, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_expected_at_a_summit_is_a_plan_though_a_past_aside_follows() -> None:
    text = (
        "The Serbian and Albanian prime ministers are also expected at a summit of Western Balkan leaders in Vienna "
        "in late August, the second gathering under an initiative launched in Berlin last year."
    )
    found = read_in("en", text, published=datetime(2015, 5, 25, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2015-08"], [(m.start_label(), m.title) for m in found]


def test_a_visit_that_was_the_first_is_gone() -> None:
    text = "The Albanian prime minister's visit to Belgrade on Nov. 10 was the first by an Albanian leader in decades."
    found = read_in("en", text, published=datetime(2015, 5, 25, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Cypriot and Turkish leaders will meet in Nicosia on October 19, October 26 and November 2."),
        (
            "fr",
            "Les présidents chypriote et turc se rencontreront à Nicosie le 19 octobre, le 26 octobre et le 2 novembre.",
        ),
    ],
)
def test_a_list_of_days_is_a_meeting_on_each(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2015, 10, 14, 9, tzinfo=UTC))
    assert sorted(m.start_label() for m in found) == ["2015-10-19", "2015-10-26", "2015-11-02"], [
        (m.start_label(), m.title) for m in found
    ]


def test_french_an_election_of_a_country_dates_no_dialogue() -> None:
    text = (
        "La feuille de route de l'OSCE prévoit un dialogue national inclusif et le bon déroulement de l'élection "
        "présidentielle ukrainienne du 25 mai."
    )
    found = read_in("fr", text, published=datetime(2014, 5, 6, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_french_the_day_a_named_speaker_spoke_is_no_meeting_day() -> None:
    text = (
        "« Il faut ouvrir un espace de dialogue », a déclaré M. Burkhalter lundi à Vienne devant le Conseil "
        "permanent de l'OSCE."
    )
    found = read_in("fr", text, published=datetime(2014, 5, 6, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_french_the_talks_a_first_meeting_is_counted_from_are_gone() -> None:
    text = (
        "Ce sera la première réunion des quatre dirigeants du format Normandie depuis la longue nuit de "
        "négociations de Minsk, les 11 et 12 février."
    )
    found = read_in("fr", text, published=datetime(2015, 9, 29, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_french_a_vote_set_for_a_day_is_no_summit_moved_there() -> None:
    text = (
        "Le report pourrait compliquer les choses : si le sommet de la Francophonie se tient à l'automne 2022, il "
        "risque de chevaucher la campagne électorale québécoise, le scrutin général étant fixé au 3 octobre 2022."
    )
    found = read_in("fr", text, published=datetime(2021, 10, 13, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_french_the_week_of_the_summit_is_no_week_of_ours() -> None:
    text = "Les hôteliers de la Riviera affichent déjà complet pour la semaine du sommet du G7."
    found = read_in("fr", text, published=datetime(2026, 2, 5, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Bereits am Donnerstag wird Putin in Minsk beim weißrussischen Staatschef Alexander Lukaschenko erwartet.",
            "2012-05-31",
        ),
        (
            "Gut drei Wochen nach seiner Vereidigung kommt der russische Präsident am kommenden Freitag nach Berlin.",
            "2012-06-01",
        ),
        ("Die Bundeskanzlerin fliegt am Montag nach Washington zu Präsident Barack Obama.", "2012-05-28"),
    ],
)
def test_german_a_guest_expected_at_a_host_coming_or_flying_to_a_capital_visits(text: str, day: str) -> None:
    found = read_in("de", text, published=datetime(2012, 5, 26, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [day], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Der russische Präsident kommt nach Angaben des Kremls am Freitag zu Gesprächen.",
        "Am Donnerstag fliegt der Bundespräsident von Shanghai zurück nach Berlin.",
        "Am Freitag fliegen beide Staatschefs gemeinsam nach Nizza.",
    ],
)
def test_german_no_visit_in_a_flight_home_or_a_leg_flown_together(text: str) -> None:
    found = read_in("de", text, published=datetime(2012, 5, 26, 9, tzinfo=UTC))
    assert [m.start_label() for m in found if m.kind == "visit"] == [], [(m.start_label(), m.title) for m in found]


def test_german_an_evening_counts_from_the_trip_not_from_a_day_a_quote_was_said() -> None:
    text = (
        "Merkel fliegt am Montag nach Washington zu Präsident Barack Obama. „Mit mehr Waffen gewinnt niemand“, "
        "hatte sie am Samstag auf der Münchner Sicherheitskonferenz gesagt. Am Abend reist sie weiter nach "
        "Ottawa zu Premierminister Stephen Harper."
    )
    found = read_in("de", text, published=datetime(2015, 2, 8, 20, tzinfo=UTC))
    assert sorted(m.start_label() for m in found) == ["2015-02-09", "2015-02-09"], [
        (m.start_label(), m.title) for m in found
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Beijing is reacting to the meeting between Taiwan's President Tsai Ing-wen and US House Speaker Kevin McCarthy on Wednesday.",
        ),
        (
            "de",
            "Peking reagiert damit auf das Treffen der taiwanischen Präsidentin Tsai Ing-wen mit dem US-Parlamentschef Kevin McCarthy am Mittwoch.",
        ),
        (
            "fr",
            "Pékin réagit ainsi à la rencontre entre la présidente taïwanaise Tsai Ing-wen et le président de la Chambre américaine Kevin McCarthy mercredi.",
        ),
        (
            "es",
            "Pekín reacciona así a la reunión del miércoles entre la presidenta taiwanesa Tsai Ing-wen y el presidente de la Cámara estadounidense Kevin McCarthy.",
        ),
        (
            "ru",
            "Учения проводятся в ответ на встречу президента Тайваня Цай Инвэнь со спикером палаты представителей США Кевином Маккарти в среду.",
        ),
    ],
)
def test_a_meeting_reacted_to_has_taken_place(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2023, 4, 8, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_german_it_is_to_take_place_names_the_summit_agreed_after_a_call() -> None:
    text = (
        "Nach einem langen Telefonat am Sonntag haben sich Merkel, Hollande, Putin und Poroschenko auf ein "
        "Gipfeltreffen verständigt. Es soll am Mittwoch in der weißrussischen Hauptstadt Minsk stattfinden, wie "
        "ein Regierungssprecher mitteilte."
    )
    found = read_in("de", text, published=datetime(2015, 2, 8, 20, tzinfo=UTC))
    assert ("2015-02-11", "Minsk") in [(m.start_label(), m.location) for m in found], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_sessions_told_by_a_common_noun_inside_an_assembly_are_the_assembly() -> None:
    text = (
        "Paraguay será sede de la Asamblea General de la Organización de los Estados Americanos, del 26 al 28 de "
        "junio de 2024 en Asunción. La sesión inaugural se realizará el miércoles 26 de junio a las 18:00 horas. "
        "Las sesiones plenarias se desarrollarán el jueves 27 y el viernes 28."
    )
    found = read_in("es", text, published=datetime(2024, 6, 21, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end.isoformat()) for m in found] == [("2024-06-26", "2024-06-28")], [
        (m.start_label(), m.end, m.title) for m in found
    ]


def test_arabic_the_day_between_a_cancelling_verb_and_its_summit_is_the_cancellations() -> None:
    text = (
        "ألغى الرئيس الأمريكي دونالد ترامب اليوم الخميس القمة المرتقبة التي كان من المقرر أن تجمعه بالزعيم الكوري "
        "الشمالي كيم جونغ أون في سنغافورة في 12 يونيو المقبل، مرجعا قراره إلى لهجة التصريحات الأخيرة."
    )
    found = read_in("ar", text, published=datetime(2018, 5, 24, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2018-06-12", Status.CANCELLED)], [
        (m.start_label(), m.title, m.status) for m in found
    ]


def test_arabic_a_conference_on_a_country_is_not_held_there() -> None:
    text = "أعلنت الأمم المتحدة أن مؤتمر السلام الخاص بسوريا سيعقد في الثاني والعشرين من يناير المقبل في جنيف."
    found = read_in("ar", text, published=datetime(2013, 12, 17, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2014-01-22", "Geneva")], [
        (m.start_label(), m.location) for m in found
    ]


def test_arabic_a_trip_to_take_part_in_a_summit_dates_the_summit() -> None:
    text = (
        "الرئيس الجزائري يتوجه يوم الأحد المقبل إلى العاصمة المصرية القاهرة للمشاركة في القمة العربية الطارئة "
        "التي دعت إليها مصر لبحث الوضع في غزة."
    )
    found = read_in("ar", text, published=datetime(2025, 2, 26, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location, "ummit" in m.title) for m in found] == [("2025-03-02", "Cairo", True)], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_a_date_in_a_past_relative_clause_is_not_the_meetings_told_after_it() -> None:
    text = (
        "Canadian Prime Minister Mark Carney, who spoke with the Mexican president by phone early on Monday, said "
        "Ottawa would seek its own round of trade talks with Washington."
    )
    found = read_in("en", text, published=datetime(2025, 3, 5, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_trip_for_a_string_of_meetings_is_no_trip_to_one_gathering() -> None:
    text = (
        "Foreign Minister Anita Anand will travel to Malaysia and Singapore next week for a series of regional "
        "meetings on trade and security."
    )
    found = read_in("en", text, published=datetime(2025, 7, 3, 9, tzinfo=UTC))
    assert found, "the trip itself is a meeting"
    assert all("visit" in m.title.lower() for m in found), [(m.start_label(), m.title) for m in found]


def test_a_cabinet_sitting_is_not_made_diplomatic_by_the_body_its_topic_names() -> None:
    text = (
        "The cabinet will hold a session on Thursday afternoon to discuss draft laws tied to the loan programme "
        "agreed with the International Monetary Fund."
    )
    found = read_in("en", text, published=datetime(2023, 9, 12, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_arabic_what_a_cabinet_sitting_discusses_names_no_one_in_it() -> None:
    text = (
        "يعقد مجلس الوزراء جلسة صباح الاثنين المقبل في القصر الحكومي برئاسة رئيس الحكومة، يبحث فيها مشروع الموازنة "
        "والاتفاق المبدئي مع البنك الدولي."
    )
    found = read_in("ar", text, published=datetime(2023, 9, 12, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_deadline_told_with_its_hour_before_the_day_dates_no_meeting() -> None:
    text = "Journalists who wish to cover the summit must register by 17:00 local time on 3 March 2025."
    found = read_in("en", text, published=datetime(2025, 2, 20, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_french_a_movements_own_general_assembly_is_no_diplomatic_meeting() -> None:
    text = (
        "Les diplomates russes et américains se sont séparés mardi à Genève sans fixer de date pour la conférence "
        "de paix sur la Libye. La Coalition nationale libyenne, qui doit se prononcer sur sa participation lors "
        "d'une assemblée générale à Tunis la semaine prochaine, pose comme préalable un cessez-le-feu. L'Union "
        "africaine appelle au calme."
    )
    found = read_in("fr", text, published=datetime(2019, 1, 9, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_the_day_words_were_told_to_a_broadcaster_or_posted_is_not_the_meetings() -> None:
    told = (
        "Foreign Minister Wang Yi told a Japanese television interviewer on Thursday that Xi would meet the prime "
        "minister only once the agenda of a summit was settled."
    )
    posted = (
        "U.S. President Donald Trump wrote on Truth Social late on Monday that he was putting off his meeting with "
        "German Chancellor Friedrich Merz."
    )
    for text in (posted, told):
        found = read_in("en", text, published=datetime(2025, 6, 13, 9, tzinfo=UTC))
        assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_venue_whose_name_several_cities_bear_is_the_one_in_the_articles_town() -> None:
    text = (
        "Саммит ШОС пройдет в Астане в начале июля. 4 июля во Дворце независимости пройдет заседание Совета глав "
        "государств - членов ШОС."
    )
    found = read_in("ru", text, published=datetime(2024, 6, 20, 9, tzinfo=UTC))
    assert ("2024-07-04", "Astana") in [(m.start_label(), m.location) for m in found], [
        (m.start_label(), m.location) for m in found
    ]


def test_a_venue_several_cities_share_is_the_datelines_whatever_its_case() -> None:
    text = "АСТАНА, 20 июня. 4 июля во Дворце независимости пройдет заседание Совета глав государств - членов ШОС."
    found = read_in("ru", text, published=datetime(2024, 6, 20, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2024-07-04", "Astana")], [
        (m.start_label(), m.location) for m in found
    ]


def test_a_tours_next_stop_told_day_first_after_a_comma_and_then_is_its_own_visit() -> None:
    cases = {
        "fr": "La ministre se rendra lundi et mardi au Pérou, puis jeudi et vendredi en Bolivie, a annoncé son cabinet.",
        "de": "Die Ministerin reist am Montag und Dienstag nach Peru, danach am Donnerstag und Freitag nach Bolivien.",
        "es": "La canciller viajará el lunes y el martes a Perú, luego el jueves y el viernes a Bolivia.",
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2019, 6, 7, 9, tzinfo=UTC))
        assert sorted((m.start_label(), m.location) for m in found) == [
            ("2019-06-10", "Peru"),
            ("2019-06-13", "Bolivia"),
        ], (language, [(m.start_label(), m.location, m.title) for m in found])
        assert not any("Peru" in m.title for m in found if m.location == "Bolivia"), [m.title for m in found]


def test_that_day_after_a_weekday_with_its_day_of_the_month_is_that_day() -> None:
    text = (
        "El programa oficial comienza el jueves 14. Ese día, los jefes de Estado abrirán en Lomé la cumbre "
        "extraordinaria de la Cedeao."
    )
    found = read_in("es", text, published=datetime(2019, 11, 11, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2019-11-14"], [(m.start_label(), m.title) for m in found]


def test_a_separable_verb_of_meeting_closes_a_long_middle_field() -> None:
    text = (
        "Am Mittwoch kommen in Wien auf Einladung des österreichischen Außenministers die Außenminister und "
        "Vertreter von rund zwanzig Staaten sowie der Vereinten Nationen, der OSZE, der Europäischen Union und des "
        "Europarats zu einer eintägigen Konferenz über die Ukraine zusammen."
    )
    assert len(text[text.index("kommen") : text.index("zusammen")]) > 160
    found = read_in("de", text, published=datetime(2022, 3, 14, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2022-03-16", "Vienna")], [
        (m.start_label(), m.location, m.title) for m in found
    ]


def test_an_earlier_thing_named_before_a_verb_of_meeting_is_its_topic_not_an_earlier_meeting() -> None:
    text = "Kuba und die EU wollen am Dienstag in Havanna über die Folgen früherer Sanktionen verhandeln."
    found = read_in("de", text, published=datetime(2016, 3, 4, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2016-03-08", "Havana")], [
        (m.start_label(), m.location, m.title) for m in found
    ]


def test_the_eus_councils_named_in_german_are_meetings_titled_by_the_council() -> None:
    text = "Am Montag beraten im Rat für Auswärtige Angelegenheiten die Außenminister in Luxemburg über Belarus."
    found = read_in("de", text, published=datetime(2021, 6, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.title, m.location) for m in found] == [
        ("2021-06-21", "Foreign Affairs Council meeting", "Luxembourg")
    ], [(m.start_label(), m.title, m.location) for m in found]
    text = "Am Dienstag folgen im Rat für Allgemeine Angelegenheiten die Europaminister."
    found = read_in("de", text, published=datetime(2021, 6, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.title) for m in found] == [("2021-06-22", "General Affairs Council meeting")], [
        (m.start_label(), m.title) for m in found
    ]


def test_a_meeting_held_on_a_day_told_in_the_present_after_a_long_name_in_spanish() -> None:
    text = (
        "La cumbre anual de la Comunidad de Estados Latinoamericanos y Caribeños (Celac), que se celebra el jueves y el "
        "viernes en Punta Cana, estará marcada por la crisis venezolana."
    )
    found = read_in("es", text, published=datetime(2017, 1, 23, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [
        ("2017-01-26", "2017-01-27", "Punta Cana")
    ], [(m.start_label(), m.location, m.title) for m in found]


def test_the_day_a_minister_flies_out_to_a_summit_is_not_a_visit_in_spanish() -> None:
    text = (
        "El canciller volará mañana a Panamá para encabezar la delegación en la cumbre de la Celac, que se celebra "
        "el jueves y el viernes en Ciudad de Panamá."
    )
    found = read_in("es", text, published=datetime(2017, 1, 23, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2017-01-26", "2017-01-27")], [
        (m.start_label(), m.location, m.title) for m in found
    ]


def test_a_called_off_meetings_next_week_does_not_frame_the_weekdays_after_it() -> None:
    text = (
        "The Pacific leaders' summit planned for Suva next Wednesday has been called off, the Fijian government said "
        "today.\n\nThe Japanese prime minister will still attend the ASEAN summit in Jakarta from Friday to Sunday."
    )
    found = read_in("en", text, published=datetime(2019, 3, 6, 9, tzinfo=UTC))
    assert ("2019-03-08", "Jakarta") in [(m.start_label(), m.location) for m in found], [
        (m.start_label(), m.location, m.status) for m in found
    ]


def test_a_scrapped_stop_on_a_day_before_another_visit_named_after_it_is_the_stops_and_called_off() -> None:
    text = (
        "Prime Minister Shinzo Abe will still attend the ASEAN summit in Jakarta from Friday to Sunday, but has "
        "scrapped his planned stop in Papua New Guinea on Tuesday and his visit to Samoa, officials said."
    )
    found = read_in("en", text, published=datetime(2019, 3, 6, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found if m.start_label() == "2019-03-12"] == [
        ("2019-03-12", Status.CANCELLED)
    ], [(m.start_label(), m.title, m.status) for m in found]


def test_a_domestic_body_opening_its_own_session_is_not_a_meeting_between_governments() -> None:
    text = (
        "The Chinese People's Political Consultative Conference, the country's top advisory body, will open its "
        "annual session in Beijing on March 3."
    )
    found = read_in("en", text, published=datetime(2016, 2, 25, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]
    text = "Nigeria's Federal Executive Council will review the outcome of the trip at its meeting on Wednesday."
    found = read_in("en", text, published=datetime(2016, 2, 25, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_meeting_a_country_will_host_in_a_relative_clause_takes_the_clauses_date() -> None:
    text = (
        "ECOWAS foreign ministers closed their session in Abuja on Friday. They will gather again for the annual "
        "summit with the bloc's development partners, which Ghana will host in Accra in October."
    )
    found = read_in("en", text, published=datetime(2018, 6, 16, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2018-10", "Accra")], [
        (m.start_label(), m.location, m.title) for m in found
    ]


def test_a_summit_named_with_a_past_one_after_it_keeps_its_own_day_after_a_visit() -> None:
    text = (
        "Le Premier ministre indien est attendu lundi à Tokyo, où il sera reçu par l'empereur, avant de participer "
        "mardi au sommet du Quad, le troisième du genre après celui de Washington en septembre dernier."
    )
    found = read_in("fr", text, published=datetime(2022, 5, 19, 9, tzinfo=UTC))
    assert ("2022-05-24", "summit") in [(m.start_label(), m.kind) for m in found], [
        (m.start_label(), m.title) for m in found
    ]


def test_a_city_rather_than_its_country_when_the_clause_names_both() -> None:
    text = "Leaders will then prepare the Pacific Islands Forum summit, which Fiji will host in Nadi in August."
    found = read_in("en", text, published=datetime(2018, 3, 14, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2018-08", "Nadi")], [
        (m.start_label(), m.location, m.title) for m in found
    ]


def test_a_city_rather_than_its_country_when_the_sentence_names_both_near() -> None:
    text = "Le chancelier se rendra ensuite en France pour le sommet du G7, du 15 au 17 juin à Évian-les-Bains, au bord du Léman."
    found = read_in("fr", text, published=datetime(2026, 6, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2026-06-15", "Evian")], [
        (m.start_label(), m.location, m.title) for m in found
    ]


def test_the_gathering_its_venue_hosts_at_the_time_is_not_among_who_meets() -> None:
    cases = {
        "en": "The four Quad leaders will meet on Saturday at a hotel in Hiroshima, where the G7 summit is under way.",
        "ru": "Лидеры стран Quad встретятся в субботу в отеле в Хиросиме, где проходит саммит G7.",
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2023, 5, 18, 9, tzinfo=UTC))
        assert [m.start_label() for m in found] == ["2023-05-20"], (
            language,
            [(m.start_label(), m.title) for m in found],
        )
        assert "Quad" in found[0].organisations, (language, found[0].organisations)
        assert "G-7" not in found[0].organisations, (language, found[0].organisations)


def test_a_gathering_the_visitor_will_attend_where_he_goes_stays_among_who_meets() -> None:
    text = "Премьер-министр Индии в начале декабря посетит Аргентину, где примет участие во встрече лидеров G20."
    found = read_in("ru", text, published=datetime(2018, 10, 5, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2018-12"], [(m.start_label(), m.title) for m in found]
    assert "G-20" in found[0].organisations, found[0].organisations


def test_a_span_to_come_within_which_a_meeting_may_fall_gives_it_no_date() -> None:
    cases = {
        "en": "The foreign minister said he hoped to visit Hanoi within the next month to meet his counterpart.",
        "de": "Der Außenminister will innerhalb der nächsten Woche nach Hanoi reisen, um seinen Amtskollegen zu treffen.",
        "es": "El canciller viajará a Hanói dentro de la próxima semana para reunirse con su homólogo.",
        "ru": "Министр иностранных дел посетит Ханой в течение следующей недели.",
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2016, 4, 6, 9, tzinfo=UTC))
        assert found == [], (language, [(m.start_label(), m.title) for m in found])


def test_a_relative_clause_after_the_meeting_lends_it_no_tense() -> None:
    cases = {
        "en": "Transport ministers meeting on Wednesday endorsed a charter that will bind carriers from next year.",
        "de": "Die Verkehrsminister haben bei ihrem Treffen am Mittwoch eine Charta gebilligt, die ab dem 1. März gelten wird.",
        "es": "Los ministros de Transporte, reunidos el miércoles en Lisboa, respaldaron una carta que regirá a partir del 1 de marzo.",
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2021, 2, 15, 9, tzinfo=UTC))
        assert found == [], (language, [(m.start_label(), m.title) for m in found])


def test_the_meeting_of_a_relative_clause_with_its_own_future_stays_ahead() -> None:
    text = "Transport ministers will gather on Wednesday for talks that will shape the charter."
    found = read_in("en", text, published=datetime(2021, 2, 15, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2021-02-17"], [(m.start_label(), m.title) for m in found]


def test_the_day_rules_begin_to_apply_is_not_a_meeting_date() -> None:
    cases = {
        "en": "Fisheries ministers will meet in Brussels to approve quotas that will apply from July 1.",
        "es": "Los ministros de Pesca se reunirán en Bruselas para aprobar cuotas que se aplicarán a partir del 1 de julio.",
        "fr": "Les ministres de la Pêche se réuniront à Bruxelles pour approuver des quotas qui s'appliqueront à partir du 1er juillet.",
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2021, 2, 15, 9, tzinfo=UTC))
        assert found == [], (language, [(m.start_label(), m.title) for m in found])


def test_a_plan_told_with_a_pluperfect_modal_is_gone() -> None:
    text = (
        "Ursprünglich hatten die Außenminister der Gruppe am 12. Mai in Tallinn zusammenkommen sollen. "
        "Das Treffen wurde am Montag auf unbestimmte Zeit verschoben."
    )
    found = read_in("de", text, published=datetime(2015, 9, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [], [(m.start_label(), m.title) for m in found]


def test_a_move_told_as_done_before_the_news_does_not_undo_its_postponement() -> None:
    cases = {
        "en": (
            "The Baltic summit planned for Sunday in Riga has been postponed indefinitely, the government said on Tuesday. "
            "The meeting had been moved to November in the spring."
        ),
        "de": (
            "Der für Sonntag geplante Gipfel der baltischen Staaten in Riga findet nicht statt. "
            "Das Treffen werde auf unbestimmte Zeit verschoben, hieß es am Montag. "
            "Eigentlich hatten die Regierungschefs am 3. Juni in Riga zusammenkommen sollen, damals war das Treffen "
            "auf November vertagt worden."
        ),
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2019, 11, 12, 9, tzinfo=UTC))
        assert [(m.start_label(), m.status) for m in found] == [("2019-11-17", Status.POSTPONED)], (
            language,
            [(m.start_label(), m.status, m.title) for m in found],
        )


def test_a_german_clause_that_puts_its_verb_last_ties_its_opening_date_to_it() -> None:
    text = (
        "Wenn am Dienstag im großen Saal des Völkerbundpalasts in Genf die Vertreter der 47 Mitgliedstaaten des "
        "Menschenrechtsrats der Vereinten Nationen zusammentreten, wird es vor allem um Myanmar gehen."
    )
    found = read_in("de", text, published=datetime(2021, 2, 20, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2021-02-23", "Geneva")], [
        (m.start_label(), m.title) for m in found
    ]


def test_a_session_set_until_a_day_runs_the_meeting_told_before_to_that_day() -> None:
    text = (
        "Der Exekutivrat der Organisation für das Verbot chemischer Waffen tritt am Dienstag in Den Haag zusammen. "
        "Die Frühjahrstagung des Gremiums ist bis Freitag angesetzt."
    )
    found = read_in("de", text, published=datetime(2017, 3, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end.isoformat() if m.end else None) for m in found] == [("2017-03-14", "2017-03-17")], [
        (m.start_label(), m.end, m.title) for m in found
    ]


def test_a_german_word_is_no_acronym_written_as_a_word() -> None:
    text = "Bis Sonntag beraten die Vertreter der Mitgliedstaaten in Basel hinter verschlossenen Türen."
    found = read_in("de", text, published=datetime(2017, 3, 11, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title, m.organisations) for m in found]


def test_a_chambers_plenary_sitting_is_no_diplomatic_meeting() -> None:
    text = (
        "Die Außenminister der EU treffen sich am Montag in Brüssel. "
        "Der Bundesrat tritt am 20. März zu seiner nächsten Plenarsitzung zusammen."
    )
    found = read_in("de", text, published=datetime(2017, 3, 11, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2017-03-13"], [(m.start_label(), m.title) for m in found]


def test_a_small_town_is_the_venue_when_the_sentence_before_names_its_country() -> None:
    cases = {
        "en": "The president will travel to Zimbabwe at the weekend. SADC leaders will meet in Victoria Falls on May 17.",
        "de": "Der Präsident reist am Wochenende nach Simbabwe. Die SADC-Staatschefs treffen sich am 17. Mai in Victoria Falls.",
    }
    for language, text in cases.items():
        found = read_in(language, text, published=datetime(2022, 5, 10, 9, tzinfo=UTC))
        assert ("2022-05-17", "Victoria Falls") in [(m.start_label(), m.location) for m in found], (
            language,
            [(m.start_label(), m.location, m.title) for m in found],
        )


def test_a_cabinet_named_alone_is_a_domestic_sitting() -> None:
    text = "Der EU-Gipfel beginnt am Mittwoch. Der Ministerrat tagt deshalb ausnahmsweise bereits am Dienstag."
    found = read_in("de", text, published=datetime(2018, 9, 17, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2018-09-19"], [(m.start_label(), m.title) for m in found]


def test_the_day_of_an_announcement_is_not_a_trips() -> None:
    text = "The trip follows the prime minister's announcement in November of a new fund for Pacific ports."
    found = read_in("en", text, published=datetime(2019, 1, 11, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_later_clause_naming_the_meeting_again_gives_it_its_status() -> None:
    text = (
        "The joint committee of Iran and Qatar had been due to convene in the Qatari capital on Thursday, according "
        "to two officials, but that meeting has now been postponed and no new date has been set."
    )
    found = read_in("en", text, published=datetime(2023, 5, 8, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2023-05-11", Status.POSTPONED)], [
        (m.start_label(), m.status, m.title) for m in found
    ]


def test_a_later_clause_with_its_own_day_keeps_its_status_to_itself() -> None:
    text = "The ministers will meet in Vienna on Saturday, but the talks planned for Monday have been cancelled."
    found = read_in("en", text, published=datetime(2022, 3, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [
        ("2022-03-12", Status.CONFIRMED),
        ("2022-03-14", Status.CANCELLED),
    ], [(m.start_label(), m.status, m.title) for m in found]


def test_a_session_that_began_on_a_weekday_and_sits_until_another_is_under_way() -> None:
    cases = [
        "The UN-backed drafting body for Libya began meeting in Tunis on Monday and is scheduled to sit until Friday.",
        "The drafting body for Libya began meeting on Monday and is scheduled to sit until Friday. The UN envoy attends.",
    ]
    for text in cases:
        found = read_in("en", text, published=datetime(2020, 11, 11, 9, tzinfo=UTC))
        assert found == [], (text, [(m.start_label(), m.title) for m in found])


def test_a_session_that_will_begin_on_a_weekday_and_sit_until_another_is_ahead() -> None:
    text = "The UN-backed drafting body for Libya will begin meeting in Tunis on Monday and is scheduled to sit until Friday."
    found = read_in("en", text, published=datetime(2020, 11, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end.isoformat()) for m in found] == [("2020-11-16", "2020-11-20")], [
        (m.start_label(), m.end, m.title) for m in found
    ]


def test_a_russian_relative_clause_opened_by_whose_lends_no_tense() -> None:
    text = (
        "Министры иностранных дел стран СНГ на встрече в четверг одобрили доклад комиссии, "
        "чья работа продолжится в следующем году."
    )
    found = read_in("ru", text, published=datetime(2021, 2, 15, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La rencontre estivale du Conseil de la fédération réunira les premiers ministres des provinces "
            "et des territoires du 18 au 20 juillet à Charlottetown.",
        ),
        ("fr", "Les gouverneurs des provinces se réuniront jeudi à Kinshasa autour du Premier ministre."),
    ],
)
def test_a_federations_own_heads_of_provinces_meet_at_home(lang: str, text: str) -> None:
    found = read_in(lang, text, published=datetime(2018, 5, 22, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("lang", "text", "organisation"),
    [
        ("fr", "Les chefs d'Etat de l'UEMOA se réuniront en sommet extraordinaire dimanche à Accra.", "WAEMU"),
        (
            "en",
            "Leaders of the Melanesian Spearhead Group will meet in Suva on Thursday.",
            "Melanesian Spearhead Group",
        ),
        ("de", "Der Gipfel der Kaspischen Anrainerstaaten findet am Sonntag in Aktau statt.", "Caspian states"),
    ],
)
def test_regional_groups_are_organisations(lang: str, text: str, organisation: str) -> None:
    found = read_in(lang, text, published=datetime(2022, 1, 7, 9, tzinfo=UTC))
    assert [m.organisations for m in found] == [(organisation,)], [(m.title, m.organisations) for m in found]


def test_a_gathering_of_business_leaders_is_no_meeting_of_governments() -> None:
    text = (
        "La banque ouvrira deux agences dans les pays de la CEDEAO. Son directeur participera au Forum des "
        "investissements de Dakar, le grand rendez-vous des patrons de la sous-région, attendu les 9 et 10 mars."
    )
    found = read_in("fr", text, published=datetime(2023, 2, 20, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Whether Tshisekedi and Rwandan President Paul Kagame will meet in Addis Ababa on Friday remained unclear.",
        ),
        ("de", "Ob er und Ruandas Präsident Paul Kagame am Freitag in Addis Abeba aufeinandertreffen, ist offen."),
        (
            "fr",
            "On ignore encore si Félix Tshisekedi et le président rwandais Paul Kagame se rencontreront vendredi à Addis-Abeba.",
        ),
        ("es", "No está claro si Petro y el presidente venezolano Nicolás Maduro se reunirán el viernes en Caracas."),
        ("ar", "لم يتضح بعد ما إذا كان الرئيس المصري سيلتقي نظيره التركي يوم الجمعة في أنقرة."),
    ],
)
def test_a_meeting_the_text_only_asks_about_is_not_announced(lang: str, text: str) -> None:
    found = read_in(lang, text, published=datetime(2025, 2, 12, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_question_told_after_the_meeting_leaves_it_standing() -> None:
    text = (
        "Russian President Vladimir Putin and Turkish President Tayyip Erdogan will meet in Ankara on Friday, "
        "though it is unclear whether a deal will follow."
    )
    found = read_in("en", text, published=datetime(2025, 2, 12, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-02-14"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The newly elected members of the European Parliament will meet in Strasbourg on July 2 for the constitutive session.",
        ),
        (
            "fr",
            "Les députés européens se réuniront le 2 juillet à Strasbourg pour la session constitutive du Parlement européen.",
        ),
        ("de", "Das Europäische Parlament kommt am 2. Juli in Straßburg zu seiner konstituierenden Sitzung zusammen."),
    ],
)
def test_the_european_parliaments_own_sitting_is_no_meeting_of_governments(lang: str, text: str) -> None:
    found = read_in(lang, text, published=datetime(2019, 6, 24, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_visit_by_the_european_parliaments_president_is_a_meeting() -> None:
    found = read_in(
        "en",
        "European Parliament President Roberta Metsola will visit Kyiv on Tuesday.",
        published=datetime(2019, 6, 24, 9, tzinfo=UTC),
    )
    assert [m.start_label() for m in found] == ["2019-06-25"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerpräsidentinnen und Ministerpräsidenten der Länder beraten am kommenden Mittwoch erneut mit der Kanzlerin.",
        "Außenminister Müller verhandelt derzeit mit Bundeskanzler Weber über eine Neuauflage der großen Koalition, die "
        "nächste Runde ist für Montag im Kanzleramt angesetzt.",
    ],
)
def test_german_heads_of_the_laender_and_coalition_talks_are_domestic(text: str) -> None:
    found = read_in("de", text, published=datetime(2020, 11, 19, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_german_visitor_who_arrives_today_and_stays_until_sunday() -> None:
    text = (
        "Der brasilianische Präsident trifft heute zu einem dreitägigen Staatsbesuch in Rom ein und bleibt bis Sonntag."
    )
    found = read_in("de", text, published=datetime(2023, 3, 22, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end.isoformat(), m.kind) for m in found] == [("2023-03-22", "2023-03-24", "visit")], [
        (m.start_label(), m.end, m.title) for m in found
    ]


def test_a_german_meeting_that_does_not_take_place_as_planned_on_a_day_is_moved() -> None:
    text = (
        "Das Treffen der Außenminister Österreichs und der Schweiz findet nicht wie vorgesehen am kommenden Montag statt. "
        "Wie das Ministerium mitteilte, wird die Zusammenkunft in Bern auf Montag, den 28. Oktober, verschoben."
    )
    found = read_in("de", text, published=datetime(2019, 10, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2019-10-28"], [(m.start_label(), m.title) for m in found]


def test_an_arabic_symposium_of_states_is_a_conference() -> None:
    text = (
        "تحتضن الجزائر العاصمة، بعد غد الأربعاء ولمدة يومين، ندوة دولية رفيعة المستوى حول الأمن في منطقة الساحل، "
        "بمشاركة مالي والنيجر وموريتانيا."
    )
    found = read_in("ar", text, published=datetime(2011, 9, 5, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2011-09-07", "Algiers")], [
        (m.start_label(), m.title) for m in found
    ]


def test_a_german_verb_in_an_open_question_is_dropped_for_it() -> None:
    from diplocal.extract import explain_article

    text = (
        "Ob Tshisekedi und Ruandas Präsident Paul Kagame am Freitag in Addis Abeba aufeinandertreffen, galt als offen."
    )
    article = Article(id="t", title="", text=text, published=datetime(2025, 2, 12, 9, tzinfo=UTC), language="de")
    reasons = {c.decision.reason for c in explain_article(article).candidates if c.cue.word == "aufeinandertreffen"}
    assert reasons == {"the text only asks whether it will be held"}


@pytest.mark.parametrize(
    "text",
    [
        "La primera vuelta está fijada para el domingo 21 de noviembre y, en La Moneda, reconocen que el foro de la APEC "
        "tendrá poca visibilidad interna.",
        "El titular de la cámara llevará el miércoles sus reclamos a la asamblea anual de socios de la entidad en Mendoza, "
        "donde también estarán delegados de Paraguay y Venezuela.",
        "El presidente colombiano Juan Manuel Santos, galardonado con el Nobel de la Paz, recibirá el premio en Oslo el "
        "10 de diciembre, en presencia del rey de Noruega.",
    ],
)
def test_spanish_election_rounds_members_assemblies_and_prizes_are_no_meetings(text: str) -> None:
    found = read_in("es", text, published=datetime(2021, 11, 7, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_an_arabic_election_day_told_after_long_words_is_the_elections() -> None:
    text = (
        "تحتضن العاصمة الألمانية برلين يوم الأربعاء المقبل اجتماعا دوليا حول ليبيا بمشاركة الأمم المتحدة. "
        "ويناقش الاجتماع الاستعداد للانتخابات الرئاسية والبرلمانية المقررة في 24 ديسمبر المقبل."
    )
    found = read_in("ar", text, published=datetime(2021, 6, 19, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2021-06-23"], [(m.start_label(), m.title) for m in found]


def test_an_arabic_meeting_said_in_a_press_conference_keeps_its_day() -> None:
    text = (
        "وقال المتحدث في مؤتمر صحفي إن الاجتماعات التحضيرية تنطلق غدا الأربعاء باجتماع وزراء الخارجية العرب في بغداد."
    )
    found = read_in("ar", text, published=datetime(2025, 5, 13, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-05-14"], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "en",
            "EU foreign ministers meet in Luxembourg on Monday, a session that feeds into the European Council, "
            "which convenes on Thursday in Brussels.",
            "EU foreign ministers' meeting",
        ),
        (
            "fr",
            "Les ministres des Affaires étrangères de l'UE se retrouveront lundi à Luxembourg, une réunion qui doit "
            "alimenter le Conseil européen, qui se tiendra jeudi à Bruxelles.",
            "EU foreign ministers' meeting",
        ),
        (
            "es",
            "Los cancilleres de la UE se reunirán el lunes en Luxemburgo, una cita que alimentará al Consejo Europeo, "
            "que se celebrará el jueves en Bruselas.",
            "EU foreign ministers' meeting",
        ),
    ],
)
def test_a_later_meeting_with_its_own_day_lends_no_one_to_the_first(lang: str, text: str, title: str) -> None:
    found = read_in(lang, text, published=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-03-17", "2025-03-20"]
    assert (found[0].title, found[0].location) == (title, "Luxembourg")


def test_a_day_that_ends_the_run_is_no_later_meetings_own() -> None:
    # "the summit and related meetings will run until Thursday" ends the opening's run: the
    # words after it (who says so, the host) stay the summit's
    text = (
        "JAKARTA — Leaders of the bloc meet in the Indonesian capital this week for the 43rd ASEAN Summit, "
        "with Myanmar expected to dominate three days of talks.\n\n"
        "The opening ceremony at the convention centre is set for 9 a.m. local time on Tuesday, and the summit "
        "and related meetings will run until Thursday, Indonesia's foreign ministry said.\n\n"
        "On Thursday, the leaders will be joined by their partners for the East Asia Summit."
    )
    found = read_in("en", text, published=datetime(2023, 9, 4, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.title) for m in found] == [
        ("2023-09-05", "2023-09-07", "43rd ASEAN Summit"),
        ("2023-09-07", "2023-09-07", "East Asia Summit"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Außenminister wollen heute auch über die Vorbereitung des Gipfels in Den Haag sprechen.",
        "Die Nato-Außenminister wollen am Donnerstag auch über die Vorbereitung des Gipfels in Den Haag sprechen.",
        "Die Europaminister sollen am Dienstag zudem den Gipfel vorbereiten und über den Haushalt sprechen.",
    ],
)
def test_a_summit_being_readied_is_not_held_on_the_readying_day(text: str) -> None:
    found = read_in("de", text, published=datetime(2025, 5, 13, 9, tzinfo=UTC))
    assert not [m for m in found if "summit" in m.title.lower()], [(m.start_label(), m.title) for m in found]


def test_a_meeting_that_follows_the_next_day_keeps_its_own_council() -> None:
    text = (
        "Am Montag kommen die Außenminister der EU-Staaten in Luxemburg zusammen, am Dienstag folgen an "
        "gleicher Stelle die Europaminister im Rat für Allgemeine Angelegenheiten."
    )
    found = read_in("de", text, published=datetime(2024, 6, 21, 9, tzinfo=UTC))
    assert [(m.start_label(), m.title) for m in found] == [
        ("2024-06-24", "EU foreign ministers' meeting"),
        ("2024-06-25", "General Affairs Council meeting"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As at the rounds in January and February, the delegations will meet at the Rixos hotel in Astana."),
        (
            "de",
            "Wie schon bei den Runden im Januar und Februar sollen die Delegationen im Hotel Rixos in Astana zusammenkommen.",
        ),
        (
            "fr",
            "Comme lors des cycles de janvier et février, les délégations se retrouveront à l'hôtel Rixos d'Astana.",
        ),
        ("es", "Como en las rondas de enero y febrero, las delegaciones se reunirán en el hotel Rixos de Astana."),
        ("ru", "Как и на раундах в январе и феврале, делегации соберутся в отеле Rixos в Астане."),
        ("ar", "وعلى غرار جولتي يناير وفبراير، ستجتمع الوفود في فندق ريكسوس في أستانا."),
    ],
)
def test_the_days_of_a_precedent_are_not_the_meetings(lang: str, text: str) -> None:
    # the rounds told for comparison were held: their months are no days of this meeting
    found = read_in(lang, text, published=datetime(2017, 3, 9, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_long_german_subject_still_owns_its_status_verb() -> None:
    text = (
        "Das für kommenden Montag in Wien geplante Treffen der Außenminister Ungarns, Polens, Tschechiens "
        "und der Slowakei im sogenannten Visegrád-Format findet nicht statt."
    )
    found = read_in("de", text, published=datetime(2021, 3, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status.value) for m in found] == [("2021-03-15", "cancelled")]


def test_called_off_then_put_off_to_a_month_is_one_meeting_moved() -> None:
    text = (
        "Das für kommende Woche geplante Treffen der spanischen und portugiesischen Regierungen in Salamanca "
        "fällt aus. Der spanisch-portugiesische Gipfel werde auf März verschoben, teilte ein Sprecher am "
        "Dienstag in Madrid mit."
    )
    found = read_in("de", text, published=datetime(2022, 1, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status.value) for m in found] == [("2022-03", "confirmed")]
    assert found[0].change is not None
    assert found[0].change.action.value == "reschedule"


def test_a_past_modal_tells_the_summit_was_held() -> None:
    text = (
        "Beim Gipfel der zentralamerikanischen Staaten am Samstag in San José konnten die Präsidenten nur "
        "feststellen, dass die Partner noch nicht bereit sind."
    )
    found = read_in("de", text, published=datetime(2025, 12, 23, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_the_country_envoys_are_concerned_with_is_not_the_venue() -> None:
    text = (
        "أعلنت الأمم المتحدة أن الاجتماع الرابع للمبعوثين الخاصين المعنيين بليبيا سيعقد في جنيف يومي "
        "30 سبتمبر الجاري والأول من أكتوبر المقبل."
    )
    found = read_in("ar", text, published=datetime(2024, 9, 20, 7, tzinfo=UTC))
    # (the second day an ordinal of the next month, joined by "و")
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [("2024-09-30", "2024-10-01", "Geneva")]


def test_an_arabic_press_briefing_is_no_meeting() -> None:
    text = "وينتظر أن يتناول وزير الخارجية ترتيبات القمة في الإحاطة الإعلامية الأسبوعية يوم الثلاثاء المقبل."
    found = read_in("ar", text, published=datetime(2024, 8, 20, 7, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "وتعقد القمة العالمية للعمل المناخي بمشاركة قادة الدول يومي 4 و5 سبتمبر، على أن تخصص بقية أيام المؤتمر "
        "لمفاوضات الوفود ولأيام موضوعية تتناول الصحة والمياه.",
        "وتنعقد القمة الأفريقية للمناخ بحضور رؤساء الدول والحكومات يومي 4 و5 سبتمبر، على أن تخصص بقية الأيام "
        "لمفاوضات الخبراء.",
    ],
)
def test_a_verb_of_holding_told_first_gives_its_subject_the_date(text: str) -> None:
    found = read_in("ar", text, published=datetime(2024, 8, 20, 7, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.kind) for m in found] == [("2024-09-04", "2024-09-05", "summit")]


@pytest.mark.parametrize(
    "text",
    [
        "دعا الاتحاد الأفريقي البلدين إلى التهدئة. من جهة أخرى، يستمع المجلس الوطني في جلسته بعد غد الثلاثاء "
        "إلى بيان من وزير الدفاع.",
        "دعت جامعة الدول العربية إلى التهدئة. وأعلن الوزير أن الحكومة ستبحث في جلستها المقبلة يوم الخميس تخفيف القيود.",
    ],
)
def test_a_body_of_the_state_in_its_own_sitting_is_domestic(text: str) -> None:
    found = read_in("ar", text, published=datetime(2012, 12, 16, 7, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_round_that_broke_up_on_thursday_is_past() -> None:
    text = "لم تحدد الوساطة موعدا لاستئناف المفاوضات بين البلدين، بعد أن انفضت الجولة الأخيرة في أديس أبابا يوم الخميس."
    found = read_in("ar", text, published=datetime(2012, 12, 16, 7, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Affairs Council meets at 11:00 CET on Monday in Brussels with Syria on the agenda, "
        "according to an outline circulated to member states.",
        "Defence ministers of the alliance gather in Brussels on Monday, according to a schedule published by "
        "its press office.",
    ],
)
def test_a_sources_past_verbs_do_not_make_the_weekday_past(text: str) -> None:
    found = read_in("en", text, published=datetime(2014, 1, 17, 17, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2014-01-20"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In Vienna, the IAEA's Board of Governors opens its regular June session on June 8.", "2020-06-08"),
        ("NATO holds its usual October meeting of defence ministers on Oct. 21 in Brussels.", "2020-10-21"),
    ],
)
def test_a_month_that_names_the_session_yields_to_its_day(text: str, day: str) -> None:
    found = read_in("en", text, published=datetime(2020, 6, 1, 10, tzinfo=UTC))
    assert [m.start_label() for m in found] == [day]


def test_a_speech_by_video_link_to_a_summit_is_no_meeting_of_its_own() -> None:
    text = "Ukrainian President Volodymyr Zelensky is expected to address EU leaders by video link this afternoon."
    found = read_in("en", text, published=datetime(2022, 6, 23, 8, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_call_by_video_link_is_still_a_meeting() -> None:
    text = (
        "Russian President Vladimir Putin and Chinese President Xi Jinping will hold talks by video link on "
        "Monday afternoon, the Kremlin said."
    )
    found = read_in("en", text, published=datetime(2022, 6, 23, 8, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2022-06-27"]


def test_a_summit_of_no_one_called_off_does_not_cancel_the_bodys_summit_that_day() -> None:
    text = (
        "Die Staats- und Regierungschefs der G20 kommen am Donnerstag zu einem außerordentlichen Gipfel zusammen, "
        "allerdings nur vor Bildschirmen. Am späteren Nachmittag beraten die 27 EU-Staats- und Regierungschefs "
        "dann ebenfalls per Video. Der reguläre Frühjahrsgipfel in Brüssel, ursprünglich für Donnerstag und "
        "Freitag angesetzt, war bereits vor zwei Wochen abgesagt worden."
    )
    found = read_in("de", text, published=datetime(2020, 3, 24, 13, tzinfo=UTC))
    g20 = [m for m in found if "G-20" in m.title or "G20" in m.title]
    assert [(m.start_label(), m.end_label(), m.status.value) for m in g20] == [
        ("2020-03-26", "2020-03-26", "confirmed")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Kazajistán celebrará el martes y el miércoles en la ciudad de Turkestán, antigua capital de la "
            "región, la cumbre informal de los Estados túrquicos.",
        ),
        (
            "fr",
            "Le Kazakhstan accueillera mardi et mercredi dans la ville de Turkestan, ancienne capitale de la "
            "région, le sommet informel des États turciques.",
        ),
    ],
)
def test_a_host_holding_a_meeting_names_the_date_before_the_object(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2024, 3, 29, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [
        ("2024-04-02", "2024-04-03", "Turkistan")
    ], [(m.start_label(), m.title, m.location) for m in found]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ru", "Переговоры министров пройдут в четверг в курортном Сочи.", "Sochi"),
        ("ru", "Саммит лидеров состоится в четверг в приморском Владивостоке.", "Vladivostok"),
        ("de", "Die Außenminister kommen am Donnerstag im Schwarzmeer-Kurort Sotschi zusammen.", "Sochi"),
        ("de", "Die Geberkonferenz der UN soll am Donnerstag in Kuwait-Stadt stattfinden.", "Kuwait City"),
        ("es", "La cumbre de los presidentes será el jueves en Mar del Plata.", "Mar del Plata"),
        ("en", "The presidents will hold their summit in Mar del Plata on Thursday.", "Mar del Plata"),
    ],
)
def test_a_town_after_what_kind_of_town_it_is_or_with_a_particle_in_its_name(
    language: str, text: str, place: str
) -> None:
    found = read_in(language, text, published=datetime(2024, 3, 25, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2024-03-28", place)], [
        (m.start_label(), m.title, m.location) for m in found
    ]


def test_a_host_receiving_a_guest_is_no_host_of_the_guests_visit() -> None:
    text = (
        "Le Premier ministre belge accueillera demain à Bruxelles le président chilien Gabriel Boric, qui "
        "effectue sa première visite officielle en Europe."
    )
    found = read_in("fr", text, published=datetime(2023, 6, 19, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-06-20", "Brussels")]
    assert "visit" not in found[0].title, found[0].title
    assert "Chile" in found[0].title, found[0].title


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("de", "Die UN-Generalversammlung tritt am 18. September zu ihrer Jahrestagung zusammen.", "2023-09-18"),
        ("de", "Die Weltgesundheitsversammlung beginnt am Montag in Genf.", "2023-09-18"),
        ("ru", "Всемирная ассамблея здравоохранения откроется в понедельник в Женеве.", "2023-09-18"),
        (
            "de",
            "Die Unterhändler Russlands und der Ukraine wollen am Montag in Istanbul wieder an einen Tisch kommen.",
            "2023-09-18",
        ),
    ],
)
def test_an_assembly_of_states_and_a_return_to_the_table_are_meetings(language: str, text: str, day: str) -> None:
    found = read_in(language, text, published=datetime(2023, 9, 14, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == [day], [(m.start_label(), m.title) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei hat für den 17. Januar eine Delegiertenversammlung in Bern angesetzt.",
        "Die Hauptversammlung der Aktiengesellschaft findet am 17. Januar in Frankfurt statt.",
    ],
)
def test_the_assembly_of_a_party_or_a_company_is_no_meeting_of_states(text: str) -> None:
    found = read_in("de", text, published=datetime(2023, 12, 14, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_cabinet_sitting_named_with_capitals_is_domestic() -> None:
    text = "В четверг под председательством президента пройдет расширенное заседание Кабинета министров."
    found = read_in("ru", text, published=datetime(2024, 7, 16, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_country_in_another_script_is_the_country_not_a_town_listed_under_its_name() -> None:
    text = "Президент Монголии в четверг прибудет с официальным визитом в Японию."
    found = read_in("ru", text, published=datetime(2024, 7, 16, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2024-07-18", "Japan")]


def test_later_this_week_in_russian_starts_after_today() -> None:
    text = "Консультации министерств иностранных дел Казахстана и Китая пройдут в Астане позднее на этой неделе."
    found = read_in("ru", text, published=datetime(2024, 7, 16, 9, tzinfo=UTC))
    english = read_in(
        "en",
        "Kazakhstan and China will hold foreign ministry consultations in Astana later this week.",
        published=datetime(2024, 7, 16, 9, tzinfo=UTC),
    )
    assert [(m.start_label(), m.end_label()) for m in found] == [(m.start_label(), m.end_label()) for m in english]
    assert found[0].start_label() > "2024-07-16"


def test_today_with_its_weekday_still_dates_a_meeting_in_arabic() -> None:
    text = "يعقد وزراء الخارجية العرب اليوم الخميس اجتماعا طارئا في القاهرة."
    found = read_in("ar", text, published=datetime(2025, 3, 6, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-03-06"]


def test_a_joint_sitting_of_both_houses_is_domestic_in_arabic() -> None:
    text = (
        "تستضيف جيبوتي يوم الاثنين المقبل قمة استثنائية لرؤساء دول الهيئة الحكومية للتنمية (إيغاد). "
        "وفي الشأن الداخلي، يعقد مجلسا البرلمان جلسة مشتركة يوم السبت للتصويت على تعديلات قانون الانتخابات."
    )
    found = read_in("ar", text, published=datetime(2025, 3, 6, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-03-10"], [(m.start_label(), m.title) for m in found]


def test_a_departure_told_by_a_verb_of_travel_is_not_the_gatherings_day() -> None:
    text = (
        "El presidente partirá el domingo hacia Lima para participar en la cumbre de la Alianza del Pacífico, "
        "que se celebrará el lunes 3 y martes 4 de julio."
    )
    found = read_in("es", text, published=datetime(2023, 6, 30, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2023-07-03", "2023-07-04")], [
        (m.start_label(), m.title) for m in found
    ]


def test_a_parliament_named_by_its_meeting_word_is_domestic_whatever_bank_it_votes_on() -> None:
    text = "La Asamblea Nacional votará el martes el préstamo del Banco Mundial para la carretera del norte."
    found = read_in("es", text, published=datetime(2023, 6, 30, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_an_election_observation_mission_is_no_visit() -> None:
    text = "Liberia votes on October 10, and an African Union observation mission is expected to deploy next week."
    found = read_in("en", text, published=datetime(2023, 9, 26, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_training_mission_taking_over_is_no_visit() -> None:
    text = (
        "On Thursday the ministers will meet in Brussels to confirm plans for the new training mission that "
        "replaces the combat force on January 1."
    )
    found = read_in("en", text, published=datetime(2014, 12, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2014-12-04"], [(m.start_label(), m.title) for m in found]


def test_a_vote_held_in_an_assembly_is_no_meeting_in_russian() -> None:
    text = "Выборы пяти непостоянных членов Совета на 2025-2026 годы пройдут в Генеральной Ассамблее ООН 6 июня."
    found = read_in("ru", text, published=datetime(2024, 5, 20, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_delegations_from_many_countries_meet_between_governments() -> None:
    text = (
        "ZURICH, May 2 - Delegations from some 30 countries and organisations will gather tomorrow in the "
        "lakeside town of Lausanne for a one-day donor session, because the city's hotels are full for a fair."
    )
    found = read_in("en", text, published=datetime(2019, 5, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2019-05-03", "Lausanne")]
    assert "delegations" not in found[0].title.lower()  # who meets, not a fragment of the sentence


def test_a_meeting_held_after_a_long_aside_keeps_its_day() -> None:
    text = (
        "VIENNA, June 3 - The negotiations proper between the two delegations, chaired by the OSCE envoy Anna "
        "Keller, are due to begin in Vienna on Thursday. The Serbia-Kosovo meeting, the "
        "first high-level contact between the two sides since a clash at the border on May 2, is scheduled for "
        "Friday in Brussels."
    )
    found = read_in("en", text, published=datetime(2021, 6, 3, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2021-06-03", "Vienna"), ("2021-06-04", "Brussels")]


def test_later_in_the_day_is_the_day_told_before() -> None:
    text = (
        "RIYADH, March 3 - Prime Minister Anwar Ibrahim arrived in Riyadh on Monday and is due to meet "
        "King Salman later in the day."
    )
    found = read_in("en", text, published=datetime(2025, 3, 3, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-03-03"]


def test_a_war_the_meeting_is_the_first_since_is_not_its_place() -> None:
    text = (
        "ROME, Nov 18 - On Saturday, Russian President Dmitry Medvedev will join Italian leaders for a summit "
        "in Rome, the first since the 2008 war in Georgia froze relations."
    )
    found = read_in("en", text, published=datetime(2010, 11, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2010-11-20", "Rome")]


def test_a_fronted_day_belongs_to_the_summit_a_long_subject_hosts() -> None:
    text = (
        "The weather was mild. Also on Saturday, Herman Van Rompuy and Jose Manuel Barroso will host Japanese "
        "Prime Minister Naoto Kan for an EU-Japan summit."
    )
    found = read_in("en", text, published=datetime(2010, 11, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2010-11-20", None)]  # no town called Van


def test_the_end_of_this_week_is_its_last_days() -> None:
    text = "President Tokayev will travel to Berlin at the end of this week to take part in a summit with Chancellor Scholz."
    found = read_in("en", text, published=datetime(2023, 9, 25, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2023-09-28", "2023-10-01")]


def test_a_body_meets_next_whatever_a_report_told_beside_it_has_shown() -> None:
    text = (
        "The Board of Governors of the IAEA meets in Vienna on Monday, with a new report showing Iran has doubled "
        "the number of centrifuges it has installed expected to dominate debate."
    )
    found = read_in("en", text, published=datetime(2012, 9, 7, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2012-09-10"]


def test_a_hall_named_after_a_great_city_is_in_that_city() -> None:
    text = (
        "The SCO summit will be held on June 15 at the Beijing International Convention Center. The forum "
        "will close on June 20 in the Nelson Mandela plenary hall."
    )
    found = read_in("en", text, published=datetime(2018, 6, 1, 9, tzinfo=UTC))
    assert next((m.start_label(), m.location) for m in found) == ("2018-06-15", "Beijing")
    assert "Nelson" not in [m.location for m in found]


def test_the_world_health_assembly_is_a_meeting_of_states() -> None:
    text = "The 77th World Health Assembly opens in Geneva on Monday, May 27, with health ministers of 194 states."
    found = read_in("en", text, published=datetime(2024, 5, 24, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2024-05-27", "Geneva")]


def test_chiefs_of_defence_forces_of_member_states_meet_between_governments() -> None:
    text = "The chiefs of defence forces of the eight member states will meet in Kigali this weekend to plan the force."
    found = read_in("en", text, published=datetime(2022, 6, 13, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [("2022-06-18", "2022-06-19", "Kigali")]


def test_a_host_town_with_where_it_lies_in_commas_hosts_in_french() -> None:
    text = "Samedi, Saint-Louis, sur la côte nord du Sénégal, accueille le sommet entre la CEDEAO et l'Union africaine."
    found = read_in("fr", text, published=datetime(2024, 3, 4, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2024-03-09", "Saint-Louis")]


def test_the_year_a_summit_is_put_off_to_is_not_its_name_in_french() -> None:
    text = "Brasilia a annoncé lundi le report à 2027 du sommet des Amériques, qui devait se tenir les 4 et 5 décembre à Recife."
    found = read_in("fr", text, published=datetime(2026, 11, 3, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status.value, m.title) for m in found] == [
        ("2026-12-04", "postponed", "Summit of the Americas")
    ]


def test_a_parliament_holding_a_sitting_on_a_banks_loan_is_domestic_in_arabic() -> None:
    text = "يعقد مجلس نواب الشعب جلسة عامة يوم الثلاثاء المقبل للنظر في اتفاقية قرض مع البنك الإفريقي للتنمية."
    found = read_in("ar", text, published=datetime(2024, 9, 4, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_briefing_about_a_visit_is_neither_in_russian() -> None:
    text = "В среду официальный представитель МИД проведет брифинг о предстоящем визите премьер-министра в Японию."
    found = read_in("ru", text, published=datetime(2019, 3, 4, 9, tzinfo=UTC))
    assert found == [], [(m.start_label(), m.title) for m in found]


def test_a_demonstrative_holds_the_meeting_told_before() -> None:
    told = {
        "en": "Norway will host a donors' conference for Yemen in Oslo. This will take place on Tuesday, 12 May.",
        "fr": "La Norvège accueillera une conférence des donateurs pour le Yémen à Oslo. Celle-ci se tiendra le mardi 12 mai.",
        "de": "Norwegen richtet eine Geberkonferenz für den Jemen in Oslo aus. Diese findet am Dienstag, dem 12. Mai, statt.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2026, 5, 4, 9, tzinfo=UTC))
        assert [(m.start_label(), m.location) for m in found] == [("2026-05-12", "Oslo")], language


def test_a_separable_verb_closing_the_clause_holds_a_fronted_day_in_german() -> None:
    text = (
        "Am Montag nehmen der EU-Chefunterhändler Michel Barnier und der britische Minister David Davis "
        "in Brüssel die Verhandlungen auf."
    )
    found = read_in("de", text, published=datetime(2017, 6, 16, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2017-06-19", "Brussels")]


def test_at_the_same_place_is_the_place_of_the_meeting_before_in_german() -> None:
    text = (
        "Am Montag beraten die Außenminister der EU im Konferenzzentrum in Luxemburg. Am Dienstag folgt an "
        "gleicher Stelle der Rat für Allgemeine Angelegenheiten."
    )
    found = read_in("de", text, published=datetime(2017, 6, 16, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [
        ("2017-06-19", "Luxembourg"),
        ("2017-06-20", "Luxembourg"),
    ]


def test_the_heads_of_state_on_a_day_of_the_summit_week_are_the_summit_in_german() -> None:
    text = (
        "Präsident Lula reist in der kommenden Woche zum Gipfeltreffen des Mercosur nach Paraguay. Die "
        "Staatschefs treffen sich am Donnerstag in Asunción."
    )
    found = read_in("de", text, published=datetime(2023, 6, 30, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-07-06", "Asunción")]


def test_an_associations_annual_meeting_is_no_meeting_in_german() -> None:
    text = (
        "Der Mercosur-Gipfel beginnt am Mittwoch in Santa Fe. Auf der Jahresversammlung eines Verbands "
        "mittelständischer Zulieferer am Donnerstag soll das Abkommen im Mittelpunkt stehen."
    )
    found = read_in("de", text, published=datetime(2019, 7, 12, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2019-07-17"]


def test_a_day_denied_for_the_one_after_it_gives_only_the_second() -> None:
    told = {
        "en": "The consultations of Armenia and Azerbaijan will open not on Tuesday but on Wednesday in Almaty.",
        "de": "Die Konsultationen Armeniens und Aserbaidschans beginnen nicht am Dienstag, sondern erst am Mittwoch in Almaty.",
        "fr": "Les consultations entre l'Arménie et l'Azerbaïdjan s'ouvriront non pas mardi, mais mercredi à Almaty.",
        "es": "Las consultas entre Armenia y Azerbaiyán no se abrirán el martes, sino el miércoles en Almaty.",
        "ru": "Консультации Армении и Азербайджана начнутся не во вторник, а в среду в Алма-Ате.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2024, 5, 13, 9, tzinfo=UTC))
        assert [(m.start_label(), m.location) for m in found] == [("2024-05-15", "Almaty")], language


def test_a_live_blogs_marked_entry_stamp_is_no_meetings_time() -> None:
    text = (
        "+++ 09:10 Uhr: Scholz reist nach Prag +++\n\nBundeskanzler Olaf Scholz trifft am Freitag in Prag den "
        "tschechischen Regierungschef Petr Fiala.\n\n+++ 08:45 Uhr: Baerbock in Kiew +++"
    )
    found = read_in("de", text, published=datetime(2023, 5, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location, m.start_time) for m in found] == [("2023-05-12", "Prague", None)]


def test_where_a_trip_to_a_gathering_goes_is_the_gatherings_town_in_german() -> None:
    text = "Die Ministerpräsidentin will am Donnerstag zum Gipfel der Europäischen Politischen Gemeinschaft nach Granada fliegen."
    found = read_in("de", text, published=datetime(2023, 10, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-10-05", "Granada")]


def test_a_meeting_dated_in_its_relative_clause_takes_no_day_from_the_main_clause() -> None:
    text = (
        "Le Premier ministre, qui a participé jeudi au sommet de l'OTAN à Bruxelles, est attendu à l'aéroport "
        "d'Oslo ce vendredi en fin d'après-midi."
    )
    found = read_in("fr", text, published=datetime(2023, 3, 24, 7, tzinfo=UTC))
    assert [m for m in found if m.location == "Brussels"] == [], [(m.start_label(), m.title) for m in found]


def test_the_months_a_body_habitually_meets_in_are_no_meetings_dates() -> None:
    text = (
        "Les ministres des Affaires étrangères des Vingt-Sept se retrouveront lundi à Luxembourg, où le Conseil "
        "siège traditionnellement en avril, juin et octobre, pour une réunion dominée par l'Ukraine."
    )
    found = read_in("fr", text, published=datetime(2016, 6, 17, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2016-06-20", "Luxembourg")]


def test_the_presidents_of_a_council_are_an_office_not_its_meeting() -> None:
    told = {
        "en": "Trudeau expects the leaders, and the presidents of the European Council and the Commission, on Friday evening.",
        "fr": "Trudeau attend vendredi soir les dirigeants, ainsi que les présidents du Conseil européen et de la Commission.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2018, 5, 30, 9, tzinfo=UTC))
        assert "European Council" not in " ".join(m.title for m in found), language


def test_french_past_tense_with_an_adverb_and_a_schedule_made_public_on_a_day() -> None:
    gone = "À Bruxelles, on a encore en tête le sommet de mercredi et jeudi, où le président a une nouvelle fois sommé les alliés."
    assert read_in("fr", gone, published=datetime(2018, 7, 14, 9, tzinfo=UTC)) == []
    text = (
        "Le ministre chinois et son homologue indien se retrouveront demain à Genève. Les entretiens débuteront "
        "vers 10h00, selon le programme diffusé lundi par le ministère."
    )
    found = read_in("fr", text, published=datetime(2021, 6, 15, 7, tzinfo=UTC))
    assert [(m.start_label(), str(m.start_time)) for m in found] == [("2021-06-16", "10:00:00")]


def test_french_talks_that_were_to_meet_on_a_day_are_off_that_day() -> None:
    text = (
        "Les chefs d'état-major, qui devaient se retrouver ce samedi à Accra, se réuniront finalement jeudi "
        "et vendredi prochains dans la capitale ghanéenne."
    )
    found = read_in("fr", text, published=datetime(2023, 8, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2023-08-17", "2023-08-18")]


def test_a_public_consultation_closing_on_a_day_is_no_talks_in_french() -> None:
    text = (
        "La Suisse et l'Union européenne ont conclu leurs négociations en décembre. Le gouvernement ne publiera "
        "aucune nouvelle analyse du paquet d'accords avant la clôture de la consultation, le 31 octobre, a répondu le ministre."
    )
    assert read_in("fr", text, published=datetime(2025, 9, 25, 9, tzinfo=UTC)) == []


def test_a_meeting_called_off_in_the_next_sentence_by_referring_back_is_cancelled() -> None:
    text = (
        "The foreign minister had been due to attend a session of the SADC Council of Ministers in Gaborone on "
        "Monday. That meeting has also been called off, her ministry confirmed this morning."
    )
    found = read_in("en", text, published=datetime(2018, 2, 17, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status.value) for m in found] == [("2018-02-19", "cancelled")]


def test_a_postponement_told_as_history_in_the_next_sentence_changes_nothing() -> None:
    text = (
        "Ministers endorsed the plan to host the SADC summit in Gaborone on November 1 and 2. The summit had "
        "been called off twice."
    )
    found = read_in("en", text, published=datetime(2022, 9, 6, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status.value) for m in found] == [("2022-11-01", "confirmed")]


def test_a_day_in_a_past_relative_clause_is_not_the_meetings_outside_it() -> None:
    text = (
        "Министры иностранных дел Казахстана и Кыргызстана встретятся в четверг в Бишкеке. Ожидается, что на "
        'встрече будут даны разъяснения по итогам переговоров "шестерки" международных посредников и Ирана, '
        "которые прошли в Алматы в пятницу и субботу."
    )
    found = read_in("ru", text, published=datetime(2013, 4, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2013-04-11", "Bishkek")]


def test_briefing_reporters_on_preparations_for_a_conference_is_no_conference() -> None:
    text = (
        "Donors gather in Geneva on Tuesday for a pledging conference on Somalia. A UN spokesman will brief "
        "reporters on preparations for the conference on Monday."
    )
    found = read_in("en", text, published=datetime(2017, 4, 21, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2017-04-25"]


def test_a_business_federations_meeting_is_no_meeting_of_states() -> None:
    text = (
        "India and the United States resume trade talks in Washington next week. The commerce minister will "
        "address a meeting of the Federation of Indian Export Organisations in Mumbai on Tuesday."
    )
    found = read_in("en", text, published=datetime(2025, 7, 4, 9, tzinfo=UTC))
    assert [m.location for m in found] == ["Washington"]


def test_a_capital_named_by_its_countrys_adjective_opening_the_sentence_hosts() -> None:
    told = {
        "en": "The Ethiopian capital will host a tripartite ministerial meeting on April 3 and 4.",
        "fr": "La capitale éthiopienne accueillera les 3 et 4 avril une réunion ministérielle tripartite.",
        "es": "La capital etíope acogerá el 3 y 4 de abril una reunión ministerial tripartita.",
        "ru": "Эфиопская столица примет 3-4 апреля трехстороннюю встречу министров.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2021, 3, 29, 9, tzinfo=UTC))
        assert [(m.start_label(), m.location) for m in found] == [("2021-04-03", "Addis Ababa")], language


def test_the_weekend_alone_is_the_nearest_weekend_and_no_week() -> None:
    # Tuesday 12 March 2019: "the weekend" ahead is 16-17 March; Spanish "el fin de semana" is
    # no "de semana" (a week)
    told = {
        "en": "Foreign ministers of the Nordic countries will meet at the weekend in Tromsø for talks on Arctic security.",
        "es": "Los cancilleres de los países nórdicos se reunirán el fin de semana en Tromsø para hablar de la seguridad en el Ártico.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2019, 3, 12, 9, tzinfo=UTC))
        assert [(m.start_label(), m.end_label(), m.location) for m in found] == [
            ("2019-03-16", "2019-03-17", "Tromsø")
        ], language


def test_a_summit_agreed_over_the_weekend_is_not_held_the_next_one() -> None:
    text = (
        "The Chancellor agreed over the weekend to a summit with the Polish President proposed by "
        "President Emmanuel Macron, officials said on Tuesday."
    )
    found = read_in("en", text, published=datetime(2019, 3, 12, 9, tzinfo=UTC))
    assert [m.start_label() for m in found if m.start_label() == "2019-03-16"] == []


def test_a_place_right_after_a_topic_before_the_meeting_word_is_the_topics() -> None:
    text = (
        "El primer ministro viajará el sábado a Suiza para participar en la Conferencia sobre la Paz en Sudán, que "
        "reunirá este fin de semana a delegados de unos 40 países en un hotel de Montreux."
    )
    found = read_in("es", text, published=datetime(2019, 3, 12, 9, tzinfo=UTC))
    assert "Sudan" not in [m.location for m in found]


def test_a_meeting_someone_spoke_during_is_over() -> None:
    told = {
        "en": "Chile's foreign minister said during talks with his Peruvian counterpart in Lima on Saturday that both "
        "governments would reopen the border.",
        "es": "El canciller chileno dijo durante una reunión con su homólogo peruano en Lima el sábado que ambos "
        "gobiernos reabrirán la frontera.",
        "fr": "Le ministre chilien des Affaires étrangères a déclaré lors d'une réunion avec son homologue péruvien à "
        "Lima samedi que les deux gouvernements rouvriront la frontière.",
        "ru": "Министр иностранных дел Чили заявил в ходе встречи с перуанским коллегой в Лиме в субботу, что спор "
        "урегулирован.",
    }
    for language, text in told.items():
        assert read_in(language, text, published=datetime(2019, 3, 12, 9, tzinfo=UTC)) == [], language


def test_what_was_said_at_the_next_meeting_is_still_ahead() -> None:
    text = "He said at OPEC's next meeting in Vienna in June, members will face a choice on output."
    found = read_in("en", text, published=datetime(2019, 3, 12, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2019-06"]


def test_a_meeting_the_text_says_there_will_be_none_of_is_no_meeting() -> None:
    told = {
        "en": "The Portuguese ambassador said there would be no formal talks with China on Saturday.",
        "fr": "Il n'y aura pas de sommet entre la France et l'Algérie samedi, a indiqué l'ambassadeur.",
        "es": "No habrá reunión formal entre España y Marruecos el sábado, dijo el embajador.",
        "de": "Am Samstag wird es keine formellen Gespräche zwischen Deutschland und Polen geben, sagte der Botschafter.",
        "ru": "В субботу никаких официальных переговоров между Россией и Китаем не будет, сообщил посол.",
    }
    for language, text in told.items():
        assert read_in(language, text, published=datetime(2019, 3, 12, 9, tzinfo=UTC)) == [], language


def test_the_coalition_against_daesh_names_its_ministerial_meeting() -> None:
    text = "Jordan will host the ministerial meeting of the Global Coalition against Daesh in Amman on Thursday."
    found = read_in("en", text, published=datetime(2023, 6, 5, 9, tzinfo=UTC))
    assert [(m.start_label(), m.title, m.location) for m in found] == [
        ("2023-06-08", "Global Coalition against Daesh ministerial meeting", "Amman")
    ]


def test_a_meeting_called_off_for_the_day_it_had_and_set_for_another_is_on() -> None:
    text = (
        "La conférence des donateurs pour Haïti, qui devait se tenir mardi à Ottawa et avait été annulée au "
        "dernier moment, aura lieu vendredi, a annoncé le ministère canadien des Affaires étrangères."
    )
    found = read_in("fr", text, published=datetime(2023, 6, 7, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status.value) for m in found] == [("2023-06-09", "confirmed")]
    assert found[0].change is not None
    assert found[0].change.action.value == "reschedule"


def test_a_business_summit_or_a_gathering_of_ngos_is_no_meeting_of_states() -> None:
    told = {
        "en": "A business summit of APEC chief executives opens in Lima on Wednesday.",
        "ru": "В среду в Лиме откроется Деловой саммит АТЭС.",
        "ru-ngo": "В среду в Лиме пройдет конференция неправительственных организаций стран АТЭС.",
        "fr": "Un sommet d'affaires de l'APEC s'ouvre mercredi à Lima.",
        "de": "Am Mittwoch beginnt in Lima der Wirtschaftsgipfel der APEC.",
    }
    for language, text in told.items():
        found = read_in(language.split("-")[0], text, published=datetime(2024, 11, 11, 9, tzinfo=UTC))
        assert found == [], language


def test_a_national_parliaments_sitting_is_no_meeting_of_states_in_russian() -> None:
    text = (
        "Министры иностранных дел Азербайджана и Армении встретятся в Брюсселе в следующем месяце при посредничестве "
        "Евросоюза. Между тем в пятницу Милли Меджлис проведет заключительное заседание весенней сессии."
    )
    found = read_in("ru", text, published=datetime(2022, 7, 18, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2022-08"]


def test_a_time_before_the_departure_is_no_departures_day() -> None:
    text = "Vor der Abreise empfängt Scholz am Samstag den polnischen Ministerpräsidenten Tusk in Berlin."
    found = read_in("de", text, published=datetime(2026, 3, 19, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2026-03-21", "Berlin")]


def test_he_after_a_fronted_report_is_whom_the_sentence_before_was_about() -> None:
    told = {
        "en": "Prime Minister Adrian Hasler has a busy week ahead. As the ministry said on Friday, he will meet "
        "Finance Minister Olaf Scholz in Berlin on Thursday.",
        "de": "Regierungschef Adrian Hasler hat eine arbeitsreiche Woche vor sich. Wie das Ministerium am Freitag "
        "mitteilte, wird er am Donnerstag in Berlin mit Finanzminister Olaf Scholz zusammentreffen.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2019, 9, 21, 9, tzinfo=UTC))
        assert [(m.start_label(), m.location) for m in found] == [("2019-09-26", "Berlin")], language


def test_some_joining_by_video_make_no_meeting_virtual() -> None:
    told = {
        "en": "The two presidents will co-host a donors' conference for Sudan in Geneva on Thursday, with the "
        "leaders of Chad and South Sudan expected to join by video link.",
        "ru": "В четверг в Женеве пройдет конференция доноров по Судану, лидеры Чада и Южного Судана примут участие "
        "в режиме видеоконференции.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2023, 6, 5, 9, tzinfo=UTC))
        assert [m.location for m in found] == ["Geneva"], language


def test_a_virtual_meeting_told_before_another_leaves_that_one_in_its_city() -> None:
    text = (
        "The bloc's foreign ministers will hold a special virtual meeting this weekend on the crisis, ahead of "
        "the regular meeting of its heads of government in Bridgetown from February 24 to 27."
    )
    found = read_in("en", text, published=datetime(2026, 2, 12, 9, tzinfo=UTC))
    assert [m.location for m in found if m.start_label() == "2026-02-24"] == ["Bridgetown"]


def test_a_sequel_with_no_town_of_its_own_is_held_online_as_the_meeting_before() -> None:
    text = (
        "The Commission President will hold a videoconference with the Japanese Prime Minister on Monday "
        "starting at 10:00 Brussels time, followed by a separate session with the Korean President in the afternoon."
    )
    found = read_in("en", text, published=datetime(2020, 6, 19, 9, tzinfo=UTC))
    assert {m.location for m in found} == {"virtual"}


def test_the_short_russian_past_of_going_tells_talks_that_are_over() -> None:
    text = "Переговоры делегаций шли два дня, со среды по четверг, в Оше. Следующий раунд пройдет в ближайшее время."
    assert read_in("ru", text, published=datetime(2023, 3, 3, 9, tzinfo=UTC)) == []


def test_a_visit_that_began_on_a_weekday_is_under_way_in_russian() -> None:
    text = "Премьер прибудет в Женеву из Берна, где его официальный визит начался в среду."
    assert read_in("ru", text, published=datetime(2021, 5, 14, 9, tzinfo=UTC)) == []


def test_a_national_security_council_is_a_state_s_own_sitting() -> None:
    told = {
        "ru": "Президент Армении встретится с президентом Азербайджана в понедельник в Вене. Во вторник, по "
        "возвращении в Ереван, он проведет заседание Совета национальной безопасности.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2017, 10, 14, 9, tzinfo=UTC))
        assert [m.start_label() for m in found] == ["2017-10-16"], language


def test_a_plan_kept_in_an_aside_still_dates_the_meeting() -> None:
    told = {
        "en": "Talks between Russian and Turkish military officials will take place, as planned, on Monday in Ankara.",
        "ru": "Консультации российских и турецких военных пройдут, как и планировалось, в понедельник в Анкаре.",
        "fr": "Les consultations entre militaires russes et turcs auront lieu, comme prévu, lundi à Ankara.",
        "es": "Las consultas entre militares rusos y turcos se celebrarán, como estaba previsto, el lunes en Ankara.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2021, 4, 8, 9, tzinfo=UTC))
        assert [(m.start_label(), m.location, m.status) for m in found] == [
            ("2021-04-12", "Ankara", Status.CONFIRMED)
        ], language


def test_a_russian_pronoun_after_what_is_expected_holds_the_meeting_told_before() -> None:
    text = (
        "Региональная делегация примет участие в заседании российско-монгольской межправительственной комиссии. Заседание "
        "запланировано в Иркутске. Ожидается, что оно пройдет 14 и 15 сентября."
    )
    found = read_in("ru", text, published=datetime(2022, 9, 1, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end, m.location) for m in found] == [("2022-09-14", date(2022, 9, 15), "Irkutsk")]


def test_a_pronoun_holding_a_meeting_is_never_a_town() -> None:
    text = (
        "Лига арабских государств созывает экстренное заседание постпредов. Оно пройдет сегодня в 18:00 в "
        "штаб-квартире организации в Каире."
    )
    found = read_in("ru", text, published=datetime(2021, 5, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2021-05-11", "Cairo")]


def test_how_long_a_russian_meeting_lasts_told_by_its_verb() -> None:
    text = "Международная конференция ООН по Украине откроется в Варшаве 12 октября и продлится три дня."
    found = read_in("ru", text, published=datetime(2022, 9, 20, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2022-10-12", date(2022, 10, 14))]


def test_two_parts_of_a_summit_in_one_sentence_are_the_summit() -> None:
    text = (
        "Саммит ШОС пройдет в Астане со вторника по четверг. Заседания в узком и расширенном составах "
        "запланированы на среду, а в четверг пройдет встреча в формате «ШОС плюс»."
    )
    found = read_in("ru", text, published=datetime(2024, 7, 1, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2024-07-02", date(2024, 7, 4))]


def test_an_arabic_deadline_named_after_its_date_is_no_meeting() -> None:
    text = (
        "وتتواصل المفاوضات بين إيران والولايات المتحدة، والتي حددت لها نهاية سبتمبر المقبل مهلة أخيرة للتوصل إلى اتفاق."
    )
    assert read_in("ar", text, published=datetime(2015, 6, 10, 9, tzinfo=UTC)) == []


def test_the_day_of_an_arabic_statement_set_off_by_commas_is_not_the_visit_s() -> None:
    text = (
        "أعلن المكتب الإعلامي لرئيس مجلس الوزراء عادل عبد المهدي، اليوم السبت، أن الأخير سيتوجه إلى أنقرة السبت "
        "المقبل على رأس وفد وزاري رفيع، في زيارة رسمية تستغرق يومين يلتقي خلالها الرئيس التركي."
    )
    found = read_in("ar", text, published=datetime(2019, 3, 30, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2019-04-06"]


def test_part_of_a_month_gone_is_past() -> None:
    told = {
        "ar": "وتعد هذه الجولة الأولى منذ أن فشلت محاولة لعقد اجتماع بين إيران والولايات المتحدة في فيينا مطلع مارس الماضي.",
        "fr": "Une tentative de réunir les délégations iranienne et américaine à Vienne début mars dernier a échoué.",
    }
    for language, text in told.items():
        assert read_in(language, text, published=datetime(2018, 10, 4, 9, tzinfo=UTC)) == [], language


def test_an_election_that_is_the_subject_of_a_german_date_clause_is_no_meeting() -> None:
    text = (
        "Die Gespräche zwischen Kroatien und Slowenien dürften im Schatten des Wahlkampfs stehen: Am 5. Juli finden in Kroatien "
        "Parlamentswahlen statt."
    )
    assert read_in("de", text, published=datetime(2020, 6, 20, 9, tzinfo=UTC)) == []


def test_german_consultations_that_do_not_take_place_are_put_off_into_the_new_year() -> None:
    text = (
        "Die für kommenden Donnerstag in Prag geplanten deutsch-tschechischen Regierungskonsultationen finden "
        "nicht statt. Beide Seiten hätten sich darauf verständigt, das Treffen ins neue Jahr zu verlegen."
    )
    found = read_in("de", text, published=datetime(2017, 11, 27, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2017-11-30", Status.POSTPONED)]


def test_a_conference_told_as_still_running_until_a_day_is_under_way() -> None:
    told = {
        "de": "Auch die Weltklimakonferenz in Belém, die noch bis Freitag läuft, dürfte in Johannesburg eine Rolle spielen.",
        "en": "The UN climate conference in Belem, which still runs until Friday, will also weigh on the talks.",
    }
    for language, text in told.items():
        assert read_in(language, text, published=datetime(2025, 11, 18, 9, tzinfo=UTC)) == [], language


def test_a_week_right_after_the_days_it_holds_is_that_meeting_s() -> None:
    text = (
        "Commonwealth leaders will gather in Kigali from Tuesday to Friday next week for what the host has billed "
        "as a summit of renewal."
    )
    found = read_in("en", text, published=datetime(2022, 6, 17, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2022-06-21", date(2022, 6, 24))]


def test_a_host_that_gives_the_meeting_up_puts_it_off() -> None:
    told = {
        "en": "Kenya will not host the 12th summit of the bloc, scheduled for June 9 in Mombasa, the foreign ministry "
        "said on Friday.",
        "fr": "Le Kenya n'accueillera pas le 12e sommet du bloc, prévu le 9 juin à Mombasa.",
        "es": "Kenia no acogerá la 12ª cumbre del bloque, prevista el 9 de junio en Mombasa.",
        "de": "Kenia wird den 12. Gipfel des Staatenbundes am 9. Juni in Mombasa nicht ausrichten.",
        "ru": "Кения не будет принимать 12-й саммит объединения, намеченный на 9 июня в Момбасе.",
        "ar": "أعلنت كينيا أنها لن تستضيف القمة الثانية عشرة للتكتل المقررة في مومباسا يوم 9 يونيو.",
    }
    for language, text in told.items():
        found = read_in(language, text, published=datetime(2018, 4, 20, 9, tzinfo=UTC))
        assert [(m.start_label(), m.status) for m in found] == [("2018-06-09", Status.POSTPONED)], language


def test_a_meeting_told_with_its_new_month_then_with_the_day_it_had_been_due() -> None:
    text = (
        "Senegal will host this year's bloc summit in Dakar in October after Ghana pulled out, the commission's "
        "president said on Monday.\n\nGhana said last month it was giving up its turn to host the meeting, which "
        "had been due in Accra on June 12."
    )
    found = read_in("en", text, published=datetime(2019, 3, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.change) for m in found] == [
        ("2019-10", Change(ChangeAction.RESCHEDULE, date(2019, 6, 12), "Accra"))
    ]


def test_a_meeting_put_off_on_its_own_is_not_the_move_of_another() -> None:
    text = (
        "Los líderes del bloque celebrarán mañana martes una cumbre extraordinaria por videoconferencia. "
        "Debatirán la creación de un fondo regional de respuesta a la pandemia. Los contagios siguen en aumento "
        "en Filipinas y Malasia. Las fronteras permanecen cerradas desde marzo. "
        "La cumbre ordinaria del bloque, prevista inicialmente para el 8 de abril en Da Nang, fue aplazada el mes "
        "pasado sin fecha."
    )
    found = read_in("es", text, published=datetime(2020, 4, 13, 9, tzinfo=UTC))
    assert [m.change for m in found if m.status is Status.CONFIRMED] == [None]


def test_a_second_meeting_with_its_own_days_in_a_relative_clause_lends_none_of_its_names() -> None:
    text = (
        "El presidente anunció este miércoles que Chile no acogerá la cumbre del Foro de Cooperación Económica "
        "Asia-Pacífico (APEC), prevista para el 16 y 17 de noviembre en Santiago, ni la conferencia de Naciones "
        "Unidas sobre el cambio climático COP25, que debía celebrarse en la capital del 2 al 13 de diciembre."
    )
    found = read_in("es", text, published=datetime(2019, 10, 30, 21, tzinfo=UTC))
    assert [(m.start_label(), m.title) for m in found] == [("2019-11-16", "APEC Summit")]


def test_the_baltic_council_of_ministers_is_a_meeting_of_three_states() -> None:
    text = "The annual meeting of the Baltic Council of Ministers will be held in Vilnius on May 6."
    found = read_in("en", text, published=datetime(2019, 4, 26, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2019-05-06", "Vilnius")]


def test_listed_days_that_follow_one_another_are_one_meeting_s_run() -> None:
    text = (
        "The two countries' energy ministers will hold consultations in Riga on 30 April, 1 and 2 May on "
        "synchronising their power grids."
    )
    found = read_in("en", text, published=datetime(2019, 4, 20, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2019-04-30", date(2019, 5, 2))]


def test_a_summit_told_by_whom_a_state_sends_is_the_dated_one() -> None:
    text = (
        "Foreign Minister Mauro Vieira will lead Brazil's delegation to the BRICS summit in Kazan next month. "
        "The 16th BRICS summit will take place at the Kazan Expo centre from October 22 to 24, with heads of state "
        "and government from 30 countries invited."
    )
    found = read_in("en", text, published=datetime(2024, 9, 26, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2024-10-22", date(2024, 10, 24))]


def test_a_day_before_a_summit_is_not_its_own_when_a_relative_clause_gives_its_days() -> None:
    text = (
        "Joe Biden and Vladimir Putin will meet for the first time as presidents. Final preparations were under "
        "way in Geneva on Saturday for the summit between Joe Biden and Vladimir Putin, "
        "which the Swiss city will host on Wednesday and Thursday."
    )
    found = read_in("en", text, published=datetime(2021, 6, 12, 9, tzinfo=UTC))
    assert [m.title for m in found if m.start_label() == "2021-06-12"] == []


def test_a_flight_for_a_long_named_meeting_with_days_of_its_own_is_only_the_journey() -> None:
    text = (
        "Foreign Secretary Teodoro Locsin will fly to Phnom Penh on Sunday for the 55th ASEAN Foreign Ministers' "
        "Meeting, which opens on Monday and runs until Tuesday."
    )
    found = read_in("en", text, published=datetime(2022, 7, 29, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2022-08-01", date(2022, 8, 2))]


def test_a_hearing_on_a_summit_s_results_is_no_summit() -> None:
    text = (
        "Separately, the parliament's foreign affairs committee will hold a hearing with the foreign minister "
        "next week on the summit's results."
    )
    assert read_in("en", text, published=datetime(2011, 5, 4, 9, tzinfo=UTC)) == []


def test_a_meeting_scheduled_to_take_place_far_from_its_name() -> None:
    text = (
        "The second summit, along with the East Asia Summit which the U.S. president has said he will attend, "
        "is scheduled to take place in Bali in November."
    )
    found = read_in("en", text, published=datetime(2011, 5, 4, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2011-11", "Bali")]


def test_a_russian_government_in_session_is_the_state_s_own_sitting() -> None:
    text = (
        "Министры иностранных дел стран ЕС не соберутся в Пярну. Правительство на "
        "заседании в четверг рассмотрит вопрос об ограничении массовых мероприятий."
    )
    assert read_in("ru", text, published=datetime(2020, 3, 10, 9, tzinfo=UTC)) == []


def test_a_denied_trip_is_no_visit() -> None:
    told = {
        "en": "Chilean President Gabriel Boric will not travel to Lima on Thursday, his office said.",
        "es": "El presidente chileno Gabriel Boric no viajará el jueves a Lima, informó su oficina.",
        "fr": "Le président chilien Gabriel Boric ne se rendra pas jeudi à Lima, a indiqué son cabinet.",
        "ru": "Президент Чили Габриэль Борич не поедет в четверг в Лиму, сообщила его администрация.",
    }
    for language, text in told.items():
        assert read_in(language, text, published=datetime(2023, 6, 5, 9, tzinfo=UTC)) == [], language


def test_a_meeting_not_held_until_a_day_is_held_that_day() -> None:
    found = read_in(
        "en",
        "The foreign ministers of Chile and Peru will not meet until Friday in Lima.",
        published=datetime(2023, 6, 5, 9, tzinfo=UTC),
    )
    assert [m.start_label() for m in found] == ["2023-06-09"]


def test_a_french_ne_after_avant_que_denies_nothing() -> None:
    text = (
        "Le Premier ministre japonais doit s'entretenir dimanche à Séoul avec le président sud-coréen, avant que "
        "les trois dirigeants ne se retrouvent lundi pour leur sommet trilatéral."
    )
    found = read_in("fr", text, published=datetime(2024, 5, 25, 9, tzinfo=UTC))
    assert "2024-05-27" in [m.start_label() for m in found]


def test_taking_over_a_presidency_on_a_day_is_no_meeting_in_french() -> None:
    text = (
        "Le prochain sommet se tiendra en 2026 en Inde, qui prendra la présidence tournante du groupe le 1er janvier."
    )
    found = read_in("fr", text, published=datetime(2025, 7, 8, 9, tzinfo=UTC))
    assert [m.start_label() for m in found if m.start_label() == "2026-01-01"] == []


def test_parts_of_a_summit_that_name_only_its_body_are_the_summit() -> None:
    text = (
        "Le sommet du G20 s'ouvre mardi à Rio de Janeiro et se poursuivra jusqu'à jeudi. La séance plénière "
        "aura lieu mercredi matin, suivie jeudi d'une réunion en format G20 élargie aux pays invités."
    )
    found = read_in("fr", text, published=datetime(2024, 11, 17, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end) for m in found] == [("2024-11-19", date(2024, 11, 21))]


def test_a_month_in_the_sentence_of_a_dated_meeting_with_the_same_who_and_where_is_that_meeting() -> None:
    text = (
        "Pedro Sánchez presidirá el jueves en Nueva York una sesión del Consejo de Seguridad de las Naciones "
        "Unidas, en una de las citas más visibles de la presidencia española del Consejo este mes."
    )
    found = read_in("es", text, published=datetime(2015, 10, 11, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2015-10-15"]


def test_german_preterite_beriet_tells_a_meeting_that_is_over() -> None:
    text = (
        "Am Dienstagabend beriet die Kanzlerin mit den übrigen EU-Staats- und Regierungschefs in einer Videokonferenz."
    )
    assert read_in("de", text, published=datetime(2020, 3, 10, 21, tzinfo=UTC)) == []


def test_a_state_visit_that_does_not_take_place_as_planned_is_off() -> None:
    text = (
        "Auch der vom 23. bis 25. März vorgesehene Staatsbesuch von Bundespräsident Frank-Walter Steinmeier in "
        "Portugal findet nicht wie geplant statt."
    )
    found = read_in("de", text, published=datetime(2020, 3, 10, 21, tzinfo=UTC))
    assert [m.status for m in found] in ([Status.CANCELLED], [Status.POSTPONED])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The talks between the Serbian and Kosovan foreign ministers planned for Thursday in Ohrid will not take "
            "place. Instead, Ivica Dačić and Enver Hoxhaj will now meet in Brussels on Monday, June 17.",
        ),
        (
            "fr",
            "La rencontre des ministres serbe et kosovar des Affaires étrangères prévue jeudi à Ohrid n'aura pas lieu. "
            "À la place, Ivica Dačić et Enver Hoxhaj se retrouveront lundi 17 juin à Bruxelles.",
        ),
        (
            "es",
            "La reunión de los cancilleres de Serbia y Kosovo prevista el jueves en Ohrid no se celebrará. En su "
            "lugar, Ivica Dačić y Enver Hoxhaj se reunirán el lunes 17 de junio en Bruselas.",
        ),
        (
            "de",
            "Das für Donnerstag in Ohrid geplante Treffen der Außenminister Serbiens und des Kosovo findet nicht "
            "statt. Stattdessen kommen Ivica Dačić und Enver Hoxhaj nun am Montag, 17. Juni, in Brüssel zusammen.",
        ),
        (
            "ru",
            "Запланированная на четверг в Охриде встреча министров иностранных дел Сербии и Косово не состоится. "
            "Вместо этого Ивица Дачич и Энвер Ходжай встретятся в понедельник, 17 июня, в Брюсселе.",
        ),
        (
            "ar",
            "لن يعقد اجتماع وزيري خارجية صربيا وكوسوفو يوم الخميس في أوخريد. وبدلا من ذلك يلتقي الوزيران يوم الاثنين "
            "17 يونيو في بروكسل.",
        ),
    ],
)
def test_a_meeting_told_instead_of_one_called_off_the_sentence_before_is_that_meeting_moved(
    language: str, text: str
) -> None:
    # whoever the second sentence names, "instead" tells the meeting called off before
    found = read_in(language, text, published=datetime(2013, 6, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location, m.status) for m in found] == [("2013-06-17", "Brussels", Status.CONFIRMED)]
    assert found[0].change is not None
    assert found[0].change.previous_start == date(2013, 6, 13)


def test_a_gathering_of_another_kind_instead_of_a_summit_called_off_is_not_the_summit_moved() -> None:
    text = (
        "The EU-China summit planned for Friday in Leipzig has been called off. Instead, the leaders will hold a "
        "videoconference on Monday."
    )
    found = read_in("en", text, published=datetime(2021, 3, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [
        ("2021-03-12", Status.CANCELLED),
        ("2021-03-15", Status.CONFIRMED),
    ]


def test_a_meeting_on_the_same_day_between_another_pair_of_states_is_another_meeting() -> None:
    text = (
        "Die Außenminister Serbiens und des Kosovo kommen am Donnerstag in Brüssel zusammen. Am selben Tag empfängt "
        "der ungarische Außenminister Péter Szijjártó seinen serbischen Kollegen in Brüssel zu Gesprächen."
    )
    found = read_in("de", text, published=datetime(2013, 6, 11, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2013-06-13", "2013-06-13"]


def test_a_status_after_a_long_opening_subject_is_that_meeting_s() -> None:
    text = (
        "The consultations between the Georgian and Armenian deputy foreign ministers planned for Friday in "
        "Batumi will not take place."
    )
    found = read_in("en", text, published=datetime(2016, 9, 5, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2016-09-09", Status.CANCELLED)]


@pytest.mark.parametrize(
    "text",
    [
        "The summit of the two presidents in Batumi on Friday will go ahead and the referendum set for Thursday "
        "has been postponed.",
        "The summit of the two presidents opens on Friday in Batumi as planned and a referendum set for Thursday "
        "was postponed.",
    ],
)
def test_a_status_of_another_subject_after_the_meeting_s_own_verb_leaves_the_meeting_be(text: str) -> None:
    found = read_in("en", text, published=datetime(2016, 9, 5, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2016-09-09", Status.CONFIRMED)]


def test_a_meeting_between_a_state_and_the_other_put_off_is_put_off() -> None:
    text = "The talks between Azerbaijan and the European Union on visas planned for Friday have been postponed."
    found = read_in("en", text, published=datetime(2016, 9, 5, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2016-09-09", Status.POSTPONED)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Arab League leaders will meet in Amman on Saturday. The Indian prime minister will stay in Jordan until "
            "Monday, visiting Aqaba the day after the meeting.",
        ),
        (
            "ar",
            "يجتمع القادة في عمّان يوم السبت المقبل. ويمدد رئيس الوزراء الهندي إقامته في الأردن حتى الاثنين، إذ يزور "
            "العقبة في اليوم التالي للاجتماع.",
        ),
        (
            "ru",
            "Лидеры стран региона встретятся в субботу в Аммане. Премьер-министр Индии пробудет в Иордании до "
            "понедельника и на следующий день после встречи посетит Акабу.",
        ),
    ],
)
def test_a_day_counted_after_a_named_meeting_counts_from_that_meeting(language: str, text: str) -> None:
    # Wednesday 1 March 2023: Saturday is the 4th, the day after it the 5th (not the day after Monday)
    found = read_in(language, text, published=datetime(2023, 3, 1, 9, tzinfo=UTC))
    assert "2023-03-05" in [m.start_label() for m in found]
    assert "2023-03-07" not in [m.start_label() for m in found]


def test_a_spanish_irregular_preterite_tells_a_past_weekday() -> None:
    text = (
        "El miércoles, la canciller expuso la posición de su gobierno ante el Consejo Permanente de la OEA en "
        "Washington."
    )
    assert read_in("es", text, published=datetime(2014, 5, 8, 12, tzinfo=UTC)) == []


def test_a_meeting_left_without_effect_is_called_off_and_the_decision_s_day_is_not_its_day() -> None:
    text = (
        "Con la decisión de este jueves queda sin efecto también la reunión de viceministros de Panamá y Costa Rica, "
        "que estaba prevista para el martes 13 de mayo en David."
    )
    found = read_in("es", text, published=datetime(2014, 5, 8, 12, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2014-05-13", Status.CANCELLED)]


def test_the_day_of_a_protest_during_a_conference_is_not_a_meeting_day() -> None:
    text = (
        "Varios colectivos han convocado una manifestación en el centro de Ginebra para el sábado 10 de mayo, a mitad "
        "de la sesión de la Asamblea Mundial de la Salud."
    )
    assert read_in("es", text, published=datetime(2014, 5, 1, 12, tzinfo=UTC)) == []


def test_a_business_forum_held_beside_a_summit_is_not_a_meeting_of_governments() -> None:
    text = (
        "En paralelo, el martes por la mañana se celebrará un foro empresarial UE-ASEAN, en el que la Comisión "
        "Europea presentará un plan de inversiones."
    )
    assert read_in("es", text, published=datetime(2022, 12, 10, 12, tzinfo=UTC)) == []


def test_taking_over_a_presidency_at_the_end_of_a_summit_is_not_the_summit_s_day() -> None:
    text = (
        "Argentina asumirá formalmente la presidencia del G20 el 1 de diciembre, al término de la cumbre de Hamburgo."
    )
    assert read_in("es", text, published=datetime(2017, 6, 20, 12, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Los cancilleres de la UE y del Mercosur se reunirán el viernes en Madrid. Mientras tanto, la Asamblea de "
            "Murcia debatirá el martes una moción sobre el corredor mediterráneo.",
        ),
        (
            "fr",
            "Les ministres des pays voisins de la Libye se réuniront vendredi au Caire avec l'ONU. Par ailleurs, le "
            "Conseil de la nation doit examiner mardi en séance plénière le projet de loi sur les frontières.",
        ),
        (
            "fr",
            "Les ministres des pays voisins de la Libye se réuniront vendredi au Caire avec l'ONU. Une réunion publique "
            "d'information est également prévue mardi soir à la salle des fêtes de Modane.",
        ),
    ],
)
def test_a_region_s_assembly_a_bill_or_a_town_s_public_meeting_is_no_meeting_of_governments(
    language: str, text: str
) -> None:
    # Saturday 18 September 2021: the ministers meet on Friday the 24th; Tuesday the 21st is no meeting's
    found = read_in(language, text, published=datetime(2021, 9, 18, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2021-09-24"]


def test_a_deadline_still_fixed_for_a_day_is_not_a_meeting_s_new_day() -> None:
    text = (
        "Le Brexit, dont l'échéance est toujours fixée au 31 octobre, devrait dominer l'entretien des deux dirigeants."
    )
    assert read_in("fr", text, published=datetime(2019, 8, 22, 9, tzinfo=UTC)) == []


def test_a_resort_whose_first_word_is_another_town_s_other_name_is_not_that_town() -> None:
    text = "La reunión de los cancilleres de Haití y República Dominicana se celebrará el jueves en Juan Dolio."
    found = read_in("es", text, published=datetime(2019, 3, 12, 12, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] in ([("2019-03-14", None)], [("2019-03-14", "Juan Dolio")])


def test_a_host_giving_up_two_meetings_named_at_length_puts_off_both() -> None:
    text = (
        "President Martín Vizcarra said on Tuesday that Peru will not host the Pacific Alliance leaders' summit in "
        "July or the Andean Community foreign ministers' meeting in August."
    )
    found = read_in("en", text, published=datetime(2019, 5, 7, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [
        ("2019-07", Status.POSTPONED),
        ("2019-08", Status.POSTPONED),
    ]


def test_meetings_a_host_will_hold_are_not_put_off_by_a_later_verb_s_status() -> None:
    text = (
        "Peru will host the Pacific Alliance leaders' summit in July, and the Andean Community foreign ministers' "
        "meeting in August was postponed."
    )
    found = read_in("en", text, published=datetime(2019, 5, 7, 9, tzinfo=UTC))
    assert [m.status for m in found if m.start_label() == "2019-07"] == [Status.CONFIRMED]


def test_a_day_after_a_day_gone_by_in_a_sentence_that_looks_back_is_gone_by_too() -> None:
    text = "The Singapore summit collapsed on Feb. 27 without a deal, a day after the two leaders dined at the Raffles."
    assert read_in("en", text, published=datetime(2019, 5, 11, 9, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les deux présidents se retrouveront le jeudi 28 juillet à Puerto Ordaz, a précisé la chancellerie."),
        ("es", "Los presidentes se reunirán el jueves 28 de julio en Puerto Ordaz, informó la cancillería."),
    ],
)
def test_a_word_that_is_only_a_piece_of_a_town_s_longer_name_is_not_that_town(language: str, text: str) -> None:
    # "Puerto" is one of the names the gazetteer keeps for El Puerto de Santa María, in Spain; before
    # another name word it is the start of a longer name the data does not have
    found = read_in(language, text, published=datetime(2016, 7, 22, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2016-07-28", None)]


def test_a_town_s_first_name_word_before_a_weekday_is_still_that_town() -> None:
    text = "Finance ministers of the Group of Seven will meet in Frankfurt Wednesday, officials said."
    found = read_in("en", text, published=datetime(1987, 3, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("1987-03-04", "Frankfurt")]


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры стран СНГ завершили саммит в Бишкеке. В понедельник президент проведет совещание с руководством "
        "Совмина по итогам полугодия.",
        "Лидеры стран СНГ завершили саммит в Бишкеке. Весенняя сессия Палаты представителей откроется во вторник.",
    ],
)
def test_a_russian_council_of_ministers_or_lower_house_sitting_is_domestic(text: str) -> None:
    assert read_in("ru", text, published=datetime(2018, 9, 29, 9, tzinfo=UTC)) == []


def test_a_title_s_country_before_a_whole_name_is_not_part_of_the_name() -> None:
    text = (
        "17 ноября министр проведет переговоры в Ташкенте с Министром иностранных дел Республики Узбекистан "
        "Абдулазизом Камиловым."
    )
    found = read_in("ru", text, published=datetime(2015, 11, 10, 9, tzinfo=UTC))
    assert [m.participants for m in found] == [("Uzbekistan", "Abdulaziz Kamilov", "ministers")]


@pytest.mark.parametrize(
    ("language", "text", "where"),
    [
        ("es", "La cumbre se realizará el jueves 15 y el viernes 16 en La Antigua Guatemala.", "Antigua Guatemala"),
        ("es", "Los cancilleres se reunirán el jueves 15 en La Antigua, Guatemala.", "Antigua Guatemala"),
    ],
)
def test_a_town_named_with_an_article_its_gazetteer_name_lacks_is_that_town(
    language: str, text: str, where: str
) -> None:
    found = read_in(language, text, published=datetime(2018, 11, 13, 9, tzinfo=UTC))
    assert [m.location for m in found] == [where]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Los cancilleres se reunirán el lunes 18 de febrero en Managua. La Cancillería ofrecerá una conferencia de "
            "prensa el martes 19 de febrero, a las 10:00 horas, para detallar la logística.",
        ),
        (
            "en",
            "ECOWAS foreign ministers will meet in Abuja on Wednesday. Reporters are invited to the ministry's weekly "
            "briefing on Thursday at 11 a.m.",
        ),
    ],
)
def test_the_hour_right_after_another_thing_s_day_is_not_the_meeting_s(language: str, text: str) -> None:
    # ("conferencia de prensa", "briefing": a statement's day, no meeting's, whose hour is its own)
    found = read_in(language, text, published=datetime(2019, 2, 15, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time) for m in found] in ([("2019-02-18", None)], [("2019-02-20", None)])


def test_an_hour_that_follows_a_meeting_named_again_is_that_meeting_s_not_a_later_gathering_s() -> None:
    text = (
        "The foreign ministers of Greece and Cyprus will hold talks in Rhodes on Thursday. The meeting is planned "
        "for 10:30 local time at a seaside hotel, on the margins of the Rhodes Forum, which runs from May 13 to 15."
    )
    found = read_in("en", text, published=datetime(2022, 5, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time) for m in found] == [("2022-05-12", time(10, 30)), ("2022-05-13", None)]


def test_a_leader_who_will_spend_a_day_in_a_country_visits_it_and_the_lunch_told_next_gives_the_hour() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni will spend barely a day in Tunisia on Monday. President Kais Saied "
        "will host her for lunch at the Carthage Palace at 1 pm, his office said on Saturday."
    )
    found = read_in("en", text, published=datetime(2023, 6, 3, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time) for m in found] == [("2023-06-05", time(13, 0))]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Kanzler Olaf Scholz empfängt den französischen Präsidenten Emmanuel Macron (Renaissance), den polnischen "
            "Regierungschef Donald Tusk und den italienischen Ministerpräsidenten Mario Draghi am Montag, 9. Mai, in "
            "Berlin, wie ein Regierungssprecher mitteilte.",
        ),
        (
            "en",
            "Chancellor Olaf Scholz will host French President Emmanuel Macron, Polish Prime Minister Donald Tusk and "
            "Italian Prime Minister Mario Draghi and Spanish Prime Minister Pedro Sanchez on Monday, a spokesman said.",
        ),
    ],
)
def test_a_verb_s_long_list_of_titled_guests_does_not_part_it_from_its_day(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2022, 5, 4, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2022-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "Am Donnerstag sehen sich die Außenminister Polens und Litauens in Vilnius wieder, wie das Ministerium mitteilte.",
        "Die Außenminister Polens und Litauens wollen sich am Donnerstag in Vilnius wiedersehen.",
    ],
)
def test_german_ministers_who_see_each_other_again_meet(text: str) -> None:
    found = read_in("de", text, published=datetime(2023, 3, 6, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-03-09", "Vilnius")]


def test_a_german_verb_of_seeing_without_again_is_no_meeting() -> None:
    text = "Am Donnerstag sehen sich die Außenminister Polens und Litauens die Lage an der Grenze an."
    assert read_in("de", text, published=datetime(2023, 3, 6, 9, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Das ursprünglich für Freitag geplante Treffen der Regierungschefs der Westbalkan-Staaten in Berlin wird "
            "verschoben. Es soll nun am 29. April stattfinden, wie eine Regierungssprecherin mitteilte.",
        ),
        (
            "de",
            "Die ursprünglich für Freitag angesetzte Ministerkonferenz zur Minenräumung wird vertagt. Sie findet neu "
            "am 29.04.2019 im Palais des Nations in Genf statt.",
        ),
        (
            "en",
            "The meeting of the foreign ministers of Serbia and Kosovo planned for Friday in Brussels has been "
            "postponed. It will be held on April 29, an EU spokeswoman said.",
        ),
    ],
)
def test_a_meeting_put_off_then_held_by_a_pronoun_on_a_new_day_is_moved_there(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2019, 4, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2019-04-29", Status.CONFIRMED)]
    assert found[0].change is not None
    assert found[0].change.action is ChangeAction.RESCHEDULE
    assert found[0].change.previous_start == date(2019, 4, 12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The ministerial meeting of the Nile Basin states will open in Sharm el-Sheikh on Tuesday, April 13, "
            "preceded by a meeting of their experts on Sunday.",
        ),
        (
            "ar",
            "ومن المقرر أن يبدأ الاجتماع الوزاري لدول حوض النيل في شرم الشيخ يوم الثلاثاء 13 أبريل، وتسبقه يوم الأحد "
            "اجتماعات الخبراء.",
        ),
    ],
)
def test_a_weekday_told_as_what_precedes_a_dated_meeting_is_the_last_such_day_before_it(
    language: str, text: str
) -> None:
    # (written on Thursday 1 April: the Sunday ahead is the 4th, the one before the meeting the 11th)
    found = read_in(language, text, published=datetime(2010, 4, 1, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2010-04-11", "2010-04-13"]
    assert all("Nile Basin Initiative" in m.participants for m in found)


def test_a_spanish_verb_of_holding_with_no_subject_after_a_meeting_put_off_holds_it_on_its_new_day() -> None:
    text = (
        "La reunión de los cancilleres de Serbia y Kosovo prevista para el viernes en Bruselas fue aplazada. "
        "Se celebrará ahora el 29 de abril, informó una portavoz."
    )
    found = read_in("es", text, published=datetime(2019, 4, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status, m.location) for m in found] == [("2019-04-29", Status.CONFIRMED, "Brussels")]
    assert found[0].change is not None
    assert found[0].change.previous_start == date(2019, 4, 12)


def test_a_german_council_held_by_er_tagt_is_the_council_named_before() -> None:
    text = (
        "Die Außenminister der Afrikanischen Union bereiten den Gipfel im Exekutivrat vor. "
        "Er tagt am Mittwoch und Donnerstag in Addis Abeba."
    )
    found = read_in("de", text, published=datetime(2024, 2, 12, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [
        ("2024-02-14", "2024-02-15", "Addis Ababa")
    ]


def test_an_arabic_square_is_not_the_town_its_word_spells() -> None:
    text = "يعقد مجلس الجامعة العربية على مستوى المندوبين الدائمين اجتماعا يوم الأربعاء بمقر الأمانة العامة في ميدان التحرير."
    found = read_in("ar", text, published=datetime(2016, 7, 4, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2016-07-06"]
    assert found[0].location != "Medan"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "17 ноября министр проведет переговоры в Ташкенте с главой МИД Узбекистана Абдулазизом Камиловым, 19 ноября "
            "- в Душанбе с главой МИД Таджикистана Сироджиддином Асловым, а 20 ноября - в Ашхабаде с Рашидом Мередовым.",
        ),
        (
            "en",
            "The minister will hold talks in Tashkent on November 17 with Uzbek Foreign Minister Abdulaziz Kamilov, in "
            "Dushanbe on November 19 with Tajik Foreign Minister Sirojiddin Aslov, and in Ashgabat on November 20 with "
            "Turkmen Foreign Minister Rashid Meredov.",
        ),
    ],
)
def test_an_itinerary_s_stops_with_the_verb_left_out_are_a_meeting_each_in_its_own_town(
    language: str, text: str
) -> None:
    found = read_in(language, text, published=datetime(2015, 11, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [
        ("2015-11-17", "Tashkent"),
        ("2015-11-19", "Dushanbe"),
        ("2015-11-20", "Ashgabat"),
    ]
    # each stop's guest is its own, not the other stops'
    guests = ["Kamilov", "Aslov", "Meredov"]
    for meeting, guest in zip(found, guests, strict=True):
        named = " ".join(meeting.participants)
        assert [g for g in guests if g in named] == [guest]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Leaders of the region will gather on Tuesday at the King Abdulaziz Conference Centre in Jeddah."),
        ("en", "The envoys will meet on Tuesday at the Prince Faisal Centre in Jeddah."),
        ("es", "Los cancilleres se reunirán el martes en el Centro de Convenciones Rey Abdulaziz de Yeda."),
        ("fr", "Les ministres se réuniront mardi au Palais des congrès Roi Abdelaziz de Djeddah."),
    ],
)
def test_a_hall_named_after_a_king_or_a_prince_is_no_person(language: str, sentence: str) -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.names import find_people

    assert find_people(sentence, pack_for(language)) == []


def test_the_lead_s_meeting_is_between_those_the_sentence_naming_it_again_names() -> None:
    text = (
        "The fourth Caspian Cooperation Conference will now open on June 9 at a seaside convention centre, "
        "the foreign ministry said.\n\n"
        "A spokesman said the change suited the delegations. He gave no reason.\n\n"
        "Kazakh President Kassym-Jomart Tokayev, who co-hosts the gathering with Azerbaijani President "
        "Ilham Aliyev, will attend."
    )
    found = read_in("en", text, published=datetime(2023, 5, 25, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-06-09"]
    assert {"Kazakhstan", "Azerbaijan"} <= set(found[0].participants)


def test_a_meeting_past_the_lead_does_not_borrow_who_meets_from_a_later_paragraph() -> None:
    text = (
        "The foreign ministry announced a busy month on Monday.\n\n"
        "The fourth Caspian Cooperation Conference will now open on June 9 at a seaside convention centre.\n\n"
        "A spokesman said the change suited the delegations. He gave no reason.\n\n"
        "Kazakh President Kassym-Jomart Tokayev, who co-hosts the gathering with Azerbaijani President "
        "Ilham Aliyev, will attend."
    )
    assert read_in("en", text, published=datetime(2023, 5, 25, 9, tzinfo=UTC)) == []


def test_a_german_day_s_ordinal_after_an_evening_s_weekday_ends_no_sentence() -> None:
    text = (
        "Der französische Präsident Emmanuel Macron wird am Donnerstagabend, 23. Mai, in Wien mit Bundeskanzler "
        "Sebastian Kurz zusammentreffen."
    )
    found = read_in("de", text, published=datetime(2019, 5, 17, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2019-05-23", "Vienna")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The leaders of the bloc will hold a video summit next week, on Tuesday. "
            "Before that, their foreign ministers will confer by video on Thursday.",
        ),
        (
            "es",
            "Los presidentes del bloque celebrarán el próximo martes 30 de junio una cumbre por videoconferencia. "
            "Como paso previo, los cancilleres del bloque se reunirán el jueves por videoconferencia.",
        ),
        (
            "de",
            "Die Staats- und Regierungschefs der EU treffen sich nächste Woche am Dienstag zu einem Videogipfel. "
            "Zuvor beraten die Außenminister der EU am Donnerstag in einer Videokonferenz.",
        ),
    ],
)
def test_a_sentence_opening_on_what_comes_first_takes_the_coming_weekday_not_the_next_week_s(
    language: str, text: str
) -> None:
    found = read_in(language, text, published=datetime(2020, 6, 23, 9, tzinfo=UTC))
    days = [m.start_label() for m in found]
    assert "2020-06-25" in days
    assert "2020-07-02" not in days


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The leaders of the European Union will hold a summit next week, on Tuesday, in Brussels."),
        (
            "de",
            "Die Staats- und Regierungschefs der EU treffen sich nächste Woche am Dienstag zu einem Gipfel in Brüssel.",
        ),
    ],
)
def test_a_week_followed_by_its_weekday_is_that_one_day(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2020, 6, 23, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2020-06-30", "2020-06-30")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El presidente de México sostendrá un encuentro bilateral con el presidente de China en Pekín. La reunión "
            "está prevista para el miércoles 12 y en ella se abordará, entre otros temas, la cancelación del fallo "
            "de la licitación del tren, que el gobierno revocó el jueves.",
        ),
        (
            "fr",
            "Le président mexicain aura un entretien bilatéral avec le président chinois à Pékin. La rencontre est "
            "prévue mercredi 12 et portera, entre autres, sur l'annulation du contrat du train, que le gouvernement "
            "a révoqué jeudi.",
        ),
    ],
)
def test_a_status_noun_of_something_else_leaves_the_meeting_named_before_it_standing(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2014, 11, 8, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2014-11-12", Status.CONFIRMED)]


def test_a_venue_after_a_preposition_past_a_guest_s_name_is_where_the_meeting_told_next_is() -> None:
    text = (
        "Ciudad de México, 8 de noviembre (NDA).- El presidente de México sostendrá un encuentro bilateral con el "
        "presidente de China, Xi Jinping, en el Gran Palacio del Pueblo. La reunión está prevista para el "
        "miércoles 12 a las 16:00 horas."
    )
    found = read_in("es", text, published=datetime(2014, 11, 8, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2014-11-12", "Beijing")]


def test_a_city_state_s_parliament_sitting_is_domestic_whatever_summit_the_article_told() -> None:
    text = (
        "Die Staats- und Regierungschefs der G20 haben am Wochenende in Hamburg über Handel beraten.\n\n"
        "Der Bürgermeister will am Mittwoch in einer Sondersitzung der Bürgerschaft eine Regierungserklärung abgeben."
    )
    assert read_in("de", text, published=datetime(2017, 7, 9, 18, tzinfo=UTC)) == []


def test_a_machine_maker_s_general_meeting_is_a_company_s() -> None:
    text = (
        "Beim Augsburger Anlagenbauer Rotek steht am Dienstag eine Generalversammlung bevor.\n\n"
        "Die Firma setzt Hoffnungen auf das Freihandelsabkommen der Efta-Staaten mit Indien."
    )
    assert read_in("de", text, published=datetime(2024, 4, 11, 7, tzinfo=UTC)) == []


def test_a_presidency_s_first_day_is_no_day_of_the_visit_told_beside_it() -> None:
    text = (
        "Der chinesische Präsident Xi Jinping kommt am Dienstag zu einem Staatsbesuch nach Berlin. Die Opposition "
        "kritisiert den Besuch kurz vor Beginn der deutschen EU-Ratspräsidentschaft am 1. Juli."
    )
    found = read_in("de", text, published=datetime(2020, 6, 14, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2020-06-16"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Саммит ШОС пройдет в июне в Циндао.\n\nОб этом генсекретарь организации рассказал на встрече с "
            "журналистами в пятницу.",
        ),
        (
            "en",
            "The SCO summit will be held in Qingdao in June.\n\nThe secretary-general will speak at a meeting with "
            "journalists on Friday.",
        ),
        (
            "es",
            "La cumbre de la OCS se celebrará en junio en Qingdao.\n\nEl secretario general hablará en un encuentro "
            "con periodistas el viernes.",
        ),
        (
            "fr",
            "Le sommet de l'OCS se tiendra en juin à Qingdao.\n\nLe secrétaire général s'exprimera lors d'une "
            "rencontre avec des journalistes vendredi.",
        ),
        (
            "de",
            "Der SOZ-Gipfel findet im Juni in Qingdao statt.\n\nDer Generalsekretär spricht am Freitag bei einem "
            "Treffen mit Journalisten.",
        ),
    ],
)
def test_a_meeting_with_journalists_is_no_diplomatic_meeting(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2018, 2, 10, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2018-06"]


def test_a_session_of_china_s_national_people_s_congress_is_domestic_in_russian() -> None:
    text = (
        "Саммит ШОС пройдет в июне в Циндао.\n\n"
        "5 марта в Пекине откроется первая сессия Всекитайского собрания народных представителей."
    )
    found = read_in("ru", text, published=datetime(2018, 2, 10, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2018-06"]


@pytest.mark.parametrize(
    "text",
    [
        "ПЕКИН, 10 февраля. Очередной саммит ШОС пройдет в июне в приморском городе Циндао.",
        "ПЕКИН, 10 февраля. Очередной саммит ШОС пройдет в июне в городе Циндао провинции Шаньдун.",
    ],
)
def test_a_russian_town_after_its_kind_is_the_venue(text: str) -> None:
    found = read_in("ru", text, published=datetime(2018, 2, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2018-06", "Qingdao")]


def test_a_meeting_put_off_then_told_with_its_ministers_in_the_next_sentence_is_moved() -> None:
    text = (
        "Переговоры министров иностранных дел Колумбии и Венесуэлы, которые должны были пройти во вторник в "
        "Кукуте, перенесены. Министры встретятся в четверг, 21 июля, в венесуэльском Сан-Кристобале."
    )
    found = read_in("ru", text, published=datetime(2016, 7, 18, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status, m.location) for m in found] == [
        ("2016-07-21", Status.CONFIRMED, "San Cristóbal")
    ]
    assert found[0].change is not None
    assert found[0].change.previous_start == date(2016, 7, 19)


def test_a_put_off_visit_s_days_told_again_as_reported_are_no_new_days() -> None:
    text = (
        "Algerian President Abdelmadjid Tebboune has postponed a state visit to France that had been expected to "
        "begin next week. The visit, which French media had reported for May 2-4, was meant to mark a thaw."
    )
    found = read_in("en", text, published=datetime(2023, 4, 26, 9, tzinfo=UTC))
    assert all(m.status is Status.POSTPONED for m in found)


def test_an_arabic_parliament_that_begins_a_sitting_is_domestic_whatever_forum_the_article_told() -> None:
    text = (
        "تحتضن تونس يومي 19 و20 نوفمبر الندوة الوزارية لحوار 5+5.\n\n"
        "وعلى الصعيد الداخلي، يشرع مجلس نواب الشعب غدا الثلاثاء في جلسة عامة لمناقشة مشروع قانون المالية."
    )
    found = read_in("ar", text, published=datetime(2015, 11, 2, 17, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2015-11-19"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "LIMA.- La cumbre de la Alianza del Pacífico se celebrará el 9 y 10 de marzo en la capital "
            "del país, con los presidentes de Chile, Colombia y México.",
        ),
        (
            "en",
            "LIMA - The Pacific Alliance summit will be held on March 9 and 10 in the country's capital, "
            "with the presidents of Chile, Colombia and Mexico.",
        ),
        (
            "fr",
            "LIMA - Le sommet de l'Alliance du Pacifique se tiendra les 9 et 10 mars dans la capitale du pays, "
            "avec les présidents du Chili, de la Colombie et du Mexique.",
        ),
    ],
)
def test_the_country_s_capital_is_the_capital_of_the_dateline_s_country(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2016, 3, 1, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2016-03-09", "Lima")]


def test_the_country_s_capital_is_not_a_seat_still_being_built_beside_the_dateline_s_town() -> None:
    text = (
        "MALABO - Le gouvernement a confirmé que la capitale du pays accueillera le 20 novembre le sommet des chefs "
        "d'Etat de la CEEAC."
    )
    found = read_in("fr", text, published=datetime(2015, 10, 14, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2015-11-20"]
    assert found[0].location != "Ciudad de la Paz"


def test_today_s_weekday_after_a_day_of_the_program_a_week_on_is_the_program_s_day() -> None:
    text = (
        "La cumbre se celebrará el lunes 9 y el martes 10 de enero en Ciudad de México, con los presidentes de "
        "Estados Unidos y Canadá. El lunes por la tarde Biden sostendrá un encuentro bilateral con el presidente "
        "López Obrador. La reunión trilateral de los tres mandatarios tendrá lugar el martes en el mismo recinto."
    )
    found = read_in("es", text, published=datetime(2023, 1, 3, 13, tzinfo=UTC))
    assert "2023-01-03" not in [m.start_label() for m in found]


def test_today_s_weekday_told_as_today_stays_today_whatever_the_program_says() -> None:
    text = (
        "Le G7 se réunira du lundi 9 au mercredi 11 janvier à Biarritz. Lundi après-midi, Emmanuel Macron "
        "recevra le Premier ministre canadien, Justin Trudeau. Avant, le président français reçoit ce mardi le "
        "président russe, Vladimir Poutine, à Brégançon."
    )
    found = read_in("fr", text, published=datetime(2023, 1, 3, 6, tzinfo=UTC))
    assert "2023-01-03" in [m.start_label() for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El presidente ecuatoriano Rafael Correa, que deja el poder el 24 de mayo, se reunirá con el presidente "
            "peruano Pedro Pablo Kuczynski en una última cumbre.",
        ),
        (
            "fr",
            "Le président équatorien Rafael Correa, qui quitte le pouvoir le 24 mai, rencontrera le président "
            "péruvien Pedro Pablo Kuczynski lors d'un dernier sommet.",
        ),
    ],
)
def test_the_day_a_leader_leaves_office_is_not_a_meeting_s(language: str, text: str) -> None:
    assert read_in(language, text, published=datetime(2017, 3, 19, 9, tzinfo=UTC)) == []


def test_a_meeting_put_off_is_not_told_as_held_by_the_day_its_source_spoke() -> None:
    text = (
        "La cumbre de Ecuador y Perú, que debía celebrarse el próximo viernes en Piura, fue aplazada debido a las "
        "graves inundaciones, confirmó ayer la Cancillería ecuatoriana."
    )
    found = read_in("es", text, published=datetime(2017, 3, 19, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2017-03-24", Status.POSTPONED)]


def test_the_day_a_meeting_had_first_been_set_for_is_no_new_day() -> None:
    text = (
        "LIMA - Le sommet Pérou-Équateur se tiendra finalement le 20 octobre à Trujillo, a annoncé jeudi la "
        "chancellerie. Le rendez-vous avait été initialement fixé au 24 mars à Piura."
    )
    found = read_in("fr", text, published=datetime(2017, 9, 28, 18, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2017-10-20"]


def test_a_country_named_with_its_capital_letter_unaccented_is_that_country() -> None:
    text = "Les présidents du Pérou et de l'Equateur se réuniront le 20 octobre à Trujillo."
    found = read_in("fr", text, published=datetime(2017, 9, 28, 18, tzinfo=UTC))
    assert [(m.start_label(), set(m.participants) >= {"Peru", "Ecuador"}) for m in found] == [("2017-10-20", True)]


def test_a_meeting_put_off_was_first_set_for_a_day_before_its_new_one() -> None:
    text = (
        "LIMA - Le sommet Pérou-Équateur, reporté en mars à cause des inondations, se tiendra finalement le 20 "
        "octobre à Trujillo, a annoncé jeudi la chancellerie."
    )
    found = read_in("fr", text, published=datetime(2017, 9, 28, 18, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2017-10-20"]
    assert found[0].change is not None
    assert found[0].change.previous_start == date(2017, 3, 1)


def test_a_town_after_an_inflected_country_adjective_is_that_town() -> None:
    text = "Встреча министров обороны двух стран пройдет в среду в колумбийском Ипьялесе."
    found = read_in("ru", text, published=datetime(2019, 3, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2019-03-13", "Ipiales")]


def test_a_tour_that_takes_its_traveller_to_a_town_a_day_is_a_visit_a_stop() -> None:
    text = (
        "MOSCÚ - El ministro ruso de Asuntos Exteriores, Serguéi Lavrov, realizará esta semana una gira por "
        "América Latina que lo llevará el miércoles a Ciudad de México, el jueves a La Habana y el viernes a "
        "Caracas, informó la portavoz de la Cancillería."
    )
    found = read_in("es", text, published=datetime(2020, 2, 4, 10, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [
        ("2020-02-05", "Mexico City"),
        ("2020-02-06", "Havana"),
        ("2020-02-07", "Caracas"),
    ]
    assert not any("Latina" in m.title for m in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The EU-Canada summit will now be held on Sunday in Brussels. Canada's trade minister Chrystia Freeland "
            "had left Namur last Friday without a deal. Talks had resumed the next day, behind the scenes.",
        ),
        (
            "fr",
            "Le sommet UE-Canada est désormais fixé à dimanche à Bruxelles. La ministre canadienne Chrystia Freeland "
            "avait quitté Namur vendredi dernier sans accord. Les discussions avaient repris dès le lendemain, en "
            "coulisses.",
        ),
    ],
)
def test_a_next_day_told_as_past_counts_from_the_day_gone_told_before_it(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2016, 10, 28, 20, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2016-10-30"]


def test_a_meeting_someone_was_at_in_the_imperfect_is_no_meeting_ahead() -> None:
    text = (
        "Le sommet entre Joe Biden et Vladimir Poutine aura lieu mercredi à Genève et débutera à 13 h. Le président "
        "américain, qui participait ce lundi à Bruxelles au sommet de l'OTAN, arrivera mardi."
    )
    found = read_in("fr", text, published=datetime(2021, 6, 14, 8, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2021-06-16"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Les conseillers diplomatiques tenteront de relancer la mise en œuvre des conclusions du sommet de Paris "
            "du 9 décembre.",
        ),
        (
            "es",
            "Los asesores diplomáticos intentarán relanzar la aplicación de los acuerdos de la cumbre de París del "
            "9 de diciembre.",
        ),
    ],
)
def test_a_meeting_whose_outcome_is_told_has_been_held(language: str, text: str) -> None:
    assert read_in(language, text, published=datetime(2020, 6, 25, 9, tzinfo=UTC)) == []


def test_the_day_of_an_announcement_is_not_a_meeting_s() -> None:
    text = (
        "Ce sera la première rencontre physique des trois chefs d'Etat depuis l'annonce, le 28 janvier, de leur "
        "retrait de la CEDEAO."
    )
    assert read_in("fr", text, published=datetime(2024, 7, 3, 9, tzinfo=UTC)) == []


def test_a_day_a_deadline_falls_on_told_before_it_is_not_a_meeting_s() -> None:
    text = (
        "El canciller uruguayo defendió ayer la flexibilización del Mercosur ante sus socios de Argentina, Brasil y "
        "Paraguay. El 30 de junio vence el plazo que el gobierno se fijó para presentar una propuesta formal de "
        "negociación con terceros países."
    )
    assert read_in("es", text, published=datetime(2021, 6, 2, 9, tzinfo=UTC)) == []


def test_a_dateline_of_no_known_town_still_gives_the_page_s_own_day_not_a_meeting_s() -> None:
    text = (
        "Naciones Unidas, 4 abr.- El Consejo de Seguridad de la ONU se reunirá el próximo jueves por primera vez "
        "para tratar la pandemia, en una sesión a puerta cerrada por videoconferencia."
    )
    found = read_in("es", text, published=datetime(2020, 4, 4, 12, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2020-04-09"]


def test_a_german_cancelling_verb_split_far_around_its_meeting_cancels_it() -> None:
    text = (
        "Wegen der Pandemie sagt die Schweiz das für den 27. März in Luzern geplante Treffen der Aussenministerinnen "
        "und Aussenminister der deutschsprachigen Länder ab."
    )
    found = read_in("de", text, published=datetime(2020, 3, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2020-03-27", Status.CANCELLED)]


def test_a_trip_a_german_press_conference_is_about_is_no_trip_of_its_day() -> None:
    text = (
        "IAEA-Generaldirektor Rafael Grossi war am Freitag in Teheran. Grossi will sich am Samstagnachmittag bei "
        "einer Pressekonferenz in Wien zu seiner Reise äußern."
    )
    assert read_in("de", text, published=datetime(2023, 3, 4, 9, tzinfo=UTC)) == []


def test_a_dateline_closed_by_its_agency_s_bracket_is_no_meeting_s_day() -> None:
    text = (
        "La Habana, 24 feb (ACI) La segunda ronda de conversaciones entre Cuba y Estados Unidos tendrá lugar este "
        "viernes en Washington, informó la cancillería."
    )
    found = read_in("es", text, published=datetime(2015, 2, 24, 12, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2015-02-27", "Washington")]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("fr", "Le président rencontrera son homologue mexicain à Mexico le 12 mars.", "Mexico City"),
        ("es", "Los cancilleres de la Unión Africana se reunirán en Trípoli el 12 de marzo.", "Tripoli"),
        ("ar", "يعقد وزراء خارجية مصر والأردن اجتماعا في سول يوم 12 مارس.", "Seoul"),
    ],
)
def test_a_languages_name_for_a_great_city_is_that_city(language: str, text: str, place: str) -> None:
    found = read_in(language, text, published=datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2026-03-12", place)]


def test_the_evening_a_statement_was_made_on_is_no_meeting_s_day() -> None:
    text = (
        "El Gobierno confirmó en la noche de este jueves que se trata de una visita oficial y que la presidenta "
        "regresará a Lima el mismo día."
    )
    assert read_in("es", text, published=datetime(2024, 5, 9, 23, tzinfo=UTC)) == []


def test_an_opening_told_by_a_verb_alone_is_the_summit_s_first_day_and_hour() -> None:
    text = (
        "La XV Cumbre Iberoamericana se realizará el viernes 14 y el sábado 15 de octubre en Montevideo. "
        "La ceremonia inaugural se realizará el viernes a las 18:00 horas en el Teatro Solís, y las sesiones "
        "plenarias de los jefes de Estado tendrán lugar el sábado en el Palacio Legislativo."
    )
    found = read_in("es", text, published=datetime(2022, 10, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), str(m.start_time)) for m in found] == [
        ("2022-10-14", "2022-10-15", "18:00:00")
    ]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "es",
            "La cumbre del Mercosur se celebrará el lunes 8 en Asunción. Los presidentes del bloque viajarán después "
            "a Encarnación. El domingo 7, los cancilleres se reunirán en el mismo centro de convenciones para cerrar "
            "la declaración.",
            "Asunción",
        ),
        (
            "fr",
            "Le sommet de la CEDEAO se tiendra le lundi 8 à Abuja. Les chefs d'État se rendront ensuite à Lagos. "
            "Dimanche 7, les ministres des Affaires étrangères se réuniront dans le même hôtel pour préparer la "
            "déclaration.",
            "Abuja",
        ),
    ],
)
def test_the_same_building_is_the_place_told_before(language: str, text: str, place: str) -> None:
    found = read_in(language, text, published=datetime(2029, 10, 3, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2029-10-07", place), ("2029-10-08", place)]


def test_a_german_parliamentary_committee_named_in_a_compound_is_domestic() -> None:
    text = (
        "In Neu-Delhi treffen sich am kommenden Dienstag die Außenminister der G20. In Berlin steht am Donnerstag "
        "die Sondersitzung des Verteidigungsausschusses an."
    )
    found = read_in("de", text, published=datetime(2023, 2, 22, 13, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2023-02-28", "New Delhi")]


def test_a_german_business_conference_is_not_between_governments() -> None:
    text = (
        "Am Donnerstag spricht der Wirtschaftsminister auf der Afrika-Konferenz der Deutschen Wirtschaft in Kenia. "
        "Am Freitag trifft er den kenianischen Präsidenten William Ruto in Nairobi."
    )
    found = read_in("de", text, published=datetime(2023, 2, 21, 13, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2023-02-24"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Swiss government's own sitting, in an article about a summit
        (
            "Die Staats- und Regierungschefs der EU treffen sich am Donnerstag in Brüssel. Der Bundesrat will "
            "sich am Freitag an seiner ordentlichen Sitzung über das weitere Vorgehen informieren lassen.",
            ["2023-03-23"],
        ),
        # the body receiving a state guest is still a state visit; a federal councillor is a minister
        (
            "Der Bundesrat empfängt am Freitag den französischen Präsidenten Emmanuel Macron zu einem Staatsbesuch "
            "in Bern.",
            ["2023-03-24"],
        ),
        (
            "Bundesrat Ignazio Cassis trifft am Freitag den französischen Aussenminister Jean-Yves Le Drian in Genf.",
            ["2023-03-24"],
        ),
    ],
)
def test_the_bundesrat_as_a_body_sits_at_home(text: str, expected: list[str]) -> None:
    found = read_in("de", text, published=datetime(2023, 3, 21, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == expected


def test_the_same_day_as_a_meeting_told_by_its_month_is_that_month_and_another_meeting() -> None:
    text = (
        "Министры иностранных дел стран ОДКБ планируют провести встречу в конце мая в Минске, сообщил в "
        "среду источник в МИД. По его словам, в тот же день в белорусской столице пройдут и двусторонние "
        "переговоры Сергея Лаврова с главой МИД Белоруссии Владимиром Макеем."
    )
    found = read_in("ru", text, published=datetime(2019, 5, 8, 12, tzinfo=UTC))
    assert sorted((m.start_label(), m.location, "CSTO" in m.organisations) for m in found) == [
        ("2019-05", "Minsk", False),
        ("2019-05", "Minsk", True),
    ]


def test_people_s_own_talks_on_the_day_of_a_body_s_summit_are_a_meeting_of_their_own() -> None:
    text = (
        "Entre el martes 5 y el miércoles 6 de julio, la capital acoge la cumbre de la OTAN, a la que asistirá el "
        "presidente de Estados Unidos, Joe Biden. Biden aterrizará el martes en la base aérea de Getafe y, ese "
        "mismo día, mantendrá un encuentro con el presidente del Gobierno, Pedro Sánchez."
    )
    found = read_in("es", text, published=datetime(2033, 7, 1, 9, tzinfo=UTC))
    assert sorted((m.start_label(), m.end_label()) for m in found) == [
        ("2033-07-05", "2033-07-05"),
        ("2033-07-05", "2033-07-06"),
    ]


def test_the_day_of_a_trip_to_a_summit_whose_own_days_come_after_is_the_journey_s() -> None:
    text = (
        "El presidente viajará el jueves a Lima para participar en la cumbre de la Alianza del Pacífico, que "
        "reunirá a los mandatarios de los cuatro países. La cita se desarrollará el viernes y el sábado en el "
        "Centro de Convenciones de Lima."
    )
    found = read_in("es", text, published=datetime(2033, 6, 27, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2033-07-01", "2033-07-02")]


def test_the_maghreb_s_after_noon_is_an_afternoon_hour() -> None:
    text = (
        "تحتضن تونس يوم الخميس المقبل اجتماعا لوزراء خارجية دول جوار ليبيا. وتنطلق أشغال الاجتماع على الساعة "
        "الثالثة بعد الزوال بتوقيت تونس."
    )
    found = read_in("ar", text, published=datetime(2020, 1, 19, 8, tzinfo=UTC))
    assert [(m.start_label(), str(m.start_time)) for m in found] == [("2020-01-23", "15:00:00")]


def test_an_arabic_town_right_after_a_topic_country_is_the_venue() -> None:
    # "the conference on Libya in Berlin": Berlin is where it meets, not a town of the topic
    text = "يشارك الرئيس الجزائري يوم الأحد المقبل في المؤتمر الدولي حول ليبيا في برلين."
    found = read_in("ar", text, published=datetime(2020, 1, 15, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2020-01-19", "Berlin")]


def test_a_spanish_trip_suspended_in_the_preterite_is_called_off() -> None:
    text = (
        "El presidente uruguayo suspendió el viaje que tenía previsto realizar el jueves a Buenos Aires, donde iba "
        "a reunirse con su colega argentino en la Casa Rosada."
    )
    found = read_in("es", text, published=datetime(2022, 3, 8, 12, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2022-03-10", Status.CANCELLED)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a presidency's onset names no meeting's month
        (
            "es",
            "Suecia, que presidirá el Consejo de la UE a partir de enero, quiere aprovechar la cumbre para relanzar "
            "el acuerdo UE-Mercosur.",
            [],
        ),
        # a span's first month is the meeting's
        ("en", "The talks between Russia and Ukraine will run from June to July in Geneva.", ["2023-06"]),
    ],
)
def test_a_month_told_as_an_onset_is_no_meeting_s(language: str, text: str, expected: list[str]) -> None:
    found = read_in(language, text, published=datetime(2023, 3, 18, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == expected


def test_a_town_told_as_host_after_a_one_country_topic_is_the_venue() -> None:
    # "the conference on Sudan that the French capital Paris hosts": the topic is Sudan's, the
    # place is the host's
    text = (
        "يشارك وزير الخارجية المصري غدا الأربعاء في أشغال المؤتمر الدولي حول السودان الذي تستضيفه العاصمة "
        "الفرنسية باريس بدعوة من الرئيس إيمانويل ماكرون."
    )
    found = read_in("ar", text, published=datetime(2026, 4, 14, 8, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2026-04-15", "Paris")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Außenministerin reist am Montag nach Polen. In Warschau sind bis Mittwoch Gespräche mit "
            "Regierungschef Donald Tusk geplant.",
            [("2023-03-20", "2023-03-22")],
        ),
        (
            "en",
            "The foreign minister will visit Poland on Monday. Talks in Warsaw with Prime Minister Donald Tusk "
            "are planned until Wednesday.",
            [("2023-03-20", "2023-03-22")],
        ),
        # talks told for another country are their own
        (
            "en",
            "The foreign minister will visit Poland on Monday. Talks in Vilnius with the Lithuanian president "
            "are planned until Wednesday.",
            [("2023-03-20", "2023-03-20"), ("2023-03-22", "2023-03-22")],
        ),
    ],
)
def test_talks_told_by_the_day_they_run_until_end_the_visit_told_before(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = read_in(language, text, published=datetime(2023, 3, 18, 9, tzinfo=UTC))
    assert [(m.start.isoformat(), m.end.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Polish-Lithuanian summit will not take place on May 12 as originally planned."),
        ("de", "Das polnisch-litauische Gipfeltreffen findet nicht wie ursprünglich geplant am 12. Mai statt."),
        ("fr", "Le sommet polono-lituanien n'aura pas lieu le 12 mai comme initialement prévu."),
        ("es", "La cumbre polaco-lituana no se celebrará el 12 de mayo como estaba inicialmente previsto."),
        ("ru", "Польско-литовский саммит не состоится 12 мая, как изначально планировалось."),
        ("ar", "القمة البولندية الليتوانية لن تعقد يوم 12 مايو كما كان مقررا."),
    ],
)
def test_a_meeting_not_held_on_its_day_as_first_planned_is_put_off_not_called_off(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 5, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status) for m in found] == [("2025-05-12", Status.POSTPONED)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Polish-Lithuanian summit will not take place on May 12 as originally planned. The new date is "
            "Tuesday, May 20, a government spokesman said. The venue is Vilnius.",
        ),
        (
            "de",
            "Das polnisch-litauische Gipfeltreffen findet nicht wie ursprünglich geplant am 12. Mai statt. Neuer "
            "Termin ist Dienstag, der 20. Mai, wie ein Regierungssprecher mitteilte. Tagungsort ist Vilnius.",
        ),
        (
            "fr",
            "Le sommet polono-lituanien n'aura pas lieu le 12 mai comme initialement prévu. La nouvelle date est le "
            "mardi 20 mai, a indiqué un porte-parole du gouvernement. Le lieu retenu est Vilnius.",
        ),
        (
            "es",
            "La cumbre polaco-lituana no se celebrará el 12 de mayo como estaba previsto. La nueva fecha es el "
            "martes 20 de mayo, informó un portavoz del Gobierno. La sede será Vilnius.",
        ),
    ],
)
def test_a_new_date_named_as_such_moves_the_meeting_put_off_the_sentence_before(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 5, 2, 9, tzinfo=UTC))
    assert [(m.start_label(), m.status, m.location) for m in found] == [("2025-05-20", Status.CONFIRMED, "Vilnius")]
    assert found[0].change == Change(ChangeAction.RESCHEDULE, previous_start=date(2025, 5, 12))


def test_a_german_doch_noch_of_an_agreement_revives_no_meeting() -> None:
    text = "Der EU-Gipfel am 17. Oktober gilt als letzte Chance, doch noch eine Einigung über den Haushalt zu erzielen."
    found = read_in("de", text, published=datetime(2019, 10, 5, 9, tzinfo=UTC))
    assert [(m.start_label(), m.change) for m in found] == [("2019-10-17", None)]


def test_a_trip_told_with_its_own_day_to_a_gathering_dated_after_is_the_journey() -> None:
    text = (
        "Prime Minister Anwar Ibrahim will travel to Vientiane on Tuesday afternoon to attend the ASEAN-Australia "
        "Summit and the 19th East Asia Summit on Wednesday, his office said."
    )
    found = read_in("en", text, published=datetime(2024, 10, 7, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2024-10-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's body in ordinary session is a meeting
        (
            "La présidente prendra part vendredi à Addis-Abeba, en Éthiopie, à la 38e session ordinaire de la Conférence des "
            "chefs d'Etat et de gouvernement de l'Union africaine.",
            [("2025-02-14", "Addis Ababa")],
        ),
        # a parliament's is not
        ("Les députés ouvriront vendredi à Dakar la session ordinaire unique de l'Assemblée nationale.", []),
        # the federal capital named by its country's adjective
        (
            "Les ministres des Affaires étrangères de la CEDEAO se réuniront vendredi dans la capitale fédérale "
            "nigériane.",
            [("2025-02-14", "Abuja")],
        ),
    ],
)
def test_a_french_ordinary_session_and_federal_capital(text: str, expected: list[tuple[str, str]]) -> None:
    found = read_in("fr", text, published=datetime(2025, 2, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == expected


def test_a_stay_of_days_for_a_gathering_is_no_journey() -> None:
    # the stay's days are the summit's, not a journey's day before talks that merely follow it
    text = (
        "President Lula will be in Indonesia's resort island of Bali from Nov. 14 to 16 for the G20 summit and will "
        "hold talks with President Joko Widodo on the first day of his trip, his office said."
    )
    found = read_in("en", text, published=datetime(2022, 11, 9, 9, tzinfo=UTC))
    assert [(m.start.isoformat(), m.end.isoformat(), m.title) for m in found] == [
        ("2022-11-14", "2022-11-16", "G20 Summit")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "в выходные" is the weekend nearest
        (
            "В пятницу президент прибудет в Астану, а в выходные примет участие в саммите Организации тюркских "
            "государств.",
            ("2024-11-02", "2024-11-03"),
        ),
        # the G7 named by its nickname in the genitive
        ("В субботу в Хиросиме соберутся лидеры «Большой семерки».", ("2024-11-02", "2024-11-02")),
        # a meeting's short participle as its predicate, however long its subject
        (
            "Встреча министров иностранных дел стран БРИКС - России, Китая, Индии, Бразилии и ЮАР - по вопросам "
            "торговли и климата запланирована на среду в Рио-де-Жанейро.",
            ("2024-10-30", "2024-10-30"),
        ),
    ],
)
def test_russian_weekends_nicknames_and_short_participles(text: str, expected: tuple[str, str]) -> None:
    found = read_in("ru", text, published=datetime(2024, 10, 28, 9, tzinfo=UTC))
    assert expected in [(m.start.isoformat(), m.end.isoformat()) for m in found]
    if "семерки" in text:
        assert found[0].organisations == ("G-7",)


def test_the_eve_of_a_meeting_set_off_by_commas_dates_another() -> None:
    text = "Накануне саммита, во вторник, в Минске соберутся министры иностранных дел России и Украины."
    found = read_in("ru", text, published=datetime(2015, 2, 8, 9, tzinfo=UTC))
    assert [(m.start_label(), m.kind) for m in found] == [("2015-02-10", "meeting")]


def test_an_arabic_plural_future_of_meeting_is_future() -> None:
    # "will meet" in the plural, its stem's last letter gone: a meeting to come, its year the next
    text = (
        "وأضاف البيان أن وزراء خارجية الدول الأربع سيلتقون في القاهرة يوم 12 يناير، لمراجعة نتائج الاجتماعات التي "
        "بدأت في نوفمبر الماضي."
    )
    found = read_in("ar", text, published=datetime(2024, 12, 20, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-01-12", "Cairo")]


def test_an_arabic_postponement_reaches_its_new_date_past_a_long_name_and_its_first_plan() -> None:
    text = (
        "أعلنت وزارة الخارجية، مساء اليوم، تأجيل الاجتماع الوزاري الرابع لوزراء الخارجية في ليبيا وتونس والجزائر "
        "ومصر حول الأمن الإقليمي، والذي كان مقررا عقده في تونس يوم السبت المقبل، إلى يوم الأربعاء 15 يناير "
        "المقبل."
    )
    found = read_in("ar", text, published=datetime(2025, 1, 6, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-01-15"]
    assert found[0].change is not None
    assert found[0].change.action is ChangeAction.RESCHEDULE


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Lima.- Los cancilleres de la Alianza del Pacífico se reunirán el viernes en el Hotel Los Delfines para "
            "preparar la cumbre presidencial.",
            "Lima",
        ),
        (
            "fr",
            "ABIDJAN - Les ministres des Affaires étrangères de la CEDEAO se réuniront vendredi à l'hôtel Ivoire "
            "pour préparer le sommet.",
            "Abidjan",
        ),
        (
            "en",
            "NAIROBI, March 3 - Foreign ministers of the East African Community will meet on Friday at the "
            "Kenyatta International Convention Centre to prepare the summit.",
            "Nairobi",
        ),
        # a building in a story with no town of filing places nothing
        (
            "en",
            "Foreign ministers of the East African Community will meet on Friday at the Kenyatta International "
            "Convention Centre to prepare the summit.",
            None,
        ),
    ],
)
def test_a_building_no_gazetteer_places_is_in_the_town_the_story_is_filed_from(
    language: str, text: str, expected: str | None
) -> None:
    found = read_in(language, text, published=datetime(2025, 3, 3, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-03-07", expected)]


def test_a_portuguese_town_name_joined_by_do_is_read_whole() -> None:
    text = "The Mercosur presidents will meet in Foz do Iguaçu on Friday for their half-yearly summit."
    found = read_in("en", text, published=datetime(2025, 3, 3, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-03-07", "Foz do Iguaçu")]


def test_a_building_that_is_another_capital_s_is_not_placed_in_the_town_of_filing() -> None:
    text = (
        "Ciudad de México.- El canciller se reunirá el viernes con el secretario de Estado en el Departamento de "
        "Estado para hablar de migración."
    )
    found = read_in("es", text, published=datetime(2025, 3, 3, 9, tzinfo=UTC))
    assert [m.location for m in found] != ["Mexico City"]


def test_a_town_that_hosts_with_the_day_set_off_in_commas_is_the_venue() -> None:
    text = "Dakar accueille jeudi, 12 juin 2025, une réunion extraordinaire des ministres de la CEDEAO."
    found = read_in("fr", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-12", "Dakar")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Los cancilleres de la OEA celebrarán una videoconferencia el jueves 12, a las 10:00 hora del Pacífico.",
        ),
        (
            "fr",
            "Les ministres de l'APEC tiendront une visioconférence jeudi 12 juin à 10 heures (heure du Pacifique).",
        ),
    ],
)
def test_pacific_time_is_the_us_west_coast_clock(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time, m.timezone) for m in found] == [
        ("2025-06-12", time(10, 0), "America/Los_Angeles")
    ]


def test_a_day_that_opens_the_sentence_before_who_speaks_is_the_words_day() -> None:
    text = "On Monday a spokesman for the rebels said their delegation would travel to Switzerland as planned."
    assert read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC)) == []


def test_a_meeting_told_with_an_irregular_past_verb_on_the_day_of_the_article_is_gone() -> None:
    text = "The ministers withdrew from the regional conference on Monday after the host refused to invite Iran."
    assert read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC)) == []


def test_a_wire_time_in_gmt_needs_no_at() -> None:
    text = (
        "VIENNA, June 9 - OPEC oil ministers will meet in Vienna on Thursday. The first session is scheduled "
        "for 0930 GMT, a delegate said."
    )
    found = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time, m.timezone) for m in found] == [
        ("2025-06-12", time(11, 30), "Europe/Vienna")
    ]


def test_to_join_a_body_s_ministers_is_their_meeting() -> None:
    text = "The secretary of state will then join NATO foreign ministers in Brussels on Thursday and Friday."
    found = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label(), m.location) for m in found] == [("2025-06-12", "2025-06-13", "Brussels")]


def test_a_day_in_a_clause_of_things_done_dates_neither_the_meeting_nor_its_eve() -> None:
    text = (
        "SADC, whose envoys brokered a truce in Maputo on Wednesday, is expected to convene its leaders on the "
        "eve of the summit. The summit of the African Union opens in Addis Ababa on June 20."
    )
    found = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert "2025-06-11" not in [m.start_label() for m in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Казань готовится к гостям: в четверг и пятницу в выставочном центре на берегу реки Казанки неподалеку "
            "от международного аэропорта и новой гостиницы пройдет совещание министров иностранных дел стран БРИКС.",
        ),
        (
            "fr",
            "Jeudi et vendredi dans la grande salle du palais situé sur les hauteurs de la ville de Dakar près du "
            "nouvel aéroport se tiendra la réunion des ministres des Affaires étrangères de la CEDEAO.",
        ),
        (
            "es",
            "El jueves y el viernes en el centro de convenciones ubicado frente a la bahía de Cartagena junto al "
            "nuevo hotel de la ciudad amurallada se celebrará la reunión de cancilleres de la Alianza del Pacífico.",
        ),
    ],
)
def test_a_verb_of_holding_right_before_its_noun_takes_the_day_that_opens_its_clause(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.end_label()) for m in found] == [("2025-06-12", "2025-06-13")]


def test_a_host_country_s_building_is_in_its_town_the_story_is_filed_from() -> None:
    text = (
        "Gaborone – Botswana richtet am 20. und 21. Juni das Gipfeltreffen der Entwicklungsgemeinschaft des "
        "Südlichen Afrika (SADC) im neuen Konferenzzentrum an der Hauptstraße aus."
    )
    found = read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-20", "Gaborone")]


def test_a_meeting_with_no_place_in_a_story_whose_lead_names_the_host_is_in_the_town_filed_from() -> None:
    text = (
        "Maputo – Mosambik richtet im Juni das 40. Gipfeltreffen der SADC aus. Die Staatschefs kommen am 20. und "
        "21. Juni zusammen. Zuvor beraten die Fachminister. Der SADC-Ministerrat tagt am Dienstag und Mittwoch, "
        "jeweils ab 9 Uhr."
    )
    found = read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    council = [m for m in found if m.start_label() == "2025-06-10"]
    assert [(m.location, m.start_time, m.timezone) for m in council] == [("Maputo", time(9, 0), "Africa/Maputo")]


def test_a_day_set_off_after_a_meeting_told_with_after_is_not_that_meeting_s() -> None:
    text = "Wenige Tage nach dem Gipfel, am 30. Juni, feiert Botswana einen Nationalfeiertag."
    assert read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC)) == []


def test_a_day_set_off_after_a_meeting_told_with_after_dates_the_main_clause() -> None:
    text = (
        "Dos días después de la cumbre, el jueves, los embajadores del Grupo de Lima -Argentina, Brasil, Canadá, "
        "Chile, Colombia, Guatemala, Honduras, México, Panamá, Paraguay y Perú- se reunirán en Lima con el canciller."
    )
    found = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location, m.kind) for m in found] == [("2025-06-12", "Lima", "meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "RIYADH - Saudi Arabia will host talks on Yemen in Jeddah on June 14. Separately, the foreign ministers of "
        "Egypt and Jordan will meet on Friday.",
        # the lead's host lends its town to the meetings of the body it hosts, not to others'
        "RIYADH - Saudi Arabia will host talks on Yemen next week. Separately, the foreign ministers of Egypt and "
        "Jordan will meet on Friday.",
    ],
)
def test_a_lead_s_host_lends_the_town_of_filing_only_to_its_own_meetings(text: str) -> None:
    found = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert "Riyadh" not in [m.location for m in found]


def test_a_seat_named_after_the_verb_is_the_venue() -> None:
    text = (
        "La reunión de los cancilleres de Perú y Bolivia será el jueves 12 de junio y tendrá como sede el "
        "municipio de Ilo."
    )
    found = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-12", "Ilo")]


def test_the_new_date_of_a_meeting_moved_from_a_day_it_was_first_set_for_keeps_its_town() -> None:
    text = (
        "La reunión de cancilleres de Perú y Bolivia, que estaba prevista para el viernes 13 de junio en la ciudad "
        "de Tacna, fue reprogramada, informó hoy la Cancillería. La nueva fecha es el viernes 27 de junio."
    )
    found = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-27", "Tacna")]


def test_a_day_counted_from_another_then_restated_opens_its_clause() -> None:
    text = (
        "Un día antes, el jueves 12, la canciller peruana, Ana Gómez, y su homólogo boliviano, Luis Vargas, se "
        "reunirán en Tacna para ultimar la declaración."
    )
    found = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-12", "Tacna")]


def test_a_day_counted_from_another_yields_to_the_date_that_restates_it() -> None:
    text = (
        "La cumbre de presidentes del Mercosur se celebrará el jueves 12 de junio en Asunción. Un día antes, el "
        "martes 10 de junio, se reunirá el Consejo del Mercado Común."
    )
    found = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert sorted(m.start_label() for m in found) == ["2025-06-10", "2025-06-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يعقد وزراء الخارجية العرب اجتماعهم في القاهرة يوم الخميس المقبل في العاشرة من صباح ذلك اليوم.", time(10, 0)),
        ("يعقد وزراء الخارجية العرب اجتماعهم في القاهرة يوم الخميس المقبل في الثالثة مساء.", time(15, 0)),
    ],
    ids=["morning", "evening"],
)
def test_an_arabic_hour_in_words_after_fi_with_its_part_of_the_day_is_a_time(text: str, expected: time) -> None:
    found = read_in("ar", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.start_time, m.timezone) for m in found] == [("2025-06-12", expected, "Africa/Cairo")]


def test_an_arabic_ordinal_after_fi_without_a_part_of_the_day_is_no_time() -> None:
    text = "يعقد وزراء الخارجية العرب اجتماعهم في القاهرة يوم الخميس المقبل في الدورة العاشرة للمجلس."
    found = read_in("ar", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [m.start_time for m in found] == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le sommet des présidents du Pérou et de Bolivie se tiendra finalement à Lima, et non plus à Cuzco, et le "
            "vendredi 20 juin au lieu du jeudi 19, a annoncé lundi la présidence péruvienne.",
        ),
        (
            "en",
            "The meeting of the foreign ministers of Peru and Bolivia will now be held in Lima, no longer in Cuzco, "
            "and on Friday, June 20, instead of Thursday, June 19, the ministry said on Monday.",
        ),
        (
            "de",
            "Das Treffen der Außenminister Perus und Boliviens wird nun in Lima, nicht mehr in Cuzco, und am Freitag, "
            "dem 20. Juni, anstatt am Donnerstag, dem 19. Juni, stattfinden, teilte das Ministerium am Montag mit.",
        ),
        (
            "ru",
            "Встреча министров иностранных дел Перу и Боливии пройдет теперь в Лиме, а не в Куско, и в пятницу, "
            "20 июня, вместо четверга, 19 июня, сообщил в понедельник МИД.",
        ),
    ],
    ids=["fr", "en", "de", "ru"],
)
def test_a_day_told_with_the_day_it_replaces_is_the_meetings_new_day(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-20", "Lima")]
    change = found[0].change
    assert change is not None
    assert (change.action, change.previous_start) == (ChangeAction.RESCHEDULE, date(2025, 6, 19))
    assert place(change.previous_place or "") == place("Cusco")  # (English keeps the text's "Cuzco")


def test_a_new_day_told_with_the_one_it_replaces_belongs_to_what_is_named_before_it() -> None:
    text = (
        "The spokeswoman will hold her next briefing on Wednesday instead of Thursday because of the summit in Paris."
    )
    assert read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Außenminister Perus und Boliviens, Javier González und Luis Vargas, kommen am Donnerstag in Lima zusammen.",
        "In Lima kommen am Donnerstag die Außenminister Javier González und Luis Vargas zusammen.",
    ],
    ids=["in-apposition", "joined-to-a-titled-name"],
)
def test_a_german_name_without_a_title_beside_a_titled_one_is_a_participant(text: str) -> None:
    found = read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-06-12"]
    assert {"Javier González", "Luis Vargas"} <= set(found[0].participants)


def test_a_german_title_with_countries_in_apposition_names_no_person() -> None:
    text = "Die Außenminister der Golfstaaten, Vereinigte Arabische Emirate und Katar, beraten am Donnerstag in Riad."
    found = read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [m.start_label() for m in found] == ["2025-06-12"]
    assert "Vereinigte Arabische Emirate" not in found[0].participants  # (the country, not a person)
    assert set(found[0].countries) == {"QA", "AE"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El Gabinete Binacional de Perú y Bolivia, previsto para el jueves 12 de junio en Tacna, abordará la frontera.",
        ),
        ("fr", "Le cabinet binational Pérou-Bolivie se tiendra le jeudi 12 juin dans la ville de Tacna."),
    ],
    ids=["es", "fr"],
)
def test_a_binational_cabinet_is_a_meeting_of_two_governments(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-12", "Tacna")]


def test_a_german_report_told_after_the_meeting_gives_it_no_tense() -> None:
    text = (
        "Er habe seine Amtskollegen aus Polen und Frankreich für Mittwochabend nach Berlin eingeladen, teilte eine "
        "Sprecherin des Auswärtigen Amts am Montag mit."
    )
    found = read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-11", "Berlin")]


def test_a_german_council_of_ministers_named_for_its_body_is_a_meeting() -> None:
    text = "Der OSZE-Ministerrat findet am 4. und 5. Dezember unter dem Vorsitz der Schweiz in Wien statt."
    found = read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start, m.end, m.location) for m in found] == [(date(2025, 12, 4), date(2025, 12, 5), "Vienna")]


def test_a_german_months_of_every_year_are_no_meetings_date() -> None:
    text = "Wie jedes Jahr im April, Juni und Oktober tagen die EU-Außenminister im Konferenzzentrum in Luxemburg."
    assert read_in("de", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC)) == []


def test_a_german_perfect_in_reported_speech_is_past() -> None:
    text = (
        "Bundeskanzler Friedrich Merz, Chinas Staatspräsident Xi Jinping und EU-Ratspräsident António Costa hätten "
        "sich in Telefonaten am Montag darauf verständigt, den Gipfel zu verschieben, teilte ein Regierungssprecher mit."
    )
    found = read_in("de", text, published=datetime(2025, 6, 9, 20, tzinfo=UTC))
    assert [m.start_label() for m in found if m.kind == "call"] == []


def test_a_french_day_kept_after_finalement_que_is_the_new_one_and_the_day_to_resume_the_old() -> None:
    text = (
        "Les pourparlers entre le Pérou et la Bolivie, qui devaient reprendre jeudi à Lima, ne s'ouvriront finalement "
        "que le lundi 16 juin, a annoncé lundi le ministère péruvien des Affaires étrangères."
    )
    found = read_in("fr", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-16", "Lima")]


def test_a_french_trip_being_ended_in_the_imperfect_is_over() -> None:
    text = (
        "Le président chilien, qui achevait vendredi une visite de deux jours au Japon, a par ailleurs évoqué à Tokyo la "
        "possibilité de nouvelles négociations avec le Pérou."
    )
    assert read_in("fr", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Ciudad de México.- La Cancillería convocó a los cancilleres de la Celac a una nueva reunión virtual. La "
            "videoconferencia se realizará este jueves y será encabezada por el canciller Marcelo Ebrard.",
        ),
        (
            "fr",
            "Tokyo - Le Japon réunira les dirigeants du G7 pour une réunion en ligne sur l'Ukraine. La visioconférence "
            "aura lieu jeudi et sera présidée par le Premier ministre Fumio Kishida.",
        ),
    ],
    ids=["es", "fr"],
)
def test_the_videoconference_refers_back_to_the_meeting_told_before(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.kind) for m in found] == [("2025-06-12", "videoconference")]


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        (
            "en",
            "The Hague turns into a fortress from Sunday evening: for the NATO summit, leaders of 32 allies are expected "
            "at the World Forum on Tuesday and Wednesday.",
            ("2025-06-10", "2025-06-11"),
        ),
        (
            "de",
            "Die Innenstadt wird ab Montagabend zur Sperrzone: Zum Treffen der Außenminister der Organisation für "
            "Sicherheit und Zusammenarbeit in Europa (OSZE) werden am Mittwoch und Donnerstag rund 900 Delegierte "
            "erwartet.",
            ("2025-06-11", "2025-06-12"),
        ),
        (
            "en",
            "Thursday: The two leaders will hold the UK-France summit in London, the first since the one in Paris in "
            "March 2023.",
            ("2025-06-12", "2025-06-12"),
        ),
    ],
    ids=["en", "de", "label"],
)
def test_past_a_colon_the_meeting_takes_the_day_its_own_clause_tells(language: str, text: str, days: tuple) -> None:
    """A day told before a colon belongs to its own clause when the meeting's clause past the
    colon tells a day of its own; a day standing alone before the colon is a label."""
    found = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start.isoformat(), m.end.isoformat()) for m in found] == [days]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Los cancilleres de los países de la CELAC se reunirán el lunes 27 y los jefes de Estado y de Gobierno, el "
            "martes 28 y el miércoles 29, según el calendario oficial.",
        ),
        (
            "en",
            "Foreign ministers of the CELAC countries will meet on Monday, Jan. 27, and the heads of state and "
            "government on Jan. 28 and 29, according to the official schedule.",
        ),
        (
            "fr",
            "Les ministres des Affaires étrangères de la CELAC se réuniront lundi 27 janvier et les chefs d'Etat, les 28 "
            "et 29 janvier, selon le calendrier officiel.",
        ),
    ],
    ids=["es", "en", "fr"],
)
def test_a_second_subject_with_the_verb_left_out_is_a_second_meeting(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2014, 1, 20, 9, tzinfo=UTC))
    assert [(m.start.isoformat(), m.end.isoformat()) for m in found] == [
        ("2014-01-27", "2014-01-27"),
        ("2014-01-28", "2014-01-29"),
    ]
    assert "foreign ministers" in found[0].title.lower()
    assert "foreign ministers" not in found[1].title.lower()


def test_a_second_date_with_no_one_of_its_own_is_no_second_meeting() -> None:
    text = (
        "Foreign ministers of the CELAC countries will meet on Monday, Jan. 27, and the declaration is due on Jan. 29, "
        "according to the official schedule."
    )
    found = read_in("en", text, published=datetime(2014, 1, 20, 9, tzinfo=UTC))
    assert [m.start.isoformat() for m in found] == ["2014-01-27"]


def test_a_venue_several_cities_have_is_the_one_in_the_town_its_sentence_names() -> None:
    text = (
        "Diplomacy fills the week in the Cambodian capital, where ASEAN foreign ministers open their annual meeting at "
        "the Peace Palace on Monday."
    )
    found = read_in("en", text, published=datetime(2025, 6, 10, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-16", "Phnom Penh")]
    hague = read_in(
        "en", "The ministers meet at the Peace Palace on Monday.", published=datetime(2025, 6, 9, 9, tzinfo=UTC)
    )
    assert [m.location for m in hague] == ["The Hague"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le sommet de l'Union africaine s'ouvrira samedi à 10h heure d'Addis au siège de l'organisation."),
        ("en", "The African Union summit opens on Saturday at 10:00 Addis time at the organisation's headquarters."),
    ],
    ids=["fr", "en"],
)
def test_a_capital_told_by_its_first_word_gives_the_clock_its_zone(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2026, 2, 9, 9, tzinfo=UTC))
    assert [(m.starts_at() or m.start).isoformat() for m in found] == ["2026-02-14T10:00:00+03:00"]


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("CÁDIZ | Lola Benítez\n\nCádiz entra en la semana más importante de su historia.", "Cadiz"),
        ("SEVILLA | Redacción\n\nLa ciudad acoge la cumbre.", "Seville"),
        ("POLÍTICA | Redacción\n\nEl Gobierno prepara la cumbre.", None),
        ("Crónica Exterior | Iberoamérica\n\nSánchez viajará a Andorra.", None),
    ],
)
def test_a_town_then_a_bar_and_a_byline_is_a_dateline(head: str, city: str | None) -> None:
    from diplocal.extract.document import parse_dateline
    from diplocal.extract.lang import pack_for

    assert parse_dateline(head, pack_for("es")).city == city


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le Conseil de paix et de sécurité de l'Union africaine devait se réunir lundi à Addis-Abeba. Sa session a "
            "été repoussée de 24 heures, à mardi, selon un diplomate.",
        ),
        (
            "es",
            "El Consejo de Paz y Seguridad de la Unión Africana debía reunirse el lunes en Adís Abeba. Su sesión fue "
            "aplazada 24 horas, al martes, según un diplomático.",
        ),
    ],
    ids=["fr", "es"],
)
def test_a_move_told_in_the_next_sentence_by_no_one_moves_the_meeting_before(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-17", "Addis Ababa")]
    assert found[0].change is not None
    assert found[0].change.previous_start == date(2025, 6, 16)


def test_a_move_of_another_meeting_named_in_the_next_sentence_moves_nothing_before() -> None:
    text = (
        "Le Conseil de paix et de sécurité de l'Union africaine devait se réunir lundi à Addis-Abeba. La réunion des "
        "ministres des Affaires étrangères de l'Union européenne a été repoussée à mardi, à Bruxelles."
    )
    found = read_in("fr", text, published=datetime(2025, 6, 11, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-16", "Addis Ababa"), ("2025-06-17", "Brussels")]


@pytest.mark.parametrize(
    "moved",
    [
        "were pushed back by 24 hours, to Tuesday",
        "were pushed back a day, to Tuesday",
        "were postponed by 24 hours, until Tuesday",
    ],
)
def test_a_move_by_hours_or_a_day_gives_the_new_day(moved: str) -> None:
    text = f"Talks between the foreign ministers of Armenia and Azerbaijan in Almaty, first set for Monday, {moved}."
    found = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-10", "Almaty")]


@pytest.mark.parametrize(
    "said",
    ["Según informaron hoy fuentes de la Moncloa", "Según confirmaron ayer fuentes de la Moncloa"],
)
def test_the_day_sources_said_it_dates_no_session_and_leaves_the_time_to_the_summit(said: str) -> None:
    text = (
        "Los jefes de Gobierno de España y Portugal celebrarán el miércoles 11 de junio en Oporto la cumbre "
        f"hispano-portuguesa. {said}, la sesión plenaria arrancará a las 12.30 horas en el Palacio da Bolsa."
    )
    [meeting] = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert (meeting.start, meeting.start_time, meeting.location) == (date(2025, 6, 11), time(12, 30), "Porto")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La cumbre hispano-portuguesa, que estaba convocada para el pasado jueves 5 de junio en Oporto y que se "
            "aplazó por las elecciones, ya tiene nueva fecha: el miércoles 18 de junio.",
        ),
        (
            "fr",
            "Le sommet franco-espagnol de Madrid, qui devait se tenir le jeudi 5 juin et a été reporté à cause des "
            "élections, a désormais une nouvelle date : le mercredi 18 juin.",
        ),
    ],
    ids=["es", "fr"],
)
def test_the_new_date_named_as_such_is_the_meetings_day(language: str, text: str) -> None:
    [meeting] = read_in(language, text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert meeting.start_label() == "2025-06-18"
    assert meeting.status.value == "confirmed"


@pytest.mark.parametrize(
    ("language", "text", "countries"),
    [
        ("es", "La XXXV Cumbre Hispano-Portuguesa se celebrará el miércoles 18 de junio en Faro.", {"ES", "PT"}),
        ("fr", "Le Conseil des ministres Franco-Allemand se réunira le mercredi 18 juin à Toulouse.", {"FR", "DE"}),
    ],
    ids=["es", "fr"],
)
def test_a_capitalised_compound_adjective_names_both_countries(language: str, text: str, countries: set[str]) -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.tag.names import find_countries

    assert {m.value for m in find_countries(text, pack_for(language))} == countries


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The foreign ministers of Egypt and Sudan will meet in Cairo on Monday. Meanwhile the Transitional Council "
            "will hold its weekly meeting in Khartoum on Tuesday.",
        ),
        (
            "fr",
            "Les ministres des Affaires étrangères de l'Égypte et du Soudan se réuniront lundi au Caire. Le Conseil de "
            "transition tiendra pour sa part mardi sa séance hebdomadaire à Khartoum.",
        ),
        (
            "de",
            "Die Außenminister Ägyptens und des Sudans treffen sich am Montag in Kairo. Der Übergangsrat kommt am "
            "Dienstag in Khartum zu seiner wöchentlichen Sitzung zusammen.",
        ),
        (
            "ru",
            "Министры иностранных дел Египта и Судана встретятся в понедельник в Каире. Во вторник в Хартуме пройдет "
            "еженедельное заседание Переходного совета.",
        ),
        (
            "ar",
            "يلتقي وزيرا خارجية مصر والسودان يوم الاثنين في القاهرة. ويعقد المجلس الانتقالي اجتماعه الأسبوعي يوم الثلاثاء "
            "في الخرطوم.",
        ),
    ],
    ids=["en", "fr", "de", "ru", "ar"],
)
def test_a_bodys_weekly_sitting_is_no_meeting_between_governments(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 8, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-09", "Cairo")]


def test_an_international_bodys_weekly_meeting_is_still_one() -> None:
    text = "The OSCE Permanent Council will discuss the situation in the north at its weekly meeting in Vienna on Thursday."
    found = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2025-06-12", "Vienna")]


def test_a_verbs_foreign_object_past_its_date_makes_the_meeting_diplomatic() -> None:
    text = "El rey Felipe VI se reunirá mañana lunes con el presidente colombiano en la Casa de Nariño."
    found = read_in("es", text, published=datetime(2022, 8, 7, 9, tzinfo=UTC))
    assert [(m.start_label(), m.location) for m in found] == [("2022-08-08", "Bogotá")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le Premier ministre français se rendra lundi à Alger. Par ailleurs, le Conseil des ministres se réunira "
            "dimanche sous la présidence du chef de l'Etat, avec à l'ordre du jour les préparatifs des élections.",
        ),
        (
            "es",
            "El presidente de Ghana llegará el lunes a Malabo. El Consejo de Ministros, que se reunirá el jueves bajo la "
            "presidencia del Jefe de Estado, deberá aprobar los textos.",
        ),
    ],
    ids=["fr", "es"],
)
def test_a_cabinet_chaired_by_the_head_of_state_is_no_meeting_between_governments(language: str, text: str) -> None:
    found = read_in(language, text, published=datetime(2025, 6, 11, 9, tzinfo=UTC))
    assert all(m.start_label() not in ("2025-06-12", "2025-06-15") for m in found), found


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "so that the session would not overlap with Friday prayers in the capital", "Friday"),
        ("fr", "pour que la séance n'empiète pas sur la grande prière du vendredi", "vendredi"),
        ("es", "para que la sesión no coincidiera con la oración del viernes", "viernes"),
        ("ar", "حتى لا تتزامن الجلسة مع صلاة الجمعة في المسجد الكبير", "الجمعة"),
    ],
    ids=["en", "fr", "es", "ar"],
)
def test_a_weekday_naming_a_rite_is_no_meetings_date(language: str, text: str, day: str) -> None:
    from diplocal.extract.lang import pack_for
    from diplocal.extract.pair import not_a_meeting_date
    from diplocal.extract.tag.dates import find_dates

    pack = pack_for(language)
    [mention] = [m for m in find_dates(text, pack) if text[m.start : m.end].endswith(day)]
    assert not_a_meeting_date(text, mention, pack) is not None
    plain = f"The session will open on {day}." if language == "en" else None
    if plain is not None:
        [again] = find_dates(plain, pack)
        assert not_a_meeting_date(plain, again, pack) is None


def test_the_indian_ocean_commission_is_an_organisation_not_india() -> None:
    text = (
        "The 31st session of the Council of Ministers of the Indian Ocean Commission will open in Moroni on "
        "Thursday, June 12."
    )
    [meeting] = read_in("en", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert "India" not in meeting.participants
    assert "Indian Ocean Commission" in meeting.title


def test_a_countrys_adjective_inside_an_organisations_name_names_no_country() -> None:
    text = "Die Staats- und Regierungschefs des Pacific Islands Forum treffen sich am Montag in Funafuti."
    [meeting] = read_in("de", text, published=datetime(2025, 6, 13, 9, tzinfo=UTC))
    assert "Iceland" not in meeting.participants
    assert meeting.title == "Pacific Islands Forum meeting"


def test_a_countrys_time_whose_capitals_name_a_larger_town_abroad_bears() -> None:
    # "San Jose" alone is California's; Costa Rica's clock is its own capital's
    from diplocal.places import capital_of

    capital = capital_of("CR")
    assert capital is not None
    assert (capital.country, capital.zone) == ("CR", "America/Costa_Rica")
    text = (
        "Los cancilleres del SICA se reunirán el martes en Ciudad de Panamá. La sesión extraordinaria comenzará a "
        "las 3 p. m., hora de Costa Rica, en la sede de la Cancillería."
    )
    [meeting] = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert (meeting.start, meeting.start_time, meeting.timezone) == (date(2025, 6, 10), time(16, 0), "America/Panama")


def test_central_mexico_time_is_converted_to_the_venues_clock() -> None:
    text = (
        "El presidente de México se reunirá el miércoles con su homólogo estadounidense en la Casa Blanca. El "
        "encuentro está previsto a las 13:00 horas, tiempo del centro de México."
    )
    [meeting] = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert (meeting.start, meeting.start_time, meeting.timezone) == (date(2025, 6, 11), time(15, 0), "America/New_York")


def test_a_date_gone_by_in_the_clocks_sentence_does_not_keep_the_hour_from_the_meeting() -> None:
    text = (
        "El presidente de México se reunirá el miércoles con su homólogo estadounidense en la Casa Blanca. El "
        "encuentro está previsto a las 13:00 horas y será seguido de la firma de una declaración por la entrada en "
        "vigor del tratado, el pasado 1 de junio."
    )
    [meeting] = read_in("es", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert (meeting.start, meeting.start_time) == (date(2025, 6, 11), time(13, 0))


def test_the_hour_right_after_a_date_gone_by_is_that_days() -> None:
    text = (
        "Постоянный совет ОБСЕ проведет в эту пятницу в Вене специальное заседание по Карабаху. Режим прекращения "
        "огня, вступивший в силу 5 июня в полдень, в целом соблюдается."
    )
    [meeting] = read_in("ru", text, published=datetime(2025, 6, 9, 9, tzinfo=UTC))
    assert (meeting.start, meeting.start_time) == (date(2025, 6, 13), None)
