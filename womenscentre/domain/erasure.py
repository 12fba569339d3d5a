"""The grounds on which she may ask for her record to be erased (UK GDPR Article 17(1)).

Kept apart from the service (``services/erasure.py``) so the command line can list them
without loading the database layer, which keeps commands such as ``lint`` quick to start.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from womenscentre.i18n import N_
from womenscentre.labels import Labels


class ErasureGround(StrEnum):
    """Article 17(1) (a) to (e), as a manager would put them."""

    NO_LONGER_NEEDED = "no_longer_needed"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    SHE_OBJECTS = "she_objects"
    NOT_LAWFULLY_HELD = "not_lawfully_held"
    LEGAL_OBLIGATION = "legal_obligation"


GROUND_LABELS: Final = Labels(
    {
        ErasureGround.NO_LONGER_NEEDED: N_("the record is no longer needed for her support"),
        ErasureGround.CONSENT_WITHDRAWN: N_("she has withdrawn the agreement the record relied on"),
        ErasureGround.SHE_OBJECTS: N_(
            "she objects to the centre keeping it, and nothing outweighs that"
        ),
        ErasureGround.NOT_LAWFULLY_HELD: N_("the record should not have been kept"),
        ErasureGround.LEGAL_OBLIGATION: N_("the law requires the centre to erase it"),
    }
)
