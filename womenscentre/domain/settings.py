"""Centre-wide settings a manager chooses, with the safe defaults design §2 names."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from womenscentre.domain.sharing import WITH_CONSENT_DEFAULT, WITHOUT_CONSENT_DEFAULT, LawfulBasis

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 15
MAX_BACKUPS_KEPT = 100
MAX_REMINDER_DAYS = 365
MAX_RETENTION_YEARS = 100
#: Opt-in guidance rules a centre can switch on, and the longest rule id.
MAX_ENABLED_RULES = 1000
MAX_RULE_ID_LENGTH = 120

#: Record kinds a retention policy can name (``domain/retention.RetentionKind`` values).
RETENTION_KINDS = ("closed_case", "deleted_record")
#: Closed cases reviewed six years after closure; deleted records one year after deletion.
DEFAULT_RETENTION_YEARS = (("closed_case", 6), ("deleted_record", 1))


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
    #: Opt-in guidance rules (off unless a centre chooses them, such as "the client") that
    #: the centre has switched on. An id never both here and in ``disabled_rules``.
    enabled_rules: tuple[str, ...] = ()
    #: Where the automatic backup goes when the app closes ("" for none), how many of
    #: them to keep there, and after how many days without a backup to remind (0: never).
    backup_folder: str = ""
    backup_keep: int = 7
    backup_reminder_days: int = 7
    #: Years after which each kind of record comes up for review; 0 means never.
    retention_years: tuple[tuple[str, int], ...] = DEFAULT_RETENTION_YEARS
    #: The centre's lawful basis for a share she agreed to (shown read-only to workers),
    #: and the starting point a manager adjusts when sharing without her agreement. Each
    #: must cover health and offence data too, so no share is left without a condition.
    basis_with_consent: LawfulBasis = WITH_CONSENT_DEFAULT
    basis_without_consent: LawfulBasis = WITHOUT_CONSENT_DEFAULT

    def __post_init__(self) -> None:
        if not MIN_IDLE_MINUTES <= self.idle_lock_minutes <= MAX_IDLE_MINUTES:
            raise ValueError(
                f"idle lock must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes"
            )
        if not 5 <= self.clipboard_clear_seconds <= 300:
            raise ValueError("clipboard clearing must be between 5 seconds and 5 minutes")
        if len(self.organisation_name) > 120:
            raise ValueError("organisation name is too long")
        if not 1 <= self.backup_keep <= MAX_BACKUPS_KEPT:
            raise ValueError(f"keep between 1 and {MAX_BACKUPS_KEPT} backups")
        if not 0 <= self.backup_reminder_days <= MAX_REMINDER_DAYS:
            raise ValueError(f"the reminder must be between 0 and {MAX_REMINDER_DAYS} days")
        if len(self.backup_folder) > 1024:
            raise ValueError("the backup folder's name is too long")
        kinds = [kind for kind, _ in self.retention_years]
        if len(set(kinds)) != len(kinds) or not set(kinds) <= set(RETENTION_KINDS):
            raise ValueError(f"retention kinds must be among {', '.join(RETENTION_KINDS)}")
        if any(not 0 <= years <= MAX_RETENTION_YEARS for _, years in self.retention_years):
            raise ValueError(f"retention must be between 0 and {MAX_RETENTION_YEARS} years")
        for basis in (self.basis_with_consent, self.basis_without_consent):
            if not isinstance(basis, LawfulBasis) or basis.complete_problems():
                raise ValueError("each lawful basis needs its Article 9 and Article 10 conditions")
        if len(self.enabled_rules) > MAX_ENABLED_RULES or any(
            not rule or len(rule) > MAX_RULE_ID_LENGTH for rule in self.enabled_rules
        ):
            raise ValueError(f"switch on up to {MAX_ENABLED_RULES} guidance rules, each by name")
        if set(self.disabled_rules) & set(self.enabled_rules):
            raise ValueError("a guidance rule can't be switched both on and off")
        if self.basis_without_consent.relies_on_consent:
            raise ValueError("the basis for sharing without her agreement can't be her consent")

    def retention_for(self, kind: str) -> int:
        """Years for ``kind``; a kind the centre hasn't set uses the default."""
        chosen = dict(DEFAULT_RETENTION_YEARS) | dict(self.retention_years)
        return chosen.get(kind, 0)

    def to_json(self) -> dict[str, Any]:
        raw = asdict(self)
        raw["disabled_rules"] = list(self.disabled_rules)
        raw["allowed_phrases"] = list(self.allowed_phrases)
        raw["enabled_rules"] = list(self.enabled_rules)
        raw["retention_years"] = dict(self.retention_years)
        raw["basis_with_consent"] = self.basis_with_consent.to_json()
        raw["basis_without_consent"] = self.basis_without_consent.to_json()
        return raw

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CentreSettings:
        retention = raw.get("retention_years", dict(DEFAULT_RETENTION_YEARS))
        return cls(
            organisation_name=str(raw.get("organisation_name", "")),
            idle_lock_minutes=int(raw.get("idle_lock_minutes", 5)),
            clipboard_clear_seconds=int(raw.get("clipboard_clear_seconds", 30)),
            disabled_rules=tuple(str(r) for r in raw.get("disabled_rules", [])),
            allowed_phrases=tuple(str(p) for p in raw.get("allowed_phrases", [])),
            enabled_rules=tuple(str(r) for r in raw.get("enabled_rules", [])),
            backup_folder=str(raw.get("backup_folder", "")),
            backup_keep=int(raw.get("backup_keep", 7)),
            backup_reminder_days=int(raw.get("backup_reminder_days", 7)),
            retention_years=tuple(sorted((str(k), int(v)) for k, v in dict(retention).items())),
            basis_with_consent=_basis(raw.get("basis_with_consent"), WITH_CONSENT_DEFAULT),
            basis_without_consent=_basis(raw.get("basis_without_consent"), WITHOUT_CONSENT_DEFAULT),
        )


def _basis(raw: Any, default: LawfulBasis) -> LawfulBasis:
    """Settings saved before the lawful bases were settings keep the safe defaults."""
    if raw is None:
        return default
    if not isinstance(raw, dict):
        raise ValueError("a lawful basis is saved as an object")
    try:
        return LawfulBasis.from_json(raw)
    except KeyError as exc:
        raise ValueError("a lawful basis needs its Article 6 basis") from exc
