"""Identifiers encrypted at rest: AES-256-GCM with the workspace key, bound to the record id.

Identifiers (names, birth date, document number) never leave this module in clear except to the
linkage stage, which decrypts them in memory.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FIELDS = ("first_name", "last_name", "birth_date", "document_number")
_SEP = "\x1f"


class IdentityCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(
        self, record_ids: Sequence[int], values: Sequence[tuple[str | None, ...]]
    ) -> list[tuple[int, bytes, bytes]]:
        """(record_id, nonce, ciphertext) for each record; values follow FIELDS."""
        nonces = os.urandom(12 * len(record_ids))
        enc = self._aead.encrypt
        out = []
        for i, (rid, vals) in enumerate(zip(record_ids, values, strict=True)):
            nonce = nonces[12 * i : 12 * i + 12]
            plain = _SEP.join("" if v is None else v for v in vals).encode("utf-8")
            out.append((rid, nonce, enc(nonce, plain, str(rid).encode())))
        return out

    def decrypt(self, record_id: int, nonce: bytes, ciphertext: bytes) -> dict[str, str | None]:
        plain = self._aead.decrypt(nonce, ciphertext, str(record_id).encode()).decode("utf-8")
        return {k: (v or None) for k, v in zip(FIELDS, plain.split(_SEP), strict=True)}
