"""Output never depends on Python's string hashing (``PYTHONHASHSEED``): a set's order is no
order. The same articles are extracted in processes with different seeds, byte for byte alike.

All sentences are written for this test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

ARTICLES = [
    {
        "id": "h1",
        "language": "en",
        "published": "2024-03-13T09:00:00+00:00",
        "title": "Xi in Riyadh",
        "text": "Chinese President Xi Jinping arrived in Riyadh on Wednesday and will hold talks with Crown Prince Mohammed bin Salman "
        "on Thursday, followed by a summit with King Salman and Sheikh Tamim bin Hamad Al Thani.",
    },
    {
        "id": "h2",
        "language": "de",
        "published": "2024-03-13T09:00:00+00:00",
        "title": "Besuch",
        "text": "Kronprinz Mohammed bin Salman empfängt am Freitag in Dschidda Bundeskanzler Olaf Scholz zu Gesprächen.",
    },
]

PROGRAM = """
import json, sys
from diplocal.extract import meetings_from_article
from diplocal.sources.files import article_from_json
for row in map(json.loads, sys.stdin):
    for meeting in meetings_from_article(article_from_json(row, where=row["id"])):
        print(meeting.title, meeting.start, meeting.participants, meeting.organisations, meeting.countries)
"""


def _extract(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    lines = "\n".join(json.dumps(row) for row in ARTICLES)
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], input=lines, capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_every_hash_seed_gives_the_same_meetings() -> None:
    outputs = {seed: _extract(seed) for seed in ("0", "1", "2", "3")}
    assert outputs["0"].strip(), "the articles give meetings"
    assert "Crown Prince Mohammed bin Salman" in outputs["0"]
    assert len(set(outputs.values())) == 1, outputs
