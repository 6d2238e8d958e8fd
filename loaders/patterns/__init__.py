"""The language of the reports, in one place: every rule that describes how Chinese government
reports write numbers, units, headings, slogans, projects, places and indicators.

One module per subject: `numerals` (Chinese and full-width numbers), `headings` (section
styles), `slogans`, `projects`, `places`, `indicators`. Extractors import their rules from
here; nothing else in tifa hard-codes report wording.
"""
