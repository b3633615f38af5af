"""Exporters: turn banks into files for other tools (Anki) and for paper (worksheets)."""
