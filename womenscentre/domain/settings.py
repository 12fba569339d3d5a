"""Centre-wide settings a manager chooses, with the safe defaults design §2 names."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 15


@dataclass(frozen=True, slots=True)
class CentreSettings:
    organisation_name: str = ""
    idle_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    #: Language-guidance rule ids the centre has switched off, and phrases it allows
    #: (its own service names, statutory terms). Local rule packs live in
    #: ``VaultPaths.local_language``.
    disabled_rules: tuple[str, ...] = ()
    allowed_phrases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not MIN_IDLE_MINUTES <= self.idle_lock_minutes <= MAX_IDLE_MINUTES:
            raise ValueError(
                f"idle lock must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes"
            )
        if not 5 <= self.clipboard_clear_seconds <= 300:
            raise ValueError("clipboard clearing must be between 5 seconds and 5 minutes")
        if len(self.organisation_name) > 120:
            raise ValueError("organisation name is too long")

    def to_json(self) -> dict[str, Any]:
        raw = asdict(self)
        raw["disabled_rules"] = list(self.disabled_rules)
        raw["allowed_phrases"] = list(self.allowed_phrases)
        return raw

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CentreSettings:
        return cls(
            organisation_name=str(raw.get("organisation_name", "")),
            idle_lock_minutes=int(raw.get("idle_lock_minutes", 5)),
            clipboard_clear_seconds=int(raw.get("clipboard_clear_seconds", 30)),
            disabled_rules=tuple(str(r) for r in raw.get("disabled_rules", [])),
            allowed_phrases=tuple(str(p) for p in raw.get("allowed_phrases", [])),
        )
