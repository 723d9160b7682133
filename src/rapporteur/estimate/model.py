"""Poisson log-linear models on the 2^K − 1 observable capture patterns.

The estimate is the observed total plus exp(intercept): the fitted count of the unobservable
all-zero pattern. A term whose lists never appear together in the data has an interaction of
minus infinity: the patterns containing those lists are dropped from the fit (their expected
count is zero) and the term still counts in the model's size, as SparseMSE does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from scipy.optimize import linprog

from rapporteur.errors import BadInput
from rapporteur.estimate.table import CaptureTable

Term = tuple[int, ...]  # list indices of an interaction, e.g. (0, 2)


class FitError(BadInput):
    pass


@dataclass
class Fit:
    terms: list[Term]  # interactions fitted (finite)
    minus_infinity: list[Term]  # interactions at minus infinity (empty overlaps)
    beta: np.ndarray
    cov: np.ndarray  # unscaled covariance (X'WX)^-1
    patterns: np.ndarray  # rows used in the fit
    counts: np.ndarray
    fitted: np.ndarray
    observed: float
    deviance: float
    loglik: float
    converged: bool
    iterations: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def dark(self) -> float:
        return float(np.exp(self.beta[0]))

    @property
    def estimate(self) -> float:
        return self.observed + self.dark

    @property
    def log_dark_se(self) -> float:
        return float(np.sqrt(self.cov[0, 0]))

    @property
    def n_params(self) -> int:
        return len(self.beta) + len(self.minus_infinity)

    def aic(self) -> float:
        return -2 * self.loglik + 2 * self.n_params

    def bic(self, n: float) -> float:
        return -2 * self.loglik + self.n_params * np.log(n)


def design(pats: np.ndarray, terms: list[Term]) -> np.ndarray:
    cols = [np.ones(len(pats)), *(pats[:, i] for i in range(pats.shape[1]))]
    cols += [np.prod(pats[:, list(t)], axis=1) for t in terms]
    return np.column_stack(cols).astype(float)


def split_terms(
    table: CaptureTable, terms: list[Term]
) -> tuple[list[Term], list[Term], np.ndarray, np.ndarray]:
    """Finite terms, minus-infinity terms, and the patterns and counts left for the fit."""
    pats, counts = table.full()
    finite, empty = [], []
    keep = np.ones(len(pats), dtype=bool)
    for t in terms:
        together = np.prod(pats[:, list(t)], axis=1).astype(bool)
        if counts[together & keep].sum() == 0 and counts[together].sum() == 0:
            empty.append(t)
            keep &= ~together
        else:
            finite.append(t)
    return finite, empty, pats[keep], counts[keep]


def check(table: CaptureTable, terms: list[Term]) -> int:
    """0 if the MLE exists and is identifiable; 1 if it does not exist; 2 if not identifiable;
    3 if both (Fienberg & Rinaldo's linear program and the rank of the design).

    Both depend on the data only through which patterns are observed (the support), so results
    are cached on (support, terms): bootstrap resamples mostly share supports."""
    pats, counts = table.full()
    return _check(pats.tobytes(), pats.shape, (counts > 0).tobytes(), tuple(terms))


@lru_cache(maxsize=65536)
def _check(raw: bytes, shape: tuple[int, ...], support: bytes, terms: tuple[Term, ...]) -> int:
    pats = np.frombuffer(raw, dtype=np.int64).reshape(shape)
    y = np.frombuffer(support, dtype=bool).astype(float)
    finite, empty = [], []
    keep = np.ones(len(pats), dtype=bool)
    for t in terms:
        together = np.prod(pats[:, list(t)], axis=1).astype(bool)
        if y[together].sum() == 0:
            empty.append(t)
            keep &= ~together
        else:
            finite.append(t)
    x = design(pats[keep], finite)
    rankdef = x.shape[1] - np.linalg.matrix_rank(x)
    exists = _exists(x, y[keep])
    return (0 if exists else 1) + (2 if rankdef > 0 else 0)


def viable(table: CaptureTable, terms: list[Term]) -> Fit | None:
    """The fit of a model whose MLE exists and is identifiable, else None.

    A fit that converges with every expected count clearly positive shows the MLE exists; only
    when some expected count heads to zero (or the fit fails) is the linear program consulted, so
    the answer is the same as ``check`` at a fraction of the cost."""
    finite, _empty, pats, _counts = split_terms(table, terms)
    x = design(pats, finite)
    if x.shape[1] - np.linalg.matrix_rank(x) > 0:
        return None
    try:
        f = fit(table, terms)
    except (FitError, np.linalg.LinAlgError):
        f = None
    if f is not None and f.converged and float(f.fitted.min()) > 1e-6:
        return f
    return f if f is not None and check(table, terms) == 0 else None


def _exists(x: np.ndarray, y: np.ndarray) -> bool:
    if (y > 0).all():
        return True  # the observed counts themselves are a strictly positive point
    nobs, npar = x.shape
    t = x.T @ y
    # variables: m (nobs) >= 0 and s >= 0; X'm = X'y; m_i >= s; maximise s
    c = np.zeros(nobs + 1)
    c[-1] = -1.0
    a_eq = np.hstack([x.T, np.zeros((npar, 1))])
    a_ub = np.hstack([-np.eye(nobs), np.ones((nobs, 1))])
    res = linprog(c, A_ub=a_ub, b_ub=np.zeros(nobs), A_eq=a_eq, b_eq=t, bounds=(0, None), method="highs")
    if res.status == 3:
        return True
    return bool(res.success and -res.fun > 1e-9 * max(1.0, float(y.sum())))


def fit(table: CaptureTable, terms: list[Term], tol: float = 1e-12, max_iter: int = 200) -> Fit:
    """IRLS, as R's glm; a model whose MLE does not exist diverges (reported, not warned)."""
    with np.errstate(all="ignore"):
        return _fit(table, terms, tol, max_iter)


def _fit(table: CaptureTable, terms: list[Term], tol: float, max_iter: int) -> Fit:
    finite, empty, pats, counts = split_terms(table, terms)
    x = design(pats, finite)
    y = counts
    mu = y + 0.1
    eta = np.log(mu)
    dev_old = np.inf
    beta: np.ndarray = np.zeros(x.shape[1])
    iterations = 0
    converged = False
    for step in range(1, max_iter + 1):
        iterations = step
        z = eta + (y - mu) / mu
        xw = x * mu[:, None]
        try:
            beta = np.linalg.solve(x.T @ xw, xw.T @ z)
        except np.linalg.LinAlgError as e:
            raise FitError("the model is not identifiable (singular design)") from e
        eta = x @ beta
        mu = np.exp(eta)
        dev = _deviance(y, mu)
        if abs(dev - dev_old) / (abs(dev) + 0.1) < tol:
            converged = True
            break
        dev_old = dev
    cov = np.linalg.inv(x.T @ (x * mu[:, None]))
    loglik = float(np.sum(_xlogy(y, mu) - mu) - np.sum(_lgamma(y + 1)))
    return Fit(
        finite, empty, beta, cov, pats, y, mu, table.observed, _deviance(y, mu), loglik, converged, iterations
    )


def _xlogy(y: np.ndarray, mu: np.ndarray) -> np.ndarray:
    out = np.zeros_like(y)
    pos = y > 0
    out[pos] = y[pos] * np.log(mu[pos])
    return out


def _lgamma(v: np.ndarray) -> np.ndarray:
    from scipy.special import gammaln

    return gammaln(v)


def _deviance(y: np.ndarray, mu: np.ndarray) -> float:
    pos = y > 0
    d = np.zeros_like(y)
    d[pos] = y[pos] * np.log(y[pos] / mu[pos])
    return float(2 * np.sum(d - (y - mu)))
