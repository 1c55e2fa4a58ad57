"""Finding the meetings an article announces (pure: everything comes in as arguments)."""

from __future__ import annotations

from diplocal.model import Article, Meeting


def meetings_from_article(article: Article) -> list[Meeting]:
    """The scheduled meetings an article announces, each with evidence and confidence."""
    return []
