"""Searching customers by name: as typed (prefix), by pinyin and by pinyin initials.

张伟 is stored with the keys `zhangwei` and `zw`, so `zhang`, `zhangwei` and `zw` all find it;
Emily Carter gets `emilycarter` and `ec`. Keys are derived from the name, which is the one
customer value kept unencrypted (it is what the list sorts by).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_NOT_KEY = re.compile(r"[^a-z0-9]+")
_LATIN_QUERY = re.compile(r"^[A-Za-z0-9 ]+$")
MAX_QUERY = 60


def name_keys(name: str) -> tuple[str, str]:
    """(pinyin, initials) of a name, lower-case ASCII without spaces."""
    # Imported on first use: its phrase dictionary takes ~0.15 s to load, and opening the app
    # or a vault needs no pinyin (only adding, importing or renaming customers does).
    from pypinyin import lazy_pinyin

    text = unicodedata.normalize("NFKC", name)
    syllables = [s for part in lazy_pinyin(text, errors=lambda chars: chars.split())
                 for s in part.split()]
    words = [_NOT_KEY.sub("", _strip_marks(s).lower()) for s in syllables]
    words = [w for w in words if w]
    return "".join(words), "".join(w[0] for w in words)


def _strip_marks(text: str) -> str:
    """Zoë → Zoe: accents are not typed in a search box."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class NameQuery:
    text: str  # as typed, for a prefix of the name itself
    key: str  # lower-case ASCII for pinyin and initials; "" when the query is not Latin


def name_query(typed: str) -> NameQuery | None:
    """What to look for, or None for an empty query. Over-long input is cut, not refused: a
    search box should never shout at anyone."""
    text = " ".join(unicodedata.normalize("NFKC", typed).split())[:MAX_QUERY]
    if not text or any(unicodedata.category(ch).startswith("C") for ch in text):
        return None
    latin = _strip_marks(text)
    key = _NOT_KEY.sub("", latin.lower()) if _LATIN_QUERY.match(latin) else ""
    return NameQuery(text, key)
