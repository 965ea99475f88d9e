"""Company names resolved across customs records, sanctions lists and catalogues.

A name is reduced to a key: transliterated to Latin (anyascii), lower case, quotes and
punctuation gone, legal forms dropped (LLC, ООО, АО, JSC, Ltd, Limited, Co., GmbH, FZE,
Tic. Ltd. Şti. ...), and the spellings that transliteration schemes disagree on folded ("kh"
and "h", "yy" and "y"). Two names are one firm when their keys are equal, when they carry the
same tax id, or when the keys differ by a slip (rapidfuzz ratio >= 92 with the same words in the
same order). Word order counts: "Electronic Network Inc" and "Network Electronics LLC" share
words, not identity. Every decision says which features matched and the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

LEGAL_FORMS = {
    # English and international
    "llc", "l l c", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company",
    "plc", "llp", "lp", "pte", "pty", "gmbh", "ag", "kg", "sa", "sarl", "srl", "spa", "bv", "nv", "oy",
    "ab", "as", "aps", "kft", "sro", "doo", "fze", "fzco", "fzc", "fz", "fzllc", "dmcc", "jsc", "cjsc",
    "ojsc", "pjsc", "ojs", "sc", "tic", "sti", "ltdsti", "holding", "holdings", "group",
    # Russian, Ukrainian and Belarusian (transliterated)
    "ooo", "oao", "zao", "pao", "ao", "nao", "ip", "tov", "pat", "prat", "fgup", "gup", "mup", "nii",
    "ooo npp", "npp", "nppp", "npo", "npk", "tsentr",
}
# Multi-word legal forms written out, folded before the single words are dropped.
LONG_FORMS = (
    ("limited liability company", ""), ("joint stock company", ""), ("public joint stock company", ""),
    ("closed joint stock company", ""), ("open joint stock company", ""),
    ("obshchestvo s ogranichennoy otvetstvennostyu", ""), ("aktsionernoe obshchestvo", ""),
    ("aktsionernoye obshchestvo", ""), ("sanayi ve ticaret", ""), ("ticaret limited sirketi", ""),
    ("limited sirketi", ""), ("co ltd", ""), ("company limited", ""),
)
# Spellings on which transliteration schemes differ, folded the same way on every side.
FOLDS = (("'", ""), ("kh", "h"), ("yy", "y"), ("iy", "y"), ("ij", "y"), ("yj", "y"), ("ks", "x"),
         ("shch", "sch"), ("tch", "ch"), ("ts", "c"), ("ye", "e"), ("yo", "e"), ("ya", "ia"), ("yu", "iu"))
# "Tsentr" stays out of LEGAL_FORMS' effect on meaning: it is dropped only as a trailing word below.
TRAILING_ONLY = {"tsentr"}


@lru_cache(maxsize=500_000)
def entity_key(name: str) -> str:
    """The comparison key of a company name ("ООО «Радиоавтоматика»" -> "radioavtomatika")."""
    text = anyascii(name or "").lower().replace("'", "").replace("`", "")  # soft signs: Spetsial'nyy
    text = re.sub(r"[«»\"“”„’]", " ", text)
    text = re.sub(r"\([^)]*\)", " ", text)  # "(Montreal)", "(HK)": notes, not the name
    text = re.sub(r"[^a-z0-9]+", " ", text)
    for long, short in LONG_FORMS:
        text = re.sub(rf"\b{long}\b", short, text)
    words = [w for w in text.split() if w not in LEGAL_FORMS or w in TRAILING_ONLY]
    if words and words[-1] in TRAILING_ONLY and len(words) > 1:
        words = words[:-1]
    key = " ".join(words)
    for a, b in FOLDS:
        key = key.replace(a, b)
    return key


@dataclass(frozen=True)
class Match:
    same: bool
    score: float
    why: str


def compare(a: str, b: str, inn_a: str | None = None, inn_b: str | None = None) -> Match:
    """Whether two names (with optional tax ids) are one firm, and why."""
    if inn_a and inn_b:
        if inn_a == inn_b:
            return Match(True, 1.0, f"same tax id {inn_a}")
        return Match(False, 0.0, f"different tax ids ({inn_a}, {inn_b})")
    ka, kb = entity_key(a), entity_key(b)
    if not ka or not kb:
        return Match(False, 0.0, "a name with nothing left after legal forms")
    if ka == kb:
        return Match(True, 1.0, f"same name after legal form, quotes and script are normalised: {ka!r}")
    wa, wb = ka.split(), kb.split()
    ratio = fuzz.ratio(ka, kb) / 100
    if len(wa) == len(wb) and wa[0][:3] == wb[0][:3] and ratio >= 0.92 and min(len(ka), len(kb)) >= 6:
        return Match(True, round(ratio, 3), f"names differ by a slip: {ka!r} ~ {kb!r} (similarity {ratio:.2f})")
    shared = sorted(set(wa) & set(wb))
    why = f"{ka!r} vs {kb!r}: similarity {ratio:.2f}" + (f", shared words {shared} only" if shared else "")
    return Match(False, round(ratio, 3), why)
