"""Speed and minimality of Reader's word-level difference against diff-match-patch, on one input.

Run: ``.venv/bin/python bench/diff.py`` (add ``--words N`` for another size). Prints:

- speed: two ~100,000-word revisions built from the sample texts by repetition and seeded
  random edits (word substitutions, insertions, deletions, vowel-mark changes); the median of
  3 runs of ``reader.core.compare.words.diff_text`` and of diff-match-patch in word mode (each token mapped
  to one character, the ``diff_linesToChars`` trick applied to words), and their ratio;
- minimality: the changed words (``reader.core.compare.ops.changed_word_count``: words of either text not
  left whole and equal) of each hand-written pair in ``tests/data/diff/``, for Reader and for
  diff-match-patch in word mode (on Reader's tokens and on whitespace-separated words, with and
  without its semantic clean-up) and in character mode with its semantic clean-up, which is
  what cuts words.

Exits 0; it measures, it does not judge (tests/test_diff.py asserts the minimality).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from diff_match_patch import diff_match_patch
from timing import median_seconds  # bench/timing.py, beside this script

from reader.core.compare.ops import DiffOp, Op, changed_word_count
from reader.core.compare.words import diff_text
from reader.core.text.tokens import is_wordlike, kind_of, token_texts

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
PAIRS = ROOT / "tests" / "data" / "diff"
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)]
_DMP_OPS = {-1: DiffOp.DELETE, 0: DiffOp.EQUAL, 1: DiffOp.INSERT}


# -- diff-match-patch, the baseline --------------------------------------------------------------


def whitespace_words(text: str) -> list[str]:
    """Words as most word-mode diffs cut them: runs of non-space, runs of space."""
    return re.findall(r"\S+|\s+", text)


def dmp_word_ops(
    old: str,
    new: str,
    split: Callable[[str], list[str]] = token_texts,
    semantic: bool = False,
    timeout: float = 1.0,
) -> list[Op]:
    """diff-match-patch in word mode: each token becomes one character, the characters are
    diffed (Myers, with dmp's own speed-ups and its time-out), and mapped back."""
    table: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for word in split(text):
            if word not in table:
                code = len(words) + 0x100
                code += 0x800 if code >= 0xD800 else 0  # no surrogates
                table[word] = chr(code)
                words.append(word)
            chars.append(table[word])
        return "".join(chars)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(encode(old), encode(new), False)
    if semantic:
        dmp.diff_cleanupSemantic(diffs)
    index = {char: word for word, char in table.items()}
    return [Op(_DMP_OPS[kind], "".join(index[c] for c in chars)) for kind, chars in diffs]


def dmp_char_ops(old: str, new: str, timeout: float = 1.0) -> list[Op]:
    """diff-match-patch character by character with its semantic clean-up (its usual use)."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    return [Op(_DMP_OPS[kind], text) for kind, text in diffs]


# -- the large input -----------------------------------------------------------------------------


def revisions(words: int, seed: int = 2019) -> tuple[str, str]:
    """Two revisions of about ``words`` words each: the sample versions repeated into one long
    text, then seeded random edits of 1 word in 40 (a word being a token of reader.core.text.tokens, so
    one character in Chinese): substitution, insertion, deletion, or a vowel mark added to an
    Arabic word."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    base = "\n\n".join(texts)
    vocabulary = sorted({t for t in token_texts(base) if is_wordlike(kind_of(t))})
    per_copy = len(base.split())
    old = "\n\n".join([base] * max(1, round(words / per_copy)))
    edited: list[str] = []
    for piece in token_texts(old):
        if is_wordlike(kind_of(piece)) and rng.random() < 1 / 40:
            piece = _edit(piece, rng, vocabulary)
        edited.append(piece)
    return old, "".join(edited)


def _edit(word: str, rng: random.Random, vocabulary: list[str]) -> str:
    action = rng.choice(("substitute", "insert", "delete", "vowel"))
    if action == "substitute":
        return rng.choice(vocabulary)
    if action == "insert":
        return f"{word} {rng.choice(vocabulary)}"  # a space even in Chinese: still an edit
    if action == "delete":
        return ""
    arabic = [i for i, ch in enumerate(word) if "\u0621" <= ch <= "\u064a"]
    if not arabic:
        return rng.choice(vocabulary)
    at = rng.choice(arabic) + 1
    return word[:at] + rng.choice(HARAKAT) + word[at:]


# -- the report ----------------------------------------------------------------------------------


def speed(words: int) -> None:
    old, new = revisions(words)
    diff_text("warm up", "the tokenizer")  # its pattern is built once per process
    print(f"speed: two revisions of {len(old.split()):,} and {len(new.split()):,} words")
    ours = median_seconds(lambda: diff_text(old, new), 3)
    theirs = median_seconds(lambda: dmp_word_ops(old, new), 3)
    print(f"  reader, diff_text                    {ours:8.3f} s")
    print(f"  diff-match-patch, word mode          {theirs:8.3f} s  (its 1 s time-out on)")
    print(f"  ratio reader / diff-match-patch      {ours / theirs:8.2f}")
    mine = changed_word_count(old, new, diff_text(old, new))
    dmp = changed_word_count(old, new, dmp_word_ops(old, new))
    print(f"  changed words: reader {mine:,}, diff-match-patch {dmp:,}")


def minimality() -> None:
    print("minimality: changed words on the hand-written pairs (fewer is better)")
    columns = {
        "reader": lambda o, n: diff_text(o, n),
        "dmp words": lambda o, n: dmp_word_ops(o, n),
        "+semantic": lambda o, n: dmp_word_ops(o, n, semantic=True),
        "dmp ws-words": lambda o, n: dmp_word_ops(o, n, split=whitespace_words),
        "dmp chars+sem": lambda o, n: dmp_char_ops(o, n),
    }
    print("  " + f"{'pair':<14}" + "".join(f"{name:>15}" for name in columns))
    for old_path in sorted(PAIRS.glob("*.old.txt")):
        old = old_path.read_text(encoding="utf-8")
        new = old_path.with_name(old_path.name.replace(".old.", ".new.")).read_text(
            encoding="utf-8"
        )
        counts = [changed_word_count(old, new, run(old, new)) for run in columns.values()]
        name = old_path.name.removesuffix(".old.txt")
        print("  " + f"{name:<14}" + "".join(f"{count:>15}" for count in counts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="size of each revision")
    args = parser.parse_args(argv)
    minimality()
    speed(args.words)
    # Smaller, where diff-match-patch finishes within its time-out: minimality at scale.
    speed(min(args.words, 20_000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
