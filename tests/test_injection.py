"""SQL injection strings in every filter and path parameter, on SQLite and PostgreSQL.

Each string goes into every parameter of every route that reads one. The answer must be 200
with exactly the meetings the filter means (computed here in Python from the stored meetings,
so a quote, a comment or a LIKE wildcard that leaked into the SQL would show as a wrong set),
or 400/404 in the error shape; never a 500. Afterwards the store must hold exactly what it held.
Some stored meetings carry the very characters the strings use (a quote, %, _, a backslash,
even a whole injection string), so "matches nothing" is not the only right answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from conftest import FROZEN_NOW, ROOT
from flask.testing import FlaskClient
from sqlalchemy import func, inspect, select

from diplocal.model import Article, Evidence, Meeting, Status, StoredMeeting
from diplocal.places import bodies_of, country_code, organisation_id
from diplocal.query import MeetingQuery
from diplocal.render.words import ONLINE_PLACES, is_online
from diplocal.settings import Settings
from diplocal.store import Store, schema
from diplocal.web import create_app

# Quotes, comments, stacked statements, UNION, boolean tautologies, time delays, LIKE wildcards
# and escapes, placeholders of every driver, NUL and other controls, look-alike Unicode.
INJECTIONS = [
    "'",
    "''",
    '"',
    "`",
    "' OR '1'='1",
    "' OR 1=1 --",
    "' OR 1=1#",
    '" OR ""="',
    "1' OR '1'='1' /*",
    "') OR ('a'='a",
    "NATO' --",
    "NATO'/*",
    "NATO' AND '1'='1",
    "'; DROP TABLE meetings; --",
    "NATO'); DROP TABLE meetings; --",
    "1; DELETE FROM meetings",
    "'; UPDATE meetings SET title='pwned'; --",
    "' UNION SELECT id, title FROM meetings --",
    "' UNION SELECT NULL, NULL, NULL --",
    "NATO' UNION ALL SELECT sqlite_version() --",
    "' UNION SELECT version() --",
    "' AND 1=CAST((SELECT current_user) AS int) --",
    "'; SELECT pg_sleep(5); --",
    "' AND SLEEP(5) --",
    "1 AND randomblob(1000000000)",
    "' || (SELECT name FROM sqlite_master) || '",
    "$$; DROP TABLE meetings; $$",
    "E'\\x27",
    "/*",
    "*/",
    "--",
    "#",
    ";",
    "%",
    "%%",
    "_",
    "__",
    "%_%",
    "N%",
    "%NATO%",
    "NATO%",
    "_ATO",
    "[a-z]%",
    "[!N]%",
    "*",
    ".*",
    "^",
    "$",
    "\\",
    "\\%",
    "\\_",
    "NATO\\",
    "\\'",
    "\\\\'",
    "?",
    "$1",
    ":name",
    "%(name)s",
    "%s",
    "{}",
    "\x00",
    "NATO\x00",
    "\x00' OR 1=1 --",
    "\x1a",
    "\x7f",
    "\u02bc OR 1=1 --",
    "\uff07 OR 1=1 --",
    "\uff2e\uff21\uff34\uff2f",
    "nato",
    " NATO ",
    "\u202eOTAN",
    "\U0001f600",
    "\u0130",
    "../../etc/passwd",
    ".",
    "..",
]

WILDCARDS = {"%", "%%", "_", "__", "%_%", "*", "\\", "\\%", "\\_"}

BASE = "https://diplocal.example"
EVER = "1900-01-01"  # a window holding every stored meeting
TEXT_FILTERS = ("org", "country", "place", "q")
TYPED_FILTERS = ("from", "to", "status", "min_confidence", "limit", "cursor")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

REQUESTS: Counter[str] = Counter()

TRICKY = Article(
    id="tricky-2022-01-06",
    title="Odd names",
    text="(test article)",
    published=datetime(2022, 1, 6, 9, 0, tzinfo=UTC),
    url="https://news.example/odd",
    publisher="Odd Wire",
)


def _meeting(title: str, day: int, sentence: str, **fields: Any) -> Meeting:
    evidence = (Evidence(TRICKY.id, sentence, TRICKY.url, TRICKY.publisher, TRICKY.published, TRICKY.title),)
    return Meeting(title=title, start=date(2022, 2, day), end=date(2022, 2, day), evidence=evidence, **fields)


def tricky_meetings() -> list[Meeting]:
    """Meetings whose names hold quotes, wildcards, backslashes and an injection string."""
    return [
        _meeting(
            "Talks on the 100% tariff",
            2,
            "Delegates meet in Côte d'Ivoire on 2 February about the 100% tariff.",
            location="Côte d'Ivoire",
            organisations=("O'Hara Forum",),
            participants=("O'Hara Forum",),
            countries=("CI",),
        ),
        _meeting(
            "under_score council",
            3,
            "The under_score council meets at Back\\slash Bay on 3 February.",
            location="Back\\slash Bay",
            organisations=("Under_Score",),
            participants=("The \\ group", "Under_Score"),
        ),
        _meeting(
            "The ' OR '1'='1 summit",
            4,
            "The ' OR '1'='1 summit; DROP TABLE meetings; -- meets in Semi;Colon on 4 February.",
            location="Semi;Colon",
            organisations=("A%B Group",),
            participants=('The "quoted" delegation',),
            status=Status.TENTATIVE,
            confidence=0.55,
        ),
    ]


# -- the stored world and what a filter means over it ----------------------------------------------


def snapshot(store: Store) -> dict[str, Any]:
    """Everything stored: row counts of every table, meetings with their sources, articles."""
    counts = {}
    with store.engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
        for table in schema.metadata.sorted_tables:
            if table.name in tables:
                counts[table.name] = connection.execute(select(func.count()).select_from(table)).scalar()
    found = store.find(MeetingQuery())
    return {
        "tables": tables,
        "counts": counts,
        "meetings": [(m.id, m.meeting, m.sequence, m.revision) for m in found],
        "articles": store.article_hashes(),
        "version": store.version(),
    }


def lower(text: str) -> str:
    """SQL's lower() on both databases here: ASCII letters only (SQLite, PostgreSQL in the C locale)."""
    return text.translate(ASCII_LOWER)


def country_meant(value: str) -> str | None:
    """The ISO code a country filter means, as documented: a name in any language and case,
    or a code; two unknown ASCII letters are a code too; None for anything else (a 400)."""
    wanted = value.strip()
    code = country_code(wanted)
    if code is None and len(wanted) == 2 and wanted.isascii() and wanted.isalpha():
        code = wanted.upper()
    return code


def matches(stored: StoredMeeting, name: str, value: str) -> bool:
    """Whether ``stored`` passes the text filter ``name=value`` as the API documents it."""
    meeting = stored.meeting
    wanted = value.strip()
    if not wanted:
        return True
    if name == "org":  # the organisation as named, the one the name means, and its bodies
        known = organisation_id(wanted)
        names = {wanted, *([known, *bodies_of(known)] if known else [])}
        return any(lower(org) in {n.lower() for n in names} for org in meeting.organisations)
    if name == "country":
        return any(lower(code) == (country_meant(wanted) or "").lower() for code in meeting.countries)
    if name == "place":
        if is_online(wanted):  # "virtual", "Online (videoconference)" ... mean any of them
            return meeting.location is not None and lower(meeting.location) in ONLINE_PLACES
        return meeting.location is not None and lower(meeting.location) == wanted.lower()
    texts = [meeting.title, *meeting.participants, *(source.sentence for source in meeting.evidence)]
    return all(any(word in lower(text) for text in texts) for word in wanted.lower().split()[:10])


def expected_status(name: str, value: str) -> int:
    if CONTROL.search(value) or CONTROL.search(name):
        return 400
    if name in TYPED_FILTERS:
        return 400  # no injection string is a date, a status, a number or a cursor
    if name == "country" and value.strip() and country_meant(value) is None:
        return 400  # not a country: refused, never an empty answer
    return 400 if len(value.strip()) > 200 else 200


# -- reading what a response holds -------------------------------------------------------------


def api_ids(response: Any) -> list[str]:
    return [meeting["id"] for meeting in response.get_json()["meetings"]]


def feed_ids(response: Any) -> set[str]:
    text = response.get_data(as_text=True).replace("\r\n ", "")
    return set(re.findall(r"^UID:([^@\r\n]+)@", text, flags=re.MULTILINE))


def page_ids(response: Any) -> set[str]:
    return set(re.findall(r'<h3><a href="/meetings/([^"]+)">', response.get_data(as_text=True)))


def assert_refused(response: Any, status: int, where: str) -> None:
    assert response.status_code == status, (where, response.status_code, response.get_data(as_text=True)[:300])
    if response.mimetype == "application/json":
        error = response.get_json()["error"]
        assert error["status"] == status
        assert "Traceback" not in error["message"]
    else:
        assert response.mimetype == "text/html"
        assert "Traceback" not in response.get_data(as_text=True)


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def world(any_db_url: str) -> Iterator[tuple[FlaskClient, Store, list[StoredMeeting]]]:
    from webdata import fill_all

    store = Store.open(any_db_url)
    fill_all(store)
    store.ingest(TRICKY, tricky_meetings())
    settings = Settings(database_url=any_db_url, base_url=BASE, past_days=None)
    app = create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True})
    everything = store.find(MeetingQuery())
    assert len(everything) == 12
    before = snapshot(store)
    try:
        yield app.test_client(), store, everything
        assert snapshot(store) == before, "the store changed under read-only requests"
    finally:
        app.extensions["diplocal.store"].close()
        store.close()


def get(client: FlaskClient, family: str, url: str) -> Any:
    REQUESTS[family] += 1
    return client.get(url)


# -- the tests ---------------------------------------------------------------------------------


def test_there_are_enough_injection_strings() -> None:
    assert len(INJECTIONS) >= 60
    assert len(set(INJECTIONS)) == len(INJECTIONS)
    kinds = "".join(INJECTIONS)
    for needed in ("'", '"', "--", "/*", ";", "%", "_", "\\", "\x00", "UNION", "DROP"):
        assert needed in kinds, needed


def test_every_filter_of_the_meeting_list(world: tuple[FlaskClient, Store, list[StoredMeeting]]) -> None:
    client, _store, everything = world
    for name in (*TEXT_FILTERS, *TYPED_FILTERS):
        for value in INJECTIONS:
            args = {"from": EVER, "limit": "500", name: value}
            response = get(client, "api", "/api/meetings?" + urlencode(args))
            status = expected_status(name, value)
            if status != 200:
                assert_refused(response, status, f"{name}={value!r}")
                continue
            assert response.status_code == 200, (name, value, response.get_data(as_text=True)[:300])
            wanted = [m.id for m in everything if matches(m, name, value)]
            assert api_ids(response) == wanted, (name, value)
            if name in TEXT_FILTERS and value in WILDCARDS:
                assert len(wanted) < len(everything), (name, value)  # a wildcard is a character like any other


def test_every_filter_of_the_feed(world: tuple[FlaskClient, Store, list[StoredMeeting]]) -> None:
    client, _store, everything = world
    whole = feed_ids(get(client, "feed", "/calendar.ics"))
    assert len(whole) >= 9  # month-only meetings have no event; everything else is in
    for name in (*TEXT_FILTERS, *TYPED_FILTERS):
        for value in INJECTIONS:
            response = get(client, "feed", "/calendar.ics?" + urlencode({name: value}))
            status = expected_status(name, value)
            if status != 200:
                assert_refused(response, status, f"{name}={value!r}")
                continue
            assert response.status_code == 200, (name, value)
            assert feed_ids(response) == {m.id for m in everything if matches(m, name, value)} & whole, (name, value)


@pytest.mark.parametrize("kind", ["org", "country", "place"])
def test_every_feed_name(world: tuple[FlaskClient, Store, list[StoredMeeting]], kind: str) -> None:
    client, _store, everything = world
    whole = feed_ids(get(client, "feed-path", "/calendar.ics"))
    for value in INJECTIONS:
        response = get(client, "feed-path", f"/feeds/{kind}/{quote(value, safe='')}.ics")
        if "/" in value:
            # An encoded slash is a slash to the router: no feed route has this path, or
            # (for a doubled slash) the router sends the client to the path with one slash.
            if response.status_code == 308:
                assert response.headers["Location"].startswith(f"http://localhost/feeds/{kind}/"), value
            else:
                assert_refused(response, 404, f"{kind}/{value!r}")
            continue
        status = expected_status(kind, value)
        if status != 200:
            assert_refused(response, status, f"{kind}/{value!r}")
            continue
        assert response.status_code == 200, (kind, value)
        assert feed_ids(response) == {m.id for m in everything if matches(m, kind, value)} & whole, (kind, value)


def test_every_filter_of_the_page(world: tuple[FlaskClient, Store, list[StoredMeeting]]) -> None:
    client, _store, everything = world
    for name in (*TEXT_FILTERS, *TYPED_FILTERS):
        for value in INJECTIONS:
            args = {"from": EVER, "limit": "500", name: value}
            response = get(client, "page", "/?" + urlencode(args))
            status = expected_status(name, value)
            if status != 200:
                assert_refused(response, status, f"{name}={value!r}")
                continue
            assert response.status_code == 200, (name, value)
            assert page_ids(response) == {m.id for m in everything if matches(m, name, value)}, (name, value)


def test_the_window_of_the_filter_choices(world: tuple[FlaskClient, Store, list[StoredMeeting]]) -> None:
    client, _store, _everything = world
    for route in ("/api/organisations", "/api/countries", "/api/places"):
        for name in ("from", "to"):
            for value in INJECTIONS:
                response = get(client, "choices", f"{route}?" + urlencode({name: value}))
                assert_refused(response, 400, f"{route} {name}={value!r}")
    for value in INJECTIONS:
        assert_refused(get(client, "changes", "/changes.atom?" + urlencode({"limit": value})), 400, repr(value))


def test_every_meeting_id(world: tuple[FlaskClient, Store, list[StoredMeeting]]) -> None:
    client, _store, everything = world
    known = {m.id for m in everything}
    for value in INJECTIONS:
        assert value not in known
        encoded = quote(value, safe="")
        for route in ("/api/meetings/{}", "/api/meetings/{}/history", "/meetings/{}", "/meetings/{}.ics"):
            response = get(client, "ids", route.format(encoded))
            if response.status_code == 308:  # a doubled slash: the router points to the path with one
                assert "//" in route.format(value)
                assert response.headers["Location"].startswith("http://localhost/")
                response = client.get(response.headers["Location"])
            assert_refused(response, 400 if CONTROL.search(value) else 404, f"{route} {value!r}")


def test_the_counts() -> None:
    """Runs last in this module: how many requests the tests above made (shown with -s)."""
    total = sum(REQUESTS.values())
    summary = f"injection: {len(INJECTIONS)} strings, {total} requests this run: {dict(sorted(REQUESTS.items()))}"
    print("\n" + summary)
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "hardening-injection.txt").write_text(summary + "\n", encoding="utf-8")
