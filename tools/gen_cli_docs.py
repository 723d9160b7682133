"""Write docs/cli.md from the commands' own help (run after changing a command)."""

from pathlib import Path

from rapporteur.cli.docs import markdown

target = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
target.write_text(markdown(), "utf-8")
print(f"wrote {target}")
