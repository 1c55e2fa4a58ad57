"""Which language an article is in: its ``language`` field when given, else detected from
its text with py3langid (its model ships with the package; nothing is downloaded)."""

from __future__ import annotations

from functools import cache

from diplocal.errors import UnsupportedLanguage
from diplocal.extract.lang import SUPPORTED, LanguagePack, pack_for
from diplocal.model import Article

# Below this share of the probability, a detection is a guess: say so rather than read the
# article in the wrong language.
_SURE = 0.6
# The languages a detection chooses among: those the news of diplomacy is mostly written in
# (ours, and the ones an article should be refused in by name). Left to all 97 of its
# languages, py3langid takes a short English text for Estonian or Nigerian Pidgin.
NEWS_LANGUAGES = (
    *SUPPORTED,
    *"it pt nl pl uk tr zh ja ko fa hi id sv cs el he ro hu da no fi bg sr hr sk vi th ms ur bn".split(),
)


def pack_of(article: Article) -> LanguagePack:
    """The language pack to read ``article`` with. Raises :class:`UnsupportedLanguage`."""
    code = article.language or detect_language(f"{article.title}\n{article.text}")
    try:
        return pack_for(code)
    except UnsupportedLanguage as error:
        raise UnsupportedLanguage(error.message, where=article.source or article.id, hint=error.hint) from None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in.

    Raises :class:`UnsupportedLanguage` when the text is too short or mixed to tell.
    """
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 20:
        raise UnsupportedLanguage(
            "the article's language cannot be told from so little text",
            hint=f"give its language ({', '.join(SUPPORTED)})",
        )
    code, probability = _identifier().classify(sample)
    if probability < _SURE:
        raise UnsupportedLanguage(
            f"the article's language is unclear (perhaps {code!r})", hint=f"give its language ({', '.join(SUPPORTED)})"
        )
    return str(code)


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # py3langid 0.3 renamed from_pickled_model to from_model_file (same model, same answers).
    load = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
    identifier = load(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(set(NEWS_LANGUAGES)))
    return identifier
