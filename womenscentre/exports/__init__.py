"""What leaves the vault for a person to read: her own copy of a plan, and later referral packs.

Builders here return plain structures (titles, sections, lines of text) with no HTML and no
Qt, so the preview, printing and PDF code can typeset them and the tests can read them.
"""
