"""Plain typed dataclasses and enums: the vocabulary the services speak."""
