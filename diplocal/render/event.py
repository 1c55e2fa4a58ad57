"""A stored meeting as a calendar shows it: title, status, times, place, description (pure).

Shared by the .ics renderer and the "add to Google/Outlook" links, so both say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from diplocal.model import DatePrecision, Evidence, Meeting, Status, StoredMeeting
from diplocal.places import Place, place
from diplocal.render.vtimezone import known_zone
from diplocal.render.words import country_label, is_online, place_label

CANCELLED_PREFIX = "Cancelled: "
POSTPONED_PREFIX = "Postponed: "
WEEK_SUFFIX = " (day TBC)"  # a week-precision meeting spans its window; the day is unknown
DEFAULT_LENGTH = timedelta(hours=2)  # a stated start with no stated end
MAX_LISTED_SOURCES = 20  # the meeting's page lists them all
MAX_QUOTE_CHARS = 1000
MAX_ORIGINAL_CHARS = 200
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class EventTimes:
    """Where an event sits on a calendar: whole days, or a start and end at the venue.

    ``end_day`` is exclusive, as iCalendar's DTEND for dates: 12-13 January ends on the 14th.
    ``start`` and ``end`` are aware date-times in ``zone`` when the meeting is timed.
    """

    first_day: date
    end_day: date
    start: datetime | None = None
    end: datetime | None = None
    zone: str | None = None

    @property
    def all_day(self) -> bool:
        return self.start is None

    @property
    def wall_clock_exact(self) -> bool:
        """False when the start or end is a wall-clock time that a daylight-saving change
        skips or repeats: clients resolve those differently, so they are written in UTC."""
        return all(
            m is None or m.replace(fold=0).utcoffset() == m.replace(fold=1).utcoffset() for m in (self.start, self.end)
        )


def event_times(meeting: Meeting) -> EventTimes | None:
    """When ``meeting`` sits on a calendar, or None when it is known only to the month.

    A stated time needs a zone: the meeting's own, else the venue's from the gazetteer;
    without either the meeting stays an all-day event (a floating time would show at the
    wrong hour for everyone elsewhere) and :func:`describe` gives the time in words.
    """
    if meeting.precision is DatePrecision.MONTH:
        return None
    end_day = meeting.end + timedelta(days=1)
    zone = venue_zone(meeting)
    if meeting.start_time is None or zone is None:
        return EventTimes(meeting.start, end_day)
    info = known_zone(zone)
    assert info is not None
    start = datetime.combine(meeting.start, meeting.start_time, tzinfo=info)
    if meeting.end_time is not None:
        end = datetime.combine(meeting.end, meeting.end_time, tzinfo=info)
    elif meeting.end > meeting.start:
        end = datetime.combine(end_day, time(0), tzinfo=info)
    else:
        end = (start.astimezone(UTC) + DEFAULT_LENGTH).astimezone(info)
    if end <= start:
        end = (start.astimezone(UTC) + DEFAULT_LENGTH).astimezone(info)
    return EventTimes(meeting.start, end_day, start, end, zone)


def venue_zone(meeting: Meeting) -> str | None:
    """The IANA zone of a timed meeting: its own if valid, else its venue's, else None."""
    if known_zone(meeting.timezone):
        return meeting.timezone
    found = place(meeting.location)
    return found.zone if found else None


def called_off(meeting: Meeting) -> bool:
    """True for a cancelled or postponed meeting: it is not happening on its dates."""
    return meeting.status in (Status.CANCELLED, Status.POSTPONED)


def event_summary(meeting: Meeting) -> str:
    """The event title: the meeting's, marked when the day is unknown or it is called off.

    Leading and trailing blanks are trimmed (libical trims them, others keep them, so a
    trimmed title reads the same everywhere); a blank title falls back to the kind.
    """
    title = meeting.title.strip() or meeting.kind.strip().capitalize() or "Meeting"
    title += WEEK_SUFFIX if meeting.precision is DatePrecision.WEEK else ""
    if meeting.status is Status.CANCELLED:
        return CANCELLED_PREFIX + title
    if meeting.status is Status.POSTPONED:
        return POSTPONED_PREFIX + title
    return title


def event_status(meeting: Meeting) -> str:
    """The iCalendar STATUS: CANCELLED, CONFIRMED, or TENTATIVE (also for an unknown day)."""
    if meeting.status is Status.CANCELLED:
        return "CANCELLED"
    if meeting.status is Status.CONFIRMED and meeting.precision is DatePrecision.DAY:
        return "CONFIRMED"
    return "TENTATIVE"


def event_location(meeting: Meeting) -> str | None:
    """The LOCATION text: the place as the news names it (trimmed), or "Online
    (videoconference)" for a videoconference, as the JSON and the pages say it; None when
    there is no place."""
    return place_label(meeting.location)


def event_place(meeting: Meeting) -> Place | None:
    """The known place (with coordinates) of a meeting held somewhere, for GEO."""
    if not meeting.location or is_online(meeting.location):
        return None
    found = place(meeting.location)
    return found if found is not None and found.latitude is not None else None


def event_categories(meeting: Meeting) -> list[str]:
    """CATEGORIES: the organisations, then the countries by name ("Russia", not "RU": a
    person reads them), each once (trimmed, none blank)."""
    countries = [country_label(code.strip()) for code in meeting.countries if code.strip()]
    names = (name.strip() for name in [*meeting.organisations, *countries])
    return list(dict.fromkeys(name for name in names if name))


def lead_evidence(stored: StoredMeeting) -> Evidence | None:
    """The evidence to quote first: from the article behind the meeting's last change if
    known (so a moved meeting quotes the move), else the newest dated one, else the first."""
    evidence = stored.meeting.evidence
    if not evidence:
        return None
    latest = [e for e in evidence if e.published is not None and _same_moment(e.published, stored.updated)]
    if latest:
        return latest[-1]
    dated = [e for e in evidence if e.published is not None]
    if dated:
        return max(dated, key=lambda e: (_utc(e.published), e.article_id))  # type: ignore[arg-type]
    return evidence[0]


def original_wording(stored: StoredMeeting) -> str | None:
    """ "Original: саммит БРИКС (ru)": what a source in another language than English called
    the meeting, the lead evidence's if it has it, else the earliest such source's; None
    when every source is in English or none kept its words."""
    lead = lead_evidence(stored)
    for source in (*([lead] if lead is not None else []), *stored.meeting.evidence):
        phrase = " ".join((source.title_original or "").split())
        if source.translated and phrase:
            return f"Original: {_shorten(phrase, MAX_ORIGINAL_CHARS)} ({source.language})"
    return None


def describe(stored: StoredMeeting, page_url: str | None = None) -> str:
    """The event description: the evidence first (with the meeting's name in the source's
    language, when that is not English), then what is uncertain, then every source
    (publisher, language unless English, date, link; at most :data:`MAX_LISTED_SOURCES`),
    then the meeting's page."""
    meeting = stored.meeting
    lines: list[str] = []
    lead = lead_evidence(stored)
    original = original_wording(stored)
    if lead is not None and lead.sentence.strip():
        lines.append(quoted(_shorten(lead.sentence.strip(), MAX_QUOTE_CHARS)))
        lines += [original, ""] if original else [""]
    elif original:
        lines += [original, ""]
    if meeting.status is Status.CANCELLED:
        lines.append("This meeting has been cancelled.")
    elif meeting.status is Status.POSTPONED:
        lines.append("This meeting has been postponed; these are its former dates.")
    if meeting.precision is DatePrecision.WEEK:
        lines.append(f"The exact day is not yet known: between {meeting.start} and {meeting.end}.")
    if meeting.precision is DatePrecision.MONTH:
        lines.append(f"The exact day is not yet known: some time in {meeting.start:%B %Y}.")
    if meeting.start_time is not None and venue_zone(meeting) is None:
        lines.append(f"Time: {meeting.start_time:%H:%M} local time at the venue (time zone not known).")
    if meeting.participants:
        lines.append("Participants: " + ", ".join(meeting.participants))
    lines.append(f"Status: {meeting.status.value}; confidence {meeting.confidence:.2f}")
    lines += ["", "Sources:"]
    sources = sorted(meeting.evidence, key=_source_order)
    for source in sources[:MAX_LISTED_SOURCES]:
        when = source.published.date().isoformat() if source.published else "undated"
        who = source.publisher or "unknown publisher"
        who += f" ({source.language})" if source.translated else ""
        lines.append(f"- {who}, {when}: {source.url or source.title or source.article_id}")
    if len(sources) > MAX_LISTED_SOURCES:
        lines.append(f"- and {len(sources) - MAX_LISTED_SOURCES} more on the meeting's page")
    if page_url:
        lines += ["", f"Meeting page: {page_url}"]
    return "\n".join(lines)


QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def quoted(sentence: str) -> str:
    """The evidence sentence in double quotes; as it is when it holds quotation marks of its
    own ('"We meet on Friday," the ministry said.'), which another pair would only double."""
    if any(mark in sentence for mark in QUOTE_MARKS):
        return sentence
    return f'"{sentence}"'


def _source_order(evidence: Evidence) -> tuple[datetime, str]:
    return (_utc(evidence.published) if evidence.published else _EARLIEST, evidence.article_id)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _same_moment(a: datetime, b: datetime) -> bool:
    return _utc(a) == _utc(b)
