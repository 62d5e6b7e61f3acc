"""Generators for the ohtrack sample workbooks, one module per source case."""
