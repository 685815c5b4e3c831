"""A number mention: its value, its kind, where it is, and how a reader would name it."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from reader.core.i18n import N_, _


class NumberKind(StrEnum):
    """What a number mention is: the unit of comparison between versions."""

    YEAR = "year"
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    DATE = "date"  # a day of the month, with the month's number in ``NumberMention.month``
    MONTH = "month"  # a month named without a day ("Juli lalu"): the value is its number
    AMOUNT = "amount"  # with a currency: "Rp 5 triliun", "$3 billion", "٣ مليارات دولار"
    ORDINAL = "ordinal"  # "ke-2", "3rd", "2e", "الثاني"
    TIME = "time"  # a clock time; the value is minutes after midnight


Fact = tuple[str, Decimal]  # ("num" | "month" | "time", value): what two versions must share


@dataclass(frozen=True, init=False)
class NumberMention:
    """One number in a text.

    ``span`` is the character range of the whole mention in the text (``15 Agustus`` as a
    whole for a date). ``spelled`` marks numbers written in words (``tiga``, ``ثلاثة``): they
    confirm a number written in digits on the other side but are never required there, since
    translations spell small numbers freely (Arabic often writes two as a dual ending). An
    ambiguous numeral keeps its other readings in ``alternatives``; a date written as a pair
    of numbers with nothing around it that says date ("2/3", a fraction too) keeps the pair
    there, the two numbers read together as its other reading.
    """

    value: Decimal
    kind: NumberKind
    span: tuple[int, int]
    text: str
    month: int | None = None
    spelled: bool = False
    alternatives: tuple[Decimal, ...] = ()

    def __init__(
        self,
        value: Decimal,
        kind: NumberKind,
        span: tuple[int, int],
        text: str,
        month: int | None = None,
        spelled: bool = False,
        alternatives: tuple[Decimal, ...] = (),
    ) -> None:
        # The fields written into the instance's dictionary at once: the frozen dataclass's own
        # ``__init__`` sets each through ``object.__setattr__``, 2.8 µs a mention instead of
        # 1.1, and the reader makes one for every number of every paragraph. (The same
        # parameters as the fields, in their order, with their defaults: a test holds them.)
        fields = self.__dict__
        fields["value"] = value
        fields["kind"] = kind
        fields["span"] = span
        fields["text"] = text
        fields["month"] = month
        fields["spelled"] = spelled
        fields["alternatives"] = alternatives

    @property
    def soft(self) -> bool:
        """True for mentions a translation may legitimately render without digits."""
        return self.spelled or (self.kind is NumberKind.ORDINAL and self.value <= 10)

    def readings(self) -> tuple[frozenset[Fact], ...]:
        """The facts this mention states, one set per possible reading."""
        return self._readings

    @functools.cached_property
    def _readings(self) -> tuple[frozenset[Fact], ...]:
        # Worked out once: the number check asks a mention for them several times. (A frozen
        # dataclass keeps a cached property: it is stored in the instance's __dict__, and is
        # no field, so equality, hashing and repr are unchanged.)
        if self.kind is NumberKind.DATE:  # alternatives: the pair as written, "2/3" a fraction
            date = frozenset({("num", self.value), ("month", Decimal(self.month or 0))})
            if self.alternatives:
                return (date, frozenset(("num", v) for v in self.alternatives))
            return (date,)
        if self.kind is NumberKind.MONTH:
            return (frozenset({("month", self.value)}),)
        if self.kind is NumberKind.TIME:  # alternatives: a dotted time that may be a decimal
            time = frozenset({("time", self.value)})
            return (time, *(frozenset({("num", v)}) for v in self.alternatives))
        return tuple(frozenset({("num", v)}) for v in (self.value, *self.alternatives))

    def describe(self) -> str:
        """The mention as a reader would name it: "15 August", "3.5%", "2019"; a month in the
        reader's language. (A clock time is the same in every language: the aligner keys
        times by it.)"""
        if self.kind is NumberKind.DATE:
            return _(_DAYS_OF[(self.month or 1) - 1]).format(day=plain(self.value))
        if self.kind is NumberKind.MONTH:
            return _(_MONTHS[int(self.value) - 1])
        if self.kind is NumberKind.TIME:
            hours, minutes = divmod(int(self.value), 60)
            return f"{hours:02d}:{minutes:02d}"
        suffix = "%" if self.kind is NumberKind.PERCENT else ""
        return f"{plain(self.value)}{suffix}"


# The months by name, and a day of each: whole phrases, since languages inflect the month
# after a day (Russian "15 августа", not "15 август") and order the two their own way.
_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
_DAYS_OF = (
    N_("{day} January"),
    N_("{day} February"),
    N_("{day} March"),
    N_("{day} April"),
    N_("{day} May"),
    N_("{day} June"),
    N_("{day} July"),
    N_("{day} August"),
    N_("{day} September"),
    N_("{day} October"),
    N_("{day} November"),
    N_("{day} December"),
)


def plain(value: Decimal) -> str:
    """A Decimal as a reader writes it in English: 3.50 → "3.5", 1E+6 → "1,000,000"; years
    and other numbers below 10,000 without a separator ("2019")."""
    value = value.normalize()
    if abs(value) < 10_000:
        return format(value, "f")
    return format(value, ",f")


_PRECISION = 28  # digits: the decimal module's default context


def normal(value: Decimal) -> Decimal:
    """One canonical Decimal per value, so that 3.50, 3.5 and 35E-1 print and compare alike.

    A whole number comes back without exponent (1E+3 → 1000) when it fits the context's 28
    digits; a longer run of digits (a pasted serial number) stays rounded, and never raises."""
    normalised = value.normalize()
    _, digits, exponent = normalised.as_tuple()
    if isinstance(exponent, int) and exponent > 0 and len(digits) + exponent <= _PRECISION:
        return normalised.quantize(Decimal(1))
    return normalised
