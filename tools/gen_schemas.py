"""Write docs/schemas/*.schema.json from the public models (run after changing one)."""

from pathlib import Path

from rapporteur.schemas import write

for p in write(Path(__file__).resolve().parents[1] / "docs" / "schemas"):
    print(f"wrote {p}")
