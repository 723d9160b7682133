"""Identifiers encrypted at rest: AES-256-GCM with the workspace key.

A submission's identifiers (names, birth date, document number) are one Arrow table, serialised
and encrypted as one blob bound to the submission id; they leave this module in clear only to the
linkage stage, in memory.
"""

from __future__ import annotations

import os

import pyarrow as pa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FIELDS = ("first_name", "last_name", "birth_date", "document_number")
MAGIC = b"RPID1"


def encrypt(key: bytes, submission_id: int, table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as w:
        w.write_table(table)
    nonce = os.urandom(12)
    aad = MAGIC + str(submission_id).encode()
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, sink.getvalue().to_pybytes(), aad)


def decrypt(key: bytes, submission_id: int, blob: bytes) -> pa.Table:
    """The identity table; raises ``cryptography.exceptions.InvalidTag`` with a wrong key."""
    if not blob.startswith(MAGIC):
        raise ValueError("not a Rapporteur identity file")
    nonce, body = blob[len(MAGIC) : len(MAGIC) + 12], blob[len(MAGIC) + 12 :]
    plain = AESGCM(key).decrypt(nonce, body, MAGIC + str(submission_id).encode())
    return pa.ipc.open_stream(plain).read_all()
