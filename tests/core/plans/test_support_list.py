"""Her one list of people and services: editing and removing entries that plans use."""

from __future__ import annotations

from dataclasses import replace

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.plans import PlanDraft
from womenscentre.errors import InvalidInput
from womenscentre.services.records import EditConflict


def _two_plans_with_tess(manager, her):
    da = manager.plans.create(
        her.person_id,
        "domestic-abuse",
        PlanDraft(
            {
                "trusted_people": Answer.of([her.sister.id]),
                "children": Answer.of([{"name": "Sam", "safe_adult": [her.sister.id]}]),
            }
        ),
    )
    hard = manager.plans.create(
        her.person_id,
        "very-hard-times",
        PlanDraft({"services": Answer.of([her.helpline.id])}),
    )
    drugs = manager.plans.create(
        her.person_id,
        "drugs-and-alcohol",
        PlanDraft({"check_in_people": Answer.of([her.sister.id])}),
    )
    return da, hard, drugs


def test_editing_one_entry_changes_every_plan(manager, her):
    da, _hard, drugs = _two_plans_with_tess(manager, her)
    support = manager.plans.support_list(her.person_id)
    renamed = replace(her.sister, name="Tessa", how_to_reach="0000 555 6666")
    saved = manager.plans.update_support_entry(
        her.person_id, renamed, expected_version=support.version
    )
    assert saved.version == support.version + 1
    for plan in (da, drugs):
        text = manager.plans.her_copy(plan.id, discreet=False, large_print=False).plain_text()
        assert "Tessa (my sister) - 0000 555 6666" in text
        assert "0000 111 2222" not in text
    # A colleague's older copy of the list can't overwrite the change.
    with pytest.raises(EditConflict):
        manager.plans.update_support_entry(
            her.person_id, replace(her.sister, name="Old"), expected_version=support.version
        )


def test_plans_using_names_the_plans_that_point_to_her(manager, her):
    da, hard, drugs = _two_plans_with_tess(manager, her)
    using = manager.plans.plans_using(her.person_id, her.sister.id)
    assert {p.id for p in using} == {da.id, drugs.id}
    assert [p.id for p in manager.plans.plans_using(her.person_id, her.helpline.id)] == [hard.id]


def test_removing_someone_plans_use_keeps_the_plans_working(manager, her):
    da, _hard, drugs = _two_plans_with_tess(manager, her)
    support = manager.plans.support_list(her.person_id)
    after = manager.plans.remove_from_support_list(
        her.person_id, her.sister.id, expected_version=support.version
    )
    assert [e.name for e in after.people()] == []
    assert after.get(her.sister.id).removed  # kept, so older versions still read
    for plan in (da, drugs):
        opened = manager.plans.get(plan.id)
        text = manager.plans.her_copy(plan.id, discreet=False, large_print=False).plain_text()
        assert "Tess" not in text
        # Saving the plan as it stands works: she is simply left out of the new version.
        saved = manager.plans.save(plan.id, opened.draft(), expected_version=opened.record_version)
        assert saved.number == 2
        assert her.sister.id not in str({k: v.value for k, v in saved.answers.items()})
        # The first version still names her, as it did when it was saved.
        first = manager.plans.get(plan.id, 1)
        assert her.sister.id in str({k: v.value for k, v in first.answers.items()})
    assert manager.plans.get(da.id).answers["children"].value == [
        {"name": "Sam", "safe_adult": None}
    ]
    assert manager.plans.plans_using(her.person_id, her.sister.id) == []
    # Once off her list she can't be edited or removed again.
    latest = manager.plans.support_list(her.person_id)
    with pytest.raises(InvalidInput):
        manager.plans.update_support_entry(
            her.person_id, replace(her.sister, name="Tessa"), expected_version=latest.version
        )
    with pytest.raises(InvalidInput):
        manager.plans.remove_from_support_list(
            her.person_id, her.sister.id, expected_version=latest.version
        )
