"""Find a person's names, phone numbers and e-mail addresses in free text, to redact them.

Used wherever text about one person must not name another: a member's export (every other
member is redacted) and erasure (the erased member's names). Pure Python.

How text is compared
- Text is cut into clusters: a character with the accents, joiners and conjoining jamo that
  belong to it. Each cluster is folded: compatibility-decomposed, marks and invisible format
  characters dropped, case folded, recomposed. So "Zoë" typed decomposed, "ZOË" and "Zoe"
  fold alike, and "Strauß" folds like "STRASSE". A span always covers whole clusters: a
  redaction never leaves a stray accent or half a character behind.
- Names are matched word by word (a word is a run of letters). A name word matches a text
  word that is the same or, for names of 3+ letters, the same plus up to 3 more letters:
  genitives and case endings such as "Benedikts", "Zoës", "Annas". A name of 4+ letters
  ending in a vowel also matches with that vowel replaced by 1-3 letters ("Anna": "Anny",
  "Annę", the Slavic case forms). A name of 6+ letters also matches with one letter wrong,
  missing, added or two letters swapped, a typo in a hurried note ("Strauss": "Strass",
  "Strasse"). An apostrophe ends a word: in "Anna’s" the name goes and "’s" stays.
  These rules redact too much rather than too little ("Tom" also hides "Tomas", "Steven"
  hides "seven"): the facilitator reviews the result, a missed name cannot be called back.
  One-letter words of a name (initials) are not looked for: they would hide every "a".
- In scripts written without spaces between words (Chinese, Japanese, Thai, ...) a name is
  found anywhere, since no word boundary can be relied on.
- Phone numbers are matched digit by digit, ignoring spaces, dashes, dots and parentheses,
  with or without a "+CC" or "00CC" country code or a leading trunk "0".
- E-mail addresses are matched whole, case-insensitively.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

Span = tuple[int, int]

# Categories folded away: combining marks and invisible format characters (soft hyphen,
# zero-width space and joiners, direction marks), which a copied name may carry.
_DROPPED = frozenset({"Mn", "Mc", "Me", "Cf"})
# Quote marks used as apostrophes and dashes used as hyphens, so "O’Brien" is "O'Brien".
_PUNCTUATION = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits: "Anna2" is one word
_VOWELS = frozenset("aeiouy" + "аеиоуыэюяі" + "αεηιουω")
MIN_WORD = 2  # shorter name words are initials
MIN_INFLECTED = 3  # a name this long or longer also matches with a short ending
MAX_ENDING = 3  # letters an ending may add
MIN_TYPO = 6  # a name this long or longer also matches with one typo
MIN_PHONE_DIGITS = 6

_PHONE_IN_CONTACT = re.compile(r"(?:\+|\b00)?\(?[0-9][0-9 ().\-\u2010-\u2013]*[0-9]")
_PHONE_IN_TEXT = re.compile(r"[+(]?[0-9](?:[\s().\-]*[0-9])*")
_PHONE_PREFIX = re.compile(
    r"\(?(?:\+|00)\s*[0-9]{1,3}\)?[\s.\-]*(?:\(0\)[\s.\-]*)?|\(?0\)?[\s.\-]*"
)
_EMAIL_IN_CONTACT = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+")
_JOINABLE_GAP = re.compile(r"[ \t\u00a0\u2009\u202f\-\u2010\u2011\u2013]{1,3}")


# --- folding --------------------------------------------------------------------------------


def _is_spaceless(char: str) -> bool:
    """Scripts written without spaces between words."""
    code = ord(char)
    return (
        0x0E00 <= code <= 0x0FFF  # Thai, Lao, Tibetan
        or 0x1000 <= code <= 0x109F  # Myanmar
        or 0x1780 <= code <= 0x17FF  # Khmer
        or 0x3040 <= code <= 0x30FF  # Hiragana, Katakana
        or 0x31F0 <= code <= 0x31FF
        or 0x3400 <= code <= 0x4DBF  # CJK ideographs
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF66 <= code <= 0xFF9F  # half-width Katakana
        or 0x20000 <= code <= 0x3FFFF
    )


def _is_hangul(code: int) -> bool:
    return 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xAC00 <= code <= 0xD7FF


def _continues(previous: str, char: str) -> bool:
    """Whether `char` belongs to the cluster that `previous` ends."""
    code = ord(char)
    if unicodedata.category(char) in ("Mn", "Mc", "Me") or char == "\u200d":
        return True
    if previous == "\u200d" or 0x1F3FB <= code <= 0x1F3FF:  # emoji joiner and skin tones
        return True
    if 0xDC00 <= code <= 0xDFFF and 0xD800 <= ord(previous) <= 0xDBFF:  # a surrogate pair
        return True
    # Conjoining jamo: Korean typed decomposed is one syllable per cluster.
    return _is_hangul(code) and _is_hangul(ord(previous)) and not 0xAC00 <= code <= 0xD7A3


def _clusters(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for index in range(1, len(text)):
        char = text[index]
        if char < "\u0300" or not _continues(text[index - 1], char):
            spans.append((start, index))
            start = index
    if text:
        spans.append((start, len(text)))
    return spans


def _strip(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in _DROPPED)


@lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> str:
    if cluster.isascii():
        return cluster.lower().translate(_PUNCTUATION)
    text = _strip(unicodedata.normalize("NFKD", cluster.translate(_PUNCTUATION)))
    # Upper first, so the dotless ı and the dotted İ meet I and i; casefold makes ß "ss".
    text = _strip(unicodedata.normalize("NFKD", text.upper().casefold()))
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """The form in which texts are compared: no case, no accents, one normal form."""
    return "".join(_fold_cluster(text[s:e]) for s, e in _clusters(text))


@dataclass(frozen=True, slots=True)
class _Folded:
    text: str
    starts: list[int]  # for each folded character, where its cluster starts in the original
    ends: list[int]

    def original(self, start: int, end: int) -> Span:
        return self.starts[start], self.ends[end - 1]


def _fold_with_map(text: str) -> _Folded:
    if text.isascii():
        return _Folded(
            text.lower().translate(_PUNCTUATION),
            list(range(len(text))),
            list(range(1, len(text) + 1)),
        )
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        folded = _fold_cluster(text[start:end])
        pieces.append(folded)
        starts.extend([start] * len(folded))
        ends.extend([end] * len(folded))
    return _Folded("".join(pieces), starts, ends)


# --- terms ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Terms:
    """What to look for, already folded: name words, phone numbers as digits, e-mails."""

    words: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()

    def __or__(self, other: Terms) -> Terms:
        return Terms(
            self.words | other.words, self.phones | other.phones, self.emails | other.emails
        )

    @property
    def empty(self) -> bool:
        return not (self.words or self.phones or self.emails)

    @staticmethod
    def union(many: Iterable[Terms]) -> Terms:
        result = Terms()
        for terms in many:
            result = result | terms
        return result


def _name_words(name: str) -> set[str]:
    words: set[str] = set()
    kept: list[str] = []
    for part in name.split():
        if part.endswith(".") and len(_WORD.findall(fold(part))) == 1 and len(part) <= 4:
            continue  # an initial or abbreviation: "K.", "Ch."
        kept.append(part)
    found = _WORD.findall(fold(" ".join(kept)))
    words.update(w for w in found if len(w) >= MIN_WORD)
    if len(found) > 1:
        # Written together too: "王伟" for "王 伟", "zoestrauss" in an e-mail address.
        words.add("".join(found))
    return words


def _phone_forms(written: str) -> set[str]:
    """Digit strings under which a phone number may appear, country code or not."""
    digits = "".join(c for c in written if c.isdigit())
    if written.startswith("+") or digits.startswith("00"):
        international = digits.lstrip("0")
        forms = {international}
        # The country code is 1-3 digits; a national number never starts with 0.
        for cut in (1, 2, 3):
            national = international[cut:]
            if len(national) >= MIN_PHONE_DIGITS and not national.startswith("0"):
                forms.add(national)
    else:
        forms = {digits.lstrip("0") if digits.startswith("0") else digits}
    return {f for f in forms if len(f) >= MIN_PHONE_DIGITS}


def terms_for(alias: str, full_name: str, contact: str = "") -> Terms:
    """Every way a person may be named: alias, full name and each of its parts (initials
    left out), and the phone numbers and e-mail addresses in their contact details."""
    words = _name_words(alias) | _name_words(full_name)
    phones: set[str] = set()
    for match in _PHONE_IN_CONTACT.finditer(contact):
        phones |= _phone_forms(match.group().strip())
    emails = {
        fold(m.group().rstrip(".")) for m in _EMAIL_IN_CONTACT.finditer(contact) if "@" in m.group()
    }
    return Terms(frozenset(words), frozenset(phones), frozenset(e for e in emails if len(e) > 2))


# --- matching -------------------------------------------------------------------------------


class _Fit(Enum):
    EXACT = "exact"
    INFLECTED = "inflected"


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added or removed, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    first = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    if len(a) == len(b):
        swapped = a[first + 1 : first + 2] + a[first : first + 1]
        return a[first + 1 :] == b[first + 1 :] or (
            swapped == b[first : first + 2] and a[first + 2 :] == b[first + 2 :]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[first + 1 :] == shorter[first:]


class _Words:
    def __init__(self, words: Iterable[str]) -> None:
        self.exact = frozenset(words)
        self.prefixes = frozenset(w for w in self.exact if len(w) >= MIN_INFLECTED)
        self.stems = frozenset(
            w[:-1] for w in self.exact if len(w) > MIN_INFLECTED and w[-1] in _VOWELS
        )
        # Typos through shared deletions: "strass" and "strauss" both give "strass".
        self.near: dict[str, set[str]] = {}
        for word in self.exact:
            if len(word) >= MIN_TYPO:
                for key in {word} | _deletions(word):
                    self.near.setdefault(key, set()).add(word)
        self._seen: dict[str, _Fit | None] = {}

    def fit(self, word: str) -> _Fit | None:
        if word not in self._seen:  # a text repeats its words: judge each once
            self._seen[word] = self._fit(word)
        return self._seen[word]

    def _fit(self, word: str) -> _Fit | None:
        if word in self.exact:
            return _Fit.EXACT
        for cut in range(max(MIN_INFLECTED, len(word) - MAX_ENDING), len(word)):
            head = word[:cut]
            if head in self.prefixes or head in self.stems:
                return _Fit.INFLECTED
        if self.near:
            for cut in range(max(MIN_TYPO - 1, len(word) - MAX_ENDING), len(word) + 1):
                if self._typo_of_a_word(word[:cut]):
                    return _Fit.INFLECTED
        return None

    def _typo_of_a_word(self, head: str) -> bool:
        for key in {head} | _deletions(head):
            if any(_one_edit_apart(head, word) for word in self.near.get(key, ())):
                return True
        return False


class Matcher:
    """Looks for `terms` in many texts. A word of `keep` (the person a text is for), written
    exactly, is not redacted for only looking like an inflected form of a term: member
    Daniela keeps her name although a Daniel is looked for; "Daniel" and "Daniels" go."""

    def __init__(self, terms: Terms, keep: Terms | None = None) -> None:
        spaced = [w for w in terms.words if not any(_is_spaceless(c) for c in w)]
        self._words = _Words(spaced)
        self._keep = _Words(keep.words if keep is not None else ())
        self._anywhere = sorted(set(terms.words) - set(spaced), key=len, reverse=True)
        self._phones = sorted(terms.phones, key=len, reverse=True)
        self._emails = sorted(terms.emails, key=len, reverse=True)

    def find(self, text: str) -> list[Span]:
        folded = _fold_with_map(text)
        found: list[Span] = []
        if self._words.exact:
            found += self._find_words(folded.text)
        found += self._find_anywhere(folded.text)
        if self._phones:
            found += self._find_phones(folded.text)
        found += self._find_emails(folded.text)
        return merge((folded.original(s, e) for s, e in found), text)

    def _find_words(self, folded: str) -> list[Span]:
        found: list[Span] = []
        for match in _WORD.finditer(folded):
            word = match.group()
            fit = self._words.fit(word)
            if fit is None or (fit is _Fit.INFLECTED and word in self._keep.exact):
                continue
            found.append(match.span())
        return found

    def _find_anywhere(self, folded: str) -> list[Span]:
        found: list[Span] = []
        for term in self._anywhere:
            start = folded.find(term)
            while start != -1:
                found.append((start, start + len(term)))
                start = folded.find(term, start + 1)
        return found

    def _find_phones(self, folded: str) -> list[Span]:
        found: list[Span] = []
        for run in _PHONE_IN_TEXT.finditer(folded):
            positions = [i for i in range(run.start(), run.end()) if "0" <= folded[i] <= "9"]
            if len(positions) < MIN_PHONE_DIGITS:
                continue
            digits = "".join(folded[i] for i in positions)
            for form in self._phones:
                at = digits.find(form)
                while at != -1:
                    start, end = positions[at], positions[at + len(form) - 1] + 1
                    if at == 0 or _PHONE_PREFIX.fullmatch(folded, run.start(), start):
                        start = run.start()  # with its "+48 ", "0048 ", "(0)" or "0"
                    found.append((start, end))
                    at = digits.find(form, at + 1)
        return found

    def _find_emails(self, folded: str) -> list[Span]:
        found: list[Span] = []
        for email in self._emails:
            start = folded.find(email)
            while start != -1:
                end = start + len(email)
                before = folded[start - 1] if start else " "
                after = folded[end] if end < len(folded) else " "
                if not (before.isalnum() or before in "._+-@") and not (
                    after.isalnum() or after in "_-"
                ):
                    found.append((start, end))
                start = folded.find(email, start + 1)
        return found


def find_spans(text: str, terms: Terms, keep: Terms | None = None) -> list[Span]:
    """Where `terms` occur in `text`: sorted, merged (start, end) offsets into `text`."""
    return Matcher(terms, keep).find(text)


# --- spans ----------------------------------------------------------------------------------


def merge(spans: Iterable[Span], text: str | None = None) -> list[Span]:
    """Sorted, non-overlapping spans. Given the text, spans apart by no more than a space or
    a hyphen become one, so "Zoë Strauß" is one redaction, not two."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and (
            start <= merged[-1][1]
            or (text is not None and _JOINABLE_GAP.fullmatch(text, merged[-1][1], start))
        ):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def apply(text: str, spans: Iterable[Span], replacement: str) -> str:
    """`text` with each span replaced by `replacement` (overlapping spans count once)."""
    pieces: list[str] = []
    position = 0
    for start, end in merge(_checked(text, spans)):
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def apply_labelled(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Like apply, each span with its own replacement. Where spans overlap, the merged span
    takes the label of the first of them."""
    labelled: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        _checked(text, [(start, end)])
        if labelled and start <= labelled[-1][1]:
            first, last, kept = labelled[-1]
            labelled[-1] = (first, max(end, last), kept)
        else:
            labelled.append((start, end, label))
    pieces: list[str] = []
    position = 0
    for start, end, label in labelled:
        pieces.append(text[position:start])
        pieces.append(label)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _checked(text: str, spans: Iterable[Span]) -> list[Span]:
    checked = list(spans)
    for start, end in checked:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {(start, end)} is outside a text of {len(text)} characters")
    return checked


def widen_to_words(text: str, span: Span) -> Span:
    """A hand-made selection grown to whole clusters and whole words, so that selecting
    "Zo" of "Zoë" redacts "Zoë" and never half an accented letter."""
    (start, end), clusters = _checked(text, [span])[0], _clusters(text)
    starts = [s for s, _ in clusters]

    def wordy(index: int) -> bool:
        return 0 <= index < len(clusters) and text[clusters[index][0]].isalnum()

    first = _cluster_at(starts, start)
    last = _cluster_at(starts, end - 1)
    while wordy(first) and wordy(first - 1):
        first -= 1
    while wordy(last) and wordy(last + 1):
        last += 1
    return clusters[first][0], clusters[last][1]


def _cluster_at(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:  # the last cluster that starts at or before offset
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low
