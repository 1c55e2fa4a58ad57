"""Clock times stated in a sentence ("at 1500 GMT", "10 a.m. local time") and their zones."""

from __future__ import annotations

import re
from datetime import time

_TIME = re.compile(
    r"\bat\s+(?:about\s+|around\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?"
    r"(?:\s+(?P<zone>GMT|UTC|EST|EDT|CET|CEST|BST|local time|local))?",
    re.IGNORECASE,
)
_MILITARY_TIME = re.compile(
    r"\bat\s+(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)\s+(?P<zone>GMT|UTC|local time|local)?(?:\s*hrs)?", re.IGNORECASE
)


ZONES = {
    "gmt": "UTC",
    "utc": "UTC",
    "est": "America/New_York",
    "edt": "America/New_York",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "bst": "Europe/London",
}


def find_time(sentence: str) -> tuple[time, str | None] | None:
    """A stated clock time ("at 1500 GMT", "at 10 a.m. local time") and its zone word.

    The zone is an IANA name, "local" (the venue's zone), or None when none is stated.
    """
    military = _MILITARY_TIME.search(sentence)
    if military:
        value = military.group("hm")
        return time(int(value[:2]), int(value[2:])), _zone(military.group("zone"))
    for match in _TIME.finditer(sentence):
        hour = int(match.group("h"))
        minute = int(match.group("mi") or 0)
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if not ampm and not match.group("mi") and not match.group("zone"):
            continue  # "at 10" alone is a number, not a time
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            continue
        return time(hour, minute), _zone(match.group("zone"))
    return None


def _zone(word: str | None) -> str | None:
    if not word:
        return None
    lowered = word.lower()
    if lowered.startswith("local"):
        return "local"
    return ZONES.get(lowered)
