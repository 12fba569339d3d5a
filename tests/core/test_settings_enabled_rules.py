"""Opt-in guidance rules a centre has switched on, kept in the signed centre settings.

Settings saved before the field existed must still load (with nothing switched on), and a
list that could not have come from the screen is refused rather than half-applied.
"""

from __future__ import annotations

from typing import Any

import pytest

from womenscentre.domain.settings import MAX_ENABLED_RULES, CentreSettings


def test_old_settings_without_the_field_load_with_nothing_switched_on() -> None:
    old = CentreSettings(disabled_rules=("da.domestic-dispute",)).to_json()
    del old["enabled_rules"]
    loaded = CentreSettings.from_json(old)
    assert loaded.enabled_rules == ()
    assert loaded.disabled_rules == ("da.domestic-dispute",)


def test_switched_on_rules_survive_json() -> None:
    chosen = CentreSettings(enabled_rules=("jg.the-client", "care.contact"))
    raw = chosen.to_json()
    assert raw["enabled_rules"] == ["jg.the-client", "care.contact"]
    assert CentreSettings.from_json(raw) == chosen


@pytest.mark.parametrize(
    "settings",
    [
        {"enabled_rules": ("",)},
        {"enabled_rules": ("x" * 121,)},
        {"enabled_rules": tuple(f"local.r{n}" for n in range(MAX_ENABLED_RULES + 1))},
        {"enabled_rules": ("jg.the-client",), "disabled_rules": ("jg.the-client",)},
    ],
)
def test_impossible_lists_are_refused(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        CentreSettings(**settings)


def test_switched_on_rules_are_kept_in_the_signed_settings(manager: Any, reopen: Any) -> None:
    manager.settings.update(CentreSettings(enabled_rules=("jg.the-client",)))
    manager.lock()
    again = reopen("morgan", "plum kettle harbour")
    assert again.settings.get().enabled_rules == ("jg.the-client",)
    assert not again.settings.tampered
