"""Returns to Eurostat, UNODC, GRETA and HTCDS, from the report's published tables."""

from rapporteur.export import diff, eurostat, greta, htcds, unodc

__all__ = ["diff", "eurostat", "greta", "htcds", "unodc"]
