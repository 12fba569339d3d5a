"""Bringing people and session notes in from spreadsheets (CSV and XLSX).

``readers`` turns a file into rows without guessing encodings or evaluating formulas;
``fields`` matches headings to what the vault records and reads each cell strictly. The
vault side (dry run, duplicates, the one all-or-nothing transaction) is
``services/importer.py``.
"""
