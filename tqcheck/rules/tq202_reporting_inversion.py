"""A Bulgarian attribution formula: the speaker or the outlet misplaced.

## What it does
Flags the ways Bulgarian news copy attributes a statement when they come
into English word for word, and suggests the English order:
- the passive frame `This was stated by X (to BNR)` (Това заяви X пред
  БНР): `X said this`, `X told BNR`;
- an inverted speaker after a verb other than said, asked, added or wrote:
  `..., explained Kutev.`, `..., wondered Harizanov.`, `..., commented the
  party leader.` -> `Kutev explained`;
- an outlet after its verb: `, reported BNT.`, `, informed BTA.` -> `BNT
  reported`;
- a medium named the Bulgarian way: `said before journalists`, `commented
  for BNR`, `said to bTV` (told), `on the air of BNT`, `in the studio of
  NOVA` (on), `in the program "120 Minutes"` (on the programme), a headline
  `Rosen Stoyanov to FACTI:` (tells);
- the tails `, quoted by novini.bg`, `, reported by BTA` (according to), a
  second outlet after a first source (`the Agency reported, BTA
  reported`), `as indicated by the minister` (according to);
- a reporting verb without its object: `The ministry informs that`, `X
  specified that`, `X reminded that` (said, recalled).
The verbs (with the ones whose inversion is ordinary English) are the data
file `tqcheck/data/reporting_verbs.tsv`, the outlets `outlets.txt` (and any
all-caps acronym or web domain), the speakers' role nouns `speakers.txt`.
Left alone: `said X` (ordinary English), `as quoted by` and `as reported
by`, `citing BTA`, US station call signs (`, reported KTUU.`), a `that`
after a document (`The law specifies that...`) or before a requirement
(`specified that the FBI must...`), the passive of inform and remind (`he
was informed that`).

## Why
Bulgarian puts the speaker last (`Това заяви X`, `съобщи БНТ`, `коментира
лидерът на партията`) and names the medium with a preposition (`пред БНР`,
`в ефира на`). Word for word, that gives English that no English newsroom
writes, and some of it misleads: `informed BTA` reads as if someone told
the agency something.

## Example
    This was stated by political analyst Georgi Harizanov.
    This was commented on by the analyst Ivan Petrov to BNR.
    There is room for a new project, explained Kutev.
    Where does the claim come from?, wondered Harizanov.
    Visibility will be reduced by fog, reported BNT.
    The meeting will be held today, informed BTA.
    The minister said before journalists that the plan was ready.
    The analyst commented for BNR that the vote was close.
    The campaign is expected, as indicated by the Deputy Prime Minister.
    There is no threat, he said, quoted by novini.bg.
    The Ministry of Interior informs that the road is closed.
    The acting governor specified that the fire was out.
    Prof. Rosen Stoyanov to FACTI: Radev is positioning himself

## Use instead
    Political analyst Georgi Harizanov said this.
    There is room for a new project, Kutev explained.
    There is room for a new project, said Anton Kutev.
    Where does it come from?" asked Harizanov.
    Visibility will be reduced by fog, BNT reported.
    The reform will continue, said Prime Minister Kiril Petkov.
    The talks failed, citing BTA.
    He is being held on a $500 bond, reported KTUU.
    The minister told journalists that the plan was ready.
    It was announced a week ago, as quoted by the Guiyang Evening News.
    This is confirmed by the data from the survey.
    The law specifies that the mayor is elected for four years.
    He was informed that his licence had been revoked.
    The pH level is indicated by the amount of hydrogen ions.
    Congress specified that the FBI must devote ten agents to the task.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tqcheck.data import data_text
from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


@dataclass(frozen=True)
class Verb:
    past: str
    present: str | None
    english: str  # what English news copy writes
    inversion_ordinary: bool  # ", said X." is English; ", explained X." is not


def _data_lines(name: str) -> list[str]:
    text = data_text(name)
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def verbs() -> tuple[Verb, ...]:
    rows = _data_lines("reporting_verbs.tsv")
    out = []
    for row in rows[1:]:  # the header
        past, present, english, inverted = (c.strip() for c in row.split("\t"))
        out.append(Verb(past, None if present == "-" else present, english, inverted == "ordinary"))
    return tuple(out)


@cache
def outlets() -> tuple[str, ...]:
    return tuple(dict.fromkeys(line.strip() for line in _data_lines("outlets.txt")))


@cache
def speakers() -> frozenset[str]:
    return frozenset(line.strip() for line in _data_lines("speakers.txt"))


def alternation(words) -> str:
    """A regex for any of ``words`` (a space in one matches any run of
    spaces or tabs), as a character trie: re tries the branches of a flat
    alternation one by one at every place it reaches, a trie a letter at a
    time (a third of this rule's time)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"[ \t]+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


# All-caps words that are not outlets.
_NOT_OUTLETS = frozenset("US USA UK EU UN NATO WHO IMF OPEC OSCE ECB MVR MOI GERB BSP DPS PP DB ITN".split())
_QUOTES = "\"“”„«»"
# US broadcast call signs (", reported KTUU.") are an American newsroom habit, not a translation.
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:bg|com|net|org|eu|info|news|ru|ua|ro|gr|de|uk|tv)"
_MEDIA_NOUNS = (
    r"(?:news[ \t]+)?agency|newspaper|daily|weekly|website|site|portal|television|TV|radio|channel|station|"
    r"publication|edition|outlet|media|programme|program|show|broadcast"
)
_PRESS = r"(?:the[ \t]+)?(?:journalists|reporters|media|press|cameras|microphones)"
_WEEKDAYS_MONTHS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


# An outlet is read in two steps: a pattern matches a token that can be one
# (capitalised words, an acronym, a web domain, bTV, in optional quote
# marks), and outlet_at() says whether it is one. The list of outlets inside
# every pattern made them slow to compile: a quarter of a check of one
# article.
_OUTLET_TOKEN = rf"[{_QUOTES}]?[A-Za-z0-9][\w&'’./-]*(?:[ \t]+[A-Z0-9][\w&'’./-]*){{0,3}}[{_QUOTES}]?"
_DOMAIN_RE = re.compile(_DOMAIN)
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_WORD_SPAN = re.compile(r"[^ \t]+")
# What may follow an outlet that ends a sentence.
_END = re.compile(rf"[ \t]*(?:[.!?…]|[{_QUOTES}]|\r?\n|$)")


@dataclass(frozen=True)
class Outlet:
    name: str  # without quote marks
    end: int  # where it ends in the text, a closing quote mark included
    kind: str  # listed | domain | acronym


@cache
def _listed() -> frozenset[str]:
    return frozenset(outlets())


def outlet_at(text: str, start: int, end: int, *, whole: bool = False) -> Outlet | None:
    """The outlet that the token text[start:end] starts with (all of it
    when ``whole``): a listed name (the longest), else a web domain or an
    all-caps acronym that is not NATO or a US call sign."""
    if start < end and text[start] in _QUOTES:
        start += 1
    words = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text, start, end)]
    for k in range(len(words), 0, -1):
        stop = words[k - 1][1]
        while stop > start and text[stop - 1] in _QUOTES + ".,;:":
            stop -= 1  # a closing mark or a sentence's period is not the name's
        name = " ".join(text[start:stop].split())
        kind = None
        if name in _listed():
            kind = "listed"
        elif k == 1 and _DOMAIN_RE.fullmatch(name):
            kind = "domain"
        elif k == 1 and _ACRONYM_RE.fullmatch(name) and name not in _NOT_OUTLETS and not _CALL_SIGN.fullmatch(name):
            kind = "acronym"
        if kind is not None:
            close = stop + 1 if stop < len(text) and text[stop] in _QUOTES else stop
            return Outlet(name, close, kind)
        if whole:
            return None
    return None


def _is_outlet(text: str) -> bool:
    bare = text[4:] if text.startswith(("the ", "The ")) else text
    return outlet_at(bare, 0, len(bare), whole=True) is not None


def speaker_noun(word: str | None) -> bool:
    """Whether ``word`` names a speaker (speakers.txt, or its plural)."""
    if not word:
        return False
    word = word.lower()
    nouns = speakers()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


# A role before a name or alone: lower-case words whose last one, the
# noun, the code checks with speaker_noun() (a list of nouns in the
# pattern made it slow to compile).
def role_pattern(group: str) -> str:
    return rf"(?:[a-z][\w-]*[ \t]+){{0,3}}?(?P<{group}>[a-z][\w-]*)"


@cache
def name_pattern() -> str:
    # A name: capitalised words (titles with a dot included: Prof. Dr.),
    # with lower-case particles inside (Ivan de la Cruz).
    word = r"[A-Z][\w'’-]*(?:\.(?=[ \t]+[A-Z]))?"
    return rf"{word}(?:[ \t]+(?:(?:de|da|di|van|von|al|bin|la|le)[ \t]+)?{word}){{0,4}}"


@cache
def _subject() -> str:
    """A speaker after an inverted verb: a name, a role and a name, or the
    role alone (`the party leader`, `the head of the regional police`); the
    role's noun is checked by the caller (groups noun1, noun2)."""
    return (
        rf"(?:the[ \t]+{role_pattern('noun1')}(?:[ \t]+of[ \t]+(?:the[ \t]+)?[^.!?\n,;]{{1,60}}?)?"
        rf"(?:,?[ \t]+{name_pattern()})?"
        rf"|(?:{role_pattern('noun2')}[ \t]+)?{name_pattern()})"
        # an apposition after a name: ", the former spokesman of..."
        rf"(?:,[ \t]+(?:the|a|an|who)[ \t]+[^.!?\n]{{1,80}}?)?"
    )


def _lines_with(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` (lower-cased) that hold one of
    ``needles``: str.find is a fast scan, so a pattern that cannot start
    with a literal runs only on the few lines it can match."""
    spans: set[tuple[int, int]] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            spans.add((start, end))
            at = text.find(needle, end)
    return sorted(spans)


def _line_matches(
    pattern: re.Pattern[str],
    text: str,
    lowered: str,
    needles: tuple[str, ...] = (),
    *,
    word_start: bool = True,
    lines: list[tuple[int, int]] | None = None,
) -> Iterator[re.Match[str]]:
    """_word_matches of ``pattern`` (any match, without ``word_start``) on
    the lines that hold a needle (or on the ``lines`` given)."""
    for start, end in _lines_with(lowered, needles) if lines is None else lines:
        pos = start
        while (m := pattern.search(text, pos, end)) is not None:
            if not word_start or _at_word_start(text, m.start()):
                yield m
                pos = max(m.end(), m.start() + 1)
            else:
                pos = m.start() + 1


def _at_word_start(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_-")


def _word_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer, less the matches that start inside a word. The
    check is here, not a look-behind in the pattern: a pattern that starts
    with its first letters lets re skip ahead to them (a look-behind first
    makes it try every position, ten times slower)."""
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        if _at_word_start(text, m.start()):
            yield m
            pos = max(m.end(), m.start() + 1)
        else:
            pos = m.start() + 1


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    message: str
    suggestion: str | None
    frame: str


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _excerpt(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- outlet after its verb: ", reported BNT." ---------------------------------

_MEDIA_VERBS = {
    "reported": "reported",
    "reports": "reports",
    "informed": "reported",
    "informs": "reports",
    "announced": "announced",
    "announces": "announces",
    "wrote": "wrote",
    "writes": "writes",
    "broadcast": "reported",
    "transmitted": "reported",
    "transmits": "reports",
    "quoted": "reported",
    "quotes": "reports",
    "cited": "reported",
    "cites": "reports",
}
_SPEECH_VERBS = {"said": "said", "says": "says", "stated": "said", "states": "says", "added": "added", "adds": "adds"}


@cache
def _outlet_inversion() -> re.Pattern[str]:
    verbs_ = alternation({*_MEDIA_VERBS, *_SPEECH_VERBS})
    return re.compile(rf",[ \t]+(?P<span>(?P<verb>{verbs_})[ \t]+(?P<article>the[ \t]+)?)(?P<outlet>{_OUTLET_TOKEN})")


def _outlet_inversions(text: str, lowered: str) -> Iterator[Hit]:
    for m in _outlet_inversion().finditer(text):
        outlet = outlet_at(text, m.start("outlet"), m.end("outlet"))
        if outlet is None or not _END.match(text, outlet.end):
            continue
        verb = m.group("verb")
        if verb in _SPEECH_VERBS:
            if outlet.kind == "acronym":
                continue  # ", said NATO." is English; ", said BNT." is not (a listed outlet)
            english = _SPEECH_VERBS[verb]
        else:
            english = _MEDIA_VERBS[verb]
        span = text[m.start("span") : outlet.end]
        yield Hit(
            m.start("span"),
            outlet.end,
            f"the outlet after its verb ({span!r}): English names the source first",
            f"{m.group('article') or ''}{outlet.name} {english}",
            "outlet-inversion",
        )


# --- speaker after a verb other than said: ", explained Kutev." -------------------


@cache
def _speaker_inversion() -> re.Pattern[str]:
    forms = {f for v in verbs() if not v.inversion_ordinary for f in (v.past, v.present) if f}
    return re.compile(
        # one class first: re skips ahead to it (an alternation first is tried everywhere)
        rf"[,?!…{_QUOTES}][{_QUOTES}’]?[ \t]+"
        rf"(?P<span>(?P<verb>{alternation(forms)})[ \t]+(?P<who>{_subject()}))"
        rf"(?=[ \t]*(?:[.!?…;]|\r?\n|$)|,[ \t]+(?:adding|noting|stressing|explaining|pointing|saying|who|as)\b)"
    )


def _speaker_inversions(text: str, lowered: str) -> Iterator[Hit]:
    for m in _speaker_inversion().finditer(text):
        who = m.group("who")
        if who.split()[0] in _WEEKDAYS_MONTHS or who.endswith(("'s", "’s")):
            continue
        noun = m.group("noun1") or m.group("noun2")
        if noun is not None and not speaker_noun(noun):
            continue  # "explained the reasons": an object, not a speaker
        if _is_outlet(who):
            continue  # an outlet: _outlet_inversions has it
        verb = m.group("verb")
        yield Hit(
            m.start("span"),
            m.end("span"),
            f"the speaker after {verb!r}: the Bulgarian order; English puts only said, asked, added or wrote "
            "before the speaker",
            f"{who} {verb}",
            "speaker-inversion",
        )


# --- the passive frame: "This was stated by X (to BNR)" ------------------------------

_FRAME_SUBJECTS = (
    r"[Tt]his|[Tt]hat|[Ii]t|[Aa]ll this|[Tt]his information|[Tt]he information|[Tt]his opinion|[Tt]his position|"
    r"[Tt]his view|[Tt]his assessment|[Tt]his statement|[Tt]his announcement|[Tt]he news|[Tt]his news"
)
_FRAME_ADVERBS = (
    r"also|officially|once again|again|further|later|first|publicly|explicitly|categorically|clearly|"
    r"specifically|exclusively|today|yesterday|recently|earlier"
)
_WHO = r"(?:(?![ \t](?:to|in order|so that|that|as)[ \t])[^.!?\n])"
# What a line must hold for a passive frame to start in it (lower case):
# " by ", and a subject's last word with an auxiliary.
_FRAME_HEAD = re.compile(
    r"(?:this|that|it|information|opinion|position|view|assessment|statement|announcement|news)[ \t]+"
    r"(?:was|is|has[ \t]+been|had[ \t]+been|were|have[ \t]+been)[ \t]"
)


def _frame_lines(lowered: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in _lines_with(lowered, (" by ",)) if _FRAME_HEAD.search(lowered, s, e)]


@cache
def _passive_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    participles = alternation({v.past for v in verbs()} | {"told", "written"})
    head = (
        rf"(?P<subj>{_FRAME_SUBJECTS})[ \t]+(?P<aux>was|is|has[ \t]+been|had[ \t]+been|were|have[ \t]+been)"
        rf"[ \t]+(?:(?P<adv>{_FRAME_ADVERBS})[ \t]+)?(?P<verb>{participles})[ \t]+"
        rf"(?:(?P<place>(?P<prep>on|in|at|during|via|through|from|to|before|in[ \t]+front[ \t]+of|for)[ \t]+"
        rf"[^.!?\n]{{1,80}}?)[ \t]+)?by[ \t]+"
    )
    audience = (
        rf"(?:{_PRESS}|the[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{_MEDIA_NOUNS})\b|[a-z][A-Za-z]*[A-Z][\w-]*|{_DOMAIN}"
        rf"|[{_QUOTES}]?(?-i:[A-Z])[\w-]*(?:\.[\w-]+)*(?:[ \t]+(?-i:[A-Z])[\w-]*(?:\.[\w-]+)*){{0,3}}[{_QUOTES}]?)"
    )
    told = re.compile(
        head + rf"(?P<who>[^.!?\n]{{2,120}}?)[ \t]+(?:to|before|in[ \t]+front[ \t]+of|for)[ \t]+(?P<media>{audience})"
        r"(?=[ \t]*(?:[.!?…,;]|\r?\n|$))"
    )
    said = re.compile(
        head + rf"(?P<who>{_WHO}{{2,120}}?)"
        # the speaker ends before a place or a programme, not before a town
        # that is part of the name (the Regional Police Directorate in Burgas)
        r"(?=[ \t]*(?:[.!?…;]|\r?\n|$)|[ \t]*,|[ \t]+(?:in|on|at|during)[ \t]+(?![A-Z][a-z])"
        r"|[ \t]+(?:quoted|cited|who|after|while|when|via)[ \t])"
    )
    return told, said


_SPEAKERISH_START = re.compile(r"(?:the[ \t]+)?(?-i:[A-Z\"“„«])")


def _speakerlike(who: str) -> bool:
    """Whether the agent of a passive frame is a speaker: a name or an
    institution (a capital), or a role noun among its first words
    (`political analyst Georgi Harizanov`, `ten commanders`)."""
    if _SPEAKERISH_START.match(who):
        return True
    words = re.findall(r"[\w-]+", who)[:6]
    nouns = speakers()
    return any(w.lower() in nouns or (w.lower().endswith("s") and w.lower()[:-1] in nouns) for w in words)


def _medium_name(text: str, start: int, end: int) -> str:
    """The medium as a suggestion writes it: an outlet without its quote marks."""
    outlet = outlet_at(text, start, end, whole=True)
    return outlet.name if outlet is not None else " ".join(text[start:end].split())


def passive_frames(text: str, lowered: str | None = None) -> Iterator[Hit]:
    told, said = _passive_patterns()
    lowered = text.lower() if lowered is None else lowered
    english = {v.past: v.english for v in verbs()}
    taken: list[tuple[int, int]] = []
    lines = _frame_lines(lowered)
    for m in _line_matches(told, text, lowered, lines=lines):
        who = " ".join(m.group("who").split())
        if not _speakerlike(who):
            continue
        start = m.start()
        who = _capitalised(who) if m.group("subj")[0].isupper() else who
        taken.append((start, m.end()))
        yield Hit(
            start,
            m.end(),
            f"attribution frame {_excerpt(m.group())!r}: the Bulgarian order; English says who told whom",
            f"{who} told {_medium_name(text, m.start('media'), m.end('media'))}",
            "passive-frame",
        )
    for m in _line_matches(said, text, lowered, lines=lines):
        start = m.start()
        if any(s <= start < e for s, e in taken):
            continue
        who = " ".join(m.group("who").split())
        subject = m.group("subj").lower()
        verb = " ".join(m.group("verb").split())
        plain = english.get(verb, "said")
        if not _speakerlike(who) or (subject == "it" and plain != "said"):
            continue
        if subject == "it" and re.match(r"[^.!?\n]{0,40}?\bthat\b", text[m.end() : m.end() + 60]):
            continue  # "It was stated by the court that ...": an English passive
        who = _capitalised(who) if m.group("subj")[0].isupper() else who
        adverb = f"{m.group('adv')} " if m.group("adv") else ""
        place = f" {m.group('place')}" if m.group("place") else ""
        prep = " ".join((m.group("prep") or "").split())
        if prep in ("to", "before", "in front of", "for"):  # the medium before the speaker
            medium = " ".join(m.group("place")[len(m.group("prep")) :].split())
            yield Hit(
                start,
                m.end(),
                f"attribution frame {_excerpt(m.group())!r}: the Bulgarian order; English says who told whom",
                f"{who} told {medium}",
                "passive-frame",
            )
            continue
        obj = "this" if subject in ("this", "that", "it", "all this") else m.group("subj").lower()
        yield Hit(
            start,
            m.end(),
            f"attribution frame {_excerpt(m.group())!r}: the Bulgarian order; English names the speaker first",
            f"{who} {adverb}{plain} {obj}{place}",
            "passive-frame",
        )


# --- media named the Bulgarian way ------------------------------------------------------


@cache
def _media_frames() -> tuple[re.Pattern[str], ...]:
    return (
        # said before journalists / commented for BNR / said to bTV: found by
        # the preposition, the verb checked behind it
        re.compile(
            rf"[ \t](?P<prep>before|in[ \t]+front[ \t]+of|for|to)[ \t]+"
            # what can start a medium, checked before anything longer
            r"(?=[A-Z\"“„«]|[a-z][A-Z]|the[ \t]|journalists|reporters|media|press|cameras|[a-z][\w-]*\.[a-z])"
            rf"(?:(?P<press>{_PRESS})(?![ \t]+(?:arrived|left|could|had|began|gathered)\b)|(?P<outlet>{_OUTLET_TOKEN}))"
        ),
        # on the air of BNT / in the studio of NOVA
        re.compile(
            rf"(?P<frame>(?:in|on)[ \t]+the[ \t]+(?:air|ether|studio|studios)[ \t]+of)[ \t]+"
            rf"(?:(?P<noun>the[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{_MEDIA_NOUNS})\b)|(?P<outlet>{_OUTLET_TOKEN}))"
        ),
        # in the program "120 Minutes"
        re.compile(
            r"(?P<frame>in[ \t]+the[ \t]+(?:(?:morning|evening|weekend|Sunday|Saturday|political|current[ \t]+affairs)"
            r"[ \t]+)?(?P<kind>program|programme|show|broadcast|morning[ \t]+block))[ \t]+"
            r"(?=[“\"„«]|[A-Z][^.!?\n]{0,40}?[ \t](?:on|of)[ \t]+(?:[A-Z]|[a-z][A-Z]|[a-z][\w-]*\.[a-z]))"
        ),
    )


# The speech verbs a medium may follow with пред/за (told), and the fewer
# that may not be followed by "to" in English (said to bTV; explained to
# reporters is English).
_TO_VERBS = frozenset("said stated declared commented shared specified".split())


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset({v.past for v in verbs()} - {"asked", "reported", "revealed", "announced", "confirmed"})


def _verb_before(text: str, pos: int, allowed: frozenset[str]) -> tuple[int, str] | None:
    """The speech verb (one or two words: pointed out) that ends right
    before ``pos``, with its start (string methods: a pattern searched in
    the window would be tried at each of its characters)."""
    window_start = max(0, pos - 30)
    before = text[window_start:pos].rstrip(" \t")
    words = before.split()
    if not words or not words[-1].isalpha():
        return None
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in allowed:
        pair_start = before.rfind(words[-2], 0, len(before) - len(words[-1]))
        return window_start + pair_start, f"{words[-2]} {words[-1]}"
    if words[-1] in allowed:
        return window_start + len(before) - len(words[-1]), words[-1]
    return None


def _media(text: str, lowered: str) -> Iterator[Hit]:
    prep_frame, air_frame, show_frame = _media_frames()
    for m in prep_frame.finditer(text):
        prep = " ".join(m.group("prep").split())
        # the verb behind first: most "to" and "for" follow no speech verb
        behind = _verb_before(text, m.start(), _TO_VERBS if prep == "to" else _speech_verbs())
        if behind is None:
            continue
        if m.group("press") is not None:
            if prep == "to":
                continue  # "said to the journalists" is English; "said to BNT" is not
            media, end = m.group("press"), m.end("press")
            if media.startswith(("the ", "The ")):
                media = media.split(None, 1)[1]
        else:
            outlet = outlet_at(text, m.start("outlet"), m.end("outlet"))
            if outlet is None:
                continue
            media, end = outlet.name, outlet.end
        yield Hit(
            behind[0],
            end,
            f"{behind[1]!r} {prep} a medium: the Bulgarian 'пред'/'за'; English writes told",
            f"told {media}",
            "media-preposition",
        )
    for m in _line_matches(air_frame, text, lowered, (" air of", " ether of", " studio")):
        if m.group("noun") is None and outlet_at(text, m.start("outlet"), m.end("outlet")) is None:
            continue
        yield Hit(
            m.start("frame"),
            m.end("frame"),
            f"{' '.join(m.group('frame').split())!r} a medium: the Bulgarian 'в ефира/в студиото на'; English writes on",
            "on",
            "media-preposition",
        )
    for m in _line_matches(show_frame, text, lowered, (" program", " show", " broadcast", " block")):
        kind = " ".join(m.group("kind").split())
        english = "show" if kind in ("show", "morning block") else "programme" if kind != "broadcast" else "broadcast"
        frame = " ".join(m.group("frame").split())
        yield Hit(
            m.start("frame"),
            m.end("frame"),
            f"{frame!r} before a programme's name: English speaks on a programme",
            "on the " + frame.split(" ", 2)[2].replace(kind, english),
            "media-preposition",
        )


# --- tails: ", quoted by novini.bg", "as indicated by X", a second outlet ------------


@cache
def _tails() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    quoted = re.compile(
        r",[ \t](?P<span>(?:quoted|cited|reported|transmitted|broadcast|informed)[ \t]+by"
        rf"[ \t]+(?P<article>the[ \t]+)?)(?P<outlet>{_OUTLET_TOKEN})"
    )
    as_by = re.compile(
        r"(?P<span>as[ \t]+(?:indicated|pointed[ \t]+out|specified|explained|emphasi[sz]ed|stressed|"
        r"underlined|commented|clarified|shared|noted|declared|highlighted)[ \t]+by)[ \t]+"
    )
    second = re.compile(
        r",[ \t]+(?:the[ \t]+)?[\w.'’ -]{2,50}?[ \t]+(?:said|reported|announced|informed|stated|wrote|added|"
        rf"specified|explained)(?P<span>,[ \t]+(?:the[ \t]+)?(?P<outlet>{_OUTLET_TOKEN})[ \t]+"
        r"(?:reported|reports|informed|informs|wrote|writes))(?=[ \t]*(?:[.!?…]|\r?\n|$))"
    )
    return quoted, as_by, second


_CAPITAL_AFTER = re.compile(r"(?:the[ \t]+)?[A-Z]")
_WORDS_AFTER = re.compile(r"(?:the[ \t]+)?((?:[\w-]+[ \t]+){0,3}[\w-]+)")


def _person_after(text: str, pos: int) -> bool:
    """A person or a body at ``pos``: a capital (a name, an institution) or
    a speaker's role among the next words (`the minister`, `political
    scientist Ivan Petrov`)."""
    if _CAPITAL_AFTER.match(text, pos):
        return True
    words = _WORDS_AFTER.match(text, pos)
    return words is not None and any(speaker_noun(w) for w in words.group(1).split())


def _tail_hits(text: str, lowered: str) -> Iterator[Hit]:
    quoted, as_by, second = _tails()
    for m in quoted.finditer(text):
        outlet = outlet_at(text, m.start("outlet"), m.end("outlet"))
        if outlet is None or not _END.match(text, outlet.end):
            continue
        span = text[m.start("span") : outlet.end]
        yield Hit(
            m.start("span"),
            outlet.end,
            f"{_excerpt(span)!r} after a statement: the Bulgarian 'цитиран от'; English writes according to",
            f"according to {m.group('article') or ''}{outlet.name}",
            "source-tail",
        )
    for m in _word_matches(as_by, text):
        if not _person_after(text, m.end()):
            continue  # "as indicated by the data": English
        yield Hit(
            m.start("span"),
            m.end("span"),
            f"{' '.join(m.group('span').split())!r}: the Bulgarian 'както посочи'; English writes according to "
            "(or: as X said)",
            "according to",
            "source-tail",
        )
    needles = (" reported", " reports", " informed", " informs", " wrote", " writes")
    for m in _line_matches(second, text, lowered, needles, word_start=False):
        if outlet_at(text, m.start("outlet"), m.end("outlet"), whole=True) is None:
            continue
        yield Hit(
            m.start("span"),
            m.end("span"),
            f"a second source after the first ({_excerpt(m.group('span').lstrip(', '))!r}): name the source once",
            "",
            "source-tail",
        )


# --- a reporting verb without its object: "informs that", "specified that" -----------

_BARE_THAT = re.compile(
    r"(?P<verb>informs|informed|specifies|specified|specifying|reminds|reminded)[ \t]+that\b"
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|am|get|got|gets|getting|keep|kept|keeps|stay|stayed|remain|remained|"
    r"well|fully|duly|not|you|me|us|him|her|them)[ \t]+$",
    re.I,
)
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:law|act|article|regulations?|rules?|contract|agreement|treaty|constitution|code|directive|decree|ordinance|"
    r"order|document|standard|clause|provisions?|bill|policy|guidelines|manual|instructions|specifications?|plan|"
    r"permit|licen[cs]e|warrant|will|ruling|decision|resolution|protocol|form|schedule|deal|terms|legislation|"
    r"statute|text|paragraph|section|amendment|tender|procedure|ordinance|budget|report|study|survey)\b"
    r"[^.!?\n]{0,40}$",
    re.I,
)
_REQUIREMENT_AFTER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:must|shall|should|may[ \t]+not|cannot|be[ \t]+required|is[ \t]+required|are[ \t]+required|"
    r"needs?[ \t]+to|has[ \t]+to|have[ \t]+to)\b",
    re.I,
)
_BARE_ENGLISH = {
    "informs": "says",
    "informed": "said",
    "specifies": "says",
    "specified": "said",
    "specifying": "adding",
    "reminds": "points out",
    "reminded": "pointed out",
}


def _bare_that(text: str, lowered: str) -> Iterator[Hit]:
    for m in _line_matches(_BARE_THAT, text, lowered, ("inform", "specif", "remind")):
        start = m.start()
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 60) : start]
        if _PASSIVE_BEFORE.search(before):
            continue
        verb = m.group("verb")
        if verb.startswith("specif"):
            sentence = re.split(r"[.!?]\s", text[max(line_start, start - 120) : start])[-1]
            if _DOCUMENT_SUBJECT.search(sentence) or _REQUIREMENT_AFTER.match(text, m.end()):
                continue
        yield Hit(
            start,
            m.end("verb"),
            f"'{verb} that' without an object: the Bulgarian информира/уточни/напомни; English writes said, "
            "or names whom",
            _BARE_ENGLISH[verb],
            "bare-that",
        )


# --- a headline "X to FACTI:" ---------------------------------------------------------


@cache
def _headline_to() -> re.Pattern[str]:
    word = r"[A-Za-z][\w'’.-]*"
    return re.compile(
        rf"(?m)^[ \t]*(?P<who>[A-Z][\w'’.-]*(?:[ \t]+{word}){{0,8}}?)[ \t]+"
        rf"(?P<span>to[ \t]+(?P<outlet>{_OUTLET_TOKEN})):"
    )


# The lower-case words a headline's speaker may have besides role nouns
# (`Former deputy prime minister X to BNR:`).
_HEADLINE_SMALL = frozenset(
    "of the and for former deputy political university party chief head ex acting caretaker national prime".split()
)


def _headlines(text: str, lowered: str) -> Iterator[Hit]:
    pattern = _headline_to()
    for start, end in _lines_with(text, (":",)):
        m = pattern.match(text, start, end)
        if m is None:
            continue
        lower = [w for w in m.group("who").split() if w[:1].islower()]
        if any(w not in _HEADLINE_SMALL and not speaker_noun(w) for w in lower):
            continue  # a clause, not a name: "Welcome to BBC:"
        outlet = outlet_at(text, m.start("outlet"), m.end("outlet"), whole=True)
        if outlet is None:
            continue
        yield Hit(
            m.start("span"),
            m.end("span"),
            f"{m.group('span')!r} in a headline: the Bulgarian 'X пред ФАКТИ:'; English writes X tells ...",
            f"tells {outlet.name}",
            "headline",
        )


_FINDERS = (passive_frames, _speaker_inversions, _outlet_inversions, _media, _tail_hits, _bare_that, _headlines)


def check(rule, ctx):
    text, lowered = ctx.text, ctx.lowered
    hits = sorted((h for finder in _FINDERS for h in finder(text, lowered)), key=lambda h: (h.start, -h.end))
    last_end = -1
    for hit in hits:
        if hit.start < last_end:
            continue  # one formula, one finding: the longest at a place wins
        last_end = hit.end
        yield rule.finding(
            ctx,
            hit.start,
            hit.end,
            hit.message,
            hit.suggestion,
            details=(("frame", hit.frame),),
        )


RULE = make_rule(
    __doc__,
    code="TQ202",
    name="attribution",
    severity=Severity.MINOR,
    category=Category.UNIDIOMATIC,
    check=check,
    target_langs=("en",),
    source_langs=("bg",),
)
