"""Placeholder until its extractor lands."""


def extract_slogan_links(doc) -> None:
    return None
