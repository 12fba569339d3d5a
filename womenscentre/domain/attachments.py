"""Documents and evidence kept with her record: what the app knows about each file.

An attachment belongs to her and hangs off one of her records: her record itself, a session
note, a safety plan (its evidence section) or a consent entry. Everything here is sealed;
only ids, times, version, status and the chunk count are in the clear (see
``store/models.py``). The SHA-256 is of the original bytes, so a copy given to the police
or a solicitor can be shown to be the same file the centre was handed.

What kind of file it is comes from its first bytes, never its name: a file called
``photo.jpg`` that is really something else is not opened in the image viewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from womenscentre.domain.consent import DataCategory
from womenscentre.i18n import N_, tr, trn
from womenscentre.labels import Labels

MEBIBYTE: Final = 1 << 20
#: The largest file the app keeps. Chunks stream, so memory is not the limit; this keeps
#: backups (which are one file) and the vault a size a laptop and a USB stick can carry.
MAX_ATTACHMENT_BYTES: Final = 250 * MEBIBYTE
#: Images and PDFs above this are offered as a save, not opened in the viewer, which
#: needs the whole file (and a decoded copy) in memory.
MAX_VIEW_BYTES: Final = 64 * MEBIBYTE
MAX_NAME_CHARS: Final = 255
MAX_NOTE_CHARS: Final = 4000


class AttachedTo(StrEnum):
    PERSON = "person"
    SESSION_NOTE = "session_note"
    SAFETY_PLAN = "safety_plan"
    CONSENT = "consent"


ATTACHED_TO_LABELS: Final = Labels(
    {
        AttachedTo.PERSON: N_("Her record"),
        AttachedTo.SESSION_NOTE: N_("Session note"),
        AttachedTo.SAFETY_PLAN: N_("Safety plan evidence"),
        AttachedTo.CONSENT: N_("Consent record"),
    }
)


class ViewKind(StrEnum):
    """How the app may show a file: in its own viewer, or only by saving it out."""

    IMAGE = "image"
    PDF = "pdf"
    OTHER = "other"


#: (leading bytes, media type, view kind), checked in order.
_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png", ViewKind.IMAGE),
    (b"\xff\xd8\xff", "image/jpeg", ViewKind.IMAGE),
    (b"GIF87a", "image/gif", ViewKind.IMAGE),
    (b"GIF89a", "image/gif", ViewKind.IMAGE),
    (b"BM", "image/bmp", ViewKind.IMAGE),
    (b"%PDF-", "application/pdf", ViewKind.PDF),
)


def sniff(first_bytes: bytes) -> tuple[str, ViewKind]:
    """The media type and view kind a file's first bytes show; unknown is "other"."""
    if first_bytes[:4] == b"RIFF" and first_bytes[8:12] == b"WEBP":
        return "image/webp", ViewKind.IMAGE
    for signature, media_type, kind in _SIGNATURES:
        if first_bytes.startswith(signature):
            return media_type, kind
    return "application/octet-stream", ViewKind.OTHER


def describe_size(size: int) -> str:
    if size < 1024:
        return trn("%n byte", "%n bytes", size)
    if size < MEBIBYTE:
        return tr("{size} KB").format(size=f"{size / 1024:.0f}")
    return tr("{size} MB").format(size=f"{size / MEBIBYTE:.1f}")


def clean_file_name(name: str) -> str:
    """Just the last part of a name, without control characters, at most 255 characters.

    The name is only ever shown or offered as a suggestion when saving, never used as a
    path, but a name like ``../../x`` or one with a newline should not reach either.
    """
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    printable = "".join(ch for ch in last if ch.isprintable()).strip()
    return printable[:MAX_NAME_CHARS] or "attachment"


@dataclass(frozen=True, slots=True)
class Attachment:
    """One file kept with her record; ``version`` is the row's, for delete checks."""

    id: str
    person_id: str
    attached_to: AttachedTo
    record_id: str
    file_name: str
    media_type: str
    view_kind: ViewKind
    size: int
    sha256: str
    added_by_id: str
    added_by: str
    added_at: str
    note: str = ""
    category: DataCategory | None = None
    chunk_count: int = 0
    version: int = 1

    @property
    def size_text(self) -> str:
        return describe_size(self.size)

    @property
    def is_evidence(self) -> bool:
        return self.attached_to is AttachedTo.SAFETY_PLAN

    def sealed_payload(self) -> dict[str, Any]:
        """What goes inside the sealed blob: everything but the row's own columns."""
        return {
            "attached_to": self.attached_to.value,
            "record_id": self.record_id,
            "file_name": self.file_name,
            "media_type": self.media_type,
            "view_kind": self.view_kind.value,
            "size": self.size,
            "sha256": self.sha256,
            "added_by_id": self.added_by_id,
            "added_by": self.added_by,
            "added_at": self.added_at,
            "note": self.note,
            "category": self.category.value if self.category else None,
            "chunk_count": self.chunk_count,
        }

    @classmethod
    def from_sealed(
        cls, attachment_id: str, person_id: str, version: int, payload: dict[str, Any]
    ) -> Attachment:
        category = payload.get("category")
        return cls(
            id=attachment_id,
            person_id=person_id,
            attached_to=AttachedTo(payload["attached_to"]),
            record_id=str(payload["record_id"]),
            file_name=str(payload["file_name"]),
            media_type=str(payload["media_type"]),
            view_kind=ViewKind(payload["view_kind"]),
            size=int(payload["size"]),
            sha256=str(payload["sha256"]),
            added_by_id=str(payload["added_by_id"]),
            added_by=str(payload["added_by"]),
            added_at=str(payload["added_at"]),
            note=str(payload.get("note", "")),
            category=DataCategory(category) if category else None,
            chunk_count=int(payload["chunk_count"]),
            version=version,
        )
