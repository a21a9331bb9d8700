"""The HTML article split (``pieces``) at scale: the sweep must give exactly
what the plain definition gives, piece by piece, on inputs with many
overlapping, nested, touching, zero-width and out-of-range findings.

The reference below is the obvious quadratic definition (every finding
checked at every cut), kept here only as the oracle. No timing is
asserted: the figures are in the report of the change, not in a test.
"""

from __future__ import annotations

import random

import pytest

from tqcheck.formats.html_model import FindingView, Piece, pieces, visible_span

SEVERITIES = ("info", "minor", "major", "critical")


def reference(
    text: str, findings: tuple[FindingView, ...], accepted: tuple[FindingView, ...] = (), extra: tuple[int, ...] = ()
) -> tuple[Piece, ...]:
    every = [(f, *visible_span(f, len(text))) for f in (*findings, *accepted)]
    cuts = sorted({0, len(text), *(s for _, s, _ in every), *(e for _, _, e in every), *(c for c in extra if c <= len(text))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [f for f, s, e in every if s <= a and b <= e and s < e]
        live = [f for f in covering if not f.accepted]
        taken = [f for f in covering if f.accepted]
        if not covering:
            out.append(Piece(text=text[a:b]))
            continue
        starting = [f for f, s, _ in every if s == a and f in covering]
        out.append(
            Piece(
                text=text[a:b],
                findings=tuple(f.id for f in live),
                severity=max(live, key=lambda f: f.rank).severity if live else None,
                starts=tuple(f.id for f in starting if not f.accepted),
                tip="\n".join(
                    f"{f.code} {f.severity}{' (accepted by baseline)' if f.accepted else ''}: {f.message}"
                    + ("" if f.suggestion is None else " → delete" if f.suggestion == "" else f" → {f.suggestion}")
                    for f in live + taken
                ),
                accepted=tuple(f.id for f in taken),
                accepted_starts=tuple(f.id for f in starting if f.accepted),
            )
        )
    return tuple(out)


def random_findings(rng: random.Random, length: int, n: int, accepted: bool = False) -> tuple[FindingView, ...]:
    views = []
    for i in range(n):
        start = rng.randrange(-2, length + 3)  # a few out of range: clamped like the page does
        end = start + rng.choice((0, 0, 1, 2, 5, 20, 200, -1))  # zero width, long, even backwards
        rank = rng.randrange(4)
        views.append(
            FindingView(
                id=f"d0{'a' if accepted else 'f'}{i}", doc=0, code=f"TQ{100 + rank}", family="TQ1",
                severity=SEVERITIES[rank], rank=rank + 1, category="punctuation", segment_id=0,
                start=start, end=end, line=1, column=1, text="", message=f"message {i}",
                suggestion=rng.choice((None, "", "fix")), accepted=accepted,
            )
        )
    return tuple(sorted(views, key=lambda f: (f.start, f.end)))


@pytest.mark.parametrize("seed", range(6))
def test_sweep_matches_the_plain_definition_on_many_findings(seed):
    rng = random.Random(seed)
    length = rng.choice((1, 50, 3000))
    text = "".join(rng.choice("ab \n“”") for _ in range(length))
    findings = random_findings(rng, length, rng.choice((1, 40, 1500)))
    got = pieces(text, findings)
    assert got == reference(text, findings)
    assert "".join(p.text for p in got) == text


@pytest.mark.parametrize("seed", range(4))
def test_accepted_findings_cut_the_text_the_same_way(seed):
    rng = random.Random(100 + seed)
    text = "".join(rng.choice("ab \n") for _ in range(2000))
    findings = random_findings(rng, 1000, 300)  # the live ones in the first half only
    accepted = random_findings(rng, len(text), 200, accepted=True)
    got = pieces(text, findings, accepted)
    assert got == reference(text, findings, accepted)
    assert any(p.accepted and not p.findings for p in got)  # the case the page greys


def test_empty_text_has_no_pieces():
    findings = random_findings(random.Random(0), 0, 5)
    assert pieces("", findings) == reference("", findings) == ()


@pytest.mark.parametrize("seed", range(3))
def test_row_cuts_split_pieces_and_change_nothing_else(seed):
    rng = random.Random(200 + seed)
    text = "".join(rng.choice("ab \n") for _ in range(1500))
    findings = random_findings(rng, len(text), 200)
    cuts = tuple(sorted(rng.sample(range(len(text) + 1), 40)))
    got = pieces(text, findings, (), cuts)
    assert got == reference(text, findings, (), cuts)
    starts, at = set(), 0
    for p in got:
        starts.add(at)
        at += len(p.text)
    assert set(cuts) - {len(text)} <= starts
