"""Articles written for the tests, each with the result expected beside it (a golden file).

``tests/articles/<what-it-tests>.txt`` is read as a user's file would be; the expected
result is ``<same name>.expected.json``. After a deliberate change to the extractor,
rewrite the expectations with ``DIPLOCAL_UPDATE_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES

from diplocal.errors import DiplocalError
from diplocal.ingest import prepare
from diplocal.model import Meeting
from diplocal.sources.files import article_from_txt

CASES = sorted(ARTICLES.glob("*.txt"))


def _summary(meeting: Meeting) -> dict[str, Any]:
    return {
        "title": meeting.title,
        "start": meeting.start_label(),
        "end": meeting.end_label(),
        "precision": meeting.precision.value,
        "location": meeting.location,
        "status": meeting.status.value,
        "organisations": list(meeting.organisations),
        "countries": list(meeting.countries),
        "change": None
        if meeting.change is None
        else {
            "action": meeting.change.action.value,
            "previous_start": meeting.change.previous_start.isoformat() if meeting.change.previous_start else None,
        },
    }


def _result(path: Path) -> dict[str, Any]:
    article = article_from_txt(path.read_text(encoding="utf-8"), source=path.name, default_id=path.stem)
    try:
        settled, found = prepare(article)
    except DiplocalError as error:
        return {"error": type(error).__name__, "message": str(error)}
    return {
        "published": settled.published.isoformat() if settled.published else None,
        "published_inferred_from": settled.published_basis,
        "meetings": [_summary(m) for m in found],
    }


def test_there_are_cases() -> None:
    assert len(CASES) >= 4


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_article_gives_what_is_expected(path: Path) -> None:
    expected_file = path.with_suffix(".expected.json")
    actual = _result(path)
    if os.environ.get("DIPLOCAL_UPDATE_GOLDEN") == "1":
        expected_file.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert expected_file.exists(), f"no {expected_file.name}: run with DIPLOCAL_UPDATE_GOLDEN=1 and review it"
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))
