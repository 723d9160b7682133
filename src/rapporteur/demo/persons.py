"""Person files for linkage, straight from the synthetic world: what the actors that register
victims (police, inspection, Immigration Office, victim centres) would each hold on the persons
they saw, with their own typos, swapped names and missing birth dates, and the ground truth."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rapporteur.demo import actors, world

COLUMNS = ["record_id", "source", "first_name", "last_name", "birth_date", "sex", "citizenship"]


@dataclass
class PersonFile:
    rows: list[list[str]]  # in COLUMNS order
    truth: dict[str, str]  # record_id -> true person id


def person_file(
    seed: int, persons: int, year: int = 2013, years: int = 1, name_variety: int = 1
) -> PersonFile:
    people = world.world(seed, year, persons, years, name_variety=name_variety)
    rng = np.random.default_rng(seed + 11)
    rows: list[list[str]] = []
    truth: dict[str, str] = {}
    for spec in actors.SPECS:
        if spec.records != "victim":
            continue
        seen = [p for p in people if spec.id in p.seen]
        copies = seen + [p for p in seen if rng.random() < spec.self_duplicates]
        for k, j in enumerate(rng.permutation(len(copies))):
            p = copies[j]
            first, last, birth = actors.noisy_identity(rng, spec, p)
            rid = f"{spec.id}-{p.year}-{k:07d}"
            sex = "" if rng.random() < 0.02 else p.sex
            rows.append(
                [rid, spec.id, first, last, birth.isoformat() if birth else "", sex, p.citizenship[0]]
            )
            truth[rid] = p.person_id
    return PersonFile(rows, truth)
