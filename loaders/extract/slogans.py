"""Placeholder until its extractor lands."""


def extract_slogans(doc) -> None:
    return None
