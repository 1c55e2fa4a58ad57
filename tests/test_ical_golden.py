"""The sample article's feed, byte for byte (regenerate with DIPLOCAL_UPDATE_GOLDEN=1)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from clients.samples import SAMPLE_ARTICLE, SAMPLE_MEETINGS
from flask.testing import FlaskClient

from diplocal.feeds import Feed, render_feed
from diplocal.settings import Settings
from diplocal.store import Store

GOLDEN = Path(__file__).resolve().parent / "golden" / "sample_feed.ics"
TODAY = date(2022, 1, 5)  # the conftest clock's day


def test_sample_feed_matches_golden_file(store: Store, settings: Settings, client: FlaskClient) -> None:
    store.ingest(SAMPLE_ARTICLE, list(SAMPLE_MEETINGS))
    body = render_feed(store, settings, Feed(), TODAY).body
    if os.environ.get("DIPLOCAL_UPDATE_GOLDEN") == "1":
        GOLDEN.write_bytes(body)
    assert body.count(b"BEGIN:VEVENT") == len(SAMPLE_MEETINGS)
    assert body == GOLDEN.read_bytes(), "feed differs from tests/golden/sample_feed.ics"
    assert client.get("/calendar.ics").data == body  # and the server sends exactly these bytes
