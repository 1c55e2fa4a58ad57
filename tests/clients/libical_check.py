"""Read an iCalendar file from stdin with libical (GNOME Evolution's parser) and print JSON.

Run by Debian's python3 (python3-gi, gir1.2-ical-3.0), not the project's venv. Prints
{"errors": [...], "events": [...]} (a list of them for a JSON list of calendars on stdin), where timed starts and ends are UTC instants computed by
libical from the calendar's own VTIMEZONE (not a built-in zone database).
"""

import json
import sys
from datetime import UTC, datetime

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402


def components(parent, kind):
    child = parent.get_first_component(kind)
    while child is not None:
        yield child
        child = parent.get_next_component(kind)


def properties(parent, kind):
    prop = parent.get_first_property(kind)
    while prop is not None:
        yield prop
        prop = parent.get_next_property(kind)


def all_errors(component, where="VCALENDAR"):
    found = [f"{where}: {p.as_ical_string().strip()}" for p in properties(component, I.PropertyKind.XLICERROR_PROPERTY)]
    for child in components(component, I.ComponentKind.ANY_COMPONENT):
        found += all_errors(child, f"{where}/{I.Component.kind_to_string(child.isa())}")
    return found


def moment(prop, value, zones, errors):
    if value.is_date():
        return {"date": f"{value.get_year():04d}-{value.get_month():02d}-{value.get_day():02d}"}
    parameter = prop.get_first_parameter(I.ParameterKind.TZID_PARAMETER)
    if parameter is None:
        if not value.is_utc():
            errors.append(f"floating time {prop.as_ical_string().strip()}")
        zone = I.Timezone.get_utc_timezone()
    else:
        zone = zones.get(parameter.get_tzid())
        if zone is None:
            errors.append(f"no VTIMEZONE for {parameter.get_tzid()}")
            return None
    seconds = value.as_timet_with_zone(zone)
    stamp = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"utc": stamp}


def read(text):
    I.error_clear_errno()
    try:
        calendar = I.Component.new_from_string(text)
    except TypeError:  # libical returned no component at all
        calendar = None
    errors = []
    if calendar is None or calendar.isa() != I.ComponentKind.VCALENDAR_COMPONENT:
        return {"errors": ["not a VCALENDAR"], "events": []}
    if I.errno_return() != I.ErrorEnum.NO_ERROR:
        errors.append(f"libical error: {I.error_strerror(I.errno_return())}")
    errors += all_errors(calendar)
    zones = {}
    for vtimezone in components(calendar, I.ComponentKind.VTIMEZONE_COMPONENT):
        zone = I.Timezone.new()
        if not zone.set_component(vtimezone.clone()):
            errors.append("unusable VTIMEZONE")
            continue
        zones[zone.get_tzid()] = zone
    events = []
    for event in components(calendar, I.ComponentKind.VEVENT_COMPONENT):
        start_prop = event.get_first_property(I.PropertyKind.DTSTART_PROPERTY)
        end_prop = event.get_first_property(I.PropertyKind.DTEND_PROPERTY)
        categories = [p.get_categories() for p in properties(event, I.PropertyKind.CATEGORIES_PROPERTY)]
        events.append(
            {
                "uid": event.get_uid(),
                "summary": event.get_summary(),
                "description": event.get_description(),
                "location": event.get_location(),
                "categories": categories,
                "status": I.Property.status_to_string(event.get_status()),
                "sequence": event.get_sequence(),
                "start": moment(start_prop, event.get_dtstart(), zones, errors),
                "end": moment(end_prop, event.get_dtend(), zones, errors) if end_prop else None,
            }
        )
    return {"errors": errors, "events": events}


def main():
    # stdin is one calendar, or a JSON array of calendars (one start for many feeds).
    text = sys.stdin.buffer.read().decode("utf-8")
    output = [read(item) for item in json.loads(text)] if text.startswith("[") else read(text)
    print(json.dumps(output))


main()
