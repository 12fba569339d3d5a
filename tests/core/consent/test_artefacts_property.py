"""No artefact ever carries what she didn't agree to share: a property over random ledgers.

Hypothesis draws a ledger (categories, recipients, purposes, directions, statuses,
exclusions, ask-each-time, withdrawals and dates), a template, a recipient, a purpose, a
"today" (the injected clock), which sections the worker ticks and which ask-first sections
she agreed to today. Every field of every section holds its own canary, and every value the
record could fill in holds one too. Then the pack is built and every artefact is searched:
the PDF's extracted text, the JSON document and the FHIR Bundle.

The oracle that says what was allowed is written here from the rules in plain terms, not by
calling ``permission``, so a mistake in the rule shows up as a failure. Every bundle is
also validated against FHIR R4 (see :func:`validate_fhir`).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from womenscentre.domain.consent import (
    ConsentStatus,
    ConsentToShare,
    DataCategory,
    Direction,
    Exclusion,
    Purpose,
    Recipient,
    RecipientKind,
    Withdrawal,
)
from womenscentre.domain.sharing import (
    WITH_CONSENT_DEFAULT,
    Basis,
    Channel,
    SharingDecision,
    ToldHer,
)
from womenscentre.errors import InvalidInput
from womenscentre.exports.document import Box, BoxKind
from womenscentre.exports.facts import Identity, RecordFacts
from womenscentre.exports.fhir import Artefact, pack_bundle
from womenscentre.exports.referral import PackFlow
from womenscentre.exports.referral_docs import Sender, pack_document, pack_json
from womenscentre.templates.referrals import SOURCES, load_referral_templates

TEMPLATES = load_referral_templates()
TODAY = date(2026, 1, 5)
KINDS = sorted(TEMPLATES)
#: Two teams per kind: consent to one is never consent to the other.
POOL = {
    kind: [
        Recipient(kind, f"Fictional {kind.value} service", "Team A"),
        Recipient(kind, f"Fictional {kind.value} service", "Team B"),
    ]
    for kind in RecipientKind
}
ALL_RECIPIENTS = [r for pair in POOL.values() for r in pair]
SOURCE_CANARIES = {source: f"CANARY-SRC-{index:02d}" for index, source in enumerate(SOURCES)}
IDENTITY = Identity("Rosa", "Rosa Example-Fictional", "1990-04-01", "she/her", ("English",))
CREATED = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)

#: FHIR R4 required bindings the pydantic models don't check.
REQUIRED_CODES = {
    ("Bundle", "type"): {
        "document", "message", "transaction", "transaction-response", "batch",
        "batch-response", "history", "searchset", "collection",
    },
    ("Consent", "status"): {
        "draft", "proposed", "active", "rejected", "inactive", "entered-in-error",
    },
    ("ServiceRequest", "status"): {
        "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown",
    },
    ("ServiceRequest", "intent"): {
        "proposal", "plan", "directive", "order", "original-order", "reflex-order",
        "filler-order", "instance-order", "option",
    },
    ("DocumentReference", "status"): {"current", "superseded", "entered-in-error"},
}  # fmt: skip


def canary(section_id: str, field_id: str) -> str:
    return f"CANARY-{section_id}-{field_id}"


def validate_fhir(bundle: dict) -> None:
    """FHIR R4 structure, checked with the R4B models of ``fhir.resources``.

    No maintained package validates R4 (4.0.1) itself with current pydantic; R4B (4.3.0) is
    R4 plus changes confined to medication definition, evidence and subscriptions, and every
    resource used here (Bundle, MessageHeader, Organization, Patient, Consent,
    ServiceRequest, DocumentReference) is unchanged between them. The models check element
    names, types and cardinality; the required code bindings and the message rules they
    don't check are checked below.
    """
    Bundle.model_validate(bundle)
    entries = bundle["entry"]
    assert entries[0]["resource"]["resourceType"] == "MessageHeader"  # bdl-? message rule
    full_urls = {e["fullUrl"] for e in entries}
    assert len(full_urls) == len(entries)
    for (kind, element), allowed in REQUIRED_CODES.items():
        resources = (
            [bundle]
            if kind == "Bundle"
            else [e["resource"] for e in entries if e["resource"]["resourceType"] == kind]
        )
        for resource in resources:
            assert resource[element] in allowed, (kind, element, resource[element])
    for entry in entries:
        resource = entry["resource"]
        for value in _references(resource):
            assert value in full_urls, f"dangling reference {value}"
        if resource["resourceType"] == "Consent":
            # ppc-2: a privacy consent names the patient; ppc-1: a policy or policy rule.
            assert resource["patient"] and resource["policyRule"]
            assert resource["provision"]["type"] in {"permit", "deny"}


def _references(value: object) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def allowed_by_oracle(
    ledger: list[ConsentToShare],
    recipient: Recipient,
    purpose: Purpose,
    category: DataCategory,
    today: date,
    asked_today: bool,
) -> bool:
    """Her wishes in plain terms: a live, matching agreement, nothing excluding it, nothing
    withdrawn, and if she asked to be asked each time, she was asked today."""
    current = [c for c in ledger if c.status is not ConsentStatus.SUPERSEDED]
    for consent in current:
        for exclusion in consent.exclusions:
            if exclusion.category is category and (
                exclusion.recipient is None or exclusion.recipient.matches(recipient)
            ):
                return False
    covering = [
        c
        for c in current
        if category in c.categories
        and purpose in c.purposes
        and any(r.matches(recipient) for r in c.recipients)
        and c.direction is not Direction.WE_RECEIVE
    ]
    for consent in covering:
        if consent.status is ConsentStatus.WITHDRAWN:
            return False
        if consent.withdrawal is not None and consent.withdrawal.withdrawn_on <= today:
            return False
    live = [
        c
        for c in covering
        if c.status is ConsentStatus.ACTIVE and c.starts_on <= today <= c.expires_on
    ]
    return any(not c.ask_each_time for c in live) or (
        asked_today and any(c.ask_each_time for c in live)
    )


days = st.integers(min_value=-300, max_value=300)


@st.composite
def consents(draw: st.DrawFn) -> ConsentToShare:
    start = TODAY + timedelta(days=draw(days))
    review = start + timedelta(days=draw(st.integers(0, 150)))
    expiry = review + timedelta(days=draw(st.integers(0, 150)))
    withdrawal = draw(
        st.none() | days.map(lambda d: Withdrawal(TODAY + timedelta(days=d), "phone"))
    )
    exclusions = tuple(
        Exclusion(category, draw(st.none() | st.sampled_from(ALL_RECIPIENTS)))
        for category in draw(st.lists(st.sampled_from(list(DataCategory)), max_size=2))
    )
    return ConsentToShare(
        id=f"c{draw(st.integers(0, 10_000))}",
        version=1,
        categories=frozenset(draw(st.sets(st.sampled_from(list(DataCategory)), min_size=1))),
        recipients=tuple(draw(st.lists(st.sampled_from(ALL_RECIPIENTS), min_size=1, max_size=3))),
        purposes=frozenset(draw(st.sets(st.sampled_from(list(Purpose)), min_size=1))),
        direction=draw(st.sampled_from(list(Direction))),
        how_obtained="verbal",
        what_she_was_told="notice",
        capacity_considered=True,
        interpreter_used=False,
        starts_on=start,
        review_by=review,
        expires_on=expiry,
        status=draw(st.sampled_from(list(ConsentStatus))),
        exclusions=exclusions,
        ask_each_time=draw(st.booleans()),
        withdrawal=withdrawal,
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple:
    kind = draw(st.sampled_from(KINDS))
    template = TEMPLATES[kind]
    recipient = draw(st.sampled_from(POOL[kind]))
    purpose = draw(st.sampled_from(template.purposes))
    # Bias the ledger towards this recipient and purpose, so packs are often non-empty.
    focused = st.builds(
        lambda c, extra, start, live, ask: ConsentToShare(
            **{
                **{f: getattr(c, f) for f in c.__dataclass_fields__},
                "recipients": (recipient, *c.recipients[:1]),
                "purposes": c.purposes | {purpose},
                "categories": c.categories | extra,
                "starts_on": TODAY - timedelta(days=start),
                "review_by": TODAY + timedelta(days=start),
                "expires_on": TODAY + timedelta(days=2 * start + 30),
                **(
                    {
                        "status": ConsentStatus.ACTIVE,
                        "withdrawal": None,
                        "direction": Direction.BOTH,
                        "ask_each_time": ask,
                        "exclusions": c.exclusions[:1],
                    }
                    if live
                    else {}
                ),
            }
        ),
        consents(),
        st.sets(st.sampled_from([s.category for s in template.sections]), min_size=2),
        st.integers(0, 120),
        st.sampled_from([True, True, True, False]),
        st.sampled_from([False, False, False, True]),
    )
    ledger = draw(st.lists(focused, max_size=2)) + draw(st.lists(consents(), max_size=3))
    today = TODAY + timedelta(days=draw(st.integers(-10, 90)))
    ticked = draw(
        st.none() | st.sets(st.sampled_from([s.id for s in template.sections]), min_size=1)
    )
    confirm = draw(st.sets(st.sampled_from([s.id for s in template.sections])))
    return template, recipient, purpose, ledger, today, ticked, confirm


def _decision(pack, recipient: Recipient, purpose: Purpose) -> SharingDecision:
    return SharingDecision(
        id="d-1",
        person_id="p-1",
        decided_at=CREATED,
        decided_by="u-1",
        shared=True,
        recipient=recipient,
        purpose=purpose,
        basis=Basis.WITH_CONSENT,
        rationale="She asked for this referral herself.",
        told_her=ToldHer(True),
        categories=pack.categories,
        consent_ids=tuple(c.id for c in pack.consents),
        lawful_basis=WITH_CONSENT_DEFAULT.for_categories(pack.categories),
        channel=Channel.NHSMAIL,
    )


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios())
def test_no_artefact_carries_a_category_she_did_not_agree_to(kit, scenario):
    template, recipient, purpose, ledger, today, ticked, confirm = scenario
    flow = PackFlow(
        person_id="p-1",
        template=template,
        recipient=recipient,
        purpose=purpose,
        ledger=ledger,
        facts=RecordFacts(IDENTITY, dict(SOURCE_CANARIES)),
        today=today,
        included=ticked,
    )
    asked: set[str] = set()
    for view in flow.sections:
        for spec in view.section.fields:
            if not spec.source:
                flow.set_answer(view.section.id, spec.id, canary(view.section.id, spec.id))
        if view.state == "ask_her_first" and view.section.id in confirm:
            flow.confirm_asked_today(view.section.id)
            asked.add(view.section.id)
    try:
        flow.preview()
    except InvalidInput:
        # Nothing may go: then no section at all is allowed and ticked with content.
        event("nothing to send")
        for view in flow.sections:
            assert not (view.included and view.can_include)
        return
    flow.stepped_up("u-1", 0.0)
    pack = flow.pack(ledger, today)
    decision = _decision(pack, recipient, purpose)
    sender = Sender("Fictional Women's Centre", "morgan")
    document = pack_document(pack, decision, sender, "e-1")
    pdf = kit.text_pdf(document)
    json_doc = json.dumps(pack_json(pack, decision, sender, "e-1", CREATED), ensure_ascii=False)
    bundle = pack_bundle(
        pack, decision, sender, "e-1", CREATED, [Artefact("p.pdf", "application/pdf", pdf)]
    )
    validate_fhir(bundle)
    artefacts = {
        "pdf": kit.pdf_text(pdf),
        "json": json_doc,
        "fhir": json.dumps(bundle, ensure_ascii=False),
    }
    event(f"pack with {len(pack.sections)} sections")
    included = {s.id for s in pack.sections}
    usable_sources: set[str] = set()
    for section in template.sections:
        allowed = allowed_by_oracle(
            ledger, recipient, purpose, section.category, today, section.id in asked
        )
        went = section.id in included
        assert not went or allowed, f"{section.id} went but wasn't allowed"
        if went:
            usable_sources |= {f.source for f in section.fields if f.source}
        for spec in section.fields:
            if spec.source:
                continue
            secret = canary(section.id, spec.id)
            # Whatever went is in the PDF and the JSON; nothing else is anywhere.
            assert (secret in artefacts["pdf"]) == went, ("pdf", section.id, spec.id)
            assert (secret in artefacts["json"]) == went, ("json", section.id, spec.id)
            assert went or secret not in artefacts["fhir"], ("fhir", section.id, spec.id)
    for source, secret in SOURCE_CANARIES.items():
        for name, text in artefacts.items():
            if secret in text:
                assert source in usable_sources, (name, source)
    boxes = [b.kind for b in document.blocks if isinstance(b, Box)]
    assert (BoxKind.SAFE_CONTACT in boxes) == (DataCategory.SAFE_CONTACT in pack.categories)


def _ready_flow(kit, ledger, recipient, template_kind, purpose):
    flow = PackFlow(
        person_id="p-1",
        template=TEMPLATES[template_kind],
        recipient=recipient,
        purpose=purpose,
        ledger=ledger,
        facts=RecordFacts(IDENTITY, dict(SOURCE_CANARIES)),
        today=TODAY,
    )
    for section in flow.template.sections:
        for spec in section.fields:
            flow.set_answer(section.id, spec.id, canary(section.id, spec.id))
    return flow


def test_a_bundle_for_a_share_without_consent_validates_and_says_so(kit):
    """No Consent resource is invented; the ServiceRequest notes the basis instead."""
    from womenscentre.domain.sharing import WITHOUT_CONSENT_DEFAULT, WithoutConsentReason

    marac = Recipient(RecipientKind.MARAC, "Fictional Marac", "Coordinator")
    flow = _ready_flow(kit, [], marac, RecipientKind.MARAC, Purpose.MARAC)
    flow.share_without_consent(
        WithoutConsentReason.REFUSED_BUT_OVERRIDDEN, {DataCategory.ABUSE_HISTORY_AND_RISK}
    )
    flow.preview()
    flow.stepped_up("u-1", 0.0)
    flow.authorised("u-2")
    pack = flow.pack([], TODAY)
    decision = SharingDecision(
        id="d-1",
        person_id="p-1",
        decided_at=CREATED,
        decided_by="u-1",
        shared=True,
        recipient=marac,
        purpose=Purpose.MARAC,
        basis=Basis.WITHOUT_CONSENT,
        rationale="Visible high risk; she said no but the risk outweighs it.",
        told_her=ToldHer(False, "Not safe to tell her yet."),
        categories=pack.categories,
        without_consent_reason=WithoutConsentReason.REFUSED_BUT_OVERRIDDEN,
        without_consent_categories=pack.without_consent_categories,
        authorised_by="u-2",
        lawful_basis=WITHOUT_CONSENT_DEFAULT.for_categories(pack.categories),
        channel=Channel.OTHER_SECURE_EMAIL,
    )
    assert decision.problems() == []
    bundle = pack_bundle(pack, decision, Sender("Centre", ""), "e-1", CREATED, [])
    validate_fhir(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert "Consent" not in kinds
    request = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "ServiceRequest"
    )
    assert "Shared without her agreement" in request["note"][0]["text"]
    assert "para 18" in request["note"][0]["text"]
    text = pack_document(pack, decision, Sender("Centre", ""), "e-1").plain_text()
    assert canary("address", "address") not in text  # address wasn't chosen to override
    assert canary("person-harming", "details") in text


def test_a_consent_bundle_carries_exclusions_as_nested_denies(kit):
    gp = POOL[RecipientKind.GP][0]
    agreed = ConsentToShare(
        id="c-1",
        version=3,
        categories=frozenset({DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}),
        recipients=(gp,),
        purposes=frozenset({Purpose.REFERRAL}),
        direction=Direction.WE_SEND,
        how_obtained="written",
        what_she_was_told="notice v2",
        capacity_considered=True,
        interpreter_used=False,
        starts_on=TODAY - timedelta(days=5),
        review_by=TODAY + timedelta(days=100),
        expires_on=TODAY + timedelta(days=200),
        exclusions=(Exclusion(DataCategory.ADDRESS, gp),),
    )
    flow = _ready_flow(kit, [agreed], gp, RecipientKind.GP, Purpose.REFERRAL)
    flow.preview()
    flow.stepped_up("u-1", 0.0)
    pack = flow.pack([agreed], TODAY)
    bundle = pack_bundle(
        pack, _decision(pack, gp, Purpose.REFERRAL), Sender("Centre", ""), "e-1", CREATED, []
    )
    validate_fhir(bundle)
    consent_resource = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Consent"
    )
    provision = consent_resource["provision"]
    assert provision["period"] == {"start": "2025-12-31", "end": "2026-07-24"}
    assert {c["code"] for c in provision["class"]} == {"safe_contact", "session_summary"}
    assert provision["provision"][0]["type"] == "deny"
    assert provision["provision"][0]["class"][0]["code"] == "address"
    assert consent_resource["identifier"] == [
        {"system": "urn:womenscentre:consent", "value": "c-1|3"}
    ]


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios(), earlier=st.lists(consents(), max_size=3))
def test_a_reopened_draft_carries_only_what_her_ledger_allows_now(kit, scenario, earlier):
    """A draft chose sections under one ledger; it is reopened under another (consent
    withdrawn, ended or narrowed since). Only what the ledger of today allows goes."""
    template, recipient, purpose, ledger, today, _ticked, _confirm = scenario
    drafted = PackFlow(
        person_id="p-1",
        template=template,
        recipient=recipient,
        purpose=purpose,
        ledger=earlier + ledger,
        facts=RecordFacts(IDENTITY, dict(SOURCE_CANARIES)),
        today=TODAY,
    )
    for view in drafted.sections:
        for spec in view.section.fields:
            if not spec.source:
                drafted.set_answer(view.section.id, spec.id, canary(view.section.id, spec.id))
    wanted = [s.id for s in template.sections]  # the draft asked for everything
    flow = PackFlow(
        person_id="p-1",
        template=template,
        recipient=recipient,
        purpose=purpose,
        ledger=ledger,
        facts=RecordFacts(IDENTITY, dict(SOURCE_CANARIES)),
        today=today,
        answers=drafted.answers,
        included=wanted,
        draft_id="draft-1",
    )
    flow.restore_draft(wanted, None, ())
    held = {title for title, _why in flow.held_since_draft}
    try:
        flow.preview()
    except InvalidInput:
        event("reopened: nothing to send")
        return
    flow.stepped_up("u-1", 0.0)
    pack = flow.pack(ledger, today)
    decision = _decision(pack, recipient, purpose)
    sender = Sender("Fictional Women's Centre", "morgan")
    pdf = kit.pdf_text(kit.text_pdf(pack_document(pack, decision, sender, "e-1")))
    json_doc = json.dumps(pack_json(pack, decision, sender, "e-1", CREATED), ensure_ascii=False)
    bundle = json.dumps(pack_bundle(pack, decision, sender, "e-1", CREATED, []))
    for section in template.sections:
        allowed = allowed_by_oracle(ledger, recipient, purpose, section.category, today, False)
        if not allowed:
            assert section.title in held
        for spec in section.fields:
            if spec.source or allowed:
                continue
            secret = canary(section.id, spec.id)
            for name, text in (("pdf", pdf), ("json", json_doc), ("fhir", bundle)):
                assert secret not in text, (name, section.id, spec.id)
