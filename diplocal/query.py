"""What a user asks the store for: a window of dates and filters, read from query parameters."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from diplocal.errors import InvalidParameter
from diplocal.model import Status
from diplocal.places import bodies_of, country_code, organisation_id
from diplocal.render.words import ONLINE_PLACES, is_online

MAX_LIMIT = 500
MAX_FILTER_LENGTH = 200
# Every parameter from_args reads, in the order the docs list them.
QUERY_PARAMETERS = ("from", "to", "org", "country", "place", "q", "status", "min_confidence", "limit", "cursor")
_CURSOR = re.compile(r"(\d{4}-\d{2}-\d{2})\|([A-Za-z0-9_.-]{1,64})")


@dataclass(frozen=True, slots=True)
class MeetingQuery:
    """Filters over stored meetings; ``None`` means "no filter"."""

    start: date | None = None  # meetings ending on or after this day
    end: date | None = None  # meetings starting on or before this day
    org: str | None = None
    country: str | None = None
    place: str | None = None
    text: str | None = None
    status: Status | None = None
    min_confidence: float | None = None
    limit: int | None = None
    after: tuple[str, str] | None = None  # (start, id) of the last row of the previous page

    def with_window(self, start: date | None, end: date | None = None) -> MeetingQuery:
        return replace(self, start=start, end=end)

    @classmethod
    def from_args(cls, args: Mapping[str, str], *, today: date, default_from_today: bool = True) -> MeetingQuery:
        """A query from URL or CLI parameters (``from``, ``to``, ``org``, ``country``, ``place``,
        ``q``, ``status``, ``min_confidence``, ``limit``, ``cursor``).

        Raises :class:`InvalidParameter` naming the parameter and what would work.
        """
        start = parse_day(args.get("from"), "from") if args.get("from") else (today if default_from_today else None)
        end = parse_day(args.get("to"), "to") if args.get("to") else None
        if start and end and end < start:
            raise InvalidParameter(
                f"'to' ({end}) is before 'from' ({start})", parameter="to", hint="give a 'to' on or after 'from'"
            )
        status = None
        if args.get("status"):
            try:
                status = Status(args["status"].strip().lower())
            except ValueError:
                choices = ", ".join(s.value for s in Status)
                raise InvalidParameter(
                    f"status {args['status']!r} is unknown", parameter="status", hint=f"use one of: {choices}"
                ) from None
        min_confidence = None
        if args.get("min_confidence"):
            try:
                min_confidence = float(args["min_confidence"])
            except ValueError:
                min_confidence = -1.0
            if not 0.0 <= min_confidence <= 1.0:
                raise InvalidParameter(
                    f"min_confidence {args['min_confidence']!r} is not a number from 0 to 1",
                    parameter="min_confidence",
                    hint="e.g. min_confidence=0.7",
                )
        limit = None
        if args.get("limit"):
            raw = args["limit"]
            if not is_count(raw, MAX_LIMIT):
                raise InvalidParameter(
                    f"limit {raw!r} is not a whole number from 1 to {MAX_LIMIT}",
                    parameter="limit",
                    hint="e.g. limit=50",
                )
            limit = int(raw)
        return cls(
            start=start,
            end=end,
            org=_text(args, "org"),
            country=country_filter(_text(args, "country")),
            place=_text(args, "place"),
            text=_text(args, "q"),
            status=status,
            min_confidence=min_confidence,
            limit=limit,
            after=decode_cursor(args["cursor"]) if args.get("cursor") else None,
        )

    def to_args(self) -> dict[str, str]:
        """The filters (not the window or paging) as query parameters, to rebuild links."""
        pairs = {
            "org": self.org,
            "country": self.country,
            "place": self.place,
            "q": self.text,
            "status": self.status.value if self.status else None,
            "min_confidence": None if self.min_confidence is None else f"{self.min_confidence:g}",
        }
        return {k: v for k, v in pairs.items() if v}


def encode_cursor(start: date, meeting_id: str) -> str:
    """The opaque paging cursor for "after the meeting starting ``start`` with id ``meeting_id``"."""
    raw = f"{start.isoformat()}|{meeting_id}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(value: str) -> tuple[str, str]:
    """The (start, id) key a cursor from :func:`encode_cursor` stands for.

    Raises :class:`InvalidParameter` for anything else.
    """
    raw = value.strip()
    try:
        text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    match = _CURSOR.fullmatch(text)
    if match is None or not _is_day(match.group(1)):
        raise InvalidParameter(
            f"cursor {value[:80]!r} is not a cursor this server gave",
            parameter="cursor",
            hint="use the next_cursor of a previous response, or leave cursor out for the first page",
        )
    return match.group(1), match.group(2)


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_count(raw: str, most: int) -> bool:
    """True when ``raw`` is a whole number from 1 to ``most`` in ASCII digits (no sign, no
    spaces, no other scripts' digits, and never thousands of digits to convert)."""
    return raw.isascii() and raw.isdigit() and len(raw) <= len(str(most)) and 1 <= int(raw) <= most


def _text(args: Mapping[str, str], name: str) -> str | None:
    return text_filter(args.get(name), name)


def text_filter(raw: str | None, name: str) -> str | None:
    """A text filter (``org``, ``country``, ``place``, ``q``) trimmed, or None when empty.

    Raises :class:`InvalidParameter` when it is over :data:`MAX_FILTER_LENGTH` characters.
    """
    value = (raw or "").strip()
    if len(value) > MAX_FILTER_LENGTH:
        raise InvalidParameter(
            f"{name} is {len(value)} characters long", parameter=name, hint=f"use at most {MAX_FILTER_LENGTH}"
        )
    return value or None


def country_filter(value: str | None, name: str = "country") -> str | None:
    """The ISO code a ``country`` filter means: a code ("RU", "ru") or a name in any
    language and case ("Russia", "russia", "Россия"); None when not given.

    Two letters the places module does not know are kept as a code (a store may hold one).
    Raises :class:`InvalidParameter` for anything else, so a misspelt country is refused
    rather than silently matching nothing.
    """
    if value is None:
        return None
    code = country_code(value)
    if code is not None:
        return code
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    raise InvalidParameter(
        f"{name} {value[:80]!r} is not a country diplocal knows",
        parameter=name,
        hint="give a name such as Russia or an ISO 3166 code such as RU",
    )


def org_names(org: str) -> frozenset[str]:
    """The organisation names an ``org`` filter matches, lower-cased: the name as given,
    the organisation it names, and every body of it ("NATO" -> NATO, the NATO-Russia
    Council, the NATO Military Committee ...)."""
    found = organisation_id(org)
    names = {org, *(bodies_of(found) if found else ())}
    if found:
        names.add(found)
    return frozenset(name.lower() for name in names)


def place_names(place: str) -> frozenset[str]:
    """The stored locations a ``place`` filter matches, lower-cased: the place as given, or
    every way of writing "online" for a videoconference ("virtual", "Online
    (videoconference)" ...)."""
    if is_online(place):
        return ONLINE_PLACES
    return frozenset({place.lower()})


def parse_day(value: str | None, name: str) -> date:
    """An ISO date (YYYY-MM-DD) from a parameter, or :class:`InvalidParameter` naming it."""
    raw = (value or "").strip()
    try:
        if len(raw) != 10:
            raise ValueError(raw)
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidParameter(
            f"{name} {raw!r} is not a date", parameter=name, hint="use an ISO date like 2022-01-07"
        ) from None


def days_before(day: date, days: int | None) -> date | None:
    """``days`` before ``day``, or ``None`` (no bound) when ``days`` is ``None``."""
    return None if days is None else day - timedelta(days=days)
