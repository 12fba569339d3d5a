"""The training vault: fictional, flagged as training, and useful for teaching."""

from __future__ import annotations

from womenscentre.demo import build_demo_vault, load_demo
from womenscentre.guidance import Guide, Severity
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import unlock
from womenscentre.vault.kdf import INSECURE_TEST_POLICY


def test_demo_vault_opens_for_the_trainer_with_every_woman(tmp_path, clock):
    paths = VaultPaths.for_dir(tmp_path / "demo")
    creds = build_demo_vault(paths, clock=clock, policy=INSECURE_TEST_POLICY)
    trainer = unlock(
        paths, creds.trainer, creds.passphrase, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert trainer.is_training_vault
        names = [p.preferred_name for p in trainer.people.visible()]
        assert len(names) == len(load_demo()["women"]) >= 12
        notes = [n for p in trainer.people.visible() for n in trainer.notes.for_person(p.id)]
        assert {n.content.session_type.value for n in notes} >= {
            "first_meeting",
            "one_to_one",
            "crisis",
            "after_disclosure",
            "leaving_custody",
            "review_closing",
        }
    finally:
        trainer.lock()


def test_practice_notes_give_the_guidance_something_to_catch_and_good_ones_do_not():
    guide = Guide.load()
    for woman in load_demo()["women"]:
        for note in woman["notes"]:
            warnings = [f for f in guide.check(note["body"]) if f.severity is Severity.WARNING]
            if note.get("practice"):
                assert warnings, f"practice note for {woman['preferred_name']} flags nothing"
            else:
                assert not warnings, f"{woman['preferred_name']}: {[w.text for w in warnings]}"
