"""A rule's findings do not depend on which other rules are selected: for
every rule R, what `--select R` reports is what R reports among all rules,
on every fixture and seed (monolingual and bilingual), except what the
engine's de-duplication explains, and only between findings both runs
keep: a finding inside text another finding removes, one merged into
another rule's agreeing finding (``also``), a sentence reported once as an
omission (TQ703) or as a model's copy (TQ904).

Alone, nothing can cover R's findings: `--select R` reports all R finds
(engine.run_rules), less only the variants that hold if another rule
reports an omission."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tqcheck.bilingual_inputs import load_pairs
from tqcheck.config import Config
from tqcheck.engine import Silencer, check_document, rule_context, run_rules, segment_document
from tqcheck.inputs import read_document, suppressions
from tqcheck.model import Document, Finding
from tqcheck.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "fixtures" / "bilingual"
# What TQ703 reports, the rules that compare a link's contents defer to.
DEFER_TO_OMISSION = {"TQ701", "TQ702", "TQ707", "TQ708"}
# A sentence TQ704 reports as added: its figures and names are not reported again.
DEFER_TO_ADDITION = {"TQ701", "TQ702"}
DEFER_TO_COPY = {"TQ901", "TQ902", "TQ903"}


def _cases():
    cases = []
    for folder in ("seeds", "fixtures"):
        for path in sorted((ROOT / folder).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if path.suffix in (".txt", ".md", ".html") and path.name != "README.md" and "/bt/" not in rel:
                cases.append(pytest.param(path, None, id=rel))
    for stem in ("flores200-devtest-excerpt", "ntrex128-excerpt"):
        cases.append(pytest.param(BILINGUAL / f"{stem}.eng", BILINGUAL / f"{stem}.bul", id=f"{stem} (bilingual)"))
    for name in ("pairs.tsv", "pairs.po", "pairs.xlf", "pairs2.xlf", "pairs.tmx"):
        cases.append(pytest.param(BILINGUAL / name, "pairs", id=name))
    # A translation that drops a sentence with a number, a name, a quotation.
    for name, source, target in OMISSIONS:
        cases.append(pytest.param(target, source, id=name))
    # A sentence added inside its neighbour's link, with figures (en->ru).
    cases.append(pytest.param((ADDED_RU, "ru"), (ADDED_EN, "en"), id="added inside a link"))
    return cases


_SECOND_BG = (
    "Д - р Ехуд Ур, професор по медицина в университета Далхаузи в Халифакс, Нова Скотия и председател на "
    "клиничния и научен отдел на Канадската асоциация за диабет, предупреди, че изследването все още е в началото си."
)
_SECOND_EN = (
    "Dr Ehud Ur, a professor of medicine at Dalhousie University in Halifax, Nova Scotia and chairman of the "
    "clinical and scientific department of the Canadian Diabetes Association, warned that the study was still "
    "in its infancy."
)
OMISSIONS = (
    ("omitted number", "Правителството прие бюджета за следващата година след дълъг дебат в парламента. "
     "Разходите ще са 52 милиарда лева.", "The government adopted next year's budget after a long debate in parliament."),
    ("omitted name", "Сега мишките на Бантинг вече нямат диабет, съобщиха изследователите от лабораторията.\n"
     + _SECOND_BG, _SECOND_EN),
    ("omitted quotation", "„Сега имаме мишки на четири месеца, които преди имаха диабет, но сега нямат“, добави той.\n"
     + _SECOND_BG, _SECOND_EN),
    ("omitted number, another changed", '"Сега имаме мишки на 4 месеца, които преди имаха диабет, но сега нямат, '
     "добави той.\n" + _SECOND_BG.replace("в началото си", "в началото си, от 3 години"),
     _SECOND_EN.replace("in its infancy", "in its infancy, for 5 years")),
)


ADDED_EN = (
    "With the confirmation vote on hold for his pick to fill the Supreme Court vacancy, Trump is aiming to build "
    "support for upcoming mid-term elections since Republicans are at risk of losing control of Congress when votes "
    "are cast on Nov. 6."
)
ADDED_RU = (
    "Поскольку голосование по кандидатуре, предложенной им на пост верховного судьи, было отложено, Трамп стремится "
    "заручиться поддержкой на предстоящих промежуточных выборах, ведь республиканцы рискуют потерять контроль над "
    "Конгрессом, если голосование состоится 6 ноября. Премьер-министр Великобритании Тереза Мэй прибывает на "
    "конференцию в Бирмингеме 29 сентября 2018 года."
)


def _inputs(path, source):
    if isinstance(path, tuple):  # inline text and language: (translation, lang), (source, lang)
        return Document(path[0], "target.txt", path[1]), Document(source[0], "source.txt", source[1]), None
    if isinstance(path, str):  # inline text: (source, translation)
        return Document(path, "target.txt", "en"), Document(source, "source.txt", "bg"), None
    if source == "pairs":
        src, tgt, links = load_pairs(path, "bg", "en")
        return tgt, src, links
    target = read_document(str(path), "en")
    return target, (read_document(str(source), "bg") if source is not None else None), None


def _plain(f: Finding) -> Finding:
    return replace(f, details=tuple((k, v) for k, v in f.details if k != "also"))


def _explained(f: Finding, kept: list[Finding]) -> bool:
    """Why the run with every rule does not report ``f`` as R alone does."""
    for g in kept:
        inside = g.start <= f.start and f.end <= g.end
        if inside and dict(g.details).get("removes") and g.code != f.code:
            return True  # text that must go: nothing inside it is reported
        if (g.start, g.end, g.suggestion) == (f.start, f.end, f.suggestion) and f.code in dict(g.details).get("also", ""):
            return True  # the same error and fix from two rules, merged
        if inside and g.code == "TQ703" and f.code in DEFER_TO_OMISSION:
            return True  # the sentence is reported once, as an omission
        if inside and g.code == "TQ704" and f.code in DEFER_TO_ADDITION:
            return True  # the sentence is reported once, as an addition
        if (g.start, g.end) == (f.start, f.end) and g.code == "TQ904" and f.code in DEFER_TO_COPY:
            return True  # the model copied the sentence: reported once, as a copy
    return False


def _config(target: Document, src: Document | None, **options) -> Config:
    """The configuration for a case: its languages (Bulgarian into English
    but for the inline cases that say otherwise)."""
    languages = {"source_lang": src.language, "target_lang": target.language} if src is not None else {}
    return Config(**languages, **options)


def _found(target, src, links, rules) -> list[Finding]:
    """What ``rules`` find, before the engine keeps and de-duplicates."""
    ctx = rule_context(
        target, segment_document(target), _config(target, src), source=src,
        source_segments=segment_document(src) if src is not None else (), given_links=links,
    )
    return run_rules(ctx, rules)


def _stripped(f: Finding) -> Finding:
    return replace(f, covers=(), unless_covered=(), if_covered=())


@pytest.mark.parametrize(("path", "source"), _cases())
def test_select_one_rule_reports_what_it_reports_among_all(path, source):
    target, src, links = _inputs(path, source)
    everything = check_document(target, _config(target, src), source=src, given_links=links).findings
    found_by_all = _found(target, src, links, all_rules() if src is not None else [])
    for rule in all_rules():
        if src is None and rule.code.startswith("TQ7"):
            continue
        found = _found(target, src, links, [rule])
        if src is not None:
            assert found == [f for f in found_by_all if f.code == rule.code], rule.code
        alone = [
            _plain(f)
            for f in check_document(target, _config(target, src, select=(rule.code,)), source=src, given_links=links).findings
        ]
        silencer = Silencer.build(suppressions(target.text), segment_document(target))
        unique = {
            (f.code, f.start, f.end): _stripped(f) for f in reversed(found) if not f.if_covered and not silencer.silences(f)
        }
        assert sorted(alone, key=Finding.sort_key) == sorted(unique.values(), key=Finding.sort_key), rule.code
        among = [_plain(f) for f in everything if f.code == rule.code]
        hidden = [f for f in alone if f not in among]
        assert all(_explained(f, list(everything)) for f in hidden), (rule.code, hidden)
        # Among all rules, R may only report what it says when TQ703 reports
        # the omission (the variant that leaves the omitted sentence out).
        extra = [f for f in among if f not in alone]
        assert all(
            f.code in DEFER_TO_OMISSION and any(g.code == "TQ703" and g.start <= f.start and f.end <= g.end for g in everything)
            for f in extra
        ), (rule.code, extra)
