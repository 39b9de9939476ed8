"""Solving for a rate: one safeguarded root finder for RATE, IRR, XIRR and the schedule's true-rate check.

Not public. Three pieces:

* :func:`newton` — plain Newton's method from the caller's guess, the way Excel and numpy-financial start,
  so that where several rates solve an equation the one returned is the one they return;
* :func:`bracketed` — the root inside a bracket where the function changes sign: a Newton step when it stays
  inside the bracket, a bisection step otherwise, so it always converges;
* :func:`all_rates` — every rate above -1 of a sum of cash flows ``Σ c_k (1 + r)^-t_k``, found exactly by
  Laguerre's rule of signs: such a sum has at most as many roots as its coefficients (in time order) change
  sign. With one sign change there is exactly one root, bracketed by walking out to where the sum takes the
  sign it must have as ``r → -1`` and ``r → ∞``. With more, ``e^{μx}·h(x)`` (``x = ln(1 + r)``, ``μ`` between
  the times of the first sign change) has a derivative whose coefficients change sign once less; its roots
  split the line into pieces on which the sum is monotone, and each piece whose ends differ in sign holds
  exactly one root. So an empty answer *proves* there is no rate (up to the sign of values equal to zero in
  60 digits).

Everything runs in the caller's decimal context (chumchon's 60-digit context). Arithmetic that leaves
Decimal's range raises :class:`OutOfRangeError`.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Sequence
from decimal import Decimal

#: A function of the rate returning its value and derivative.
Value = Callable[[Decimal], tuple[Decimal, Decimal]]

_ONE = Decimal(1)
_ZERO = Decimal(0)
_HALF = Decimal("0.5")
_ARITHMETIC = (decimal.Overflow, decimal.DivisionByZero, decimal.InvalidOperation)
#: More sign changes than this is not a loan or an investment; the rates are then not isolated.
MAX_SIGN_CHANGES = 12
_MAX_STEPS = 4000
# A value this small relative to the sum of the terms' sizes is zero to working precision.
_NEGLIGIBLE = Decimal("1e-45")


class OutOfRangeError(Exception):
    """The search reached rates whose powers do not fit in Decimal."""


class TooManySignChangesError(Exception):
    """The cash flows change sign more than :data:`MAX_SIGN_CHANGES` times."""


def _sign(x: Decimal) -> int:
    return (x > 0) - (x < 0)


def newton(value: Value, guess: Decimal, tol: Decimal, maxiter: int) -> Decimal | None:
    """Newton's method from ``guess``; ``None`` when it leaves ``r > -1``, overflows or does not converge."""
    r = guess
    try:
        for _ in range(maxiter):
            if r <= -1:
                return None
            f, df = value(r)
            if f == 0:
                return r
            if df == 0:
                return None
            step = f / df
            r -= step
            if abs(step) < tol:
                return r if r > -1 else None
    except _ARITHMETIC:
        return None
    return None


def _middle(lo: Decimal, hi: Decimal) -> Decimal:
    # Halve ln(1 + r) when the bracket spans orders of magnitude of 1 + r, else halve r itself.
    if lo > -1 and (_ONE + hi) > 4 * (_ONE + lo):
        return ((_ONE + lo) * (_ONE + hi)).sqrt() - _ONE
    return (lo + hi) / 2


def bracketed(value: Value, lo: Decimal, hi: Decimal, tol: Decimal) -> Decimal:
    """The root between ``lo`` and ``hi`` (where ``value`` has opposite signs or is zero)."""
    sign_lo = _sign(value(lo)[0])
    if sign_lo == 0:
        return lo
    r = _middle(lo, hi)
    steps = [hi - lo, hi - lo]  # the last two step lengths
    for _ in range(_MAX_STEPS):
        f, df = value(r)
        if f == 0:
            return r
        if _sign(f) == sign_lo:
            lo = r
        else:
            hi = r
        # Newton's step when it stays inside the bracket and is at most half the step before last;
        # otherwise bisect (Newton crawls where the value is dominated by a huge power).
        candidate = r - f / df if df else lo
        if not lo < candidate < hi or abs(candidate - r) > steps[0] / 2:
            candidate = _middle(lo, hi)
        steps = [steps[1], abs(candidate - r)]
        if abs(candidate - r) < tol or candidate in (lo, hi):
            return candidate
        r = candidate
    raise OutOfRangeError  # not reached: bisection alone converges within the step limit


class CashFlows:
    """``h(r) = Σ c_k (1 + r)^-t_k`` for times ``t_k ≥ 0`` in increasing order, zero coefficients dropped."""

    def __init__(self, coefficients: Sequence[Decimal], times: Sequence[Decimal]) -> None:
        pairs = [(c, t) for c, t in zip(coefficients, times, strict=True) if c != 0]
        self.coefficients = [c for c, _ in pairs]
        self.times = [t for _, t in pairs]
        whole = all(t == t.to_integral_value() for t in self.times)
        # Whole-number times are evaluated by Horner's rule on the dense coefficient list.
        self._dense: list[Decimal] | None = None
        if whole and self.times and self.times[-1] <= 100_000:
            dense = [_ZERO] * (int(self.times[-1]) + 1)
            for c, t in pairs:
                dense[int(t)] += c
            self._dense = dense

    def __call__(self, r: Decimal) -> tuple[Decimal, Decimal]:
        v = _ONE / (_ONE + r)
        if self._dense is not None:
            value = slope = _ZERO
            for k in range(len(self._dense) - 1, -1, -1):
                slope = slope * v + k * self._dense[k]
                value = value * v + self._dense[k]
            # d/dr of Σ c_k v^k is -Σ k c_k v^(k+1); ``slope`` is Σ k c_k v^k.
            return value, -slope * v
        value = slope = _ZERO
        log_v = v.ln()  # v^t as exp(t·ln v): one logarithm per evaluation instead of one per term
        for c, t in zip(self.coefficients, self.times, strict=True):
            term = c * (t * log_v).exp()
            value += term
            slope -= t * term
        return value, slope * v

    def sign_changes(self) -> list[int]:
        """The indices ``j`` where coefficient ``j`` and ``j + 1`` differ in sign."""
        cs = self.coefficients
        return [j for j in range(len(cs) - 1) if (cs[j] > 0) != (cs[j + 1] > 0)]


def all_rates(flows: CashFlows, tol: Decimal) -> list[Decimal]:
    """Every rate above -1 at which ``flows`` is zero, in increasing order (see the module docstring).

    Raises:
        OutOfRangeError: a root lies where ``(1 + r)^t`` does not fit in Decimal.
        TooManySignChangesError: more than :data:`MAX_SIGN_CHANGES` sign changes.
    """
    changes = flows.sign_changes()
    if not changes:
        return []
    if len(changes) > MAX_SIGN_CHANGES:
        raise TooManySignChangesError(len(changes))
    try:
        return _roots(flows, changes, tol)
    except _ARITHMETIC:
        raise OutOfRangeError from None


def _roots(flows: CashFlows, changes: list[int], tol: Decimal) -> list[Decimal]:
    cs, ts = flows.coefficients, flows.times
    left, right = _sign(cs[-1]), _sign(cs[0])  # the signs as r → -1 and as r → ∞
    critical: list[Decimal] = []
    if len(changes) > 1:
        j = changes[0]
        mu = (ts[j] + ts[j + 1]) / 2
        derived = CashFlows([c * (mu - t) for c, t in zip(cs, ts, strict=True)], ts)
        critical = _roots(derived, derived.sign_changes(), tol)
    roots: list[Decimal] = []
    if not critical:
        start = _ZERO
        if _sign(flows(start)[0]) == 0:
            return [start]
        return [_solve_from(flows, start, left, right, tol)]
    # Between -1, the critical points and ∞ the sum is monotone: a root wherever the ends differ in sign.
    signs = [_sign_or_zero(flows, p) for p in critical]
    if signs[0] not in (0, left):
        roots.append(_expand(flows, critical[0], -1, left, tol))
    for k, p in enumerate(critical):
        if signs[k] == 0:
            roots.append(p)
        elif k + 1 < len(critical) and signs[k + 1] not in (0, signs[k]):
            roots.append(bracketed(flows, p, critical[k + 1], tol))
    if signs[-1] not in (0, right):
        roots.append(_expand(flows, critical[-1], 1, right, tol))
    return roots


def _sign_or_zero(flows: CashFlows, r: Decimal) -> int:
    """The sign of the sum at a critical point, 0 where it vanishes to working precision (a double root)."""
    value = flows(r)[0]
    v = _ONE / (_ONE + r)
    size = sum((abs(c) * v**t for c, t in zip(flows.coefficients, flows.times, strict=True)), _ZERO)
    return 0 if abs(value) <= size * _NEGLIGIBLE else _sign(value)


def _solve_from(flows: CashFlows, start: Decimal, left: int, right: int, tol: Decimal) -> Decimal:
    # One sign change: the root is on the side of ``start`` whose far end has the other sign.
    here = _sign(flows(start)[0])
    if here == left:
        return _expand(flows, start, 1, right, tol)
    return _expand(flows, start, -1, left, tol)


def _expand(flows: CashFlows, start: Decimal, direction: int, target: int, tol: Decimal) -> Decimal:
    """Walk from ``start`` towards -1 (``direction`` -1) or ∞ (+1) in doubling steps of ln(1 + r) until the
    sum has sign ``target``, then solve inside that bracket."""
    step = Decimal("0.25")
    base = _ONE + start
    previous = start
    for _ in range(64):
        try:
            factor = step.exp()
            r = (base * factor if direction > 0 else base / factor) - _ONE
            f = flows(r)[0]
        except _ARITHMETIC:
            raise OutOfRangeError from None
        if _sign(f) in (0, target):
            lo, hi = (previous, r) if direction > 0 else (r, previous)
            return bracketed(flows, lo, hi, tol)
        previous = r
        step *= 2
    raise OutOfRangeError


def scan(value: Value, guess: Decimal, tol: Decimal) -> Decimal | None:
    """The root nearest ``guess`` (in ln(1 + r)) found by stepping outward both ways, or ``None``."""
    base = _ONE + guess

    def sign_at(r: Decimal) -> int | None:
        try:
            return _sign(value(r)[0]) if r > -1 else None
        except _ARITHMETIC:
            return None

    here = sign_at(guess)
    if here == 0:
        return guess
    # Each side: the last point and its sign (None where the value does not fit in Decimal: keep walking).
    sides: list[list[object]] = [[guess, here, True], [guess, here, True]]
    step = Decimal("0.01")
    for _ in range(60):
        for index, direction in enumerate((1, -1)):
            previous, previous_sign, alive = sides[index]
            if not alive:
                continue
            try:
                r = (base * step.exp() if direction > 0 else base / step.exp()) - _ONE
            except _ARITHMETIC:
                sides[index][2] = False
                continue
            if r <= -1:
                sides[index][2] = False
                continue
            s = sign_at(r)
            if s == 0:
                return r
            if s is not None and previous_sign is not None and s != previous_sign:
                assert isinstance(previous, Decimal)
                lo, hi = (previous, r) if direction > 0 else (r, previous)
                return bracketed(value, lo, hi, tol)
            sides[index] = [r, s, True]
        step *= Decimal("1.5")
    return None


def nearest(roots: Sequence[Decimal], guess: Decimal) -> Decimal:
    """The root closest to ``guess``."""
    return min(roots, key=lambda root: abs(root - guess))
