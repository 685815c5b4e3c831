"""Facts of written Arabic that several parts of the text layer read."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Arabic function words that a short Indonesian word could otherwise seem to spell in Arabic
# letters (``lewat`` and ``التي`` share a skeleton).
ARABIC_FUNCTION_WORDS = _words(
    """
    التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هناك هنا الى إلى على علي عن في من مع ما
    ماذا لا لم لن قد كان كانت يكون تكون أن إن أو ثم بين حتى عند بعد قبل حول خلال ضد دون
    منذ كل بعض غير أي هو هي هم هما نحن أنا أنت لكن لكنه لكنها لدى لدي ليس ليست أيضا إنه أنه
    أنها إنها وهو وهي وهذا وهذه وذلك والتي والذي كما مثل بينما عندما حيث إذا اذا لقد فقد
    """
)
