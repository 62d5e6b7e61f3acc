"""The ohtrack command line: a thin layer over the ``ohtrack`` library."""

__all__: list[str] = []
