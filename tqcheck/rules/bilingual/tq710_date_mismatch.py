"""Flags a month or a day of the week that changed in translation.

## What it does
Reads the months and days of the week each source sentence and its
translation name, in each language's own words (CLDR's calendar names
through Babel: `février`, `16 февраля`, `в среду`, `Πέμπτη`, `星期三`,
`9月`), and reports a month or day of the translation that the source
does not name where the source names another that the translation lacks:
`June 16` for `16 février`, `on Monday` for `в среду`, `August 9` for
the second of `6 juillet ... 9 juillet` (names are matched one for one).
A name counts as there in any inflected form (`в феврале`, `w środę`)
and a month also in a date in figures (`29.09.2018`), or where the
sentence next to it has it left over (a reordered translation; not a day
that the next sentence names in both languages: news tells consecutive
days in consecutive sentences). A name that is also a common word
of its language (English `may`, Romanian `mai`, more, and `luni`,
months; Russian `среди`, among, beside `среда`) counts only beside a
figure (`May 4`), an abbreviation too (`Sept. 29`). A month or day gone
with nothing in its place, or one added beside the source's, is not
reported here: a date may be given another way (`yesterday`, `last
month`), and a verb may be a month (`march`).
Where one name took the place of one, the suggestion is the source's in
the form the translation wrote (`June` -> `February`, `16 июня` -> `16
февраля`; none for an inflection such as `в пятницу`): an unsafe fix, as
the editor should check the date against the source.

## Why
A wrong date reads as well as the right one, and months and days are
words, not figures, so a number check passes them by; machine translation
and tired translators swap them (`вторник` and `четверг` share a stem of
counting).

## Example
    Делото ще бъде гледано на 16 февруари. => The case will be heard on June 16.
    [fr>en] Les enquêteurs ont récupéré les enregistreurs mercredi. => Investigators recovered the recorders on Monday.
    [en>ru] The talks resumed on Wednesday. => Переговоры возобновились в пятницу.
    [en>de] Trump spoke in Iowa on Tuesday, October 2. => Trump sprach am Dienstag, dem 2. November, in Iowa.
    [en>zh-Hans] The election is on Tuesday. => 选举在星期四举行。
    [fr>en] L’un a été envoyé le 6 juillet, lu le 9 juillet. => One was sent on July 6 and read on August 9.
    [en>de] The quake struck on Friday. On Saturday, a boy was rescued. => Das Beben ereignete sich am Freitag. Am Freitag wurde ein Junge gerettet.

## Use instead
    Делото ще бъде гледано на 16 февруари. => The case will be heard on February 16.
    [fr>en] Les enquêteurs ont récupéré les enregistreurs mercredi. => Investigators recovered the recorders on Wednesday.
    [en>ru] The talks resumed on Wednesday. => Переговоры возобновились в среду.
    [en>ru] The talks are planned for February. => Переговоры запланированы на феврале.
    [en>fr] The vote is on 29.09.2018. => Le vote a lieu le 29 septembre 2018.
    [en>ro] Theresa May spoke on Monday. => Theresa May a vorbit mai mult luni.
    [en>zh-Hans] The election is on Tuesday, Nov. 6. => 选举在11月6日星期二举行。
    [en>de] Protesters will march on Saturday. => Demonstranten marschieren am Samstag.
    [en>fr] The quake struck on Friday. On Saturday, a boy was rescued. => Samedi, un garçon a été secouru. Le séisme a frappé vendredi.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.alignment.calendar_names import KINDS, CalendarMention, calendar_mentions, english_name, in_the_same_form
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import Lost, omission_aware, outside, quote


def _left_over(ours: tuple[CalendarMention, ...], theirs: tuple[CalendarMention, ...]) -> list[CalendarMention]:
    """Our mentions that no mention of the other side names, matched one
    for one (July 6 ... July 9 is not July 6 ... August 9)."""
    used = [False] * len(theirs)
    out = []
    for m in ours:
        # The partner that surely names the same, then the one with the
        # fewest readings (Sunday takes pazar, not pazartesi, Monday, which
        # starts with it).
        options = [i for i, t in enumerate(theirs) if not used[i] and m.loose & t.loose]
        partner = min(options, key=lambda i: (not m.strict & theirs[i].strict, len(theirs[i].loose)), default=None)
        if partner is None:
            out.append(m)
        else:
            used[partner] = True
    return out


def _changed(
    left: list[CalendarMention], moved: Iterable[CalendarMention], kind: str
) -> list[tuple[CalendarMention, frozenset[str]]]:
    """The strict mentions of ``kind`` (M or D) among ``left``, each with
    its concepts of that kind, less those that a neighbouring sentence's
    left-over mentions name (a name moved next door: a reordered
    translation, an alignment slip)."""
    elsewhere = frozenset(c for m in moved for c in m.loose)
    out = []
    for m in left:
        concepts = frozenset(c for c in m.strict if c[0] == kind)
        if concepts and not concepts & elsewhere:
            out.append((m, concepts))
    return out


def _named(word: str, concepts: frozenset[str]) -> str:
    """``word`` quoted, with its English name where it is another word
    ('mercredi' (Wednesday); 'June')."""
    english = "/".join(english_name(c) for c in sorted(concepts))
    return repr(word) if word.lower() == english.lower() else f"{word!r} ({english})"


def _findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    if ctx.source is None:
        return
    source_text = ctx.source.checked_text  # type: ignore[union-attr]
    pairs = [p for p in ctx.pairs if p.translated]
    sources, targets = [], []
    for pair in pairs:
        lost = omitted(pair)
        mentions = calendar_mentions(source_text, ctx.source_lang, pair.source_start, pair.source_end)
        sources.append(tuple(m for m in mentions if outside(lost, m.start)))
        targets.append(calendar_mentions(ctx.text, ctx.target_lang, pair.target_start, pair.target_end))
    gone_from = [_left_over(s, t) for s, t in zip(sources, targets)]
    come_into = [_left_over(t, s) for s, t in zip(sources, targets)]
    for k, pair in enumerate(pairs):
        if not gone_from[k] or not come_into[k]:
            continue
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(pairs)]
        for kind in KINDS:
            # (Next door, only what is left over there: consecutive days
            # in consecutive sentences are no slip.)
            gone = _changed(gone_from[k], (m for j in near for m in come_into[j]), kind)
            come = _changed(come_into[k], (m for j in near for m in gone_from[j]), kind)
            if not gone or not come:
                continue  # a name added or dropped alone is no changed date
            had = ", ".join(_named(source_text[m.start : m.end], concepts) for m, concepts in gone)
            about = (("source", quote(pair.source)), ("source_spans", [[m.start, m.end] for m, _ in gone]))
            # One name for one: the source's, in the same form (June ->
            # February), a suggestion to check (an inflection has none).
            named = {c for _, concepts in gone for c in concepts}
            only = next(iter(named)) if len(named) == 1 and len(come) == 1 else None
            for mention, concepts in come:
                word = ctx.text[mention.start : mention.end]
                yield rule.finding(
                    ctx, mention.start, mention.end,
                    f"{_named(word, concepts)} is not in the source, which has {had}",
                    in_the_same_form(word, ctx.target_lang, only) if only else None,
                    details=about,
                )


check = omission_aware(_findings)


RULE = make_rule(
    __doc__,
    code="TQ710",
    name="date-mismatch",
    severity=Severity.MAJOR,
    category=Category.MISTRANSLATION,
    check=check,
)
