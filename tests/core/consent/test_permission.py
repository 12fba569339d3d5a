"""The consent rule: property tests over random ledgers, and the plain cases."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from womenscentre.domain.consent import (
    ConsentStatus,
    ConsentToShare,
    DataCategory,
    Direction,
    Exclusion,
    PermissionState,
    Purpose,
    Recipient,
    RecipientKind,
    Withdrawal,
    permission,
)

TODAY = date(2026, 6, 1)
GP = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")
MH = Recipient(RecipientKind.MENTAL_HEALTH, "Fictional NHS Trust", "Community mental health team")
PROBATION = Recipient(
    RecipientKind.PROBATION, "Fictional Probation Office", "Community offender manager"
)
RECIPIENTS = [GP, MH, PROBATION]


def consent(**overrides) -> ConsentToShare:
    fields = {
        "id": "c1",
        "version": 1,
        "categories": frozenset({DataCategory.MENTAL_HEALTH}),
        "recipients": (MH,),
        "purposes": frozenset({Purpose.REFERRAL}),
        "direction": Direction.BOTH,
        "how_obtained": "Verbal, recorded by her keyworker",
        "what_she_was_told": "Privacy notice v1",
        "capacity_considered": True,
        "interpreter_used": False,
        "starts_on": TODAY - timedelta(days=30),
        "review_by": TODAY + timedelta(days=150),
        "expires_on": TODAY + timedelta(days=300),
    }
    fields.update(overrides)
    return ConsentToShare(**fields)


def ask(
    ledger, recipient=MH, purpose=Purpose.REFERRAL, category=DataCategory.MENTAL_HEALTH, today=TODAY
):
    return permission(ledger, recipient=recipient, purpose=purpose, category=category, today=today)


def test_what_she_agreed_is_permitted_and_nothing_more():
    ledger = [consent()]
    assert ask(ledger).state is PermissionState.PERMITTED
    assert ask(ledger, recipient=GP).state is PermissionState.NOT_PERMITTED
    assert ask(ledger, purpose=Purpose.MARAC).state is PermissionState.NOT_PERMITTED
    assert ask(ledger, category=DataCategory.ADDRESS).state is PermissionState.NOT_PERMITTED


def test_dates_expire_and_ask_for_review():
    ledger = [consent()]
    assert ask(ledger, today=TODAY + timedelta(days=200)).state is PermissionState.NEEDS_REVIEW
    assert ask(ledger, today=TODAY + timedelta(days=301)).state is PermissionState.EXPIRED
    assert ask(ledger, today=TODAY - timedelta(days=31)).state is PermissionState.NOT_PERMITTED


def test_withdrawal_takes_effect_from_its_date():
    withdrawn = consent(withdrawal=Withdrawal(TODAY, "Told her keyworker by phone", ("MH team",)))
    assert ask([withdrawn]).state is PermissionState.WITHDRAWN
    assert ask([withdrawn], today=TODAY - timedelta(days=1)).state is PermissionState.PERMITTED


def test_an_exclusion_beats_a_permit_elsewhere():
    broad = consent(categories=frozenset({DataCategory.ADDRESS}))
    never = consent(id="c2", exclusions=(Exclusion(DataCategory.ADDRESS, MH, "new address"),))
    assert ask([broad, never], category=DataCategory.ADDRESS).state is PermissionState.EXCLUDED


def test_ask_me_each_time_is_not_a_standing_permit():
    assert ask([consent(ask_each_time=True)]).state is PermissionState.ASK_HER_FIRST
    assert not ask([consent(ask_each_time=True)]).may_share


def test_consent_to_receive_is_not_consent_to_send():
    assert ask([consent(direction=Direction.WE_RECEIVE)]).state is PermissionState.NOT_PERMITTED


def test_recipients_match_by_organisation_and_role_not_kind_alone():
    other_team = Recipient(RecipientKind.MENTAL_HEALTH, "Fictional NHS Trust", "Crisis team")
    assert ask([consent()], recipient=other_team).state is PermissionState.NOT_PERMITTED


# -- property tests ------------------------------------------------------------------

days = st.integers(min_value=-400, max_value=400)


@st.composite
def consents(draw):
    start = TODAY + timedelta(days=draw(days))
    review = start + timedelta(days=draw(st.integers(0, 200)))
    expiry = review + timedelta(days=draw(st.integers(0, 200)))
    withdrawal = draw(
        st.none() | days.map(lambda d: Withdrawal(TODAY + timedelta(days=d), "phone"))
    )
    exclusions = tuple(
        Exclusion(category, draw(st.none() | st.sampled_from(RECIPIENTS)))
        for category in draw(st.lists(st.sampled_from(list(DataCategory)), max_size=2))
    )
    return ConsentToShare(
        id=f"c{draw(st.integers(0, 999))}",
        version=1,
        categories=frozenset(draw(st.sets(st.sampled_from(list(DataCategory)), min_size=1))),
        recipients=tuple(draw(st.lists(st.sampled_from(RECIPIENTS), min_size=1, max_size=3))),
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


@settings(max_examples=400, deadline=None)
@given(
    ledger=st.lists(consents(), max_size=5),
    recipient=st.sampled_from(RECIPIENTS),
    purpose=st.sampled_from(list(Purpose)),
    category=st.sampled_from(list(DataCategory)),
    offset=days,
)
def test_sharing_is_allowed_only_with_a_live_matching_agreement(
    ledger, recipient, purpose, category, offset
):
    """Whatever the ledger, a share is allowed only if one current, started, unexpired,
    unwithdrawn agreement covers exactly this recipient, purpose and category, and no
    current entry excludes it."""
    today = TODAY + timedelta(days=offset)
    result = permission(
        ledger, recipient=recipient, purpose=purpose, category=category, today=today
    )
    current = [c for c in ledger if c.status is not ConsentStatus.SUPERSEDED]
    excluded = any(
        e.category is category and (e.recipient is None or e.recipient.matches(recipient))
        for c in current
        for e in c.exclusions
    )
    live_cover = [
        c
        for c in current
        if c.status is ConsentStatus.ACTIVE
        and category in c.categories
        and purpose in c.purposes
        and any(r.matches(recipient) for r in c.recipients)
        and c.direction is not Direction.WE_RECEIVE
        and c.starts_on <= today <= c.expires_on
        and not c.ask_each_time
        and (c.withdrawal is None or c.withdrawal.withdrawn_on > today)
    ]
    withdrawn_cover = any(
        category in c.categories
        and purpose in c.purposes
        and any(r.matches(recipient) for r in c.recipients)
        and c.direction is not Direction.WE_RECEIVE
        and (
            c.status is ConsentStatus.WITHDRAWN
            or (c.withdrawal is not None and c.withdrawal.withdrawn_on <= today)
        )
        for c in current
    )
    if result.may_share:
        assert live_cover and not excluded and not withdrawn_cover
    else:
        assert not live_cover or excluded or withdrawn_cover
    if excluded:
        assert result.state is PermissionState.EXCLUDED
