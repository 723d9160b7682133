"""Reproducible XLSX: the same workbook gives the same bytes (no clock in properties or in the
zip entries), so archived submissions and returns keep their checksums from run to run."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook

from rapporteur.safe import safe_workbook

FIXED = dt.datetime(2000, 1, 1)


def workbook_bytes(wb: Workbook) -> bytes:
    safe_workbook(wb)  # every workbook Rapporteur writes passes here: formula cells neutralised
    wb.properties.created = wb.properties.modified = FIXED
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' at save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", data)
            dst.writestr(fixed, data)
    return out.getvalue()
