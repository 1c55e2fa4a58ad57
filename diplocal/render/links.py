"""Links a meeting or feed is offered with: its page, its .ics, Google and Outlook add links.

Query strings are percent-encoded with ``%20`` for spaces: Outlook on the web shows a ``+``
literally in a title.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from diplocal.model import StoredMeeting
from diplocal.render.event import event_location, event_summary, event_times

GOOGLE_RENDER = "https://calendar.google.com/calendar/render"
OUTLOOK_LIVE = "https://outlook.live.com/calendar/0"
OUTLOOK_OFFICE = "https://outlook.office.com/calendar/0"
MAX_DETAILS_CHARS = 1500  # add-event links carry the description in the URL; keep it short


def meeting_page_url(base_url: str, meeting_id: str) -> str:
    """The meeting's web page."""
    return f"{base_url}/meetings/{quote(meeting_id, safe='')}"


def meeting_ics_url(base_url: str, meeting_id: str) -> str:
    """The meeting's single-event ``.ics`` download."""
    return f"{base_url}/meetings/{quote(meeting_id, safe='')}.ics"


def webcal_url(feed_url: str) -> str:
    """The ``webcal://`` form of an http(s) feed URL, which calendar apps open to subscribe."""
    parts = urlsplit(feed_url)
    return urlunsplit(("webcal", parts.netloc, parts.path, parts.query, parts.fragment))


def google_subscribe_url(feed_url: str) -> str:
    """Google Calendar's "add calendar by URL" link for a feed (it takes the webcal form)."""
    return f"{GOOGLE_RENDER}?{_query({'cid': webcal_url(feed_url)})}"


def outlook_subscribe_url(feed_url: str, name: str, *, office: bool = False) -> str:
    """Outlook on the web's "subscribe from web" link (outlook.com, or Microsoft 365 when
    ``office``)."""
    base = OUTLOOK_OFFICE if office else OUTLOOK_LIVE
    return f"{base}/addfromweb?{_query({'url': feed_url, 'name': name})}"


def google_event_url(stored: StoredMeeting, details: str) -> str | None:
    """Google Calendar's "add event" link with the meeting's title, dates, place and
    ``details``; None for a meeting known only to the month."""
    meeting = stored.meeting
    times = event_times(meeting)
    if times is None:
        return None
    params = {"action": "TEMPLATE", "text": event_summary(meeting)}
    if times.start is not None and times.end is not None and times.zone:
        params["dates"] = f"{_utc(times.start, compact=True)}/{_utc(times.end, compact=True)}"
        params["ctz"] = times.zone
    else:
        params["dates"] = f"{times.first_day:%Y%m%d}/{times.end_day:%Y%m%d}"
    params["details"] = _shorten(details)
    location = event_location(meeting)
    if location:
        params["location"] = location
    return f"{GOOGLE_RENDER}?{_query(params)}"


def outlook_event_url(stored: StoredMeeting, details: str, *, office: bool = False) -> str | None:
    """Outlook on the web's "add event" link with the meeting's title, dates, place and
    ``details``; None for a meeting known only to the month. All-day end dates are
    exclusive, as in iCalendar."""
    meeting = stored.meeting
    times = event_times(meeting)
    if times is None:
        return None
    params = {"path": "/calendar/action/compose", "rru": "addevent", "subject": event_summary(meeting)}
    if times.start is not None and times.end is not None:
        params["startdt"] = _utc(times.start, compact=False)
        params["enddt"] = _utc(times.end, compact=False)
    else:
        params["startdt"] = times.first_day.isoformat()
        params["enddt"] = times.end_day.isoformat()
        params["allday"] = "true"
    params["body"] = _shorten(details)
    location = event_location(meeting)
    if location:
        params["location"] = location
    base = OUTLOOK_OFFICE if office else OUTLOOK_LIVE
    return f"{base}/deeplink/compose?{_query(params)}"


def _query(params: dict[str, str]) -> str:
    return urlencode(params, quote_via=quote)


def _shorten(details: str) -> str:
    if len(details) <= MAX_DETAILS_CHARS:
        return details
    return details[: MAX_DETAILS_CHARS - 1].rstrip() + "…"


def _utc(moment: datetime, *, compact: bool) -> str:
    value = moment.astimezone(UTC)
    return value.strftime("%Y%m%dT%H%M%SZ") if compact else value.strftime("%Y-%m-%dT%H:%M:%SZ")
