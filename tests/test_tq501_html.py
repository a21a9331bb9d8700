"""TQ501 in HTML input: a gap counts by what a reader sees. Plain spaces
collapse to one when HTML is rendered and tags take no room, but a no-break
space (`&nbsp;`, `&#160;` or the character itself) does not collapse, so
`cabinet&nbsp;&nbsp;approved` and `cabinet&nbsp; approved` show two spaces.
(Review 2: TQ501 skipped every gap whose file text differed from the masked
text, so no entity gap was ever flagged.)"""

from __future__ import annotations

import pytest

from tests.helpers import check_text


def double_spaces(text: str, fmt: str = "html") -> list[str]:
    return [text[f.start : f.end] for f in check_text(text, select=("TQ501",), fmt=fmt)]


@pytest.mark.parametrize(
    "gap",
    [
        "&nbsp;&nbsp;",
        "&#160;&#160;",
        "&#xA0;&nbsp;",
        "&nbsp; ",  # the space after a no-break space does not collapse into it
        " &nbsp;",
        "\u00a0\u00a0",  # literal no-break spaces
        "&nbsp;<b></b>&nbsp;",  # a tag between them takes no room
        "&nbsp;\n ",  # a line break in the file is a collapsible space too
    ],
)
def test_visible_double_space_is_flagged(gap):
    text = f"<p>The cabinet{gap}approved the budget.</p>\n"
    assert double_spaces(text) == [gap]


@pytest.mark.parametrize(
    "gap",
    [
        "  ",  # plain spaces collapse to one
        " \n  ",
        "&nbsp;",
        " <b> ",  # collapsible spaces around a tag are still one space
        "&nbsp;<b>",
        "</p><p>&nbsp;",  # a paragraph break is no gap
        "&nbsp;</p>\n<p>&nbsp;",
    ],
)
def test_single_visible_space_is_not_flagged(gap):
    text = f"<p>The cabinet{gap}approved the budget.</p>\n"
    assert double_spaces(text) == []


def test_plain_text_and_markdown_unchanged():
    for fmt in ("text", "markdown"):
        assert double_spaces("The cabinet  approved it.\n", fmt) == ["  "]
        assert double_spaces("The cabinet approved it.\n", fmt) == []
        assert double_spaces("The cabinet\u00a0\u00a0approved it.\n", fmt) == ["\u00a0\u00a0"]
