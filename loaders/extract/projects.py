"""Placeholder until its extractor lands."""


def extract_projects(doc) -> None:
    return None
