"""Analyses of a programme: model map, network, indicators, surveys. Files know nothing of these."""
