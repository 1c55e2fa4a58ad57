// Read an iCalendar file from stdin with Mozilla's ical.js (Thunderbird's parser); print JSON.
// {"errors": [...], "events": [...]}: timed starts and ends are UTC instants computed by
// ical.js from the calendar's own VTIMEZONE components (nothing else is registered).
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

let errors = [];
const pad = (n, width = 2) => String(n).padStart(width, "0");

function moment(component, name, zones) {
  const prop = component.getFirstProperty(name);
  if (!prop) return null;
  const time = prop.getFirstValue();
  if (time.isDate) return { date: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}` };
  const tzid = prop.getParameter("tzid");
  let offset = 0;
  if (tzid) {
    const zone = zones.get(tzid);
    if (!zone) {
      errors.push(`no VTIMEZONE for ${tzid}`);
      return null;
    }
    offset = zone.utcOffset(time);
  } else if (time.zone !== ICAL.Timezone.utcTimezone) {
    errors.push(`floating time in ${name}`);
  }
  const seconds = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) / 1000 - offset;
  return { utc: new Date(seconds * 1000).toISOString().replace(".000Z", "Z") };
}

function read(text) {
  errors = [];
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return { errors: [`parse error: ${error.message}`], events: [] };
  }
  if (calendar.name !== "vcalendar") errors.push(`top component is ${calendar.name}`);
  const zones = new Map();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    const zone = new ICAL.Timezone(vtimezone);
    zones.set(zone.tzid, zone);
  }
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    for (const required of ["uid", "dtstamp", "dtstart"]) {
      if (!vevent.hasProperty(required)) errors.push(`VEVENT without ${required.toUpperCase()}`);
    }
    const event = new ICAL.Event(vevent);
    const categories = vevent.getAllProperties("categories").flatMap((p) => p.getValues());
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      categories,
      status: vevent.getFirstPropertyValue("status"),
      sequence: event.sequence,
      start: moment(vevent, "dtstart", zones),
      end: moment(vevent, "dtend", zones),
    };
  });
  const calendarInfo = {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    refresh: String(calendar.getFirstPropertyValue("refresh-interval") ?? ""),
  };
  return { errors, events, calendar: calendarInfo };
}

// stdin is one calendar, or a JSON array of calendars (one node start for many feeds).
const input = readFileSync(0, "utf8");
const output = input.startsWith("[") ? JSON.parse(input).map(read) : read(input);
console.log(JSON.stringify(output));
