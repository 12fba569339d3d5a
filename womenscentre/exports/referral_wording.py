"""Plain-English words for the choices a manager makes when recording a sharing decision.

Each lawful basis is named the way a worker would say it, with the article or DPA 2018
Schedule 1 paragraph in brackets, so the choice is readable and still checkable against
the law. The wizard, the centre's sharing settings and the headless export use these
same words; the artefacts use the legal form (``referral_docs.lawful_basis_words``).
"""

from __future__ import annotations

from typing import Final

from womenscentre.domain.sharing import (
    AdviceSource,
    Art6Basis,
    Art9Condition,
    Channel,
    Schedule1Condition,
    ToldState,
)

ART6_CHOICES: Final = {
    Art6Basis.LEGITIMATE_INTERESTS: "Legitimate interests (Article 6(1)(f))",
    Art6Basis.VITAL_INTERESTS: "To protect someone's life (Article 6(1)(d))",
    Art6Basis.LEGAL_OBLIGATION: "A legal duty (Article 6(1)(c))",
    Art6Basis.PUBLIC_TASK: "A public task (Article 6(1)(e))",
    Art6Basis.CONTRACT: "A contract with her (Article 6(1)(b))",
    Art6Basis.CONSENT: "Her consent (Article 6(1)(a))",
}
ART9_CHOICES: Final = {
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: (
        "Substantial public interest (Article 9(2)(g)), with a Schedule 1 condition"
    ),
    Art9Condition.VITAL_INTERESTS: ("To protect her life when she can't agree (Article 9(2)(c))"),
    Art9Condition.HEALTH_OR_SOCIAL_CARE: (
        "Health or social care (Article 9(2)(h)), with a Schedule 1 condition"
    ),
    Art9Condition.SOCIAL_PROTECTION: (
        "Social protection (Article 9(2)(b)), with a Schedule 1 condition"
    ),
    Art9Condition.LEGAL_CLAIMS: "Legal claims or the courts (Article 9(2)(f))",
    Art9Condition.PUBLIC_HEALTH: "Public health (Article 9(2)(i)), with a Schedule 1 condition",
    Art9Condition.NOT_FOR_PROFIT: "A not-for-profit body's own members (Article 9(2)(d))",
    Art9Condition.EXPLICIT_CONSENT: "Her explicit consent (Article 9(2)(a))",
}
SCHEDULE1_CHOICES: Final = {
    Schedule1Condition.SAFEGUARDING: (
        "Safeguarding children and people at risk (DPA 2018 Sch. 1 para 18)"
    ),
    Schedule1Condition.PREVENTING_UNLAWFUL_ACTS: (
        "Preventing or detecting crime (DPA 2018 Sch. 1 para 10)"
    ),
    Schedule1Condition.VITAL_INTERESTS: (
        "To protect someone's life when she can't agree (DPA 2018 Sch. 1 para 30)"
    ),
    Schedule1Condition.STATUTORY_PURPOSES: (
        "A duty set by law or government (DPA 2018 Sch. 1 para 6)"
    ),
    Schedule1Condition.COUNSELLING: "Counselling and support (DPA 2018 Sch. 1 para 17)",
    Schedule1Condition.ECONOMIC_WELLBEING: (
        "Protecting someone's money and wellbeing (DPA 2018 Sch. 1 para 19)"
    ),
    Schedule1Condition.HEALTH_OR_SOCIAL_CARE: ("Health or social care (DPA 2018 Sch. 1 para 2)"),
    Schedule1Condition.EMPLOYMENT_SOCIAL_PROTECTION: ("Social protection (DPA 2018 Sch. 1 para 1)"),
    Schedule1Condition.PUBLIC_HEALTH: "Public health (DPA 2018 Sch. 1 para 3)",
    Schedule1Condition.LEGAL_CLAIMS: "Legal claims or the courts (DPA 2018 Sch. 1 para 33)",
    Schedule1Condition.NOT_FOR_PROFIT: (
        "A not-for-profit body's own members (DPA 2018 Sch. 1 para 31)"
    ),
    Schedule1Condition.CONSENT: "Her consent (DPA 2018 Sch. 1 para 29)",
}
ADVICE_LABELS: Final = {
    AdviceSource.MANAGER: "Another manager",
    AdviceSource.SAFEGUARDING_LEAD: "The safeguarding lead",
    AdviceSource.CALDICOTT_GUARDIAN: "The Caldicott guardian",
    AdviceSource.DATA_PROTECTION_OFFICER: "The data protection officer",
    AdviceSource.LEGAL: "A legal adviser",
}
CHANNEL_CHOICES: Final = {
    Channel.NHSMAIL: "Secure email: NHSmail",
    Channel.CJSM: "Secure email: CJSM",
    Channel.OTHER_SECURE_EMAIL: "Secure email: another secure service",
    Channel.SECURE_PORTAL: "A secure portal",
    Channel.PHONE: "By phone",
    Channel.MARAC_MEETING: "In person, at the Marac meeting",
    Channel.BY_HAND: "In person, by hand",
}
TOLD_CHOICES: Final = {
    ToldState.TOLD_BEFORE: "She was told before it went",
    ToldState.WILL_BE_TOLD: "She will be told",
    ToldState.NOT_TOLD: "She won't be told",
}
TOLD_PROMPTS: Final = {
    ToldState.TOLD_BEFORE: "When and how she was told (optional)",
    ToldState.WILL_BE_TOLD: "When, and by whom (optional)",
    ToldState.NOT_TOLD: "Why not, for example: telling her would increase the risk",
}
