"""Placeholder until its extractor lands."""


def extract_indicators(doc) -> None:
    return None
