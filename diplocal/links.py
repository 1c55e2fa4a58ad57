"""Links a meeting or feed is offered with: its page, its .ics, Google and Outlook add links."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from diplocal.model import DatePrecision, StoredMeeting


def meeting_page_url(base_url: str, meeting_id: str) -> str:
    return f"{base_url}/meetings/{quote(meeting_id)}"


def meeting_ics_url(base_url: str, meeting_id: str) -> str:
    return f"{base_url}/meetings/{quote(meeting_id)}.ics"


def webcal_url(feed_url: str) -> str:
    """The ``webcal://`` form of an http(s) feed URL, which calendar apps open to subscribe."""
    parts = urlsplit(feed_url)
    return urlunsplit(("webcal", parts.netloc, parts.path, parts.query, parts.fragment))


def google_subscribe_url(feed_url: str) -> str:
    """Google Calendar's "add calendar by URL" link for a feed."""
    return "https://calendar.google.com/calendar/render?" + urlencode({"cid": webcal_url(feed_url)})


def outlook_subscribe_url(feed_url: str, name: str) -> str:
    """Outlook on the web's "subscribe from web" link for a feed."""
    return "https://outlook.live.com/calendar/0/addfromweb?" + urlencode({"url": feed_url, "name": name})


def google_event_url(stored: StoredMeeting, details: str) -> str | None:
    """Google Calendar's "add event" link, or None for a meeting not known to the day."""
    meeting = stored.meeting
    if meeting.precision is DatePrecision.MONTH:
        return None
    start, end = meeting.starts_at(), meeting.ends_at()
    if start is not None:
        finish = end or start + timedelta(hours=2)
        dates = f"{_utc(start)}/{_utc(finish)}"
    else:
        dates = f"{meeting.start:%Y%m%d}/{meeting.end + timedelta(days=1):%Y%m%d}"
    params = {"action": "TEMPLATE", "text": meeting.title, "dates": dates, "details": details}
    if meeting.location:
        params["location"] = meeting.location
    return "https://calendar.google.com/calendar/render?" + urlencode(params)


def outlook_event_url(stored: StoredMeeting, details: str) -> str | None:
    """Outlook on the web's "add event" link, or None for a meeting not known to the day."""
    meeting = stored.meeting
    if meeting.precision is DatePrecision.MONTH:
        return None
    start, end = meeting.starts_at(), meeting.ends_at()
    params = {"path": "/calendar/action/compose", "rru": "addevent", "subject": meeting.title, "body": details}
    if start is not None:
        params["startdt"] = start.isoformat()
        params["enddt"] = (end or start + timedelta(hours=2)).isoformat()
    else:
        params["startdt"] = meeting.start.isoformat()
        params["enddt"] = (meeting.end + timedelta(days=1)).isoformat()
        params["allday"] = "true"
    if meeting.location:
        params["location"] = meeting.location
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(params)


def _utc(moment: object) -> str:
    from datetime import UTC, datetime

    assert isinstance(moment, datetime)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
