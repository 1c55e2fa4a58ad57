"""Language packs: all the extractor knows of each language it reads, and nothing else.

``pack_for("ru")`` gives the Russian pack; :data:`SUPPORTED` lists the languages with one.
A new language is a new module here with the same data; no stage changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from diplocal.errors import UnsupportedLanguage
from diplocal.extract.lang.base import LanguagePack, MeetingWord

__all__ = ["SUPPORTED", "LanguagePack", "MeetingWord", "pack_for"]

# The languages with a pack (a module of this package each).
SUPPORTED = tuple(
    sorted(info.name for info in pkgutil.iter_modules(__path__) if len(info.name) == 2 and info.name.isalpha())
)


@cache
def pack_for(code: str) -> LanguagePack:
    """The language pack for an ISO 639-1 code. Raises :class:`UnsupportedLanguage`."""
    key = (code or "").strip().lower().split("-")[0].split("_")[0]
    if key not in SUPPORTED:
        raise UnsupportedLanguage(
            f"language {code!r} is not supported",
            hint=f"diplocal reads {', '.join(SUPPORTED)}",
        )
    module = importlib.import_module(f"diplocal.extract.lang.{key}")
    pack: LanguagePack = module.build()
    return pack
