"""Rendering stored meetings for their readers (pure): iCalendar feeds and downloads
(``ical``, on the wire by ``icalwire``, zones by ``vtimezone``), the calendar view of one
meeting shared by them and the add-to-calendar links (``event``, ``links``), and JSON
(``jsonview``). Everything comes in as arguments: no clock, file, network or database.
"""
