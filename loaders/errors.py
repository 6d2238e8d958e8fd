"""The one error type loaders raise for input they cannot use."""


class ReportError(Exception):
    """A report file that cannot be read, with a one-line message naming it.

    >>> str(ReportError("a.pdf", "truncated PDF (no end-of-file marker)"))
    'a.pdf: truncated PDF (no end-of-file marker)'
    """

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
