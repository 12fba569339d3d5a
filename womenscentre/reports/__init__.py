"""Aggregate, anonymised reports built from sealed records after unlock (no Qt, no I/O
beyond the one atomic write of the finished file)."""
