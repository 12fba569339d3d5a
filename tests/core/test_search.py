"""Search finds what she may see, lives only while unlocked, and keeps up with saves."""

from __future__ import annotations

from womenscentre.domain.users import Role


def _note(vault, person, body, make):
    [case] = vault.cases.for_person(person.id)
    note = vault.notes.start(case.id, make.note(body))
    return vault.notes.finalise(note.id, expected_version=note.version)


def test_finds_people_by_name_and_notes_by_words(manager, make):
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    zoe = manager.people.add(make.person("Zoë"), referral_source="self")
    garden = _note(manager, rosa, "She enjoyed the allotment group and wants to go weekly.", make)
    _note(manager, zoe, "We planned her housing appointment together.", make)
    assert [h.person_id for h in manager.search.query("zoe")] == [zoe.id]
    hits = manager.search.query("allotm")
    assert [(h.person_id, h.note_id) for h in hits] == [(rosa.id, garden.id)]
    assert "allotment" in hits[0].snippet
    assert hits[0].preferred_name == "Rosa"
    assert manager.search.query("housing allotment") == []


def test_a_keyworker_finds_only_her_own_caseload(manager, make, reopen):
    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    hers = manager.people.add(
        make.person("Nia"), referral_source="self", keyworker_ids=(ash.id, manager.user.id)
    )
    other = manager.people.add(make.person("Nina"), referral_source="self")
    _note(manager, hers, "Talked about the college course she starts soon.", make)
    _note(manager, other, "Talked about the college open day.", make)
    manager.lock()
    keyworker = reopen("ash", "velvet orbit lantern")
    assert {h.person_id for h in keyworker.search.query("college")} == {hers.id}
    assert {h.person_id for h in keyworker.search.query("ni")} == {hers.id}


def test_the_index_is_dropped_on_lock(manager, make):
    person = manager.people.add(make.person("Rosa"), referral_source="self")
    _note(manager, person, "Swimming on Thursdays.", make)
    assert manager.search.query("swimming")
    assert manager.search.ready
    index = manager.search._index
    manager.lock()
    assert not manager.search.ready
    assert index is not None and index.size == 0


def test_a_resaved_draft_is_found_by_its_new_words_only(manager, make):
    person = manager.people.add(make.person("Rosa"), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    draft = manager.notes.start(case.id, make.note("First thoughts about the bus pass."))
    manager.search.build()
    updated = manager.notes.save_draft(
        draft.id, make.note("Now about the library card."), expected_version=draft.version
    )
    manager.search.note_saved(person.id, draft.id, updated.content)
    assert [h.note_id for h in manager.search.query("library")] == [draft.id]
    assert manager.search.query("bus pass") == []


def test_someone_added_after_the_build_is_found_at_once(manager, make):
    manager.search.build()
    person = manager.people.add(make.person("Wren"), referral_source="self")
    manager.search.person_saved(person.id, "Wren")
    assert [h.person_id for h in manager.search.query("wren")] == [person.id]
