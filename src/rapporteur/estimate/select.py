"""Model selection: main effects, SparseMSE's stepwise rule, or BIC over hierarchical models."""

from __future__ import annotations

import itertools

import numpy as np
from scipy.special import pdtr, pdtrc

from rapporteur.errors import BadOption
from rapporteur.estimate.model import Fit, FitError, Term, check, fit, viable
from rapporteur.estimate.table import CaptureTable

MAX_BIC_MODELS = 1 << 16


def pairs(k: int) -> list[Term]:
    return [(i, j) for i in range(k) for j in range(i + 1, k)]


def main_effects(table: CaptureTable) -> Fit:
    return fit(table, [])


def stepwise(table: CaptureTable, threshold: float = 0.02) -> Fit:
    """Start from main effects; add the pair of lists whose observed overlap is least likely under
    the current model (Poisson p-value, the smaller of the two tails), if below the threshold and
    if the model stays identifiable with an existing MLE; repeat (Chan, Silverman & Vincent)."""
    current = fit(table, [])
    if threshold <= 0:
        return current
    candidates = pairs(table.k)
    nstar = {t: table.overlap(*t) for t in candidates}
    chosen: list[Term] = []
    while True:
        open_terms = [t for t in candidates if t not in chosen]
        if not open_terms:
            return current
        both = np.stack([np.prod(current.patterns[:, list(t)], axis=1) for t in open_terms])
        pstar = both @ current.fitted
        n = np.array([nstar[t] for t in open_terms])
        # the smaller tail of the Poisson distribution of the overlap: P(X <= n) or P(X >= n)
        p_all = np.minimum(pdtr(n, pstar), np.where(n > 0, pdtrc(n - 1, pstar), 1.0))
        pvals = sorted(
            zip(p_all.tolist(), [candidates.index(t) for t in open_terms], open_terms, strict=True)
        )
        picked = None
        for p, _i, t in pvals:
            if p >= threshold:
                break
            candidate = viable(table, [*chosen, t])
            if candidate is not None:
                picked = candidate
                chosen.append(t)
                break
        if picked is None:
            return current
        current = picked


def hierarchical_models(k: int, max_order: int) -> list[list[Term]]:
    """Every hierarchical set of interactions of order 2..max_order (a term needs all its subsets)."""
    if max_order < 2:
        return [[]]
    terms2 = pairs(k)
    models: list[list[Term]] = []
    n2 = len(terms2)
    if (1 << n2) > MAX_BIC_MODELS and max_order >= 2:
        raise BadOption(f"{1 << n2} models with {k} lists: too many to search; use --method stepwise")
    for mask in range(1 << n2):
        base = [terms2[i] for i in range(n2) if mask >> i & 1]
        models.append(base)
        if max_order >= 3:
            have = set(base)
            triples = [
                t
                for t in itertools.combinations(range(k), 3)
                if all(p in have for p in itertools.combinations(t, 2))
            ]
            for r in range(1, len(triples) + 1):
                for sub in itertools.combinations(triples, r):
                    models.append(base + list(sub))
                    if len(models) > MAX_BIC_MODELS:
                        raise BadOption("too many hierarchical models to search; lower --max-order")
    return models


def bic(table: CaptureTable, max_order: int = 2) -> Fit:
    """The model with the smallest BIC (−2 log L + parameters × log(observed persons)) among the
    hierarchical models whose MLE exists and is identifiable."""
    n = table.observed
    scored = []
    for terms in hierarchical_models(table.k, max_order):
        try:
            f = fit(table, terms)
        except (FitError, np.linalg.LinAlgError):
            continue
        if np.isfinite(f.loglik) and np.all(np.isfinite(f.beta)):
            scored.append((f.bic(n), len(terms), terms, f))
    scored.sort(key=lambda s: (s[0], s[1]))
    for _b, _n, terms, f in scored:
        if check(table, terms) == 0:
            return f
    raise FitError("no model has an existing, identifiable maximum-likelihood estimate")


def select(table: CaptureTable, method: str, threshold: float = 0.02, max_order: int = 2) -> Fit:
    if method == "main":
        return main_effects(table)
    if method == "stepwise":
        return stepwise(table, threshold)
    if method == "bic":
        return bic(table, max_order)
    raise BadOption(f"unknown method {method!r}; use stepwise, main or bic")
