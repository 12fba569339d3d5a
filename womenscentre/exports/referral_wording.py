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
from womenscentre.i18n import N_
from womenscentre.labels import Labels

ART6_CHOICES: Final = Labels(
    {
        Art6Basis.LEGITIMATE_INTERESTS: N_("Legitimate interests (Article 6(1)(f))"),
        Art6Basis.VITAL_INTERESTS: N_("To protect someone's life (Article 6(1)(d))"),
        Art6Basis.LEGAL_OBLIGATION: N_("A legal duty (Article 6(1)(c))"),
        Art6Basis.PUBLIC_TASK: N_("A public task (Article 6(1)(e))"),
        Art6Basis.CONTRACT: N_("A contract with her (Article 6(1)(b))"),
        Art6Basis.CONSENT: N_("Her consent (Article 6(1)(a))"),
    }
)
ART9_CHOICES: Final = Labels(
    {
        Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: (
            N_("Substantial public interest (Article 9(2)(g)), with a Schedule 1 condition")
        ),
        Art9Condition.VITAL_INTERESTS: (
            N_("To protect her life when she can't agree (Article 9(2)(c))")
        ),
        Art9Condition.HEALTH_OR_SOCIAL_CARE: (
            N_("Health or social care (Article 9(2)(h)), with a Schedule 1 condition")
        ),
        Art9Condition.SOCIAL_PROTECTION: (
            N_("Social protection (Article 9(2)(b)), with a Schedule 1 condition")
        ),
        Art9Condition.LEGAL_CLAIMS: N_("Legal claims or the courts (Article 9(2)(f))"),
        Art9Condition.PUBLIC_HEALTH: N_(
            "Public health (Article 9(2)(i)), with a Schedule 1 condition"
        ),
        Art9Condition.NOT_FOR_PROFIT: N_("A not-for-profit body's own members (Article 9(2)(d))"),
        Art9Condition.EXPLICIT_CONSENT: N_("Her explicit consent (Article 9(2)(a))"),
    }
)
SCHEDULE1_CHOICES: Final = Labels(
    {
        Schedule1Condition.SAFEGUARDING: (
            N_("Safeguarding children and people at risk (DPA 2018 Sch. 1 para 18)")
        ),
        Schedule1Condition.PREVENTING_UNLAWFUL_ACTS: (
            N_("Preventing or detecting crime (DPA 2018 Sch. 1 para 10)")
        ),
        Schedule1Condition.VITAL_INTERESTS: (
            N_("To protect someone's life when she can't agree (DPA 2018 Sch. 1 para 30)")
        ),
        Schedule1Condition.STATUTORY_PURPOSES: (
            N_("A duty set by law or government (DPA 2018 Sch. 1 para 6)")
        ),
        Schedule1Condition.COUNSELLING: N_("Counselling and support (DPA 2018 Sch. 1 para 17)"),
        Schedule1Condition.ECONOMIC_WELLBEING: (
            N_("Protecting someone's money and wellbeing (DPA 2018 Sch. 1 para 19)")
        ),
        Schedule1Condition.HEALTH_OR_SOCIAL_CARE: (
            N_("Health or social care (DPA 2018 Sch. 1 para 2)")
        ),
        Schedule1Condition.EMPLOYMENT_SOCIAL_PROTECTION: (
            N_("Social protection (DPA 2018 Sch. 1 para 1)")
        ),
        Schedule1Condition.PUBLIC_HEALTH: N_("Public health (DPA 2018 Sch. 1 para 3)"),
        Schedule1Condition.LEGAL_CLAIMS: N_("Legal claims or the courts (DPA 2018 Sch. 1 para 33)"),
        Schedule1Condition.NOT_FOR_PROFIT: (
            N_("A not-for-profit body's own members (DPA 2018 Sch. 1 para 31)")
        ),
        Schedule1Condition.CONSENT: N_("Her consent (DPA 2018 Sch. 1 para 29)"),
    }
)
ADVICE_LABELS: Final = Labels(
    {
        AdviceSource.MANAGER: N_("Another manager"),
        AdviceSource.SAFEGUARDING_LEAD: N_("The safeguarding lead"),
        AdviceSource.CALDICOTT_GUARDIAN: N_("The Caldicott guardian"),
        AdviceSource.DATA_PROTECTION_OFFICER: N_("The data protection officer"),
        AdviceSource.LEGAL: N_("A legal adviser"),
    }
)
CHANNEL_CHOICES: Final = Labels(
    {
        Channel.NHSMAIL: N_("Secure email: NHSmail"),
        Channel.CJSM: N_("Secure email: CJSM"),
        Channel.OTHER_SECURE_EMAIL: N_("Secure email: another secure service"),
        Channel.SECURE_PORTAL: N_("A secure portal"),
        Channel.PHONE: N_("By phone"),
        Channel.MARAC_MEETING: N_("In person, at the Marac meeting"),
        Channel.BY_HAND: N_("In person, by hand"),
    }
)
TOLD_CHOICES: Final = Labels(
    {
        ToldState.TOLD_BEFORE: N_("She was told before it went"),
        ToldState.WILL_BE_TOLD: N_("She will be told"),
        ToldState.NOT_TOLD: N_("She won't be told"),
    }
)
TOLD_PROMPTS: Final = Labels(
    {
        ToldState.TOLD_BEFORE: N_("When and how she was told (optional)"),
        ToldState.WILL_BE_TOLD: N_("When, and by whom (optional)"),
        ToldState.NOT_TOLD: N_("Why not, for example: telling her would increase the risk"),
    }
)
