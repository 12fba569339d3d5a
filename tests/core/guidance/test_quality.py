"""Precision and recall over a labelled set of fictional case-note sentences.

The set was written separately from the rule packs' own examples, in the voice of real notes, so the
numbers say something about text the rules were not written against. ``FLAG`` sentences
contain wording the guidance should raise (as a warning or a hint); ``PASS`` sentences
should raise nothing at all. The hard negatives from issue 4 are all here: "a toxic
relationship with alcohol", "alcoholic drinks", "a failed attempt to connect", job titles
and service names, and her own quoted words. Every name and event is invented.

Run ``pytest tests/core/guidance/test_quality.py -q -s`` to see the numbers printed.
"""

from __future__ import annotations

import pytest

from womenscentre.guidance import Guide

FLAG: tuple[str, ...] = (
    # domestic abuse
    "Officers attended a domestic dispute at Ruth's address on Saturday.",
    "There had been another domestic at the flat over the weekend.",
    "Mia and Dean have had a volatile relationship for six years.",
    "She says theirs is an on-off relationship.",
    "The relationship turned abusive after they moved to Hull.",
    "They had a row and he threw a mug at her head.",
    "There was a big argument and he grabbed her by the throat.",
    "Her mum thinks they are as bad as each other.",
    "Police recorded mutual aggression at the address.",
    "He lost his temper when she asked for her bank card back.",
    "He has anger issues according to his sister.",
    "She believes the drink makes him violent.",
    "It was a drunken attack outside the pub.",
    "His mother says she winds him up on purpose.",
    "She made him jealous by going to the group.",
    "Colleagues wondered why she doesn't just leave.",
    "She has decided to stay with him for now.",
    "She went back to him after two weeks in refuge.",
    "She allowed him to take control of the money.",
    "She puts up with his behaviour for the sake of the children.",
    "The referral says she failed to protect the children.",
    "The children have witnessed domestic abuse since they were small.",
    "She was punched in the face outside the school.",
    "Ayesha was raped in 2017.",
    "She was being controlled financially.",
    "She has been threatened with a knife twice.",
    "She got herself into trouble with him again.",
    "She puts herself at risk by answering his calls.",
    "Police described it as an isolated incident.",
    "The paper called her a battered wife.",
    "Police noted marital problems after he smashed her phone.",
    "His friends say he just loves her too much.",
    "Everyone says he is a lovely bloke and a devoted dad.",
    "She called him a monster in the session, and he is one.",
    "She has experienced domestic violence since she was 19.",
    "She fears honour-based violence from her brothers.",
    "He has threatened to post revenge porn online.",
    "She claims he follows her to work.",
    # sexual violence and exploitation
    "She told the nurse about unwanted sex with her partner.",
    "He fondled her in the lift at work.",
    "She was date raped at university.",
    "She had been drinking before the rape, the officer noted.",
    "Old records call her a child prostitute.",
    "He was found with child porn on his laptop.",
    "He was grooming an underage girl.",
    "Her daughter, who is 14, is in a sexual relationship with a 25-year-old.",
    "Her daughter is engaged in CSE according to the school.",
    "Her son, aged 15, is associating with older males.",
    "Her son has been used as a drug mule since he was 14.",
    "She was labelled promiscuous by the previous service.",
    "She was working as a prostitute when she was first referred.",
    "Her ex used to call her a whore.",
    # substance use
    "She was a heroin addict for ten years.",
    "The landlord said he does not want junkies in the building.",
    "She is an intravenous drug user.",
    "Her mother was a chronic alcoholic.",
    "She has a history of alcohol misuse.",
    "She has stayed clean since March.",
    "Her last sample was dirty.",
    "She relapsed after her mum's funeral.",
    "Her GP thinks she is drug-seeking.",
    "She started stealing to feed her habit.",
    "Her brother is a recovering addict.",
    "Her aunt says methadone is just replacing one drug with another.",
    "Her baby was born addicted and spent weeks in neonatal care.",
    # mental health
    "Her partner committed suicide last winter.",
    "She was admitted after a failed suicide attempt.",
    "The ward saw the overdose as a cry for help.",
    "She is very attention seeking on the ward.",
    "There is a long history of deliberate self-harm.",
    "The hostel staff find her manipulative.",
    "The psychiatrist called her a borderline.",
    "She goes crazy when her benefits are stopped.",
    "She got hysterical when the bailiffs arrived.",
    "She suffers from PTSD and anxiety.",
    "She refused to sign the consent form.",
    "She has been non-compliant with her antidepressants.",
    "She lacks insight into how much she drinks.",
    "She kicked off when the letter arrived.",
    # engagement and deficit
    "She failed to engage with the parenting course.",
    "She DNA'd twice in March.",
    "She is known as a frequent flyer at the walk-in centre.",
    "She is one of our hard-to-reach women.",
    "She leads a chaotic lifestyle.",
    "She is an extremely vulnerable woman.",
    "Her previous worker described her as a lost cause.",
    "The receptionist called her a time waster.",
    "There are concerns she is a neglectful mother.",
    "She has poor coping skills.",
    # justice, care, jargon, identity
    "She is a known ex-offender.",
    "Two inmates helped her with the application.",
    "He called her an illegal immigrant.",
    "Her son absconded from the residential unit.",
    "She is a care leaver from Leeds.",
    "The IDVA will update the risk assessment.",
    "Police took no action and the file was NFA'd.",
    "The female was intoxicated at the scene.",
    "She presented as hostile and demanding.",
    "She is a victim of coercive control.",
    # A second batch, written blind after the rules were done (issue note: before the three
    # small rule fixes it prompted, recall on this batch was 0.875 and precision 0.955).
    "He flew into a rage when she mentioned the kids.",
    "The kids have been exposed to domestic abuse for years.",
    "Her ex is a wife-beater.",
    "Her daughter keeps putting herself in danger with older men.",
    "She was slapped and kicked in the kitchen.",
    "She got hurt when he came home.",
    "Police were called to a domestic incident.",
    "She is a former junkie.",
    "Her toxicology came back dirty.",
    "She slipped up over Christmas.",
    "Her neighbours say she is a drunk.",
    "She took an overdose but it was just a cry for help.",
    "She is on a section and the nurses say she is manipulative.",
    "She has been refusing her meds.",
    "She just won't engage with us.",
    "She no-showed again.",
    "The staff think she is a bit of a nuisance.",
    "She is classed as a prolific offender.",
    "She is in denial about her partner.",
    "She was sexually assaulted at a party.",
    "They argue all the time and he hits her.",
    "She alleged that he raped her.",
    "The file calls her a schizophrenic.",
    "Her son was DNA for his dental check.",
)

PASS: tuple[str, ...] = (
    # the hard negatives from issue 4
    "She has a toxic relationship with alcohol.",
    "She described a toxic relationship with alcohol that began at 15.",
    "She no longer keeps alcoholic drinks in the house.",
    "The café sells alcoholic drinks on Friday evenings.",
    "After a failed attempt to connect, she rang the helpline again.",
    "There was a failed attempt to connect the video call.",
    "She saw her Offender Manager on Thursday.",
    "She saw her offender manager on Thursday.",
    "She has been referred to the Substance Misuse Service.",
    "Her substance misuse worker rang to rearrange.",
    "She meets her Probation Officer monthly.",
    "The Drug and Alcohol Team sent a letter.",
    "She said “I was an addict for years and I’m not ashamed of it”.",
    'She said "he is a psycho when he drinks" and started crying.',
    "She told me 'I'm a junkie, that's what they all think' and laughed.",
    "She said “my ex calls me a crazy bitch\nand a whore” and asked for the letter.",
    "[her words]\nI was a battered wife for ten years and nobody noticed.\n[/her words]",
    "She said: «I was hysterical, I admit it».",
    # ordinary notes that should raise nothing
    "She came to the drop-in with her youngest daughter.",
    "We talked about her plans for college in September.",
    "She has been sleeping better since the new medication.",
    "She asked for help with her Universal Credit claim.",
    "He hit her twice and broke her nose.",
    "Dean punched her in the face outside the school.",
    "She was hit by her ex-partner on Sunday.",
    "She was assaulted by her stepfather as a child.",
    "She was tired and upset after court.",
    "She was worried about the hearing on Monday.",
    "She was scared to go home after the call.",
    "She was married in 2012 and separated in 2020.",
    "She declined a referral to the mental health team.",
    "She chose not to answer questions about her childhood.",
    "She missed her appointment because the bus did not come.",
    "She has not been in touch since 3 May; we texted and rang twice.",
    "She has an alcohol dependency and wants to cut down.",
    "She uses heroin and is on a waiting list for a script.",
    "She has not used drugs for six months.",
    "Her drug test came back negative.",
    "She started using again after the funeral.",
    "She is prescribed methadone by her GP.",
    "She has a diagnosis of bipolar disorder.",
    "She lives with depression and anxiety.",
    "She had a psychotic episode in 2019 and was admitted.",
    "She took an overdose of paracetamol last year and survived.",
    "She has self-harmed since she was 13.",
    "She was very distressed and shouted that she was scared.",
    "She sees the risk from him differently from us.",
    "She is finding things very hard at the moment.",
    "She has multiple unmet needs around housing and debt.",
    "She is at risk of serious harm from her ex-partner.",
    "She is a care-experienced woman studying nursing.",
    "She has a conviction for shoplifting from 2016.",
    "She is on probation until next spring.",
    "She has insecure immigration status.",
    "Her daughter ran away from her foster home last night.",
    "She is a survivor of domestic abuse and volunteers with us.",
    "She describes herself as a survivor.",
    "She spoke to Victim Support about the court date.",
    "The children are victims of domestic abuse in their own right.",
    "She is being sexually exploited by older men, the school believes.",
    "Her son, aged 15, is being criminally exploited.",
    "Her daughter, aged 13, is being groomed online by an adult.",
    "He raped her when she was asleep.",
    "She sold sex for several years to pay the rent.",
    "She attends Alcoholics Anonymous on Wednesdays.",
    "She goes to Narcotics Anonymous with a friend.",
    "She was treated for alcoholic liver disease in 2021.",
    "She drinks alcohol-free beer at the group.",
    "He chose to threaten her in front of the children.",
    "He blames her for his drinking.",
    "She is staying at her sister's this week.",
    "She stayed at the refuge for three months.",
    "She moved back to Bradford to be near her mum.",
    "She put up shelves in the children's room.",
    "She let the health visitor in at ten.",
    "The flat was clean and tidy.",
    "She cleaned the kitchen before the inspection.",
    "The meeting kicked off at nine.",
    "Her phone is vulnerable to tracking, so we changed the settings.",
    "She needs urgent medical attention for her hand.",
    "He made nuisance calls to her mother.",
    "The house is hard to reach by public transport.",
    "She said the film was a tragedy but she enjoyed it.",
    "She has a complex housing application in progress.",
    "She ran the 5k with her daughter.",
    "She has had a cold all week.",
    "She asked a female worker to attend the next visit.",
    "She attends the women's group at the Women's Centre.",
    "She spoke to the Independent Domestic Violence Adviser (IDVA) on Monday.",
    "She has contact with her children every weekend.",
    "Her son's placement at the garage is going well.",
    "She is worried that she is a bad mother, and we talked about what she does well.",
    "She asked if the police would convict him.",
    "The children's home staff have been kind to her.",
    "She is fighting for custody of her son.",
    "She has a criminal record from when she was 17.",
    "She gave the police a statement on Friday.",
    # the second, blind batch
    "He was violent to her for ten years.",
    "She is in temporary accommodation with her two boys.",
    "She spoke to the police about the assault.",
    "The health visitor called about the baby's weight.",
    "Her kids are with her mum this weekend.",
    "She went to the gym for the first time.",
    "She has been sober for a year, she says proudly.",
    "She was pleased with her exam results.",
    "The GP increased her sertraline dose.",
    "She brought her friend to the session for support.",
    "The court hearing was adjourned until June.",
    "She wants to learn to drive.",
    "She is scared he will find her new address.",
    "She took the children to the park.",
    "She filled in the housing form with help.",
    "We discussed her safety plan and she added her sister's number.",
    "She is attending the recovery group at the hub.",
    "She got a job at the bakery.",
    "He threatened to kill her and the police arrested him.",
    "The landlord hasn't fixed the heating.",
    "She had an argument with her sister about Christmas.",
    "She said the bus was crazy busy.",
)


def _scores(guide: Guide) -> tuple[float, float, list[str], list[str]]:
    missed = [s for s in FLAG if not guide.check(s)]
    wrong = [s for s in PASS if guide.check(s)]
    true_positives = len(FLAG) - len(missed)
    precision = true_positives / (true_positives + len(wrong))
    recall = true_positives / len(FLAG)
    return precision, recall, missed, wrong


def test_the_labelled_set_is_big_enough_and_has_the_hard_negatives() -> None:
    """Issue 4 asks for at least 150 sentences, including its named hard negatives."""
    assert len(FLAG) + len(PASS) >= 150
    text = " ".join(PASS)
    for needle in (
        "toxic relationship with alcohol",
        "alcoholic drinks",
        "failed attempt to connect",
        "Offender Manager",
        "Substance Misuse Service",
        "“I was an addict",
    ):
        assert needle in text
    assert not set(FLAG) & set(PASS)


def test_precision_and_recall(guide: Guide, capsys: pytest.CaptureFixture[str]) -> None:
    """Precision at least 0.95 and recall at least 0.9 with the default rules."""
    precision, recall, missed, wrong = _scores(guide)
    with capsys.disabled():
        print(
            f"\nlabelled set: {len(FLAG)} flag + {len(PASS)} pass sentences; "
            f"precision {precision:.3f}, recall {recall:.3f}"
        )
    assert precision >= 0.95, f"flagged but should pass: {wrong}"
    assert recall >= 0.9, f"missed: {missed}"
