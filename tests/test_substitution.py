"""The substitution kind (rules/kinds/substitution.py, its tables in
rules/tables.py): messages and suggestions with their groups filled in, the
capital a suggestion takes, and the reading of a phrase's regex source
(rules/regex_source.py: alternatives, groups, key words)."""

from __future__ import annotations

import random
import re
import warnings

import pytest
from helpers import TABLES, document, table_entry_cases

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.rules import tq201_calque, tq203_perspective_leak
from tqcheck.rules.kinds.substitution import message_for
from tqcheck.rules.regex_source import (
    capture_count,
    leading_words,
    mandatory_groups,
    mandatory_words,
    split_top_level,
)
from tqcheck.rules.tables import load_table

RULES = (tq201_calque.RULE, tq203_perspective_leak.RULE)
_PLACEHOLDER = re.compile(r"\\(?:\d|g<)")


def findings(text: str, code: str):
    result = check_document(document(text), Config(), rules=RULES)
    return [f for f in result.findings if f.code == code]


ENTRY_CASES = table_entry_cases()


# --- 1. every alternative has its groups filled in ---------------------------------


@pytest.mark.parametrize(("table", "entry"), ENTRY_CASES)
def test_no_placeholder_reaches_a_message_or_suggestion(table, entry):
    """`(or: interim \\1)` was printed as is: every alternative goes through
    the same expansion as the suggestion."""
    own = [f for f in findings(entry.bad_example, TABLES[table]) if dict(f.details).get("entry") == entry.phrase]
    assert own, entry.source
    for f in own:
        assert not _PLACEHOLDER.search(f.message), f.message
        assert f.suggestion is None or not _PLACEHOLDER.search(f.suggestion), f.suggestion
        match = entry.regex.match(entry.bad_example, f.start)
        assert not _PLACEHOLDER.search(message_for(entry, match, "calque"))


def test_other_alternatives_are_filled_in():
    (f,) = findings("The official cabinet is yet to approve the law.", "TQ201")
    assert f.message.endswith("(or: interim cabinet)")
    text = "Information about the consequences is being clarified."
    (f,) = findings(text, "TQ201")
    assert "(or: Information about the consequences is being investigated)" in f.message


# --- 2. the capital of a suggestion -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        # An acronym mid-sentence is not a sentence start.
        ("A TIR overturned on the Trakia motorway.", "truck"),
        ("The driver of a TIR was injured.", "truck"),
        ("TIR overturned on the Trakia motorway.", "Truck"),
        ("Traffic stopped. TIR overturned near Sofia.", "Truck"),
        ("Last news in Fakti", "Latest news"),
        ("“Last news from the front,” he said.", "Latest news"),
        ("He read the last news in Fakti.", "latest news"),
        # A headline in capitals keeps its capitals; one in Title Case its title case.
        ("LAST NEWS IN FAKTI", "LATEST NEWS"),
        ("Ministers of the Official Cabinet Meet the Unions", "Caretaker Cabinet"),
        ("He met the Agrarian Minister on Monday.", "Agriculture Minister"),
        # An acronym that opens a match mid-sentence gives no capital either.
        ("Two MVR employees were injured in the crash.", "police officers"),
        ("MVR employees were injured.", "Police officers"),
    ],
)
def test_suggestion_takes_the_case_of_its_place(text, suggestion):
    (f,) = findings(text, "TQ201")
    assert f.suggestion == suggestion


# --- 3. reading the regex source --------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parts"),
    [
        ("a|b", ["a", "b"]),
        ("a[(|]b|c", ["a[(|]b", "c"]),
        ("a[|)]b|c", ["a[|)]b", "c"]),
        ("a[]|]b|c", ["a[]|]b", "c"]),
        ("a[^]|(]b|c", ["a[^]|(]b", "c"]),
        (r"a\|b|c", [r"a\|b", "c"]),
        (r"a\\|b", ["a\\\\", "b"]),
        ("(?:a|b)|(?<=x)c|(?!d|e)f", ["(?:a|b)", "(?<=x)c", "(?!d|e)f"]),
        (r"x(?#a|b\))|y", [r"x(?#a|b\))", "y"]),
        (r"[\]|(]a|b", [r"[\]|(]a", "b"]),
    ],
)
def test_split_top_level_respects_classes_escapes_and_groups(phrase, parts):
    assert split_top_level(phrase) == parts


@pytest.mark.parametrize(
    ("alternative", "groups"),
    [
        ("(said|told) [(]to (BNT|BTA)", ["said|told", "BNT|BTA"]),
        ("[(](said|told) (BNT)", ["BNT"]),  # the first group is glued to a class
        ("(?:said|told) (?=x)(BNT)", ["said|told"]),  # a lookahead matches nothing
        ("(?-i:Minister) (a)? (b)", ["Minister", "b"]),
        ("(a[)]b) (c)", ["a[)]b", "c"]),
    ],
)
def test_groups_respects_classes_and_group_kinds(alternative, groups):
    assert mandatory_groups(alternative) == groups


@pytest.mark.parametrize(
    ("alternative", "words"),
    [
        ("[(]x official cabinet", ["official", "cabinet"]),
        ("official [)(] cabinet", ["official", "cabinet"]),
        ("(?:a|(b)) official", ["official"]),
        ("(un)?related news", ["news"]),
    ],
)
def test_mandatory_words_respects_classes(alternative, words):
    assert mandatory_words(alternative) == words


@pytest.mark.parametrize(
    ("phrase", "leads"),
    [
        ("(said|stated) for", {"said", "stated"}),
        ("(?:said|(stated)) for", {"said", "stated"}),
        ("[(]said", None),
        ("(?=x)said", None),
        ("(said|[(]x)", None),
        ("(said)? for", None),
    ],
)
def test_leading_words(phrase, leads):
    assert leading_words(phrase) == leads


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A random valid regex: literals, escapes, classes holding brackets and
    bars, groups of every kind, quantifiers, alternations."""
    parts = []
    for _ in range(rng.randint(0, 5)):
        kind = rng.choice("lllleccgq" if depth < 3 else "llleccq")
        if kind == "l":
            parts.append(rng.choice(["a", "b", "x", " ", "-", "'", ".", "word", "|"]))
        elif kind == "e":
            parts.append(rng.choice([r"\(", r"\)", r"\[", r"\]", r"\|", r"\\", r"\w", r"\s", r"\b", r"\d", r"\.", r"\x41"]))
        elif kind == "c":
            first = rng.choice(["", "^", "]", "^]"])
            body = "".join(rng.choice(["(", ")", "|", "a", "[", r"\]", r"\\", "-", "?", ":"]) for _ in range(rng.randint(1, 4)))
            parts.append(f"[{first}{body}]")
        elif kind == "q":
            if parts and parts[-1] not in ("|",) and not parts[-1].endswith(("?", "*", "+", "}")) and parts[-1] not in (r"\b",):
                parts.append(rng.choice(["?", "*", "+", "{1,2}", "??"]))
        else:
            inner = _random_pattern(rng, depth + 1)
            head = rng.choice(["(", "(", "(?:", "(?=", "(?!", "(?<=x", "(?<!x", "(?i:", "(?-i:", "(?>", "(?P<g%d>"])
            if "%d" in head:
                head = head % rng.randint(0, 10**6)
            if head.startswith("(?<"):
                parts.append(head[:-1] + ")")  # a fixed-width lookbehind
                parts.append(inner)
            else:
                parts.append(head + inner + ")")
    return "".join(parts)


def test_the_reader_agrees_with_re_on_random_patterns():
    """The phrase reader against Python's own re: the number of capturing
    groups, and every top-level alternative is a regex on its own."""
    rng = random.Random(20250112)
    tried = 0
    while tried < 3000:
        pattern = _random_pattern(rng)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "[[" warns of future set syntax
                compiled = re.compile(pattern)
        except re.error:
            continue
        tried += 1
        assert capture_count(pattern) == compiled.groups, pattern
        parts = split_top_level(pattern)
        assert "|".join(parts) == pattern
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert sum(re.compile(p).groups for p in parts) == compiled.groups, pattern


def test_table_phrases_are_read_like_re_reads_them():
    for table in TABLES:
        for entry in load_table(table):
            assert capture_count(entry.phrase) == entry.regex.groups, entry.source


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_the_lines_to_try_merged_in_order_are_the_table_of_lines_they_were(ending):
    # CompiledTable._lines streams the lines of the key words' positions
    # (and every line, for entries without a key word) in order; before, a
    # table of every line was built and sorted: the same lines, the same sets.
    from tqcheck.rules.kinds.substitution import (
        _REGISTERED,
        _line_finder,
        _lowered,
        _scanner,
        compiled_table,
        keyword_positions,
    )

    rng = random.Random(len(ending))
    names = frozenset(_REGISTERED)
    for name in sorted(names):
        table = compiled_table(name)
        words = sorted(table.by_keyword)
        for _ in range(20):
            text = ending.join(" ".join(rng.choice([*rng.sample(words, 3), "the", "a"]) for _ in range(rng.randrange(0, 6)))
                               for _ in range(rng.randrange(1, 8)))
            positions = keyword_positions(text, names, _lowered(text))
            canonical = _scanner(names)[1]
            lines: dict = {}
            line_of = _line_finder(text)
            for word, indices in table.by_keyword.items():
                for at in positions.get(canonical[word], ()):
                    lines.setdefault(line_of(at), set()).update(indices)
            if table.everywhere:
                for match in re.finditer(r"[^\n]+", text):
                    lines.setdefault(match.span(), set()).update(table.everywhere)
            assert list(table._lines(text, positions, canonical)) == sorted(lines.items())
