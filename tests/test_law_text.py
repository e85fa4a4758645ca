"""The French text of every provision of the resolution is the seed's, verbatim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "sources" / "resolution-11-5.fr.md"


def _clean(text: str) -> str:
    text = re.sub(r"<sup>\d+</sup>", "", text)  # footnote markers
    text = re.sub(r"<sup>(.*?)</sup>", r"\1", text)  # 1<sup>er</sup> -> 1er
    text = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", text)  # [76/7](#) -> 76/7
    text = text.replace("*", "")
    return " ".join(text.split())


def seed_paragraphs() -> dict[str, str]:
    """{citation: text} of the seed, with page-break artifacts (footnotes, `---`) removed."""
    text = SEED.read_text(encoding="utf-8")
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    kept = [b for b in blocks if b != "---" and not re.match(r"^<sup>\d+</sup>", b)]
    # A block that starts in lower case continues the paragraph a page break cut.
    joined: list[str] = []
    for block in kept:
        if joined and re.match(r"^[a-zé]", block) and not re.match(r"^[a-e]\) ", block):
            joined[-1] += " " + block
        else:
            joined.append(block)
    result: dict[str, str] = {}
    preamble = 0
    op = None
    for block in joined:
        if block.startswith("*") and not block.startswith("*La Conf"):
            preamble += 1
            result[f"PP {preamble}"] = _clean(block)
        elif m := re.match(r"^(\d+)\. (.*)$", block, re.S):
            op = int(m.group(1))
            result[f"OP {op}"] = _clean(m.group(2))
        elif (m := re.match(r"^([a-e])\) (.*)$", block, re.S)) and op:
            result[f"OP {op}({m.group(1)})"] = _clean(m.group(2))
    return result


@pytest.mark.skipif(not SEED.exists(), reason=f"the seed text is not beside the checkout ({SEED})")
def test_french_text_is_the_seed_verbatim(rulebook):
    seed = seed_paragraphs()
    assert len([c for c in seed if c.startswith("OP ") and "(" not in c]) == 21
    assert len([c for c in seed if c.startswith("PP ")]) == 32
    checked = 0
    for provision in rulebook.provisions:
        if provision.instrument != "res-11-5":
            continue
        assert provision.authentic == ("fr",), provision.id
        assert " ".join(provision.text.fr.split()) == seed[provision.citation], provision.id
        checked += 1
    assert checked >= 3
