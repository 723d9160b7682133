"""The feedback document's words in French, Dutch and English (gettext catalogs, babel.cfg)."""

from __future__ import annotations

from rapporteur.languages import translations

TITLE = translations("Feedback on your submission %(id)s")
INTRO = translations(
    "%(actor)s, reference year %(year)s, file %(file)s, received on %(received)s. This document says "
    "what was accepted, which cells were rejected and how to correct them, and what is missing "
    "compared with your previous submission. Values that could identify a person are never shown."
)
SUMMARY = translations("What was accepted")
STATUS = translations("Status of the submission")
ROWS = translations("Rows read")
ACCEPTED = translations("Rows accepted")
REJECTED = translations("Rows rejected")
TOTAL_ROWS = translations("Total rows skipped")
COUNTED = translations("Victims counted in the accepted rows")
STATUSES = {
    "accepted": translations("accepted"),
    "rejected": translations("rejected"),
    "failed": translations("could not be read"),
    "duplicate": translations("same file as an earlier submission"),
    "superseded": translations("replaced by a later submission"),
    "processing": translations("being processed"),
    "interrupted": translations("interrupted"),
}
ERROR = translations("Why the file could not be used")

REJECTS = translations("Rejected cells")
NO_REJECTS = translations("No cell was rejected.")
ROW = translations("Row")
COLUMN = translations("Column")
VALUE = translations("Value")
RULE = translations("Rule")
FIX = translations("How to fix it")
MASKED = translations("(not shown)")
MORE = translations("%(n)s more rejected cells are not listed; the first %(shown)s are.")
ROW_NUMBERS = translations("Rows are numbered as in your file, the header row being row 1.")

# rule: (what it means, how to fix it); %(column)s is the column in the actor's file
RULES = {
    "required": (
        translations("required value missing"),
        translations("Fill in column %(column)s on this row."),
    ),
    "invalid_date": (
        translations("not a date"),
        translations("Write the date in %(column)s in the format agreed in your mapping (e.g. 31/12/2024)."),
    ),
    "impossible_date": (
        translations("impossible date"),
        translations(
            "Correct the date in %(column)s: it does not exist, is before 1900 or is in the future."
        ),
    ),
    "invalid_number": (
        translations("not a number"),
        translations(
            "Write a whole number in %(column)s, '<5' for a small count you mask, or leave it blank "
            "when not available."
        ),
    ),
    "out_of_range": (
        translations("value out of range"),
        translations("Correct the value in %(column)s: it is outside the possible range."),
    ),
    "unknown_code": (
        translations("unknown code"),
        translations(
            "Use one of the agreed codes in %(column)s, or ask the rapporteur to add your label to "
            "your mapping."
        ),
    ),
    "duplicate_id": (
        translations("record number used twice"),
        translations("Give every record its own number in %(column)s, or remove the repeated row."),
    ),
    "date_order": (
        translations("dates in the wrong order"),
        translations("Check the date of birth and the date of identification on this row."),
    ),
}
OTHER_RULE = translations("Correct the cell in %(column)s; the rule is named in the previous column.")

COMPARED = translations("Compared with your previous submission")
PREVIOUS = translations("Previous submission: %(id)s, reference year %(year)s.")
NO_PREVIOUS = translations("There is no earlier accepted submission to compare with.")
NEVER_FILLED = translations("Columns never filled")
NEVER_FILLED_NOTE = translations(
    "These columns are in your mapping but no accepted row fills them; please fill them if you "
    "record the information."
)
FILLED_BEFORE = translations("filled in %(n)s rows of the previous submission")
DROPS = translations("Unusual drops in counts")
DROPS_NOTE = translations(
    "Categories that fell by more than half since the previous submission; please check that no "
    "rows or codes went missing."
)
NO_DROPS = translations("No category fell by more than half.")
NO_GAPS = translations("Every mapped column is filled in some row.")
CATEGORY = translations("Category")
BEFORE = translations("Previous")
NOW = translations("Now")
ALL = translations("All rows")
BY = {
    "sex": translations("Sex"),
    "status": translations("Status"),
    "exploitation": translations("Form of exploitation"),
    "citizenship": translations("Citizenship"),
    "stage": translations("Stage"),
}
SHEETS = {
    "summary": translations("Summary"),
    "rejects": translations("Rejected cells"),
    "compared": translations("Compared"),
}
