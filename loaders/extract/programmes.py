"""Placeholder until its extractor lands."""


def extract_programmes(doc) -> None:
    return None
