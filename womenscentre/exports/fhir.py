"""An optional FHIR R4 Bundle for a referral pack, shaped to UK Core, as plain dicts.

The bundle is a ``message`` with a ``MessageHeader`` first, so it is shaped like an NHS
Booking and Referral Standard (BaRS) message and a future NHS connection stays possible.
It is not a BaRS message: that needs onboarding to the national platform. Entries:

- ``MessageHeader``: sender, receiver and the focus (the ``ServiceRequest``);
- ``Organization`` twice: the centre (requester) and the recipient (performer);
- ``Patient``: who the pack is about, nothing more;
- ``Consent`` (UK Core), when any of the pack rests on her agreement: a permit provision for
  the recipient, purpose, the categories she agreed to and the period, with each exclusion
  as a nested deny, and the lawful basis in the policy text;
- ``ServiceRequest``: the referral, its reason in the words of the pack only, and a note
  saying which parts are shared without her agreement, if any, and on what lawful basis;
- ``DocumentReference``: the PDF and JSON files by name, size and hash, never their content,
  so a password on the PDF is not undone here.

Only content that is in the confirmed pack appears; nothing is read from the record here.
Resource ids are fresh UUIDs per export, so a bundle gives nothing away about record ids.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from womenscentre.domain.sharing import SharingDecision
from womenscentre.exports.referral import Pack
from womenscentre.exports.referral_docs import Sender, lawful_basis_words, reference
from womenscentre.exports.wording import CATEGORY_LABELS, PURPOSE_LABELS

#: UK Core profiles' canonical URLs are this plus the resource name (for example
#: ``UKCore-Consent``, ``UKCore-MessageHeader``, ``UKCore-Bundle``), as each profile's
#: StructureDefinition ``url`` says in HL7 UK's UK Core (FHIR R4) package.
UK_CORE: Final = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"
#: Our own code systems. ``.example`` is reserved, so these never clash with a real one.
CATEGORY_SYSTEM: Final = "https://womenscentre.example/fhir/CodeSystem/data-category"
PURPOSE_SYSTEM: Final = "https://womenscentre.example/fhir/CodeSystem/sharing-purpose"
EVENT_SYSTEM: Final = "https://womenscentre.example/fhir/CodeSystem/message-event"
SOURCE_ENDPOINT: Final = "urn:womenscentre:desktop"
SNOMED: Final = "http://snomed.info/sct"
LOINC: Final = "http://loinc.org"


@dataclass(frozen=True, slots=True)
class Artefact:
    name: str
    content_type: str
    data: bytes


def _ref(kind: str, ident: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{ident}", "type": kind}


def _meta(profile: str) -> dict[str, list[str]]:
    return {"profile": [UK_CORE + profile]}


def _coding(system: str, code: str, display: str) -> dict[str, str]:
    return {"system": system, "code": code, "display": display}


def _consent(
    pack: Pack, decision: SharingDecision, ids: dict[str, str], when: str
) -> dict[str, Any]:
    recipient_actor = {
        "role": {
            "coding": [
                _coding(
                    "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                    "IRCP",
                    "information recipient",
                )
            ]
        },
        "reference": _ref("Organization", ids["recipient"]),
    }
    shared = sorted(pack.categories - pack.without_consent_categories)
    provision: dict[str, Any] = {
        "type": "permit",
        "actor": [recipient_actor],
        "action": [
            {
                "coding": [
                    _coding(
                        "http://terminology.hl7.org/CodeSystem/consentaction",
                        "disclose",
                        "Disclose",
                    )
                ]
            }
        ],
        "purpose": [
            _coding(PURPOSE_SYSTEM, pack.purpose.value, PURPOSE_LABELS.english(pack.purpose))
        ],
        "class": [_coding(CATEGORY_SYSTEM, c.value, CATEGORY_LABELS.english(c)) for c in shared],
    }
    provision["period"] = {
        "start": min(c.starts_on for c in pack.consents).isoformat(),
        "end": min(c.expires_on for c in pack.consents).isoformat(),
    }
    denies = [
        {
            "type": "deny",
            "actor": [recipient_actor],
            "class": [
                _coding(CATEGORY_SYSTEM, e.category.value, CATEGORY_LABELS.english(e.category))
            ],
        }
        for c in pack.consents
        for e in c.exclusions
        if e.recipient is None or e.recipient.matches(pack.recipient)
    ]
    if denies:
        provision["provision"] = denies
    policy = "Shared with her agreement."
    if decision.lawful_basis is not None:
        policy += " Lawful basis: " + lawful_basis_words(decision.lawful_basis) + "."
    resource: dict[str, Any] = {
        "resourceType": "Consent",
        "id": ids["consent"],
        "meta": _meta("Consent"),
        "status": "active",
        "scope": {
            "coding": [
                _coding(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    "patient-privacy",
                    "Privacy Consent",
                )
            ]
        },
        "category": [{"coding": [_coding(LOINC, "59284-0", "Patient Consent")]}],
        "patient": _ref("Patient", ids["patient"]),
        "dateTime": when,
        "organization": [_ref("Organization", ids["sender"])],
        "policyRule": {
            "coding": [
                _coding(
                    "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "OPTIN",
                    "opt-in",
                )
            ],
            "text": policy,
        },
        "provision": provision,
        "identifier": [
            {"system": "urn:womenscentre:consent", "value": f"{c.id}|{c.version}"}
            for c in sorted(pack.consents, key=lambda c: c.id)
        ],
    }
    return resource


def _attachment(artefact: Artefact, when: str) -> dict[str, Any]:
    return {
        "attachment": {
            "contentType": artefact.content_type,
            "url": artefact.name,
            "size": len(artefact.data),
            # FHIR R4 Attachment.hash is the base64 SHA-1 of the data.
            "hash": base64.b64encode(hashlib.sha1(artefact.data).digest()).decode(),  # noqa: S324
            "title": artefact.name,
            "creation": when,
        }
    }


def pack_bundle(
    pack: Pack,
    decision: SharingDecision,
    sender: Sender,
    export_id: str,
    created_at: datetime,
    artefacts: list[Artefact],
) -> dict[str, Any]:
    """The Bundle as plain JSON-ready dicts."""
    ids = {
        k: str(uuid.uuid4())
        for k in ("header", "sender", "recipient", "patient", "consent", "request", "document")
    }
    when = created_at.isoformat(timespec="seconds")
    identity = pack.identity
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": ids["patient"],
        "meta": _meta("Patient"),
        "name": [{"use": "usual", "text": identity.preferred_name}],
    }
    if identity.full_name:
        patient["name"].append({"use": "official", "text": identity.full_name})
    if identity.date_of_birth:
        patient["birthDate"] = identity.date_of_birth
    reasons = [value for s in pack.sections if s.tell_it_once for _label, value in s.rows][:1]
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "id": ids["request"],
        "meta": _meta("ServiceRequest"),
        "identifier": [{"system": "urn:womenscentre:pack", "value": export_id}],
        "status": "active",
        "intent": "order",
        "category": [{"coding": [_coding(SNOMED, "3457005", "Patient referral")]}],
        "code": {"text": pack.template.title},
        "subject": _ref("Patient", ids["patient"]),
        "authoredOn": when,
        "requester": _ref("Organization", ids["sender"]),
        "performer": [_ref("Organization", ids["recipient"])],
        "supportingInfo": [_ref("DocumentReference", ids["document"])],
    }
    if pack.consents:
        request["supportingInfo"].insert(0, _ref("Consent", ids["consent"]))
    if reasons:
        request["reasonCode"] = [{"text": reasons[0]}]
    if pack.without_consent_reason is not None:
        shared = ", ".join(sorted(CATEGORY_LABELS[c] for c in pack.without_consent_categories))
        note = f"Shared without her agreement, authorised by a second manager: {shared}."
        if decision.lawful_basis is not None:
            note += " Lawful basis: " + lawful_basis_words(decision.lawful_basis) + "."
        request["note"] = [{"text": note}]
    document = {
        "resourceType": "DocumentReference",
        "id": ids["document"],
        "meta": _meta("DocumentReference"),
        "status": "current",
        "type": {"coding": [_coding(SNOMED, "3457005", "Patient referral")]},
        "subject": _ref("Patient", ids["patient"]),
        "date": when,
        "author": [_ref("Organization", ids["sender"])],
        "description": f"{pack.template.title}, pack {reference(export_id)}",
        "content": [_attachment(a, when) for a in artefacts],
    }
    organisations = [
        {
            "resourceType": "Organization",
            "id": ids["sender"],
            "meta": _meta("Organization"),
            "name": sender.organisation or "Women's centre",
        },
        {
            "resourceType": "Organization",
            "id": ids["recipient"],
            "meta": _meta("Organization"),
            "name": pack.recipient.organisation,
            "alias": [pack.recipient.role],
        },
    ]
    header = {
        "resourceType": "MessageHeader",
        "id": ids["header"],
        "meta": _meta("MessageHeader"),
        "eventCoding": _coding(EVENT_SYSTEM, "referral-request", "Referral request"),
        "destination": [
            {
                "name": pack.recipient.organisation,
                "endpoint": "urn:womenscentre:sent-by-secure-email",
            }
        ],
        "sender": _ref("Organization", ids["sender"]),
        "source": {"name": "womenscentre", "endpoint": SOURCE_ENDPOINT},
        "focus": [_ref("ServiceRequest", ids["request"])],
    }
    resources: list[dict[str, Any]] = [header, *organisations, patient]
    if pack.consents:
        resources.append(_consent(pack, decision, ids, when))
    resources += [request, document]
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "meta": _meta("Bundle"),
        "identifier": {"system": "urn:womenscentre:pack", "value": export_id},
        "type": "message",
        "timestamp": when,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }
