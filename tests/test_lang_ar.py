"""The Arabic pack, one rule a case, each with the reason it holds.

All sentences are written for these tests (none comes from a corpus). Articles are dated
Wednesday 1 March 2023 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from diplocal.extract import meetings_from_article
from diplocal.extract.lang import LanguagePack, pack_for
from diplocal.extract.lang.ar import LEMMA, fold_letters, strip_prefixes
from diplocal.extract.resolve import resolve
from diplocal.extract.spans import Tense
from diplocal.extract.tag.clock import find_clocks
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.words import find_cues
from diplocal.model import Article, Status

WED = date(2023, 3, 1)


@pytest.fixture(scope="module")
def pack() -> LanguagePack:
    return pack_for("ar")


def meetings(text: str, published: date = WED) -> list[tuple[str, str, str | None, str]]:
    article = Article(
        id="t",
        title="",
        text=text,
        published=datetime.combine(published, time(9), tzinfo=UTC),
        language="ar",
    )
    return [(m.start_label(), m.end_label(), m.location, m.status.value) for m in meetings_from_article(article)]


# -- spelling and word forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected", "reason"),
    [
        ("الأسبوع", "الاسبوع", "hamza on alef folds to bare alef"),
        ("إلى", "الي", "alef maqsura folds to ya"),
        ("القمة", "القمه", "ta marbuta folds to ha"),
        ("غدًا", "غدا", "short vowels go"),
        ("المتحدة.", "المتحده", "a final full stop goes"),
    ],
)
def test_fold_letters(word: str, expected: str, reason: str) -> None:
    assert fold_letters(word) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("بالقاهرة", "القاهرة", "ب + the article is surely a preposition"),
        ("وبيروت", "بيروت", "و before a known city"),
        ("لبنان", "لبنان", "the ل of Lebanon is the name's own"),
        ("للأمم المتحدة", "الأمم المتحدة", "لل is ل + ال"),
        ("بيروت", "بيروت", "nothing to strip from a name starting with ب"),
    ],
)
def test_strip_prefixes(text: str, expected: str, reason: str) -> None:
    assert strip_prefixes(text) == expected, reason


@pytest.mark.parametrize(
    ("word", "lemma", "reason"),
    [
        ("واجتماعاتها", LEMMA("اجتماع"), "conjunction, plural and pronoun off a meeting noun"),
        ("اجتماعا", LEMMA("اجتماع"), "the accusative ending"),
        ("للقاء", LEMMA("لقاء"), "ل + لقاء, not ل + القاء (delivering)"),
        ("زيارته", LEMMA("زيارة"), "ta marbuta comes back before a pronoun"),
        ("سيلتقيان", LEMMA("التقى"), "future prefix and dual of a weak verb"),
        ("البحرين", "البحرين", "a country's name is not lemmatised to 'sea'"),
    ],
)
def test_lemma(word: str, lemma: str, reason: str) -> None:
    assert LEMMA(word) == lemma, reason


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("يوم الخميس 4 مارس/آذار", ("day", 3, 4, None, None, 3, None, None), "weekday, day and both month names"),
        ("في 21 آذار/مارس المقبل", ("day", 3, 21, None, None, None, None, None), "Levantine name first"),
        ("في 3 آب 2021", ("day", 8, 3, None, None, None, None, None), "the two-letter month with a year"),
        (
            "في العاشر من مارس الماضي",
            ("day", 3, 10, None, None, None, None, "last"),
            "the day as an ordinal word, told as gone",
        ),
        ("في الرابع والعشرين من أبريل", ("day", 4, 24, None, None, None, None, None), "a compound ordinal"),
        ("يومي 9 و10 ديسمبر المقبل", ("day_range", 12, 9, 12, 10, None, None, None), "two days in a row"),
        ("من 22 إلى 24 أكتوبر الجاري", ("day_range", 10, 22, 10, 24, None, None, None), "from ... to"),
        ("بين 16 و18 أبريل", ("day_range", 4, 16, 4, 18, None, None, None), "between ... and is a range"),
        ("يومي 14 و16 أبريل", ("day_list", 4, 14, 4, 16, None, None, None), "two days apart are a list"),
        (
            "يومي الفاتح والثاني من نوفمبر",
            ("day_range", 11, 1, 11, 2, None, None, None),
            "two days as ordinal words joined by 'and'",
        ),
        (
            "يوم الثاني والعشرين من نوفمبر",
            ("day", 11, 22, None, None, None, None, None),
            "a unit and its ten are one day, never the 2nd to the 20th",
        ),
        ("يومي 31 أيار/مايو و1 حزيران/يونيو", ("day_range", 5, 31, 6, 1, None, None, None), "across two months"),
        ("الخميس المقبل", ("weekday", None, None, None, None, 3, None, "next"), "the coming weekday"),
        ("يوم الأربعاء الماضي", ("weekday", None, None, None, None, 2, None, "last"), "a past weekday"),
        ("يوم الاثنين", ("weekday", None, None, None, None, 0, None, None), "bare alef spelling of Monday"),
        ("غدا الأحد", ("relative", None, None, None, None, None, 1, None), "tomorrow with its weekday"),
        ("بعد غد الثلاثاء", ("relative", None, None, None, None, None, 2, None), "the day after tomorrow"),
        ("مساء اليوم", ("relative", None, None, None, None, None, 0, "later"), "this evening is still ahead"),
        ("في وقت لاحق اليوم", ("relative", None, None, None, None, None, 0, "later"), "later today"),
        ("في سبتمبر المقبل", ("month", 9, None, None, None, None, None, "next"), "next September"),
        ("في ابريل المقبل", ("month", 4, None, None, None, None, None, "next"), "April without its hamza"),
        ("مطلع أبريل/نيسان", ("month", 4, None, None, None, None, None, "part"), "early in a month"),
        ("خلال الأسبوع المقبل", ("period", None, None, None, None, None, None, "laternext"), "next week"),
        ("أواخر الشهر الجاري", ("period", None, None, None, None, None, None, "laterthis"), "late this month"),
        ("منتصف الشهر المقبل", ("period", None, None, None, None, None, None, "midnext"), "mid next month"),
        ("في اليوم التالي", ("anaphoric", None, None, None, None, None, 1, None), "the next day"),
        ("عشية القمة", ("anaphoric", None, None, None, None, None, -1, None), "the eve of the summit"),
    ],
)
def test_dates(pack: LanguagePack, text: str, expected: tuple[object, ...], reason: str) -> None:
    found = find_dates(text, pack)
    assert len(found) == 1, (reason, found)
    d = found[0]
    got = (d.kind, d.month, d.day, d.month2, d.day2, d.weekday, d.relative, d.qualifier)
    assert got == expected, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("في 14 من الشهر نفسه", "a day of an unnamed month is no date the reader can resolve"),
        ("في الرابع والعشرين من الشهر", "nor is a day of 'the month', unnamed"),
        ("في تصريح صحفي اليوم", "the day of a statement"),
        ("أعلنت الحكومة العراقية، اليوم الأربعاء، اكتمال الاستعدادات", "the day of an announcement"),
        ("القاهرة في 13 أغسطس /وكالة الأنباء/ -", "a dateline"),
        ("خلال شهري فبراير/شباط ومارس/آذار", "a span of months"),
        ("قال الأب إن", "'father' is not August"),
        ("في اليوم الذي", "'the day which' is not today"),
        ("احتفل باليوم العالمي للمرأة", "a world day is not today"),
        ("تأهلت الفرق الخامسة", "'امس' inside a word anchors nothing"),
    ],
)
def test_not_dates(pack: LanguagePack, text: str, reason: str) -> None:
    assert find_dates(text, pack) == (), reason


def test_a_day_of_the_current_month_is_the_articles_month() -> None:
    """ "في الرابع والعشرين من الشهر الجاري": the 24th of the month the article is written in
    (the current month is named, unlike "the month" alone)."""
    pack = pack_for("ar")
    [found] = find_dates("في الرابع والعشرين من الشهر الجاري", pack)
    assert (found.kind, found.day) == ("this_month_day", 24)
    resolved = resolve(found, date(2021, 11, 3), Tense.FUTURE)
    assert resolved is not None
    assert (resolved.start, resolved.end) == (date(2021, 11, 24), date(2021, 11, 24))


# -- clock times ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "zone", "reason"),
    [
        ("الساعة 13:00 بتوقيت غرينتش", time(13), "UTC", "digits and Greenwich"),
        ("في الساعة الحادية عشرة صباحا بتوقيت القاهرة", time(11), "Africa/Cairo", "an hour in words, a city's time"),
        ("الساعة السادسة مساء بتوقيت مكة المكرمة", time(18), "Asia/Riyadh", "evening, a city of two words"),
        ("الساعة 10 صباحا بالتوقيت المحلي", time(10), "local", "local time"),
        ("في تمام الساعة الثانية ظهرا", time(14), None, "two in the afternoon, no zone"),
        ("تبدأ في 19:30 بتوقيت جرينتش", time(19, 30), "UTC", "the other spelling of Greenwich"),
        ("الساعة التاسعة بتوقيت بغداد وتستمر", time(9), "Asia/Baghdad", "the city ends before the next verb"),
        ("عند الثانية من ظهر الغد", time(14), None, "an hour in words after 'at', in the afternoon"),
        (
            "الساعة ال10 صباحا",
            time(10),
            None,
            "the article before a number (الـ10 once the text stage drops the tatweel)",
        ),
    ],
)
def test_clocks(pack: LanguagePack, text: str, expected: time, zone: str | None, reason: str) -> None:
    found = find_clocks(text, pack)
    assert [(c.value, c.zone) for c in found] == [(expected, zone)], reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("الساعة العاشرة والنصف صباحا", "half past in words is left unread rather than read wrong"),
        ("ارتفع الخام 1.2 بالمئة", "a decimal is no time"),
        ("خلال الساعات المقبلة", "hours are no time"),
        ("استقر السعر عند 10 دولارات", "a price at 10 is no time"),
    ],
)
def test_not_clocks(pack: LanguagePack, text: str, reason: str) -> None:
    assert find_clocks(text, pack) == [], reason


# -- meeting words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("والاجتماعات المقبلة", [("والاجتماعات", "meeting")], "conjunction and plural"),
        ("للقمة العربية", [("للقمة", "summit")], "ل + ال"),
        ("سيلتقي الوزير", [("سيلتقي", "meeting")], "future verb"),
        ("خلال زيارتها", [("زيارتها", "visit")], "pronoun suffix"),
        ("المباحثات", [("المباحثات", "talks")], "talks"),
        ("تلقى اتصالا هاتفيا", [("اتصالا هاتفيا", "call")], "a phone call"),
        ("ستستضيف الرياض", [("ستستضيف", "meeting")], "hosting"),
        ("عقد مؤتمرا صحفيا", [], "a press conference is no meeting"),
        ("إلقاء كلمة", [], "delivering a speech is not a meeting"),
        ("وزارة الخارجية", [], "a ministry is not 'and visited him'"),
        ("الأمير فيصل", [], "Faisal is not 'and arrives'"),
        ("وزارتان", [], "two ministries"),
    ],
)
def test_cues(pack: LanguagePack, text: str, expected: list[tuple[str, str]], reason: str) -> None:
    assert [(c.word, c.kind) for c in find_cues(text, pack)] == expected, reason


# -- whole sentences ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "يعقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا في الرياض يوم الأحد المقبل.",
            [("2023-03-05", "2023-03-05", "Riyadh", "confirmed")],
            "next Sunday, in Riyadh",
        ),
        (
            "يزور رئيس الوزراء الياباني القاهرة يومي 10 و11 أبريل في زيارة رسمية.",
            [("2023-04-10", "2023-04-11", "Cairo", "confirmed")],
            "the place after the visitor",
        ),
        (
            "يصل الرئيس التركي إلى الرياض يوم الأحد 5 مارس في زيارة رسمية تستمر يومين.",
            [("2023-03-05", "2023-03-06", "Riyadh", "confirmed")],
            "an arrival opens a visit of two days",
        ),
        (
            "يزور الرئيس الفرنسي الجزائر في 25 أغسطس في زيارة تستمر ثلاثة أيام.",
            [("2023-08-25", "2023-08-27", "Algiers", "confirmed")],
            "three days",
        ),
        (
            "من المقرر أن تستضيف الدوحة القمة الخليجية في 9 ديسمبر المقبل.",
            [("2023-12-09", "2023-12-09", "Doha", "confirmed")],
            "a host city",
        ),
        (
            "ينظم الاتحاد الأوروبي مؤتمرا للمانحين في العاصمة البلجيكية يومي 14 و15 مارس.",
            [("2023-03-14", "2023-03-15", "Brussels", "confirmed")],
            "the Belgian capital is Brussels",
        ),
        (
            "تستضيف القمة الخليجية المقبلة في دولة الكويت يومي 14 و15 مارس.",
            [("2023-03-14", "2023-03-15", "Kuwait", "confirmed")],
            "'the State of' before a country: the word for state is no town",
        ),
        (
            "يلتقي وزراء الطاقة في مملكة البحرين يوم 20 مارس.",
            [("2023-03-20", "2023-03-20", "Bahrain", "confirmed")],
            "'the Kingdom of' before a country",
        ),
        (
            "ستعقد القمة العربية المقبلة في الرياض في مايو/أيار 2023.",
            [("2023-05", "2023-05", "Riyadh", "confirmed")],
            "a month only",
        ),
        (
            "يعقد مجلس الأمن الدولي جلسة طارئة بشأن السودان في ٢٥ مارس.",
            [("2023-03-25", "2023-03-25", "New York City", "confirmed")],
            "Arabic-Indic digits; Sudan is the topic, not the venue; the Council sits in New York",
        ),
        (
            "يعقد وزراء مالية مجموعة العشرين اجتماعا عبر تقنية الاتصال المرئي يوم الخميس المقبل.",
            [("2023-03-02", "2023-03-02", "virtual", "confirmed")],
            "a videoconference",
        ),
        (
            "تبدأ غدا الخميس في جنيف جولة جديدة من المفاوضات بين إيران والولايات المتحدة.",
            [("2023-03-02", "2023-03-02", "Geneva", "confirmed")],
            "tomorrow; the United States after a conjunction",
        ),
        (
            "يجري وزيرا خارجية روسيا والصين محادثات في موسكو الأسبوع المقبل.",
            [("2023-03-06", "2023-03-12", "Moscow", "confirmed")],
            "next week",
        ),
        (
            "تبدأ القمة العربية أعمالها في الجزائر يوم 1 نوفمبر وتستمر حتى 2 نوفمبر.",
            [("2023-11-01", "2023-11-02", "Algiers", "confirmed")],
            "runs until a later day",
        ),
        (
            "أعلنت الخارجية إلغاء القمة الثلاثية المقررة يوم الخميس المقبل بين مصر والأردن والعراق.",
            [("2023-03-02", "2023-03-02", None, "cancelled")],
            "a cancelled summit",
        ),
        (
            "قررت الحكومة الفرنسية تأجيل زيارة الرئيس الجزائري المقررة الأسبوع المقبل إلى باريس.",
            [("2023-03-06", "2023-03-12", "Paris", "postponed")],
            "a postponed visit",
        ),
        (
            "لن تعقد القمة الأفريقية الأوروبية في موعدها المقرر يوم 15 أبريل بسبب الأوضاع الأمنية.",
            # "not on its scheduled date": the day is off, not the summit (a blind labeller read
            # Spanish "no se llevará a cabo en la fecha prevista" so; this test said cancelled before)
            [("2023-04-15", "2023-04-15", None, "postponed")],
            "will not take place on its scheduled date",
        ),
        (
            "ستجتمع لجنة الاتصال الوزارية العربية في عمان الشهر المقبل لمناقشة ملف الأسرى مع الأمم المتحدة.",
            [("2023-04", "2023-04", "Amman", "confirmed")],
            "next month",
        ),
        ("التقى وزير الخارجية المصري نظيره الفرنسي أمس في باريس.", [], "a meeting yesterday is past"),
        ("وكان الوزيران قد اجتمعا في جنيف الأربعاء الماضي.", [], "last Wednesday"),
        ("وكانت آخر قمة قد عقدت في جدة في مايو الماضي.", [], "the last summit, last May"),
        ("يعقد مجلس النواب جلسة تشريعية يوم الأربعاء لمناقشة الموازنة.", [], "a parliament's own sitting"),
        ("ناقش مجلس الوزراء في جلسته الأسبوعية اليوم الأربعاء مشروع الموازنة.", [], "the cabinet's weekly sitting"),
        ("يعقد وزير الخارجية مؤتمرا صحفيا غدا في عمان.", [], "a press conference"),
        ("تنتهي المهلة الممنوحة للحكومة في 22 مارس الجاري.", [], "a deadline"),
        ("تجري الانتخابات الرئاسية في مصر يوم 6 مايو المقبل.", [], "an election"),
        ("تعقد شركة أرامكو اجتماع جمعيتها العمومية يوم الأحد المقبل.", [], "a company's general assembly"),
        ("يلتقي الأهلي والزمالك في نهائي الكأس يوم الجمعة المقبل.", [], "a football match"),
        ("يلتقي منتخبا مصر والسعودية في الجولة الخامسة يوم الخميس المقبل.", [], "two national teams"),
        ("يقوم الوزير بزيارة ميدانية إلى مصنع الإسمنت يوم الأحد المقبل.", [], "a minister's field visit at home"),
        ("يتوقع أن يعقد الطرفان جولة جديدة من المفاوضات قريبا.", [], "soon is no date"),
        ("يحتفل العالم باليوم العالمي للمرأة في 8 مارس.", [], "a world day"),
        (
            "انطلقت صباح اليوم في القاهرة أعمال الاجتماع الوزاري العربي.",
            [],
            "a meeting that opened this morning is told as past",
        ),
    ],
)
def test_meetings(text: str, expected: list[tuple[str, str, str | None, str]], reason: str) -> None:
    assert meetings(text) == expected, reason


def test_clock_converted_to_the_venue() -> None:
    """ "15:00 GMT" for a meeting in New York is 10:00 there (winter time)."""
    article = Article(
        id="t",
        title="",
        text="يعقد مجلس الأمن الدولي جلسة في نيويورك يوم الجمعة 3 مارس، وتبدأ الجلسة الساعة 15:00 بتوقيت غرينتش.",
        published=datetime.combine(WED, time(9), tzinfo=UTC),
        language="ar",
    )
    [meeting] = meetings_from_article(article)
    assert (meeting.start_time, meeting.timezone) == (time(10), "America/New_York")


def test_time_in_a_later_sentence() -> None:
    """ "The session starts at 11 in the morning, Cairo time", a sentence after the meeting's
    date: the time is that meeting's."""
    text = (
        "يعقد مجلس جامعة الدول العربية اجتماعا طارئا غدا الخميس بمقر الأمانة العامة بالقاهرة. "
        "وأوضح مصدر دبلوماسي أن الجلسة ستبدأ في الساعة الحادية عشرة صباحا بتوقيت القاهرة."
    )
    article = Article(id="t", title="", text=text, published=datetime.combine(WED, time(9), tzinfo=UTC), language="ar")
    [meeting] = meetings_from_article(article)
    assert (meeting.start.isoformat(), meeting.location, meeting.start_time) == ("2023-03-02", "Cairo", time(11))


# Rules added when revising against set-2: sentences of their own, one case a line.
@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "تجتمع الوكالة الدولية للطاقة الذرية في فيينا. وقال المتحدث باسم الخارجية في مؤتمره الصحفي الأسبوعي الاثنين إن بلاده لن تقبل الضغوط.",
            [],
            "a press conference with a possessive ending",
        ),
        (
            "القاهرة 1 مارس (وكالة) - يجتمع وزراء خارجية جامعة الدول العربية غدا الخميس في القاهرة تحضيرا للقمة.",
            [("2023-03-02", "2023-03-02", "Cairo", "confirmed")],
            "a dateline's date is no meeting's",
        ),
        (
            "تتسلم مصر رئاسة المجموعة من الجزائر في الأول من أبريل المقبل، على أن تستضيف القمة التالية في القاهرة.",
            [],
            "taking over a presidency is no meeting",
        ),
        (
            "وقال مصدر دبلوماسي إن زيارة كانت مقررة لوزير الخارجية الإيطالي أنطونيو تاياني إلى الرباط يوم الأحد المقبل ألغيت بسبب ظروف طارئة.",
            [("2023-03-05", "2023-03-05", "Rabat", "cancelled")],
            "a cancellation many words after its visit",
        ),
        (
            "ويواصل مجلس المحافظين التابع للوكالة الدولية للطاقة الذرية، الذي افتتح اجتماعاته الفصلية صباح اليوم في فيينا، مناقشة التقرير.",
            [],
            "opened this morning: under way",
        ),
        (
            "ويعقد الوزير الإيراني لقاءات مع الوفد الروسي في جنيف يوم الأحد، عشية استئناف المحادثات.",
            [("2023-03-05", "2023-03-05", "Geneva", "confirmed")],
            "'the eve of' after a comma names the same day",
        ),
        (
            "يمثل وزير الخارجية يوم الثلاثاء المقبل أمام لجنة الشؤون الخارجية في مجلس النواب، في جلسة يقدم خلالها إيجازا.",
            [],
            "appearing before a committee is a hearing",
        ),
        (
            "اختتمت القمة العربية أعمالها مساء الخميس في الرياض. وقال الملك في كلمته أمام القمة ليل الخميس إن المنطقة تمر بظروف صعبة.",
            [],
            "the summit told again on the Thursday gone by that ended it is that summit, not next Thursday's",
        ),
        (
            "وصل وزير الخارجية الفرنسي إلى بيروت. وأعلن وزير الخارجية اللبناني أنه سيعقد مع نظيره مؤتمرا صحافيا مساء الأحد.",
            [],
            "'مؤتمرا صحافيا' is a press conference, in either spelling of 'press'",
        ),
        (
            "وتعقد لجنة الميزانيات اجتماعا يوم الأحد المقبل بحضور ممثلين عن وزارة المالية والكويت لمناقشة البيانات المالية.",
            [],
            "'وزارة المالية' is the finance ministry, not Mali: a committee's meeting with its own government",
        ),
    ],
)
def test_revised_rules(text: str, expected: list[tuple[str, str, str | None, str]], reason: str) -> None:
    assert meetings(text) == expected, reason


def test_a_meeting_postponed_past_an_aside_to_a_new_day() -> None:
    text = (
        "تم تأجيل الاجتماع الوزاري لتحالف أوبك+، الذي يضم أعضاء المنظمة وحلفاءها بقيادة روسيا، "
        "إلى يوم الأحد 5 مارس بدلا من السبت 4 مارس."
    )
    assert [(start, status) for start, _, _, status in meetings(text)] == [("2023-03-05", "confirmed")]


def test_two_weekdays_then_their_days_are_one_range() -> None:
    text = "تقرر تأجيل القمة الخليجية في أبوظبي يومين لتعقد يومي الاثنين والثلاثاء 13 و14 مارس بدلا من 11 و12 مارس."
    assert meetings(text) == [("2023-03-13", "2023-03-14", "Abu Dhabi", "confirmed")]


def test_an_arabic_dateline_names_its_city() -> None:
    from diplocal.extract.document import parse_dateline

    line = "المنامة في 24 أبريل /وكالة أنباء الخليج/ - أعلنت مملكة البحرين أنها ستستضيف القمة."
    assert parse_dateline(line, pack_for("ar")).city == "Manama"


def test_a_council_meeting_its_host_announces_is_in_the_hosts_city_not_at_its_seat() -> None:
    article = Article(
        id="t",
        title="البحرين تستضيف القمة العربية في 16 مايو",
        text=(
            "المنامة في 24 أبريل /وكالة أنباء الخليج/ - أعلنت مملكة البحرين أنها ستستضيف أعمال الدورة العادية "
            "لمجلس جامعة الدول العربية على مستوى القمة يوم 16 مايو المقبل."
        ),
        published=datetime.combine(date(2024, 4, 24), time(9), tzinfo=UTC),
        language="ar",
    )
    assert [(m.start_label(), m.location) for m in meetings_from_article(article)] == [("2024-05-16", "Manama")]


def test_the_short_adjective_of_a_stan_country_names_it() -> None:
    text = "يزور الرئيس الكازاخي القاهرة يوم 14 مارس في زيارة رسمية تستغرق يومين."
    assert [(start, place) for start, _, place, _ in meetings(text)] == [("2023-03-14", "Cairo")]


def test_talks_on_the_sidelines_of_a_summit_take_the_day_between_and_a_statements_day_is_not_theirs() -> None:
    text = (
        "أفاد بيان صادر عن الرئاسة مساء اليوم الأربعاء بأن الرئيس سيجري على هامش القمة، يوم الأحد، "
        "مباحثات ثنائية مع نظيره السنغالي."
    )
    assert [(start, status) for start, _, _, status in meetings(text)] == [("2023-03-05", "confirmed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأكد مصدر دبلوماسي أن الاجتماع منفصل تماما عن مؤتمر المانحين، وأن الوفد العراقي سيصل مساء الاثنين.",
            [],
        ),
        (
            "يصل الرئيس التونسي إلى القاهرة يوم الأحد في زيارة رسمية.",
            [("2023-03-05", "2023-03-05", "Cairo", "confirmed")],
        ),
    ],
)
def test_an_arrival_dates_no_meeting_unless_it_comes_for_one(text: str, expected: list[object]) -> None:
    assert meetings(text) == expected


def test_the_day_a_meeting_was_first_set_for_across_an_aside_is_superseded() -> None:
    text = (
        "وكان من المقرر أن تجتمع لجنة المراقبة الوزارية المشتركة، التي تتابع التزام الدول بحصصها، يوم الاثنين، "
        "إلا أنه تقرر تأجيل اجتماعها إلى الثلاثاء 7 مارس."
    )
    assert [(start, status) for start, _, _, status in meetings(text)] == [("2023-03-07", "confirmed")]


def test_a_body_of_opec_plus_is_who_meets() -> None:
    text = "ويرتقب أن تجتمع لجنة المراقبة الوزارية المشتركة في الثامن من مارس عبر الاتصال المرئي."
    assert [start for start, _, _, _ in meetings(text)] == ["2023-03-08"]


def test_meetings_that_go_on_until_a_day_do_not_begin_on_it() -> None:
    text = (
        "وكان المندوبون الدائمون قد باشروا أمس الثلاثاء اجتماعاتهم في الجزائر، وهي الاجتماعات التي "
        "تتواصل إلى غاية مساء غد الخميس."
    )
    assert meetings(text) == [], "'until tomorrow evening, Thursday': the end of meetings begun yesterday"


def test_al_fatih_is_the_first_of_the_month() -> None:
    assert meetings("تحتضن الجزائر القمة العربية في الفاتح من نوفمبر المقبل.") == [
        ("2023-11-01", "2023-11-01", "Algiers", "confirmed")
    ]


def test_the_day_words_are_said_to_the_press_is_not_the_talks_day() -> None:
    text = (
        "وقال مستشار الرئيس للشؤون الدولية للصحفيين اليوم الأربعاء إن محادثات الرئيس مع نظيره الصيني "
        "ستبدأ في الحادية عشرة صباحا."
    )
    assert meetings(text) == [], "told to reporters today: the talks' own day is not given"


def test_a_day_told_as_gone_is_in_the_past_whatever_the_tense() -> None:
    text = "وقال الوزير إن المحادثات ستبنى على الاتفاق الذي تم التوصل إليه في قمة 20 فبراير/شباط الماضي."
    assert meetings(text) == [], "'the summit of 20 February last' is gone, not next year's"


def test_weekdays_followed_by_their_dates_are_told_once() -> None:
    text = "قالت مصادر إن وزير الخارجية الفرنسي سيزور بيروت يومي الخميس والجمعة في 9 و10 آذار الجاري في زيارة رسمية."
    assert meetings(text) == [("2023-03-09", "2023-03-10", "Beirut", "confirmed")]


def test_a_name_is_not_read_through_a_lemma_that_changes_its_letters() -> None:
    # the lemmatiser takes "بوليا" (Puglia) to "بالي" (Bali): a place half a world away
    from diplocal.extract.tag.names import find_places

    found = find_places("تنعقد القمة في منتجع بإقليم بوليا جنوبي إيطاليا", pack_for("ar"))
    assert "Bali" not in [m.value for m in found]


def _titles(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", title="", text=text, published=datetime.combine(WED, time(9), tzinfo=UTC), language="ar")
    return [(m.start_label(), m.title) for m in meetings_from_article(article)]


def test_a_verb_of_holding_in_a_relative_clause_dates_its_meeting_noun() -> None:
    text = (
        "يجتمع وزراء الخارجية العرب غدا الخميس في الجزائر تمهيدا للقمة العربية "
        "التي تحتضنها الجزائر يومي الفاتح والثاني من نوفمبر المقبل."
    )
    found = _titles(text)
    assert ("2023-11-01", "Arab League Summit") in found, found


def test_a_meeting_word_in_a_buildings_name_with_its_clitics_names_no_meeting() -> None:
    text = "الجزائر - تنطلق غدا الخميس بالمركز الدولي للمؤتمرات بالعاصمة أشغال الاجتماع التحضيري لوزراء الخارجية العرب."
    found = _titles(text)
    assert [title for _, title in found] == ["Foreign ministers' preparatory meeting"], found


def test_the_opening_session_of_a_meeting_names_that_meeting() -> None:
    text = (
        "يجتمع وزراء الخارجية العرب يوم الخميس المقبل في القاهرة. "
        "وستكون الجلسة الافتتاحية للاجتماع الوزاري على الساعة العاشرة صباحا بالتوقيت المحلي."
    )
    article = Article(id="t", title="", text=text, published=datetime.combine(WED, time(9), tzinfo=UTC), language="ar")
    [found] = meetings_from_article(article)
    assert found.start_label() == "2023-03-02"
    assert found.start_time == time(10, 0), found.start_time


def test_an_arrival_to_meet_someone_dates_the_meeting() -> None:
    text = "وأعلن الرئيس الأوكراني أنه سيصل إلى جدة غدا الخميس للقاء ولي العهد السعودي الأمير محمد بن سلمان."
    assert [start for start, _, _, _ in meetings(text)] == ["2023-03-02"]


def test_a_summit_that_drew_the_curtain_on_its_work_is_over() -> None:
    text = "أسدلت القمة العربية الستار على أعمالها مساء الأحد في تونس بإعلان ختامي."
    assert meetings(text, published=date(2019, 4, 2)) == [], "'drew the curtain' on Sunday: past"


def test_a_city_named_by_its_word_for_city_is_a_place_without_a_preposition() -> None:
    """ "تحولت مدينة شرم الشيخ ... استعدادا لاستضافة القمة": "مدينة" (the city of) names the place
    as a preposition would."""
    text = (
        "تحولت مدينة شرم الشيخ إلى خلية نحل استعدادا لاستضافة القمة العربية العادية السادسة والعشرين، "
        "التي تنعقد يومي السبت والأحد 28 و29 مارس الجاري."
    )
    article = Article(id="ar-test", title="", text=text, published=datetime(2015, 3, 24, 7, tzinfo=UTC), language="ar")
    assert [m.location for m in meetings_from_article(article)] == ["Sharm el-Sheikh"]


def test_a_summit_cancelled_by_a_subject_of_several_words_before_it_is_cancelled() -> None:
    """ "ألغى الرئيس الأميركي دونالد ترامب القمة ...": the verb comes first, its subject of four words
    between it and the summit."""
    text = (
        "ألغى الرئيس الأميركي دونالد ترامب القمة التي كان من المقرر أن تجمعه بالزعيم الكوري الشمالي كيم جونغ أون "
        "في سنغافورة في 12 يونيو المقبل."
    )
    found = meetings_from_article(
        Article(id="x", title="", text=text, published=datetime(2018, 5, 25, 9, tzinfo=UTC), language="ar")
    )
    assert [(m.start_label(), m.status) for m in found] == [("2018-06-12", Status.CANCELLED)], [
        (m.start_label(), m.title, m.status) for m in found
    ]


@pytest.mark.parametrize("words", ["في المدينة نفسها", "في المدينة ذاتها", "في الفندق ذاته", "في نفس المكان"])
def test_the_same_place_is_told_with_either_word_for_itself(words: str) -> None:
    pattern = pack_for("ar").extra["same_place"]
    assert pattern.search(f"وتنعقد القمة في اليوم التالي {words}.")
