<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>womenscentre</name>
    <message>
        <location filename="../outcomes/life_areas.toml" line="16"/>
        <source>This is hard right now and I'd like help with it.</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Mae hyn yn anodd ar hyn o bryd, a hoffwn i gael help gyda hynny.</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="17"/>
        <source>I've started to think about what I want here.</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Rydw i wedi dechrau meddwl am beth rydw i eisiau yma.</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="18"/>
        <source>Things are starting to move.</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Mae pethau'n dechrau symud.</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="19"/>
        <source>This is mostly going the way I want, with a bit of support.</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Mae hyn yn mynd fel rydw i eisiau ar y cyfan, gydag ychydig o gymorth.</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="20"/>
        <source>This is steady and I'm managing it my way.</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Mae hyn yn sefydlog ac rydw i'n ei reoli yn fy ffordd fy hun.</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="24"/>
        <source>Feeling safe</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Teimlo'n ddiogel</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="25"/>
        <source>How safe do you feel, at home, out and about, and online?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Pa mor ddiogel ydych chi'n teimlo, gartref, allan ac o gwmpas, ac ar-lein?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="29"/>
        <source>A place to live</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Lle i fyw</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="30"/>
        <source>How settled do you feel about where you live?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Pa mor sefydlog ydych chi'n teimlo yn y lle rydych chi'n byw?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="34"/>
        <source>Body and health</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Corff ac iechyd</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="35"/>
        <source>How are you looking after your body and your health?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Sut rydych chi'n gofalu am eich corff a'ch iechyd?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="39"/>
        <source>Mind and feelings</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Meddwl a theimladau</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="40"/>
        <source>How are you getting on with your feelings and your mind?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Sut mae pethau gyda'ch teimladau a'ch meddwl?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="44"/>
        <source>Drink and drugs</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Alcohol a chyffuriau</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="45"/>
        <source>How do you feel about where drink or drugs fit in your life right now?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Sut rydych chi'n teimlo am le alcohol neu gyffuriau yn eich bywyd ar hyn o bryd?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="50"/>
        <source>How are things with money, benefits and bills?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Sut mae pethau gydag arian, budd-daliadau a biliau?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="55"/>
        <source>How are things with your children and family, in the way that matters to you?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Sut mae pethau gyda'ch plant a'ch teulu, yn y ffordd sy'n bwysig i chi?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="59"/>
        <source>People around me</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Pobl o'm cwmpas</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="60"/>
        <source>Do you have people around you who you can turn to?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Oes gennych chi bobl o'ch cwmpas y gallwch chi droi atyn nhw?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="64"/>
        <source>Legal matters</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Materion cyfreithiol</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="65"/>
        <source>How are things with any court, police, probation or other legal matters?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Sut mae pethau gydag unrhyw lys, yr heddlu, y gwasanaeth prawf neu faterion cyfreithiol eraill?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="69"/>
        <source>Learning, work and things I enjoy</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Dysgu, gwaith a phethau rydw i'n eu mwynhau</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="70"/>
        <source>How much room is there for learning, work and things you enjoy?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Faint o le sydd yn eich bywyd i ddysgu, gweithio a gwneud pethau rydych chi'n eu mwynhau?</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="74"/>
        <source>Confidence and voice</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Hyder a llais</translation>
    </message>
    <message>
        <location filename="../outcomes/life_areas.toml" line="75"/>
        <source>How confident do you feel in making your own choices and being heard?</source>
        <extracomment>From resources/outcomes/life_areas.toml</extracomment>
        <translation type="unfinished">Pa mor hyderus ydych chi'n teimlo wrth wneud eich dewisiadau eich hun a chael eich clywed?</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="14"/>
        <source>Office for National Statistics (ONS), personal well-being questions (ONS4). Used with acknowledgement to ONS.</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">Swyddfa Ystadegau Gwladol (SYG/ONS), cwestiynau llesiant personol (ONS4). Defnyddir gyda diolch i'r SYG.</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="18"/>
        <source>Overall, how satisfied are you with your life nowadays?</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">Yn gyffredinol, pa mor fodlon ydych chi ar eich bywyd y dyddiau hyn?</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="19"/>
        <source>not at all</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">ddim o gwbl</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="20"/>
        <source>completely</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">yn llwyr</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="24"/>
        <source>Overall, to what extent do you feel that the things you do in your life are worthwhile?</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">Yn gyffredinol, i ba raddau ydych chi'n teimlo bod y pethau rydych chi'n eu gwneud yn eich bywyd yn werth chweil?</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="30"/>
        <source>Overall, how happy did you feel yesterday?</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">Yn gyffredinol, pa mor hapus oeddech chi'n teimlo ddoe?</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="36"/>
        <source>On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">Ar raddfa lle mae 0 yn golygu 'ddim yn bryderus o gwbl' a 10 yn golygu 'yn gwbl bryderus', yn gyffredinol, pa mor bryderus oeddech chi'n teimlo ddoe?</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="36"/>
        <source>completely anxious</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">yn gwbl bryderus</translation>
    </message>
    <message>
        <location filename="../outcomes/ons4.toml" line="36"/>
        <source>not at all anxious</source>
        <extracomment>From resources/outcomes/ons4.toml</extracomment>
        <translation type="unfinished">ddim yn bryderus o gwbl</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="9"/>
        <source>Respond with belief and without blame, find out what she wants to happen, and be open with her about anything we have to do with what she has told us.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Ymateb drwy ei chredu a heb roi bai, canfod beth mae hi eisiau iddo ddigwydd, a bod yn agored gyda hi am unrhyw beth y mae'n rhaid i ni ei wneud gyda'r hyn y mae hi wedi'i ddweud wrthym.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="16"/>
        <source>Listening and believing</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Gwrando a chredu</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="18"/>
        <source>Thank you for telling me. How are you feeling, having said it?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Diolch am ddweud wrtha i. Sut ydych chi'n teimlo, ar ôl ei ddweud?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="19"/>
        <source>What would be most helpful right now?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Beth fyddai fwyaf defnyddiol i chi nawr?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="20"/>
        <source>You don't need to go into detail. Is there anything I need to know to help keep you safe?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Does dim angen i chi fynd i fanylion. Oes unrhyw beth mae angen i mi ei wybod i helpu i'ch cadw chi'n ddiogel?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="24"/>
        <source>How someone responds the first time she tells shapes whether she tells anyone again. Belief and no blame come first; none of it was her fault.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Mae'r ffordd y mae rhywun yn ymateb y tro cyntaf y mae hi'n dweud yn dylanwadu ar a fydd hi'n dweud wrth unrhyw un eto. Ei chredu a pheidio â rhoi bai sy'n dod gyntaf; nid ei bai hi oedd dim o hyn.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="25"/>
        <source>Why-questions, asking for more detail than is needed, sounding shocked, or promising to keep everything secret.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Cwestiynau "pam", gofyn am fwy o fanylion nag sydd eu hangen, swnio wedi'ch syfrdanu, neu addo cadw popeth yn gyfrinach.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="26"/>
        <source>Write a short factual summary, in her words where you can, so she doesn't have to tell it again to every service.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Ysgrifennwch grynodeb byr, ffeithiol, yn ei geiriau hi lle gallwch chi, fel nad oes rhaid iddi ei ddweud eto wrth bob gwasanaeth.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="30"/>
        <source>Short factual summary, in her words where possible</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Crynodeb byr, ffeithiol, yn ei geiriau hi lle bo modd</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="36"/>
        <source>Date she told us</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Y dyddiad y dywedodd hi wrthym</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="41"/>
        <source>What she wants to happen</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Beth mae hi eisiau iddo ddigwydd</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="49"/>
        <source>This is what I need to do with what you've told me. What do you think about that?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Dyma beth mae angen i mi ei wneud gyda'r hyn rydych chi wedi'i ddweud wrtha i. Beth yw eich barn chi am hynny?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="50"/>
        <source>Who would you like to know, and who would you rather didn't?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Pwy hoffech chi iddyn nhw wybod, a phwy fyddai'n well gennych chi nad oedden nhw'n gwybod?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="51"/>
        <source>Would you like support from a specialist service, or to carry on with me for now?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Hoffech chi gael cymorth gan wasanaeth arbenigol, neu ddal ati gyda fi am y tro?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="55"/>
        <source>Being honest about safeguarding duties, before acting where it's safe to, respects her and keeps trust even when we have to share.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Mae bod yn onest am ddyletswyddau diogelu, cyn gweithredu lle mae'n ddiogel gwneud hynny, yn ei pharchu hi ac yn cadw ei hymddiriedaeth hyd yn oed pan fydd rhaid i ni rannu.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="56"/>
        <source>Acting without telling her when it is safe to tell her, or offering a referral as if it were the only choice.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Gweithredu heb ddweud wrthi pan mae'n ddiogel dweud wrthi, neu gynnig atgyfeiriad fel petai'r unig ddewis.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="57"/>
        <source>The summary above can travel with a referral if she agrees, so the specialist service starts from it.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Gall y crynodeb uchod fynd gydag atgyfeiriad os yw hi'n cytuno, fel bod y gwasanaeth arbenigol yn dechrau ohono.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="61"/>
        <source>Safeguarding decision</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Penderfyniad diogelu</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="64"/>
        <source>Information will be shared</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Bydd gwybodaeth yn cael ei rhannu</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="65"/>
        <source>Information will not be shared</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Ni fydd gwybodaeth yn cael ei rhannu</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="66"/>
        <source>No safeguarding action needed</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Does dim angen camau diogelu</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="71"/>
        <source>Reason for the decision</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Y rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="77"/>
        <source>She has been told what will happen</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Mae hi wedi cael gwybod beth fydd yn digwydd</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="82"/>
        <source>Specialist support offered</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Cymorth arbenigol wedi'i gynnig</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="87"/>
        <source>The summary may travel with referrals she agrees to</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Caiff y crynodeb fynd gydag atgyfeiriadau y mae hi'n cytuno iddyn nhw</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="92"/>
        <source>Looking after herself today</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Gofalu amdani ei hun heddiw</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="94"/>
        <source>How are you going to look after yourself for the rest of today?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Sut ydych chi'n mynd i ofalu amdanoch chi'ch hun am weddill y dydd?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="95"/>
        <source>Who could you be with this evening?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Gyda phwy allech chi fod heno?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="96"/>
        <source>When would you like to hear from me next?</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Pryd hoffech chi glywed gen i nesaf?</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="100"/>
        <source>Telling can leave someone raw. A plan for the rest of the day means she doesn't leave alone with it.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Gall dweud adael rhywun yn teimlo'n amrwd. Mae cynllun ar gyfer gweddill y dydd yn golygu nad yw hi'n gadael ar ei phen ei hun gyda'r cyfan.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="101"/>
        <source>Ending the session straight after the disclosure without a check-in and a plan.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Dod â'r sesiwn i ben yn syth ar ôl y datgeliad heb holi sut mae hi a heb gynllun.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="102"/>
        <source>The people on her list are shown here, so you can pick from them.</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Mae'r bobl ar ei rhestr yn cael eu dangos yma, er mwyn i chi allu dewis ohonyn nhw.</translation>
    </message>
    <message>
        <location filename="../prompts/after-disclosure.toml" line="106"/>
        <source>Her plan for the rest of today</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Ei chynllun ar gyfer gweddill heddiw</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="1"/>
        <source>Crisis contact</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="8"/>
        <source>Make sure she is as safe as possible right now, help things feel a little steadier, use her safety plan and agree when we will next be in touch.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Gwneud yn siŵr ei bod hi mor ddiogel â phosibl nawr, helpu pethau i deimlo ychydig yn fwy sefydlog, defnyddio ei chynllun diogelwch a chytuno pryd y byddwn ni mewn cysylltiad nesaf.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="15"/>
        <source>Safety right now</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Diogelwch nawr</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="17"/>
        <source>Are you safe at this moment?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Ydych chi'n ddiogel ar hyn o bryd?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="18"/>
        <source>Where are you, and is anyone with you?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Ble rydych chi, ac oes rhywun gyda chi?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="19"/>
        <source>Is the person who has hurt you nearby?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Ydy'r person sydd wedi'ch brifo chi gerllaw?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="23"/>
        <source>If she or anyone else is in immediate danger, getting emergency help comes first. Everything else can wait.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Os yw hi neu unrhyw un arall mewn perygl uniongyrchol, cael help brys sy'n dod gyntaf. Gall popeth arall aros.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="24"/>
        <source>Asking for detail she doesn't need to give right now, or keeping her on the line when she needs to act.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Gofyn am fanylion nad oes angen iddi eu rhoi nawr, neu ei chadw ar y ffôn pan mae angen iddi weithredu.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="25"/>
        <source>Her safe-contact plan and current safety plan are shown beside this, so you needn't ask for them.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Mae ei chynllun cysylltu'n ddiogel a'i chynllun diogelwch presennol yn cael eu dangos wrth ymyl hwn, felly does dim angen i chi ofyn amdanyn nhw.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="29"/>
        <source>In immediate danger</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Mewn perygl uniongyrchol</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="34"/>
        <source>Where she is</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Ble mae hi</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="40"/>
        <source>Who is with her</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Pwy sydd gyda hi</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="45"/>
        <source>Emergency help called</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Wedi galw am help brys</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="50"/>
        <source>Steadying things</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Sefydlogi pethau</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="52"/>
        <source>What's happening around you right now?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Beth sy'n digwydd o'ch cwmpas chi nawr?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="53"/>
        <source>What has helped, even a little, when things have felt like this before?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi helpu, hyd yn oed ychydig, pan mae pethau wedi teimlo fel hyn o'r blaen?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="54"/>
        <source>Can you tell me three things you can see from where you are?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Allwch chi ddweud wrtha i am dri pheth y gallwch chi eu gweld o ble rydych chi?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="58"/>
        <source>Grounding brings distress down enough for her to think and plan. Her own past coping is the best guide.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Mae technegau sylfaenu yn lleddfu trallod ddigon iddi allu meddwl a chynllunio. Y ffyrdd y mae hi wedi ymdopi o'r blaen yw'r canllaw gorau.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="59"/>
        <source>Problem-solving before she feels steadier, or telling her how she should feel.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Ceisio datrys problemau cyn ei bod hi'n teimlo'n fwy sefydlog, neu ddweud wrthi sut dylai hi deimlo.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="60"/>
        <location filename="../prompts/one-to-one.toml" line="35"/>
        <source>What helped</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Beth helpodd</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="60"/>
        <source>What helped this time can be added to her safety plan afterwards, with her agreement.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Gellir ychwanegu'r hyn a helpodd y tro hwn at ei chynllun diogelwch wedyn, gyda'i chytundeb hi.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="70"/>
        <source>Using her safety plan</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Defnyddio ei chynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="72"/>
        <source>Shall we look at your plan together? What's the first thing on it?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Gawn ni edrych ar eich cynllun gyda'n gilydd? Beth yw'r peth cyntaf arno?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="73"/>
        <source>Who could be with you, or check on you, tonight?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Pwy allai fod gyda chi, neu gadw llygad arnoch chi, heno?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="74"/>
        <source>What's one thing we can do in the next hour?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Beth yw un peth y gallwn ni ei wneud yn yr awr nesaf?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="78"/>
        <source>In a crisis it is hard to remember what helps. Her plan, made when things were calmer, carries her own ideas.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Mewn argyfwng mae'n anodd cofio beth sy'n helpu. Mae ei chynllun, a wnaed pan oedd pethau'n dawelach, yn cynnwys ei syniadau hi ei hun.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="79"/>
        <source>Making a new plan from scratch in the moment, or suggesting someone who may be the person harming her.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Gwneud cynllun newydd o'r dechrau yn y fan a'r lle, neu awgrymu rhywun a allai fod y person sy'n ei niweidio hi.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="80"/>
        <source>The people and services on her plan are already on her list; pick from it instead of asking again.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Mae'r bobl a'r gwasanaethau ar ei chynllun eisoes ar ei rhestr; dewiswch ohoni yn lle gofyn eto.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="84"/>
        <source>Which plan we used</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Pa gynllun a ddefnyddiwyd gennym</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="87"/>
        <source>Domestic abuse plan</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Cynllun cam-drin domestig</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="88"/>
        <source>Plan for very hard times</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Cynllun ar gyfer cyfnodau anodd iawn</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="89"/>
        <source>Drugs and alcohol plan</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Cynllun cyffuriau ac alcohol</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="90"/>
        <source>No plan yet</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Dim cynllun eto</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="95"/>
        <source>What she will do in the next hour</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Beth fydd hi'n ei wneud yn yr awr nesaf</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="100"/>
        <source>Who was contacted</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Pwy y cysylltwyd â nhw</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="106"/>
        <source>Sharing and follow-up</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Rhannu a chamau dilynol</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="108"/>
        <source>Can we agree who I'll contact now, and what I'll tell them?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Allwn ni gytuno â phwy y bydda i'n cysylltu nawr, a beth y bydda i'n ei ddweud wrthyn nhw?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="109"/>
        <source>Would you like to be there when I speak to them?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Hoffech chi fod yno pan fydda i'n siarad â nhw?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="110"/>
        <source>When would you like me to check in with you again?</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Pryd hoffech chi i mi gysylltu eto i weld sut rydych chi?</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="114"/>
        <source>Sometimes we must share information without her agreement to keep her or others safe. Telling her openly, and why, keeps trust.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Weithiau mae'n rhaid i ni rannu gwybodaeth heb ei chytundeb i'w chadw hi neu eraill yn ddiogel. Mae dweud wrthi'n agored, a pham, yn cadw ei hymddiriedaeth.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="115"/>
        <source>Sharing more than is needed, or sharing without recording the reason and who decided.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Rhannu mwy nag sydd ei angen, neu rannu heb gofnodi'r rheswm a phwy a benderfynodd.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="116"/>
        <source>A decision to share goes into her sharing record, so the reason is kept once and can be shown to her later.</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Mae penderfyniad i rannu yn mynd i'w chofnod rhannu, fel bod y rheswm yn cael ei gadw unwaith ac y gellir ei ddangos iddi wedyn.</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="120"/>
        <source>Information shared without her agreement</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Gwybodaeth a rannwyd heb ei chytundeb</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="125"/>
        <source>Reason for sharing, and who decided</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Y rheswm dros rannu, a phwy a benderfynodd</translation>
    </message>
    <message>
        <location filename="../prompts/crisis.toml" line="131"/>
        <source>When we will next be in touch</source>
        <extracomment>From resources/prompts/crisis.toml</extracomment>
        <translation type="unfinished">Pryd y byddwn ni mewn cysylltiad nesaf</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="9"/>
        <source>Welcome her, explain what we offer, find out what she wants, check whether anything is urgent, and agree how to keep in touch safely. Only ask what is needed today.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Ei chroesawu, egluro beth rydyn ni'n ei gynnig, canfod beth mae hi ei eisiau, gwirio a oes unrhyw beth yn fater brys, a chytuno sut i gadw mewn cysylltiad yn ddiogel. Gofynnwch am yr hyn sydd ei angen heddiw yn unig.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="16"/>
        <source>Welcome, and what brings her here</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Croeso, a beth sy'n dod â hi yma</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="18"/>
        <source>What made today the day you got in touch?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth wnaeth i chi gysylltu heddiw?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="19"/>
        <source>What would make coming here worthwhile for you?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth fyddai'n gwneud dod yma'n werth chweil i chi?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="20"/>
        <source>What have you heard about us, and is there anything you'd like to know?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth ydych chi wedi'i glywed amdanom ni, ac oes unrhyw beth yr hoffech chi ei wybod?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="24"/>
        <source>A first meeting is about her deciding whether we are right for her. Explaining the service plainly, and letting her ask, builds trust.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae cyfarfod cyntaf yn ymwneud â hi'n penderfynu a ydyn ni'n iawn iddi hi. Mae egluro'r gwasanaeth yn glir, a gadael iddi ofyn cwestiynau, yn meithrin ymddiriedaeth.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="25"/>
        <source>Taking a full history. Only ask what is needed today; the rest can wait until she is ready to share it.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Cymryd hanes llawn. Gofynnwch am yr hyn sydd ei angen heddiw yn unig; gall y gweddill aros nes ei bod hi'n barod i'w rannu.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="26"/>
        <source>If someone referred her, read the referral first and check it with her, rather than asking her to repeat it.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Os cafodd ei hatgyfeirio gan rywun, darllenwch yr atgyfeiriad yn gyntaf a'i wirio gyda hi, yn hytrach na gofyn iddi ei ailadrodd.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="30"/>
        <source>What brought her here, in her words</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth ddaeth â hi yma, yn ei geiriau hi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="36"/>
        <source>What she hopes to get from coming here</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth mae hi'n gobeithio ei gael o ddod yma</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="43"/>
        <source>What matters to her</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth sy'n bwysig iddi hi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="45"/>
        <source>What's going well for you at the moment, even something small?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth sy'n mynd yn dda i chi ar hyn o bryd, hyd yn oed rhywbeth bach?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="46"/>
        <source>If things started to get a little better, what's the first thing you'd notice?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Petai pethau'n dechrau gwella ychydig, beth yw'r peth cyntaf y byddech chi'n sylwi arno?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="47"/>
        <source>Who's around you who's on your side?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Pwy sydd o'ch cwmpas chi sydd ar eich ochr chi?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="51"/>
        <source>Starting with what is working shows we see her as the expert on her own life, and gives us strengths to build on.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae dechrau gyda'r hyn sy'n gweithio yn dangos ein bod ni'n ei gweld hi fel yr arbenigwr ar ei bywyd ei hun, ac yn rhoi cryfderau i ni adeiladu arnyn nhw.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="52"/>
        <source>Rushing to problems, or deciding for her what her priorities should be.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Rhuthro at broblemau, neu benderfynu drosti beth ddylai ei blaenoriaethau fod.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="53"/>
        <source>Her priorities and strengths carry forward, so later sessions start from them rather than from scratch.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae ei blaenoriaethau a'i chryfderau'n cael eu cario ymlaen, fel bod sesiynau diweddarach yn dechrau ohonyn nhw yn hytrach nag o'r dechrau.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="57"/>
        <source>Her priorities, in her words</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Ei blaenoriaethau, yn ei geiriau hi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="63"/>
        <source>Strengths and things going well</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Cryfderau a phethau sy'n mynd yn dda</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="69"/>
        <source>People on her side</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Pobl ar ei hochr hi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="75"/>
        <source>Keeping in touch safely</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Cadw mewn cysylltiad yn ddiogel</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="77"/>
        <source>How would you like us to get in touch with you?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Sut hoffech chi i ni gysylltu â chi?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="78"/>
        <source>Is there any way we should never contact you?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Oes unrhyw ffordd na ddylen ni byth gysylltu â chi?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="79"/>
        <source>If someone else picks up, what would you like us to say?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Os bydd rhywun arall yn ateb, beth hoffech chi i ni ei ddweud?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="83"/>
        <source>A call, text or letter at the wrong moment can put her at risk. Her own plan for contact keeps her in control.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Gall galwad, neges destun neu lythyr ar yr adeg anghywir ei rhoi hi mewn perygl. Mae ei chynllun ei hun ar gyfer cysylltu yn ei chadw hi mewn rheolaeth.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="84"/>
        <source>Assuming a mobile number is safe to use, or leaving messages that name the centre.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Cymryd yn ganiataol ei bod hi'n ddiogel defnyddio rhif ffôn symudol, neu adael negeseuon sy'n enwi'r ganolfan.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="85"/>
        <source>Once recorded, her safe-contact plan shows on every screen about her, so no one needs to ask again.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Ar ôl ei gofnodi, mae ei chynllun cysylltu'n ddiogel yn ymddangos ar bob sgrin amdani, felly does dim angen i neb ofyn eto.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="89"/>
        <source>Safe ways and times to contact her</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Ffyrdd ac amseroedd diogel i gysylltu â hi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="95"/>
        <source>Ways never to contact her</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Ffyrdd na ddylid byth eu defnyddio i gysylltu â hi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="101"/>
        <source>What to say if someone else answers</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth i'w ddweud os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="107"/>
        <source>Anything making her feel unsafe</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Unrhyw beth sy'n gwneud iddi deimlo'n anniogel</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="109"/>
        <source>Is anything happening at the moment that makes you feel unsafe?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Oes unrhyw beth yn digwydd ar hyn o bryd sy'n gwneud i chi deimlo'n anniogel?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="110"/>
        <source>What have you already done that has helped keep you safe?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth ydych chi eisoes wedi'i wneud sydd wedi helpu i'ch cadw chi'n ddiogel?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="114"/>
        <source>Some women come to us at a dangerous time. If she says yes, move gently on to risk identification and safety planning today.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae rhai menywod yn dod atom ni ar adeg beryglus. Os yw hi'n dweud bod rhywbeth, symudwch ymlaen yn dyner at adnabod risg a chynllunio diogelwch heddiw.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="115"/>
        <source>Pressing for details. What she has done to stay safe so far is a strength; say so.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Pwyso am fanylion. Mae'r hyn y mae hi wedi'i wneud i gadw'n ddiogel hyd yma yn gryfder; dywedwch hynny wrthi.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="116"/>
        <source>Anything urgent recorded here links to her risk record and safety plan, so it doesn't need repeating there.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae unrhyw beth brys a gofnodir yma yn cysylltu â'i chofnod risg a'i chynllun diogelwch, felly does dim angen ei ailadrodd yno.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="120"/>
        <source>Something is making her feel unsafe</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae rhywbeth yn gwneud iddi deimlo'n anniogel</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="125"/>
        <source>Urgent steps agreed</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Camau brys a gytunwyd</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="131"/>
        <source>What we record and who sees it</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Beth rydyn ni'n ei gofnodi a phwy sy'n ei weld</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="133"/>
        <source>Can I explain what we write down and who can see it?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Ga i egluro beth rydyn ni'n ei ysgrifennu a phwy sy'n gallu ei weld?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="134"/>
        <source>Is there anything you'd like to ask about that?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Oes unrhyw beth yr hoffech chi ei ofyn am hynny?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="135"/>
        <source>Is there anyone you'd like us to speak to, or not to speak to?</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Oes unrhyw un yr hoffech chi i ni siarad â nhw, neu beidio â siarad â nhw?</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="139"/>
        <source>She has a right to know what is kept about her, who sees it, when we might have to share without her agreement, and how to change her mind later.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae ganddi hawl i wybod beth sy'n cael ei gadw amdani, pwy sy'n ei weld, pryd y gallai fod rhaid i ni rannu heb ei chytundeb, a sut i newid ei meddwl yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="140"/>
        <source>Jargon, or making consent sound like a formality. Make it clear she can say no.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Jargon, neu wneud i ganiatâd swnio fel ffurfioldeb. Gwnewch yn glir y gall hi ddweud na.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="141"/>
        <source>Her choices go into the consent record, which every referral checks, so she isn't asked the same thing by each service.</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Mae ei dewisiadau'n mynd i'r cofnod caniatâd, y mae pob atgyfeiriad yn ei wirio, fel nad yw pob gwasanaeth yn gofyn yr un peth iddi.</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="145"/>
        <source>Recording and sharing explained to her</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Wedi egluro cofnodi a rhannu iddi</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="150"/>
        <source>Who she'd like us to speak to, or not</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Pwy yr hoffai hi i ni siarad â nhw, neu beidio</translation>
    </message>
    <message>
        <location filename="../prompts/first-meeting.toml" line="156"/>
        <source>Next step agreed</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Y cam nesaf a gytunwyd</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="1"/>
        <source>Preparing to leave custody</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Paratoi i adael y ddalfa</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="9"/>
        <source>Plan the first days out together, build on what she is proud of, and make sure somewhere to sleep, health, money and safety are arranged before release.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cynllunio'r dyddiau cyntaf allan gyda'ch gilydd, adeiladu ar yr hyn y mae hi'n falch ohono, a gwneud yn siŵr bod lle i gysgu, iechyd, arian a diogelwch wedi'u trefnu cyn ei rhyddhau.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="16"/>
        <source>Picturing the first days out</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dychmygu'r dyddiau cyntaf allan</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="18"/>
        <source>When you picture your first morning out, what would make it a good one?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pan fyddwch chi'n dychmygu eich bore cyntaf allan, beth fyddai'n ei wneud yn fore da?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="19"/>
        <source>What have you done in here that you're proud of?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Beth ydych chi wedi'i wneud yma rydych chi'n falch ohono?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="20"/>
        <source>What's worked for you before when you came out, and what got in the way?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi gweithio i chi o'r blaen pan ddaethoch chi allan, a beth oedd yn rhwystr?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="24"/>
        <source>Hope is protective. Starting with what she wants, and what she has achieved inside, makes the practical planning hers.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae gobaith yn amddiffyn. Mae dechrau gyda'r hyn y mae hi ei eisiau, a'r hyn y mae hi wedi'i gyflawni tra oedd hi i mewn, yn gwneud y cynllunio ymarferol yn eiddo iddi hi.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="25"/>
        <source>Treating release as a list of risks, or assuming what happened last time will happen again.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Trin rhyddhau fel rhestr o risgiau, neu gymryd yn ganiataol y bydd yr hyn a ddigwyddodd y tro diwethaf yn digwydd eto.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="26"/>
        <source>Her answers feed her leaving custody plan directly, so she won't be asked them again for it.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae ei hatebion yn mynd yn syth i'w chynllun gadael y ddalfa, felly fydd neb yn eu gofyn iddi eto ar ei gyfer.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="30"/>
        <source>What would make the first morning a good one</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Beth fyddai'n gwneud y bore cyntaf yn fore da</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="36"/>
        <source>What she is proud of</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Beth mae hi'n falch ohono</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="42"/>
        <source>Somewhere to sleep</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Lle i gysgu</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="44"/>
        <source>Where are you going to sleep on your first night, and how sure do you feel about it, from 0 to 10?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ble byddwch chi'n cysgu ar eich noson gyntaf, a pha mor sicr ydych chi'n teimlo am hynny, o 0 i 10?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="45"/>
        <source>What's the back-up if that falls through?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Beth yw'r cynllun wrth gefn os na fydd hynny'n digwydd?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="49"/>
        <source>The first night is where many plans fall apart. Knowing how sure she feels shows where to put effort before release.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ar y noson gyntaf y mae llawer o gynlluniau'n chwalu. Mae gwybod pa mor sicr y mae hi'n teimlo yn dangos ble i roi ymdrech cyn ei rhyddhau.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="50"/>
        <source>Accepting an address without checking it is safe from anyone who has harmed her.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Derbyn cyfeiriad heb wirio ei fod yn ddiogel rhag unrhyw un sydd wedi'i niweidio hi.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="51"/>
        <source>The address goes into her leaving custody plan, marked private, so it is recorded once.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae'r cyfeiriad yn mynd i'w chynllun gadael y ddalfa, wedi'i nodi'n breifat, fel ei fod yn cael ei gofnodi unwaith.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="55"/>
        <source>Where she'll sleep on the first night</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ble bydd hi'n cysgu ar y noson gyntaf</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="61"/>
        <source>How sure she feels about it, from 0 to 10</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pa mor sicr mae hi'n teimlo am hynny, o 0 i 10</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="66"/>
        <source>The back-up plan</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y cynllun wrth gefn</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="71"/>
        <source>Who she'll see</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy fydd hi'n ei weld</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="73"/>
        <source>Who do you want to see first?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy ydych chi eisiau ei weld gyntaf?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="74"/>
        <source>Is there anyone it would be better to keep away from for now?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Oes unrhyw un y byddai'n well cadw draw oddi wrthyn nhw am y tro?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="78"/>
        <source>The people around her in the first days can help her settle, or pull her back into harm.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gall y bobl o'i chwmpas yn y dyddiau cyntaf ei helpu i setlo, neu ei thynnu'n ôl i niwed.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="79"/>
        <source>Judging her relationships. Ask what she thinks would help.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Barnu ei pherthnasoedd. Gofynnwch beth mae hi'n meddwl fyddai'n helpu.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="80"/>
        <source>People she trusts go on her own list, which all her plans share.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae pobl y mae hi'n ymddiried ynddynt yn mynd ar ei rhestr ei hun, y mae ei holl gynlluniau'n ei rhannu.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="84"/>
        <source>Who she wants to see first</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy mae hi eisiau ei weld gyntaf</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="89"/>
        <source>Who it may be better to keep away from for now</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy y gallai fod yn well cadw draw oddi wrthyn nhw am y tro</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="95"/>
        <source>Health, medication and using more safely</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Iechyd, meddyginiaeth a defnyddio'n fwy diogel</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="97"/>
        <source>How might your body handle it if you use again? Shall we talk about tolerance and naloxone?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Sut gallai eich corff ymdopi os byddwch chi'n defnyddio eto? Gawn ni siarad am oddefiad a naloxone?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="98"/>
        <source>What medication will you need in the first week?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pa feddyginiaeth fydd ei hangen arnoch chi yn yr wythnos gyntaf?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="99"/>
        <source>Who would you like us to speak to about your health before you come out?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gyda phwy hoffech chi i ni siarad am eich iechyd cyn i chi ddod allan?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="103"/>
        <source>The first weeks after release carry a much higher risk of overdose, because tolerance drops inside. Medication gaps are common on release.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae risg llawer uwch o orddos yn yr wythnosau cyntaf ar ôl rhyddhau, oherwydd bod goddefiad yn gostwng tra bo rhywun i mewn. Mae bylchau mewn meddyginiaeth yn gyffredin adeg rhyddhau.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="104"/>
        <source>Lecturing. Offer facts and a naloxone kit, and respect her choices.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pregethu. Cynigiwch ffeithiau a phecyn naloxone, a pharchwch ei dewisiadau.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="105"/>
        <source>Her drugs and alcohol plan holds the detail; link to it rather than asking twice.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae'r manylion yn ei chynllun cyffuriau ac alcohol; cysylltwch ag ef yn hytrach na gofyn ddwywaith.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="109"/>
        <source>Tolerance and naloxone talked about</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wedi siarad am oddefiad a naloxone</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="114"/>
        <source>Medication needed in the first week</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Meddyginiaeth sydd ei hangen yn yr wythnos gyntaf</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="119"/>
        <source>Referrals and agreement to speak to others</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Atgyfeiriadau a chytundeb i siarad ag eraill</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="121"/>
        <source>Who would you like us to be in touch with before you come out?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gyda phwy hoffech chi i ni gysylltu cyn i chi ddod allan?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="122"/>
        <source>Are you happy for us to speak with probation and with your health team?</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ydych chi'n fodlon i ni siarad â'r gwasanaeth prawf a'ch tîm iechyd?</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="126"/>
        <source>Joining up with probation, health and housing before release stops her falling through gaps on the day.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae cydweithio â'r gwasanaeth prawf, iechyd a thai cyn ei rhyddhau yn ei hatal rhag llithro drwy'r bylchau ar y diwrnod.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="127"/>
        <source>Contacting anyone she hasn't agreed to, unless there is a safeguarding reason you have explained to her.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cysylltu ag unrhyw un nad yw hi wedi cytuno iddo, oni bai bod rheswm diogelu rydych chi wedi'i egluro iddi.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="128"/>
        <source>Her agreement is recorded once in the consent record and used for each referral.</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae ei chytundeb yn cael ei gofnodi unwaith yn y cofnod caniatâd a'i ddefnyddio ar gyfer pob atgyfeiriad.</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="132"/>
        <source>Referrals made</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Atgyfeiriadau a wnaed</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="137"/>
        <source>She agrees to us speaking with probation</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae hi'n cytuno i ni siarad â'r gwasanaeth prawf</translation>
    </message>
    <message>
        <location filename="../prompts/leaving-custody.toml" line="142"/>
        <source>She agrees to us speaking with her health team</source>
        <extracomment>From resources/prompts/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae hi'n cytuno i ni siarad â'i thîm iechyd</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="1"/>
        <source>Regular one-to-one</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Sesiwn un-i-un reolaidd</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="8"/>
        <source>Look at what has changed, notice her strengths, work on the goals she has chosen and agree small next steps.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Edrych ar beth sydd wedi newid, sylwi ar ei chryfderau, gweithio ar y nodau y mae hi wedi'u dewis a chytuno ar gamau bach nesaf.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="15"/>
        <source>What's been better</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi bod yn well</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="17"/>
        <source>What's been better since we last met, even a little?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi bod yn well ers i ni gyfarfod ddiwethaf, hyd yn oed ychydig?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="18"/>
        <source>When did things go more the way you wanted this week? What were you doing then?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Pryd aeth pethau'n fwy fel roeddech chi eisiau yr wythnos hon? Beth oeddech chi'n ei wneud bryd hynny?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="19"/>
        <source>How have you kept going through all of this?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Sut ydych chi wedi dal ati drwy hyn i gyd?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="23"/>
        <source>Looking for times things went better helps her see what already works, and that she made it happen.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mae chwilio am adegau pan aeth pethau'n well yn ei helpu i weld beth sydd eisoes yn gweithio, ac mai hi wnaeth iddo ddigwydd.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="24"/>
        <source>Skipping straight to what went wrong, or treating a hard week as failure.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Neidio'n syth at beth aeth o'i le, neu drin wythnos anodd fel methiant.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="25"/>
        <source>Read last session's note first, so you can pick up where she left off.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Darllenwch nodyn y sesiwn ddiwethaf yn gyntaf, er mwyn i chi allu ailgydio lle gadawodd hi.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="29"/>
        <source>What has been better</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi bod yn well</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="41"/>
        <source>Her goals and the next small step</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Ei nodau a'r cam bach nesaf</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="43"/>
        <source>Last time you put this at a number out of 10. Where would you put it today, and what's made the difference?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Y tro diwethaf fe roesoch chi rif allan o 10 i hyn. Ble byddech chi'n ei roi heddiw, a beth sydd wedi gwneud y gwahaniaeth?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="44"/>
        <source>What would one point higher look like?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Sut fyddai un pwynt yn uwch yn edrych?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="45"/>
        <source>What's one small step that would show you're moving forward?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth yw un cam bach a fyddai'n dangos eich bod chi'n symud ymlaen?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="49"/>
        <source>Scaling makes progress visible and keeps the next step small enough to be doable. The goal and the number are hers.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mae defnyddio graddfa yn gwneud cynnydd yn weladwy ac yn cadw'r cam nesaf yn ddigon bach i fod yn bosibl. Hi biau'r nod a'r rhif.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="50"/>
        <source>Setting goals for her, or treating a lower number as a telling-off.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Gosod nodau ar ei rhan, neu drin rhif is fel cerydd.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="51"/>
        <source>Her chosen goal carries forward from earlier sessions; check it still matters to her.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mae'r nod a ddewisodd hi yn cael ei gario ymlaen o sesiynau cynharach; gwiriwch ei fod yn dal yn bwysig iddi.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="55"/>
        <source>The goal she is working on</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Y nod y mae hi'n gweithio arno</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="61"/>
        <source>Where she puts it today, from 0 to 10</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Ble mae hi'n ei roi heddiw, o 0 i 10</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="71"/>
        <source>Who is doing what</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Pwy sy'n gwneud beth</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="73"/>
        <source>What would you like me to do before we next meet?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth hoffech chi i mi ei wneud cyn i ni gyfarfod nesaf?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="74"/>
        <source>What feels doable for you this week?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth sy'n teimlo'n bosibl i chi yr wythnos hon?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="78"/>
        <source>Clear actions, with who and by when, make sure promises to her are kept and can be checked next time.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mae camau clir, gyda phwy a erbyn pryd, yn sicrhau bod addewidion iddi'n cael eu cadw ac y gellir eu gwirio y tro nesaf.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="79"/>
        <source>Giving her a long list. One or two things she chose are worth more than many we chose.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Rhoi rhestr hir iddi. Mae un neu ddau beth a ddewisodd hi yn werth mwy na llawer o bethau a ddewison ni.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="80"/>
        <source>Open actions carry into the next session, so nothing is lost between meetings.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mae camau agored yn cael eu cario i'r sesiwn nesaf, fel nad oes dim yn mynd ar goll rhwng cyfarfodydd.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="84"/>
        <source>Actions</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="99"/>
        <source>By when</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="104"/>
        <source>Checking her safety plan</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Gwirio ei chynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="106"/>
        <source>Has anything changed that means your safety plan needs a look?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Oes unrhyw beth wedi newid sy'n golygu bod angen edrych ar eich cynllun diogelwch?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="107"/>
        <source>Is your plan still kept somewhere that feels safe?</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Ydy'ch cynllun yn dal i gael ei gadw rhywle sy'n teimlo'n ddiogel?</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="111"/>
        <source>Plans only help if they fit her life now. A change at home, in court or in contact arrangements can mean the plan needs updating.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Dim ond os ydyn nhw'n gweddu i'w bywyd hi nawr y mae cynlluniau'n helpu. Gall newid gartref, yn y llys neu mewn trefniadau cyswllt olygu bod angen diweddaru'r cynllun.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="112"/>
        <source>Going through the whole plan every time. Ask what has changed and look at those parts.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mynd drwy'r cynllun cyfan bob tro. Gofynnwch beth sydd wedi newid ac edrychwch ar y rhannau hynny.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="113"/>
        <source>Her plan's review date and triggers show here, so you can see at a glance whether a review is due.</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Mae dyddiad adolygu ei chynllun a'r pethau a fyddai'n sbarduno adolygiad yn ymddangos yma, er mwyn i chi weld ar unwaith a oes angen adolygiad.</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="117"/>
        <source>Safety plan looked at today</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Wedi edrych ar y cynllun diogelwch heddiw</translation>
    </message>
    <message>
        <location filename="../prompts/one-to-one.toml" line="122"/>
        <source>Changes to make to her plan</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Newidiadau i'w gwneud i'w chynllun</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="1"/>
        <source>Review and closing</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Adolygu a chau</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="8"/>
        <source>Look back at what has changed, celebrate what she has done, plan for after support ends and make sure she knows she can come back.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Edrych yn ôl ar beth sydd wedi newid, dathlu'r hyn y mae hi wedi'i wneud, cynllunio ar gyfer pan ddaw'r cymorth i ben a gwneud yn siŵr ei bod hi'n gwybod y gall hi ddod yn ôl.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="15"/>
        <source>Looking back</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Edrych yn ôl</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="17"/>
        <source>Looking back to when we first met, what's different now?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Wrth edrych yn ôl i'r adeg pan wnaethon ni gyfarfod gyntaf, beth sy'n wahanol nawr?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="18"/>
        <source>What are you most proud of?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth ydych chi'n fwyaf balch ohono?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="19"/>
        <source>What did you do that made the biggest difference?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth wnaethoch chi a wnaeth y gwahaniaeth mwyaf?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="23"/>
        <source>Naming the change, and that she made it, helps it last after support ends.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae enwi'r newid, a'r ffaith mai hi a'i gwnaeth, yn ei helpu i bara ar ôl i'r cymorth ddod i ben.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="24"/>
        <source>Taking credit for her progress, or measuring it only by what services wanted.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Cymryd y clod am ei chynnydd hi, neu ei fesur dim ond yn ôl yr hyn yr oedd gwasanaethau ei eisiau.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="25"/>
        <source>Her first-meeting hopes and priorities are shown here to look back on together.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae ei gobeithion a'i blaenoriaethau o'r cyfarfod cyntaf yn cael eu dangos yma i chi edrych yn ôl arnyn nhw gyda'ch gilydd.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="29"/>
        <source>What is different now</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth sy'n wahanol nawr</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="35"/>
        <source>What she is most proud of</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth mae hi'n fwyaf balch ohono</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="43"/>
        <source>How far do you feel you've come with the things you wanted to work on?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Pa mor bell ydych chi'n teimlo rydych chi wedi dod gyda'r pethau roeddech chi eisiau gweithio arnyn nhw?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="44"/>
        <source>What would you like to keep working on?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth hoffech chi ddal ati i weithio arno?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="48"/>
        <source>Her view</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Ei barn hi</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="48"/>
        <source>Her view of her goals matters most. Recording both her view and the worker's keeps the record honest.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Ei barn hi am ei nodau sydd bwysicaf. Mae cofnodi ei barn hi a barn y gweithiwr yn cadw'r cofnod yn onest.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="49"/>
        <source>Recording a goal as not achieved without saying what did change.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Cofnodi nad yw nod wedi'i gyflawni heb ddweud beth wnaeth newid.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="50"/>
        <source>Goal</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Nod</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="50"/>
        <source>Goals carry forward from earlier sessions, so they don't need to be listed again.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae nodau'n cael eu cario ymlaen o sesiynau cynharach, felly does dim angen eu rhestru eto.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="67"/>
        <source>Achieved</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Wedi'i gyflawni</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="68"/>
        <source>Partly achieved</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Wedi'i gyflawni'n rhannol</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="74"/>
        <source>Worker's view</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Barn y gweithiwr</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="84"/>
        <source>What she'd like to keep working on</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth hoffai hi ddal ati i weithio arno</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="89"/>
        <source>After support ends</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Ar ôl i'r cymorth ddod i ben</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="91"/>
        <source>What would tell you things were starting to slip, and what would you do then?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Beth fyddai'n dweud wrthych chi fod pethau'n dechrau llithro, a beth fyddech chi'n ei wneud bryd hynny?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="92"/>
        <source>Who's in your corner now?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Pwy sy'n eich cefnogi chi nawr?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="93"/>
        <source>If you wanted to come back, how would you get in touch?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Petaech chi eisiau dod yn ôl, sut byddech chi'n cysylltu?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="97"/>
        <source>Ending well means she leaves with her own plan for harder days and knows the door stays open.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae gorffen yn dda yn golygu ei bod hi'n gadael gyda'i chynllun ei hun ar gyfer dyddiau anoddach ac yn gwybod bod y drws yn dal ar agor.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="98"/>
        <source>Closing abruptly, or making coming back sound like failure.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Cau'n sydyn, neu wneud i ddod yn ôl swnio fel methiant.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="99"/>
        <source>Her people and services list stays on her record, ready if she returns.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae ei rhestr o bobl a gwasanaethau'n aros ar ei chofnod, yn barod os daw hi'n ôl.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="103"/>
        <source>Early signs things are slipping, and what she'd do</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Arwyddion cynnar bod pethau'n llithro, a beth fyddai hi'n ei wneud</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="108"/>
        <source>Who's in her corner</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Pwy sy'n ei chefnogi hi</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="113"/>
        <source>How she'd get back in touch</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Sut byddai hi'n cysylltu eto</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="120"/>
        <source>Shall we write a short summary together that you could share if you wanted to?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Gawn ni ysgrifennu crynodeb byr gyda'n gilydd y gallech chi ei rannu petaech chi eisiau?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="121"/>
        <source>Is there anything you'd like it to say that I've missed?</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Oes unrhyw beth yr hoffech chi iddo'i ddweud rydw i wedi'i golli?</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="125"/>
        <source>A summary written with her is more accurate and more useful to her than one written about her.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae crynodeb a ysgrifennwyd gyda hi yn fwy cywir ac yn fwy defnyddiol iddi na chrynodeb a ysgrifennwyd amdani.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="126"/>
        <source>Language she wouldn't use about herself, or detail she doesn't want kept.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Iaith na fyddai hi'n ei defnyddio amdani hi ei hun, neu fanylion nad yw hi eisiau iddyn nhw gael eu cadw.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="127"/>
        <source>If she agrees, this summary can go with any future referral, so she never has to start from the beginning.</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Os yw hi'n cytuno, gall y crynodeb hwn fynd gydag unrhyw atgyfeiriad yn y dyfodol, fel nad oes rhaid iddi byth ddechrau o'r dechrau.</translation>
    </message>
    <message>
        <location filename="../prompts/review-closing.toml" line="137"/>
        <source>She is happy for this summary to be shared</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Mae hi'n fodlon i'r crynodeb hwn gael ei rannu</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="9"/>
        <source>Is now a good time?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Ydy nawr yn amser da?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="11"/>
        <source>Is now still a good time to talk, and are you somewhere you can speak freely?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Ydy nawr yn dal yn amser da i siarad, ac ydych chi rywle lle gallwch chi siarad yn rhydd?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="12"/>
        <source>How long have we got today? Is there anything you'd like to make sure we get to?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Faint o amser sydd gennym ni heddiw? Oes unrhyw beth yr hoffech chi wneud yn siŵr ein bod ni'n ei drafod?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="13"/>
        <source>You can skip anything, and we can pause or stop whenever you like. What would you like to say if you want a break?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Gallwch chi hepgor unrhyw beth, a gallwn ni oedi neu stopio pryd bynnag y mynnwch chi. Beth hoffech chi ei ddweud os ydych chi eisiau seibiant?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="14"/>
        <source>Is anyone with you, or could anyone overhear us?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Oes rhywun gyda chi, neu allai rhywun ein clywed ni?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="18"/>
        <source>She sets the pace. Checking she can talk safely comes before anything else, especially on the phone, where someone may be listening.</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Hi sy'n gosod y cyflymder. Mae gwirio ei bod hi'n gallu siarad yn ddiogel yn dod cyn popeth arall, yn enwedig ar y ffôn, lle gallai rhywun fod yn gwrando.</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="19"/>
        <source>Carrying on when she sounds guarded or goes quiet. If she needs to end the call quickly, use the agreed cover story and don't ring back unless that's the plan.</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Dal ati pan mae hi'n swnio'n wyliadwrus neu'n mynd yn dawel. Os oes angen iddi ddod â'r alwad i ben yn gyflym, defnyddiwch yr esgus a gytunwyd a pheidiwch â ffonio'n ôl oni bai mai dyna'r cynllun.</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="20"/>
        <source>Her safe-contact plan is already on her record. Check it's still right instead of asking it all again.</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Mae ei chynllun cysylltu'n ddiogel eisoes ar ei chofnod. Gwiriwch ei fod yn dal yn gywir yn lle gofyn y cyfan eto.</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="24"/>
        <source>Safe to talk now</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Yn ddiogel i siarad nawr</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="29"/>
        <source>Time we have today</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Yr amser sydd gennym ni heddiw</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="34"/>
        <source>What she'd like to make sure we cover</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Beth yr hoffai hi wneud yn siŵr ein bod ni'n ei drafod</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="40"/>
        <source>Her signal for a pause</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Ei harwydd am saib</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="46"/>
        <source>Before we finish: what gets written down</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Cyn i ni orffen: beth sy'n cael ei ysgrifennu</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="48"/>
        <source>Here's what I'm going to write down from today. Does that sound right to you?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Dyma beth rydw i'n mynd i'w ysgrifennu o heddiw. Ydy hynny'n swnio'n iawn i chi?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="49"/>
        <source>Is there anything you'd like put differently, or left out?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Oes unrhyw beth yr hoffech chi iddo gael ei eirio'n wahanol, neu ei adael allan?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="50"/>
        <source>How are you feeling now, compared with when we started?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Sut ydych chi'n teimlo nawr, o'i gymharu â phan ddechreuon ni?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="51"/>
        <source>When shall we next be in touch, and is that still a safe way to reach you?</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Pryd fyddwn ni mewn cysylltiad nesaf, ac ydy hynny'n dal yn ffordd ddiogel o gysylltu â chi?</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="55"/>
        <source>Reading back what will be recorded keeps things open and lets her correct it. Finishing with how she feels now helps her leave settled.</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Mae darllen yn ôl yr hyn a fydd yn cael ei gofnodi yn cadw pethau'n agored ac yn gadael iddi ei gywiro. Mae gorffen gyda sut mae hi'n teimlo nawr yn ei helpu i adael yn dawel ei meddwl.</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="56"/>
        <source>Writing opinions as facts, or labels she wouldn't use about herself. Don't finish straight after something painful without checking how she is.</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Ysgrifennu barn fel ffeithiau, neu labeli na fyddai hi'n eu defnyddio amdani hi ei hun. Peidiwch â gorffen yn syth ar ôl rhywbeth poenus heb holi sut mae hi.</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="57"/>
        <source>Note whether she's happy for today's summary to travel with a referral, so the next service can read it instead of asking her to start again.</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Nodwch a yw hi'n fodlon i grynodeb heddiw fynd gydag atgyfeiriad, fel y gall y gwasanaeth nesaf ei ddarllen yn lle gofyn iddi ddechrau eto.</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="61"/>
        <source>She has heard what will be recorded</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Mae hi wedi clywed beth fydd yn cael ei gofnodi</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="66"/>
        <source>Changes she asked for</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Newidiadau y gofynnodd hi amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="72"/>
        <source>How she is feeling now, from 0 (very low) to 10 (really good)</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Sut mae hi'n teimlo nawr, o 0 (isel iawn) i 10 (da iawn)</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="77"/>
        <source>Next contact agreed</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Y cyswllt nesaf a gytunwyd</translation>
    </message>
    <message>
        <location filename="../prompts/shared.toml" line="82"/>
        <source>She is happy for today's summary to be shared with services she is referred to</source>
        <extracomment>From resources/prompts/shared.toml</extracomment>
        <translation type="unfinished">Mae hi'n fodlon i grynodeb heddiw gael ei rannu â gwasanaethau y caiff ei hatgyfeirio atyn nhw</translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="8"/>
        <source>Referral to a drug and alcohol service</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="9"/>
        <source>We are referring her with her agreement. She would like support with drugs or alcohol on her own terms.</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="14"/>
        <location filename="../referral_templates/gp.toml" line="14"/>
        <location filename="../referral_templates/housing.toml" line="14"/>
        <location filename="../referral_templates/idva.toml" line="13"/>
        <location filename="../referral_templates/marac.toml" line="17"/>
        <location filename="../referral_templates/mental-health.toml" line="14"/>
        <location filename="../referral_templates/probation.toml" line="15"/>
        <source>In her own words</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="15"/>
        <location filename="../referral_templates/gp.toml" line="15"/>
        <location filename="../referral_templates/housing.toml" line="15"/>
        <location filename="../referral_templates/idva.toml" line="14"/>
        <location filename="../referral_templates/mental-health.toml" line="15"/>
        <location filename="../referral_templates/probation.toml" line="16"/>
        <source>She has agreed that what follows can be shared, so she doesn't have to tell her story again.</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="19"/>
        <location filename="../referral_templates/gp.toml" line="19"/>
        <location filename="../referral_templates/idva.toml" line="18"/>
        <location filename="../referral_templates/mental-health.toml" line="19"/>
        <source>What she would like help with</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="22"/>
        <source>In her words: cutting down, stopping, staying safer, or something else.</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="26"/>
        <source>What she uses and how, as she describes it</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="29"/>
        <source>What she has chosen to share about what she uses, how often, and any recent break.</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="33"/>
        <location filename="../referral_templates/gp.toml" line="40"/>
        <location filename="../referral_templates/housing.toml" line="33"/>
        <location filename="../referral_templates/idva.toml" line="32"/>
        <location filename="../referral_templates/marac.toml" line="40"/>
        <location filename="../referral_templates/mental-health.toml" line="40"/>
        <location filename="../referral_templates/probation.toml" line="65"/>
        <source>Contacting her safely</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="55"/>
        <location filename="../referral_templates/gp.toml" line="62"/>
        <location filename="../referral_templates/housing.toml" line="55"/>
        <location filename="../referral_templates/mental-health.toml" line="67"/>
        <source>Phone number she is happy for you to use</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="59"/>
        <source>Staying safer</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="65"/>
        <source>Harm reduction already in place</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="66"/>
        <source>For example a naloxone kit, not using alone, or a prescription.</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="70"/>
        <source>Support she has had before</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="80"/>
        <source>Anything that affects her treatment</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="90"/>
        <source>Any treatment requirement or licence condition</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="91"/>
        <source>Only if it is relevant to the treatment she is asking for.</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="8"/>
        <source>Referral to a GP practice</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="9"/>
        <source>We are writing with her agreement to ask for your help. Please contact her only in the safe ways set out below.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="22"/>
        <source>In her words, what she hopes this referral will lead to.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="26"/>
        <source>Her health, as she describes it</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="29"/>
        <source>What she would like her GP to know about her health, in her words.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="33"/>
        <location filename="../referral_templates/mental-health.toml" line="26"/>
        <source>How she has been feeling</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="36"/>
        <source>How she describes her mood and wellbeing, if she would like the GP to know.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="63"/>
        <source>Only a number she has said is safe.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="67"/>
        <location filename="../referral_templates/mental-health.toml" line="97"/>
        <source>Making appointments work for her</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="84"/>
        <source>What would help, including prescribing</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="85"/>
        <source>Only what she has agreed the GP should know.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="89"/>
        <location filename="../referral_templates/probation.toml" line="92"/>
        <source>Her safety</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="92"/>
        <source>Please never raise this if anyone else is with her, including a partner or family member.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="96"/>
        <source>What the practice should know</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/gp.toml" line="97"/>
        <source>Keep to what helps the practice keep her safe, for example routine enquiry or a flag on her record.</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="8"/>
        <source>Housing referral</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="9"/>
        <source>We are writing with her agreement to support her housing application.</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="19"/>
        <source>What she would like from housing</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="22"/>
        <source>In her words: the kind of home and area she needs, and any areas that aren't safe.</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="26"/>
        <source>Why she needs somewhere safe</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="29"/>
        <source>Only what she has chosen to share, and only what the housing officer needs.</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="44"/>
        <location filename="../referral_templates/idva.toml" line="48"/>
        <source>A phrase to check it is her</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="59"/>
        <source>Where she is living now</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="65"/>
        <source>Current address</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="69"/>
        <source>Her household</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="75"/>
        <source>Who would live with her</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="85"/>
        <source>Income and benefits, as relevant to the application</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/housing.toml" line="95"/>
        <source>Only if it affects what housing she can get</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="7"/>
        <source>Referral to an IDVA service</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="8"/>
        <source>We are referring her with her agreement for independent advocacy and safety planning.</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="21"/>
        <source>In her words, what she hopes an IDVA can help with.</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="25"/>
        <source>What has happened, as she describes it</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="28"/>
        <source>What she has chosen to share, in her words.</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="64"/>
        <source>Checklist</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="69"/>
        <location filename="../referral_templates/marac.toml" line="71"/>
        <source>Marac criteria met</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="85"/>
        <location filename="../referral_templates/marac.toml" line="36"/>
        <source>Her address</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="95"/>
        <source>Children and others in the household</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/idva.toml" line="105"/>
        <source>Court dates, orders or reports she has mentioned</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="12"/>
        <source>A referral to the multi-agency risk assessment conference. Her agreement, or the lawful basis for sharing without it, is shown below.</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="18"/>
        <source>What she has said about her situation, as she agreed it can be shared.</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="22"/>
        <source>Her own view of her safety</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="25"/>
        <source>Her words about what worries her most.</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="32"/>
        <source>Never share a new address without checking it is safe to.</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="56"/>
        <source>Who is safe, and not safe, to speak to</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="60"/>
        <source>Reason for referral</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="90"/>
        <source>Previous Marac (where and when)</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="94"/>
        <source>The person or people harming her</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="100"/>
        <source>Name, date of birth, relationship to her and address</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="104"/>
        <source>Children</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/marac.toml" line="110"/>
        <source>Name, date of birth, relationship to each adult, and school</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="8"/>
        <source>Referral to an NHS mental health service</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="9"/>
        <source>We are referring her with her agreement. She would like support that understands what she has been through.</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="22"/>
        <source>In her words, what she hopes support will bring.</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="29"/>
        <source>How she describes her mood, sleep and wellbeing, in her words.</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="33"/>
        <source>What has happened, as much as she wants to say</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="36"/>
        <source>Only what she has chosen to share. She may prefer to say it herself when she is ready.</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="71"/>
        <source>Her mental health</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="77"/>
        <source>Support she has now or has had before</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="78"/>
        <source>Services, medication she has mentioned, and what has helped.</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="82"/>
        <source>What helps her stay safe when things are hard</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="83"/>
        <source>Her own strategies and the people she trusts. Keep her words.</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/mental-health.toml" line="93"/>
        <source>Anything she would like them to know</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="1"/>
        <source>Information for her probation practitioner</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="10"/>
        <source>We are sharing this with her agreement, to help plan her support together.</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="20"/>
        <source>What she would like from her support</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="23"/>
        <source>In her words: her goals and what she hopes will change.</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="27"/>
        <source>Support she would like</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="33"/>
        <source>Kinds of support</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="34"/>
        <source>For example accommodation, emotional wellbeing, finance, or family and relationships.</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="38"/>
        <source>What she would like to be different</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="42"/>
        <source>How much support she may need</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="43"/>
        <source>A plain description: a little, some, or a lot of support.</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="47"/>
        <source>Anything else that would help</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="51"/>
        <source>Her order or licence</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="57"/>
        <source>Sentence or licence end date</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="61"/>
        <source>Her probation practitioner</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="81"/>
        <source>Accessibility needs</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="95"/>
        <source>Please take care that nothing here reaches the person harming her.</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="99"/>
        <source>What probation should know to keep her safe</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_templates/probation.toml" line="109"/>
        <source>What she would like probation to know</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="1"/>
        <source>My safety plan</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="12"/>
        <source>My notes</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="13"/>
        <source>A personal safety plan for a woman experiencing domestic abuse, built with her and in her words. Choose the view that fits where she is now. A plan can be kept in her head, and a written copy can itself be a risk: ask her what is safest.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cynllun diogelwch personol i fenyw sy'n profi cam-drin domestig, wedi'i lunio gyda hi ac yn ei geiriau hi. Dewiswch y wedd sy'n gweddu i'w sefyllfa hi nawr. Gall hi gadw cynllun yn ei phen, a gall copi ysgrifenedig ei hun fod yn risg: gofynnwch iddi beth sydd fwyaf diogel.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="18"/>
        <source>Still living together</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Yn dal i gyd-fyw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="23"/>
        <source>Preparing to leave</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Paratoi i adael</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="25"/>
        <source>The time around leaving can be the most dangerous. Plan the timing together, tell as few people as possible, and review the plan often.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gall y cyfnod o gwmpas gadael fod y mwyaf peryglus. Cynlluniwch yr amseru gyda'ch gilydd, dywedwch wrth gyn lleied o bobl â phosibl, ac adolygwch y cynllun yn aml.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="29"/>
        <source>After leaving</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ar ôl gadael</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="31"/>
        <source>Risk often continues after separation. Look at the plan again after any contact, court date, child contact change or move.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae risg yn aml yn parhau ar ôl gwahanu. Edrychwch ar y cynllun eto ar ôl unrhyw gyswllt, dyddiad llys, newid i'r cyswllt â'r plant neu symud tŷ.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="35"/>
        <source>Something new has happened</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae rhywbeth newydd wedi digwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="39"/>
        <source>We separate, or I decide to leave</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydyn ni'n gwahanu, neu rydw i'n penderfynu gadael</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="43"/>
        <source>A court date is coming up</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae dyddiad llys yn agosáu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="47"/>
        <source>The other person is released, or their bail conditions end</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae'r person arall yn cael ei ryddhau, neu mae ei amodau mechnïaeth yn dod i ben</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="51"/>
        <source>I'm pregnant or have had a baby</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydw i'n feichiog neu wedi cael babi</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="55"/>
        <source>I'm moving home</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydw i'n symud tŷ</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="59"/>
        <source>Arrangements for the children change</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae'r trefniadau ar gyfer y plant yn newid</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="61"/>
        <location filename="../safety_plans/very-hard-times.toml" line="156"/>
        <source>About this plan</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Am y cynllun hwn</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="65"/>
        <location filename="../safety_plans/very-hard-times.toml" line="157"/>
        <source>About this list</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Am y rhestr hon</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="69"/>
        <source>Where things are now</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Sut mae pethau nawr</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="73"/>
        <source>We live together</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydyn ni'n byw gyda'n gilydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="74"/>
        <source>I'm planning to leave</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydw i'n bwriadu gadael</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="75"/>
        <source>I've left</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydw i wedi gadael</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="76"/>
        <source>We're in touch because of the children</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydyn ni mewn cysylltiad oherwydd y plant</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="82"/>
        <location filename="../safety_plans/very-hard-times.toml" line="172"/>
        <source>Where I keep this plan</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble rydw i'n cadw'r cynllun hwn</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="85"/>
        <source>A written copy can be a risk. Keeping it in her head is a real choice.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gall copi ysgrifenedig fod yn risg. Mae ei gadw yn ei phen yn ddewis go iawn.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="87"/>
        <source>In my head: no paper copy</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Yn fy mhen: dim copi papur</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="88"/>
        <source>Somewhere safe</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rhywle diogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="89"/>
        <source>With someone I trust</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gyda rhywun rydw i'n ymddiried ynddo</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="90"/>
        <source>The centre keeps it for me</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae'r ganolfan yn ei gadw i mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="93"/>
        <source>Keeping in touch</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cadw mewn cysylltiad</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="96"/>
        <source>Getting in touch with me safely</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cysylltu â mi'n ddiogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="101"/>
        <source>A safe number or email for me</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rhif ffôn neu e-bost diogel i mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="107"/>
        <source>Safe times to get in touch</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Amseroedd diogel i gysylltu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="113"/>
        <source>Is it OK to leave a voicemail?</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ydy hi'n iawn gadael neges llais?</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="114"/>
        <source>Voicemail OK?</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Neges llais yn iawn?</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="119"/>
        <source>A phrase to check it's really me</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ymadrodd i wirio mai fi sydd yna go iawn</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="130"/>
        <source>Interpreter or BSL needs</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Anghenion cyfieithydd neu Iaith Arwyddion Prydain (BSL)</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="136"/>
        <source>Signs things are getting worse</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Arwyddion bod pethau'n gwaethygu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="137"/>
        <location filename="../safety_plans/very-hard-times.toml" line="34"/>
        <source>Things I notice</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pethau rydw i'n sylwi arnyn nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="141"/>
        <source>What tells me things are getting worse</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth sy'n dweud wrtha i fod pethau'n gwaethygu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="142"/>
        <location filename="../safety_plans/very-hard-times.toml" line="38"/>
        <source>What I notice</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth rydw i'n sylwi arno</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="145"/>
        <source>If something happens at home</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Os bydd rhywbeth yn digwydd gartref</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="149"/>
        <source>At home</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gartref</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="153"/>
        <source>Rooms that feel safer, with a way out</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ystafelloedd sy'n teimlo'n fwy diogel, gyda ffordd allan</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="154"/>
        <source>Rooms I like to be in</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ystafelloedd rydw i'n hoffi bod ynddyn nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="159"/>
        <source>Rooms to avoid: no way out, or things that could hurt me</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ystafelloedd i'w hosgoi: dim ffordd allan, neu bethau a allai fy mrifo</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="160"/>
        <source>Rooms to skip</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ystafelloedd i'w hepgor</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="165"/>
        <source>My ways out</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy ffyrdd allan</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="166"/>
        <source>Doors</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Drysau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="171"/>
        <source>Where my phone and charger are</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble mae fy ffôn a'm gwefrydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="172"/>
        <source>Phone and charger</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ffôn a gwefrydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="177"/>
        <source>How I'd call for help quietly</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Sut byddwn i'n galw am help yn dawel</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="178"/>
        <source>Calling</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ffonio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="183"/>
        <source>Things that could be used to hurt me, and whether they can be moved</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pethau y gellid eu defnyddio i'm brifo, ac a oes modd eu symud</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="187"/>
        <location filename="../safety_plans/very-hard-times.toml" line="67"/>
        <source>People</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pobl</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="187"/>
        <source>People I trust</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pobl rydw i'n ymddiried ynddynt</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="192"/>
        <source>People on my side, and how to reach them.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pobl sydd ar fy ochr i, a sut i gysylltu â nhw.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="200"/>
        <source>Pick from her list of people, which all her plans share. Check that no one here is the person harming her, and whether each person has agreed.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Dewiswch o'i rhestr hi o bobl, sy'n cael ei rhannu gan ei holl gynlluniau. Gwiriwch nad yw'r person sy'n ei niweidio hi yma, ac a yw pob person wedi cytuno.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="204"/>
        <source>Our code word or signal, and what it means</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ein gair cod neu arwydd, a beth mae'n ei olygu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="210"/>
        <source>What I'd like them to do</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth hoffwn i iddyn nhw ei wneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="210"/>
        <source>What I'd like them to do if I use it</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth hoffwn i iddyn nhw ei wneud os bydda i'n ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="214"/>
        <source>Place</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Lle</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="214"/>
        <location filename="../safety_plans/very-hard-times.toml" line="80"/>
        <source>Places</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Llefydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="214"/>
        <source>Places I could go</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Llefydd y gallwn i fynd iddyn nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="233"/>
        <source>How I'd get there</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Sut byddwn i'n cyrraedd yno</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="238"/>
        <source>When it's open</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pryd mae ar agor</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="243"/>
        <source>Do they know I might come?</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ydyn nhw'n gwybod y gallwn i ddod?</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="244"/>
        <source>They know?</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ydyn nhw'n gwybod?</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="249"/>
        <source>A safe address</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyfeiriad diogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="256"/>
        <location filename="../safety_plans/leaving-custody.toml" line="85"/>
        <location filename="../outcomes/life_areas.toml" line="49"/>
        <source>Money</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Arian</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="256"/>
        <source>Money for travel</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Arian i deithio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="262"/>
        <source>The children</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Y plant</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="267"/>
        <source>Each child</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pob plentyn</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="269"/>
        <source>Children should never be asked to step in. Teaching them to get help and tell a safe adult is enough.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ni ddylid byth gofyn i blant ymyrryd. Mae'n ddigon eu dysgu i gael help a dweud wrth oedolyn diogel.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="278"/>
        <source>Age</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Oed</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="283"/>
        <source>What they know</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth maen nhw'n ei wybod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="289"/>
        <source>What they'll do</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth fyddan nhw'n ei wneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="289"/>
        <source>What they'll do if something happens</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth fyddan nhw'n ei wneud os bydd rhywbeth yn digwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="295"/>
        <source>Their safe adult</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Eu hoedolyn diogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="296"/>
        <source>Grown-up to go to</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Oedolyn i fynd ato</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="302"/>
        <source>Who can collect them from school or nursery</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pwy all eu casglu o'r ysgol neu'r feithrinfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="307"/>
        <source>Who must not collect them</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pwy na ddylai eu casglu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="313"/>
        <source>Contact or court arrangements</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Trefniadau cyswllt neu lys</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="320"/>
        <source>My emergency bag</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy mag argyfwng</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="321"/>
        <source>Things to pack</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pethau i'w pacio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="322"/>
        <source>Keep the bag, or copies of things, somewhere the other person won't find it.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cadwch y bag, neu gopïau o bethau, rywle lle na fydd y person arall yn dod o hyd iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="326"/>
        <source>What's in it</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth sydd ynddo</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="329"/>
        <source>Photo ID</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Prawf adnabod â llun</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="330"/>
        <source>Passports, mine and the children's</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pasbortau: fy un i a rhai'r plant</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="331"/>
        <source>Birth certificates</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Tystysgrifau geni</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="332"/>
        <source>Home Office papers</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Papurau'r Swyddfa Gartref</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="332"/>
        <source>Immigration papers</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Papurau mewnfudo</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="333"/>
        <source>Driving licence</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Trwydded yrru</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="334"/>
        <source>Bank and benefit cards, and account details</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cardiau banc a budd-daliadau, a manylion cyfrifon</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="335"/>
        <source>Tenancy or mortgage papers</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Papurau tenantiaeth neu forgais</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="336"/>
        <source>Court orders</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchmynion llys</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="336"/>
        <source>Official letters</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Llythyrau swyddogol</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="337"/>
        <source>Medication and a list of prescriptions</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Meddyginiaeth a rhestr o bresgripsiynau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="338"/>
        <source>Keys</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Allweddi</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="339"/>
        <source>Phone, charger and a cheap spare phone</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ffôn, gwefrydd a ffôn sbâr rhad</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="340"/>
        <source>Some cash</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ychydig o arian parod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="341"/>
        <source>The children's essentials and comfort things</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Hanfodion y plant a phethau sy'n eu cysuro</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="342"/>
        <source>My diary or evidence</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy nyddiadur neu fy nhystiolaeth</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="342"/>
        <source>My notebook</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy llyfr nodiadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="347"/>
        <source>Where the bag is kept</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble mae'r bag yn cael ei gadw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="352"/>
        <source>Pets</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Anifeiliaid anwes</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="355"/>
        <source>My pets</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Fy anifeiliaid anwes</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="360"/>
        <source>Who could look after my pets</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pwy allai ofalu am fy anifeiliaid anwes</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="365"/>
        <source>Pet fostering service</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gwasanaeth maethu anifeiliaid anwes</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="366"/>
        <source>Pet care</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gofal anifeiliaid anwes</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="378"/>
        <source>A bank account of my own</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyfrif banc i mi fy hun</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="383"/>
        <source>A safe place for savings</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Lle diogel i gynilion</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="389"/>
        <source>Joint accounts or debts to sort out</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyfrifon ar y cyd neu ddyledion i'w datrys</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="394"/>
        <source>Worries about money being controlled</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pryderon bod fy arian yn cael ei reoli</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="398"/>
        <source>Planning to leave</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cynllunio i adael</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="402"/>
        <source>Planning ahead</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cynllunio ymlaen llaw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="406"/>
        <source>The best time to go</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Yr amser gorau i fynd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="412"/>
        <source>Where I'll go</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble bydda i'n mynd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="418"/>
        <source>Refuge or housing referral made</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Atgyfeiriad i loches neu dai wedi'i wneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="424"/>
        <source>How I'll get there</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Sut bydda i'n cyrraedd yno</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="425"/>
        <location filename="../safety_plans/leaving-custody.toml" line="72"/>
        <source>Getting there</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyrraedd yno</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="430"/>
        <source>Who to tell, and who not to tell</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wrth bwy i ddweud, ac wrth bwy i beidio â dweud</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="436"/>
        <source>What I'll do if my plans are found out</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth wna i os bydd rhywun yn darganfod fy nghynlluniau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="444"/>
        <source>Settling in</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ymgartrefu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="448"/>
        <source>Changes to my routes and routines</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Newidiadau i'm llwybrau a'm harferion</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="449"/>
        <source>New routines</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Arferion newydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="454"/>
        <source>School or nursery know what's happening</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae'r ysgol neu'r feithrinfa'n gwybod beth sy'n digwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="455"/>
        <source>School know</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Yr ysgol yn gwybod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="460"/>
        <source>A plan for work</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cynllun ar gyfer gwaith</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="465"/>
        <source>Locks, lighting and door security</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cloeon, goleuadau a diogelwch drysau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="466"/>
        <source>Locks and lights</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cloeon a goleuadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="471"/>
        <source>Where my address has been kept private (GP, school, benefits, court papers)</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble mae fy nghyfeiriad wedi'i gadw'n breifat (meddyg teulu, ysgol, budd-daliadau, papurau llys)</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="477"/>
        <source>What I'll do if the other person turns up or gets in touch</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth wna i os bydd y person arall yn troi i fyny neu'n cysylltu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="481"/>
        <source>Phones and online</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ffonau ac ar-lein</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="489"/>
        <source>I have a tech and stalking plan too</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Mae gen i gynllun technoleg a stelcio hefyd</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="492"/>
        <source>Use the tech and stalking template for devices and accounts.</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Defnyddiwch y templed technoleg a stelcio ar gyfer dyfeisiau a chyfrifon.</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="496"/>
        <source>Things to be careful with on my phone or online</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pethau i fod yn ofalus gyda nhw ar fy ffôn neu ar-lein</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="497"/>
        <source>Phone reminders</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Nodiadau atgoffa ffôn</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="503"/>
        <source>Keeping a record</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cadw cofnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="504"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="32"/>
        <source>Notes</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="508"/>
        <source>I'm keeping a diary or log</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rydw i'n cadw dyddiadur neu gofnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="509"/>
        <source>Diary</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Dyddiadur</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="515"/>
        <source>Where it's kept (not on a shared phone or computer)</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble mae'n cael ei gadw (nid ar ffôn neu gyfrifiadur a rennir)</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="521"/>
        <source>Where photos and messages are saved</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble mae lluniau a negeseuon wedi'u cadw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="525"/>
        <source>Legal protection</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Amddiffyniad cyfreithiol</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="529"/>
        <source>Paperwork</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gwaith papur</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="533"/>
        <source>Orders and conditions</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchmynion ac amodau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="539"/>
        <source>Type</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="542"/>
        <source>Non-molestation order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchymyn rhag molestu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="543"/>
        <source>Occupation order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchymyn anheddu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="544"/>
        <source>Domestic abuse protection notice or order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Hysbysiad neu orchymyn amddiffyn rhag cam-drin domestig</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="545"/>
        <source>Restraining order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchymyn atal</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="546"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="188"/>
        <source>Stalking protection order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchymyn amddiffyn rhag stelcio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="547"/>
        <source>Forced marriage protection order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchymyn amddiffyn rhag priodas dan orfod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="548"/>
        <source>FGM protection order</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gorchymyn amddiffyn rhag FGM</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="549"/>
        <source>Bail conditions</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Amodau mechnïaeth</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="550"/>
        <source>Disclosure scheme application</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cais dan y cynllun datgelu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="556"/>
        <source>Where it's up to</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Sut mae pethau'n sefyll</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="559"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="193"/>
        <source>Thinking about it</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Yn meddwl amdano</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="560"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="194"/>
        <source>Applied</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi gwneud cais</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="561"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="195"/>
        <source>Granted</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi'i ganiatáu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="562"/>
        <source>Refused</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi'i wrthod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="563"/>
        <source>Ended</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi dod i ben</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="564"/>
        <source>Broken by the other person</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi'i dorri gan y person arall</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="574"/>
        <source>Where my copy is</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble mae fy nghopi</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="579"/>
        <source>Police or court reference</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyfeirnod yr heddlu neu'r llys</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="585"/>
        <source>About the person harming me</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Am y person sy'n fy niweidio i</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="586"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="208"/>
        <source>Other</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Arall</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="590"/>
        <source>Their name</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Eu henw</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="596"/>
        <source>What they look like, and their car</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Sut maen nhw'n edrych, a'u car</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="602"/>
        <source>Where they live or work</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ble maen nhw'n byw neu'n gweithio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="606"/>
        <source>Who's helping</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Pwy sy'n helpu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="610"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="171"/>
        <source>Contacts</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="614"/>
        <source>Services working with me</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Gwasanaethau sy'n gweithio gyda mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="621"/>
        <source>Multi-agency meeting (Marac)</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyfarfod amlasiantaethol (Marac)</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="625"/>
        <source>Not referred</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Heb ei hatgyfeirio</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="627"/>
        <source>Heard at the meeting</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi'i drafod yn y cyfarfod</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="632"/>
        <source>If the other person is on a behaviour-change programme: my support worker there</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Os yw'r person arall ar raglen newid ymddygiad: fy ngweithiwr cymorth yno</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="639"/>
        <source>What has kept me safe</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi fy nghadw i'n ddiogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="640"/>
        <source>What helps</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth sy'n helpu</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="644"/>
        <source>What has kept me (and the children) safe so far, in my words</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi fy nghadw i (a'r plant) yn ddiogel hyd yma, yn fy ngeiriau i</translation>
    </message>
    <message>
        <location filename="../safety_plans/domestic-abuse.toml" line="645"/>
        <source>What helps, in my words</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Beth sy'n helpu, yn fy ngeiriau i</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="1"/>
        <location filename="../safety_plans/leaving-custody.toml" line="334"/>
        <source>Staying safer with drugs and alcohol</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Cadw'n fwy diogel gyda chyffuriau ac alcohol</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="8"/>
        <location filename="../safety_plans/leaving-custody.toml" line="334"/>
        <source>My checklist</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy rhestr wirio</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="9"/>
        <source>A harm-reduction plan she builds for herself: tolerance after a break, naloxone, not using alone, mixing, alerts about what's going round, and keeping treatment going. Where domestic abuse is part of her life, 'not using alone' must never mean being with the person harming her.</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Cynllun lleihau niwed y mae hi'n ei lunio drosti ei hun: goddefiant ar ôl seibiant, naloxone, peidio â defnyddio ar ei phen ei hun, cymysgu, rhybuddion am beth sydd o gwmpas, a dal ati gyda thriniaeth. Lle mae cam-drin domestig yn rhan o'i bywyd, ni ddylai 'peidio â defnyddio ar fy mhen fy hun' byth olygu bod gyda'r person sy'n ei niweidio hi.</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="14"/>
        <source>Coming out of prison, hospital, detox or rehab</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Dod allan o'r carchar, yr ysbyty, dadwenwyno neu adsefydlu</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="18"/>
        <source>Stronger or unfamiliar drugs going round</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Cyffuriau cryfach neu anghyfarwydd o gwmpas</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="22"/>
        <source>My naloxone kit is about to run out</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Mae fy mhecyn naloxone ar fin dod i ben</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="26"/>
        <source>A change in what I use or how I use</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Newid yn yr hyn rydw i'n ei ddefnyddio neu sut rydw i'n ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="30"/>
        <source>After a break</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Ar ôl seibiant</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="30"/>
        <source>After a break from using</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Ar ôl seibiant o ddefnyddio</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="32"/>
        <source>After any break, even a short one, my body can't handle as much as before.</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Ar ôl unrhyw seibiant, hyd yn oed un byr, dydy fy nghorff ddim yn gallu ymdopi â chymaint ag o'r blaen.</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="36"/>
        <source>A recent break</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Seibiant diweddar</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="37"/>
        <source>Recent break</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Seibiant diweddar</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="40"/>
        <source>No break</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Dim seibiant</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="41"/>
        <source>Away</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">I ffwrdd</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="41"/>
        <source>In prison</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Yn y carchar</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="42"/>
        <source>In hospital</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Yn yr ysbyty</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="43"/>
        <source>Detox</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Dadwenwyno</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="44"/>
        <source>Rehab</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Adsefydlu</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="45"/>
        <source>Pregnancy</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Beichiogrwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="51"/>
        <source>When the break ended</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pryd daeth y seibiant i ben</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="56"/>
        <source>My plan</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy nghynllun</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="56"/>
        <source>My plan to start lower and go slower</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy nghynllun i ddechrau'n is a mynd yn arafach</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="57"/>
        <source>Taking it slowly</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Cymryd pethau'n araf</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="62"/>
        <source>Naloxone</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Naloxone</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="63"/>
        <source>My kit</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy mhecyn</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="67"/>
        <source>I have a naloxone kit</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Mae gen i becyn naloxone</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="68"/>
        <source>I have my kit</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Mae gen i fy mhecyn</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="73"/>
        <source>Type of kit</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Math o becyn</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="76"/>
        <source>Nasal spray</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Chwistrell trwyn</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="77"/>
        <source>Injection</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pigiad</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="82"/>
        <source>It runs out on</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Mae'n dod i ben ar</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="87"/>
        <source>I know how to use it</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Rydw i'n gwybod sut i'w ddefnyddio</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="92"/>
        <source>Who else knows where it is</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pwy arall sy'n gwybod ble mae'n cael ei gadw</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="92"/>
        <source>Who else knows where it is and how to use it</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pwy arall sy'n gwybod ble mae'n cael ei gadw a sut i'w ddefnyddio</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="98"/>
        <source>When it was given, and by whom</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pryd cafodd ei roi, a chan bwy</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="100"/>
        <source>Needed if the centre supplies naloxone itself.</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Mae angen hyn os yw'r ganolfan yn rhoi naloxone ei hun.</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="104"/>
        <source>Given on</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Wedi'i roi ar</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="109"/>
        <source>Given by</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Wedi'i roi gan</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="114"/>
        <source>Not using alone</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Peidio â defnyddio ar fy mhen fy hun</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="115"/>
        <source>Company</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Cwmni</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="119"/>
        <source>Who could be around, or check on me</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pwy allai fod o gwmpas, neu gadw llygad arna i</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="120"/>
        <source>Who checks on me</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Pwy sy'n cadw llygad arna i</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="123"/>
        <source>Never the person harming her.</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Byth y person sy'n ei niweidio hi.</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="127"/>
        <source>How we'll check in</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Sut byddwn ni'n cysylltu â'n gilydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="132"/>
        <source>Mixing</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Cymysgu</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="137"/>
        <source>What I sometimes mix</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Beth rydw i'n ei gymysgu weithiau</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="138"/>
        <source>What I mix</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Beth rydw i'n ei gymysgu</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="144"/>
        <source>My plan to mix less</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy nghynllun i gymysgu llai</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="150"/>
        <source>What's going round</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Beth sydd o gwmpas</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="151"/>
        <source>Alerts</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Rhybuddion</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="155"/>
        <source>I get local alerts about dangerous batches</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Rydw i'n cael rhybuddion lleol am sypiau peryglus o gyffuriau</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="156"/>
        <source>I get the alerts</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Rydw i'n cael y rhybuddion</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="161"/>
        <source>A drug-checking service near me</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Gwasanaeth profi cyffuriau yn agos ata i</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="162"/>
        <source>Checking service</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Gwasanaeth profi</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="168"/>
        <source>Treatment and prescriptions</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Triniaeth a phresgripsiynau</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="169"/>
        <location filename="../safety_plans/leaving-custody.toml" line="137"/>
        <source>Appointments</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Apwyntiadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="173"/>
        <source>My prescriber and pharmacy</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy rhagnodwr a'm fferyllfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="174"/>
        <source>Pharmacy</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fferyllfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="180"/>
        <source>My next pick-up</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy nghasgliad nesaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="185"/>
        <source>What to do if I miss a dose</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Beth i'w wneud os bydda i'n colli dos</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="186"/>
        <source>If I miss one</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Os bydda i'n colli un</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="191"/>
        <source>Blood tests, vaccinations and wound care</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Profion gwaed, brechiadau a gofal clwyfau</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="192"/>
        <source>Health checks</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Archwiliadau iechyd</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="198"/>
        <source>If someone overdoses</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Os bydd rhywun yn cymryd gorddos</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="199"/>
        <source>If someone is very unwell</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Os bydd rhywun yn sâl iawn</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="200"/>
        <source>Call an ambulance straight away and say the person isn't breathing properly. Give naloxone if you have it. Put them on their side in the recovery position. Stay with them until help comes: naloxone can wear off before the drugs do.</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Ffoniwch am ambiwlans ar unwaith a dweud nad yw'r person yn anadlu'n iawn. Rhowch naloxone iddyn nhw os oes gennych chi beth. Rhowch nhw ar eu hochr yn yr ystum adfer. Arhoswch gyda nhw nes daw help: gall effaith naloxone ddod i ben cyn effaith y cyffuriau.</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="201"/>
        <source>Call an ambulance straight away. Put them on their side. Stay with them until help comes.</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Ffoniwch am ambiwlans ar unwaith. Rhowch nhw ar eu hochr. Arhoswch gyda nhw nes daw help.</translation>
    </message>
    <message>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="205"/>
        <source>My own steps, in my words</source>
        <extracomment>From resources/safety_plans/drugs-and-alcohol.toml</extracomment>
        <translation type="unfinished">Fy nghamau fy hun, yn fy ngeiriau i</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="1"/>
        <source>My leaving custody plan</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy nghynllun ar gyfer gadael y ddalfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="9"/>
        <source>My first week</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy wythnos gyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="10"/>
        <source>ID</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Prawf adnabod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="10"/>
        <source>Planning the first days after release with her: the day itself, somewhere to sleep, probation, health, money and ID, family, and safety. 'Make the checklist' fills in the first 72 hours from the answers; change it together afterwards.</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cynllunio'r dyddiau cyntaf ar ôl rhyddhau gyda hi: y diwrnod ei hun, rhywle i gysgu, y gwasanaeth prawf, iechyd, arian a phrawf adnabod, teulu, a diogelwch. Mae 'Llunio'r rhestr wirio' yn llenwi'r 72 awr gyntaf o'r atebion; newidiwch hi gyda'ch gilydd wedyn.</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="15"/>
        <source>My release date changes</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae fy nyddiad rhyddhau yn newid</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="19"/>
        <source>Where I'm staying</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ble rydw i'n aros</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="19"/>
        <source>Where I'm staying changes or falls through</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae'r lle rydw i'n aros yn newid neu'n dod i ddim</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="23"/>
        <source>My licence conditions</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Amodau fy nhrwydded</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="23"/>
        <source>My licence conditions change</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae amodau fy nhrwydded yn newid</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="27"/>
        <source>A week after I'm out</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wythnos ar ôl i mi ddod allan</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="31"/>
        <source>Release day</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Diwrnod rhyddhau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="32"/>
        <source>The day</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y diwrnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="36"/>
        <source>Release date</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dyddiad rhyddhau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="42"/>
        <source>Time</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Amser</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="47"/>
        <source>Where I'm coming out from</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">O ble rydw i'n dod allan</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="48"/>
        <source>Leaving from</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gadael o</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="54"/>
        <source>Type of release</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Math o ryddhau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="58"/>
        <source>Standard release</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Rhyddhau arferol</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="59"/>
        <source>Home detention curfew (tag)</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cyrffyw cadw yn y cartref (tag)</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="60"/>
        <source>Released on licence</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Rhyddhau ar drwydded</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="61"/>
        <source>Released from court</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Rhyddhau o'r llys</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="66"/>
        <source>Who is meeting me</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy sy'n cwrdd â mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="71"/>
        <source>How I'm getting from the gate</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Sut bydda i'n teithio o'r giât</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="77"/>
        <source>Things to have with me</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pethau i fynd gyda mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="77"/>
        <source>Things to have with me on the day</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pethau i fynd gyda mi ar y diwrnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="81"/>
        <source>Phone and SIM</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ffôn a cherdyn SIM</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="82"/>
        <source>Charger</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gwefrydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="83"/>
        <source>Clothes for the day</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dillad ar gyfer y diwrnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="84"/>
        <source>My belongings</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy eiddo</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="85"/>
        <source>Discharge grant</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Grant rhyddhau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="90"/>
        <source>Where I'll sleep the first night</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ble bydda i'n cysgu'r noson gyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="95"/>
        <source>Type of place</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Math o le</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="98"/>
        <source>My own home</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy nghartref fy hun</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="99"/>
        <source>With family or friends</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gyda theulu neu ffrindiau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="100"/>
        <source>Refuge</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Lloches</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="100"/>
        <source>Supported housing</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Tai â chymorth</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="101"/>
        <source>Council temporary housing</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Llety dros dro gan y cyngor</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="102"/>
        <source>Approved premises</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Safle cymeradwy</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="103"/>
        <source>Somewhere else</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Rhywle arall</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="104"/>
        <source>Not sorted yet</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="109"/>
        <source>The address</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y cyfeiriad</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="115"/>
        <source>Confirmed</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wedi'i gadarnhau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="120"/>
        <source>Confirmed by, and when</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy gadarnhaodd, a phryd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="125"/>
        <source>My back-up plan</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy nghynllun wrth gefn</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="130"/>
        <source>This address is safe from anyone who has harmed me</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae'r cyfeiriad hwn yn ddiogel rhag unrhyw un sydd wedi fy niweidio</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="141"/>
        <source>My probation officer</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy swyddog prawf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="142"/>
        <source>My appointments contact</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy nghyswllt ar gyfer apwyntiadau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="148"/>
        <source>First appointment date</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dyddiad yr apwyntiad cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="153"/>
        <source>First appointment time and place</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Amser a lle'r apwyntiad cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="161"/>
        <source>Check them against her domestic abuse plan: exclusion zones and no-contact conditions can clash with where she plans to go.</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gwiriwch nhw yn erbyn ei chynllun cam-drin domestig: gall parthau gwahardd ac amodau dim cyswllt wrthdaro â'r llefydd mae hi'n bwriadu mynd iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="165"/>
        <source>Referrals probation has made for me</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Atgyfeiriadau mae'r gwasanaeth prawf wedi'u gwneud ar fy rhan</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="171"/>
        <source>Health</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Iechyd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="176"/>
        <source>Me</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="176"/>
        <source>Medication or a prescription to take with me</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Meddyginiaeth neu bresgripsiwn i fynd gyda mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="181"/>
        <source>A bridging prescription is arranged</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae presgripsiwn pontio wedi'i drefnu</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="186"/>
        <source>My pharmacy</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy fferyllfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="192"/>
        <source>First pick-up</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Casgliad cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="197"/>
        <source>Registered with a GP</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wedi cofrestru gyda meddyg teulu</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="202"/>
        <source>My GP practice</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy meddygfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="208"/>
        <source>Mental health follow-up</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dilyniant iechyd meddwl</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="214"/>
        <source>Referred to the care-after-custody health service</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wedi fy atgyfeirio at y gwasanaeth iechyd gofal ar ôl y ddalfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="215"/>
        <source>Health support referral</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Atgyfeiriad cymorth iechyd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="220"/>
        <source>Naloxone kit given</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pecyn naloxone wedi'i roi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="221"/>
        <source>Kit given</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pecyn wedi'i roi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="226"/>
        <source>Contraception, sexual health, pregnancy or postnatal care</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Atal cenhedlu, iechyd rhywiol, beichiogrwydd neu ofal ôl-enedigol</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="232"/>
        <source>Money and ID</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Arian a phrawf adnabod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="240"/>
        <source>Birth certificate</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Tystysgrif geni</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="241"/>
        <source>Provisional driving licence</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Trwydded yrru dros dro</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="242"/>
        <source>Passport</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pasbort</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="243"/>
        <source>Other ID</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Prawf adnabod arall</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="248"/>
        <source>I know my National Insurance number</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Rydw i'n gwybod fy rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="253"/>
        <source>A bank account is ready</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae cyfrif banc yn barod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="258"/>
        <source>Universal Credit claim prepared</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cais am Gredyd Cynhwysol wedi'i baratoi</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="263"/>
        <source>Jobcentre appointment</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Apwyntiad yn y Ganolfan Byd Gwaith</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="268"/>
        <source>Advance payment asked for</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wedi gofyn am daliad ymlaen llaw</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="273"/>
        <source>Debts or rent arrears to sort</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dyledion neu ôl-ddyledion rhent i'w datrys</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="279"/>
        <source>Family</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Teulu</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="283"/>
        <source>Arrangements to see my children</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Trefniadau i weld fy mhlant</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="289"/>
        <source>Children's social care involvement</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cyswllt â gwasanaethau cymdeithasol plant</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="295"/>
        <source>Family court date</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dyddiad y llys teulu</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="301"/>
        <source>Who I'll see first</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pwy wela i gyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="306"/>
        <source>Staying safe</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cadw'n ddiogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="307"/>
        <source>Looking after myself</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gofalu amdanaf fy hun</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="311"/>
        <source>The person who harmed me is in the community</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mae'r person a wnaeth fy niweidio allan yn y gymuned</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="317"/>
        <source>Their bail or licence conditions</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Eu hamodau mechnïaeth neu drwydded</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="323"/>
        <source>Worries about pressure or debts from people I know</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pryderon am bwysau neu ddyledion gan bobl rydw i'n eu hadnabod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="329"/>
        <source>My other plans for the first days</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy nghynlluniau eraill ar gyfer y dyddiau cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="330"/>
        <source>My other lists</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy rhestrau eraill</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="332"/>
        <source>Link her drugs and alcohol plan, or her plan for very hard times, for the first days out.</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cysylltwch ei chynllun cyffuriau ac alcohol, neu ei chynllun ar gyfer adegau anodd iawn, ar gyfer y dyddiau cyntaf ar ôl dod allan.</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="335"/>
        <location filename="../safety_plans/very-hard-times.toml" line="1"/>
        <source>Staying safe when things are very hard</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cadw'n ddiogel pan fydd pethau'n anodd iawn</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="335"/>
        <location filename="../safety_plans/very-hard-times.toml" line="10"/>
        <source>Things that help</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pethau sy'n helpu</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="336"/>
        <source>Both</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y ddau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="336"/>
        <source>Both lists</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y ddwy restr</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="337"/>
        <source>None needed</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dim angen</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="342"/>
        <source>My first 72 hours</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy 72 awr gyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="343"/>
        <source>First three days</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y tri diwrnod cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="347"/>
        <source>What needs doing</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="349"/>
        <source>Use 'Make the checklist' to fill this in from the answers above, then change it together.</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Defnyddiwch 'Llunio'r rhestr wirio' i lenwi hwn o'r atebion uchod, yna newidiwch ef gyda'ch gilydd.</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="368"/>
        <source>Done</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Wedi'i wneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="373"/>
        <source>My hopes</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fy ngobeithion</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="374"/>
        <source>Looking forward</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Edrych ymlaen</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="378"/>
        <source>What I'd like my first week to look like</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Sut hoffwn i i'm hwythnos gyntaf fod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="387"/>
        <source>Meet {who_meets_me} at the gate</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cwrdd â {who_meets_me} wrth y giât</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="394"/>
        <source>Get to where I'm sleeping tonight</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mynd i'r lle rydw i'n cysgu heno</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="396"/>
        <source>Day 1</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Diwrnod 1</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="400"/>
        <source>Confirm where I'm sleeping tonight</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cadarnhau ble rydw i'n cysgu heno</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="401"/>
        <source>Worker</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gweithiwr</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="402"/>
        <source>Before release</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cyn rhyddhau</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="407"/>
        <source>Go to the council's housing team for somewhere to stay</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mynd at dîm tai'r cyngor i gael rhywle i aros</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="408"/>
        <source>Me and worker</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fi a'r gweithiwr</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="414"/>
        <source>Charge my phone and save my worker's number</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gwefru fy ffôn a chadw rhif fy ngweithiwr</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="420"/>
        <source>Go to my first probation appointment on {first_appointment_date}: {first_appointment_place}</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mynd i'm hapwyntiad prawf cyntaf ar {first_appointment_date}: {first_appointment_place}</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="422"/>
        <source>As booked</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Ar yr amser a drefnwyd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="427"/>
        <source>Find out when my first probation appointment is</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cael gwybod pryd mae fy apwyntiad prawf cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="434"/>
        <source>Pick up my medication from {pharmacy} on {first_pick_up}</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Casglu fy meddyginiaeth o {pharmacy} ar {first_pick_up}</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="436"/>
        <source>As arranged</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Fel y trefnwyd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="441"/>
        <source>Sort out my medication with a GP or pharmacy</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Trefnu fy meddyginiaeth gyda meddyg teulu neu fferyllfa</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="448"/>
        <source>Register with a GP</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cofrestru gyda meddyg teulu</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="450"/>
        <source>Within 3 days</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">O fewn 3 diwrnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="455"/>
        <source>Get a naloxone kit</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cael pecyn naloxone</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="462"/>
        <source>If I use, start low and go slow: my tolerance will be lower</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Os bydda i'n defnyddio, dechrau'n isel a mynd yn araf: bydd fy ngoddefiant yn is</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="464"/>
        <source>Every day</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Bob dydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="468"/>
        <source>Make my Universal Credit claim</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Gwneud fy nghais am Gredyd Cynhwysol</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="475"/>
        <source>Go to my jobcentre appointment on {jobcentre_appointment}</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Mynd i'm hapwyntiad yn y Ganolfan Byd Gwaith ar {jobcentre_appointment}</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="482"/>
        <source>Open a bank account (take my ID)</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Agor cyfrif banc (mynd â'm prawf adnabod)</translation>
    </message>
    <message>
        <location filename="../safety_plans/leaving-custody.toml" line="489"/>
        <source>Check in with my keyworker</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Cysylltu â'm gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="1"/>
        <source>Tech and stalking safety</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Diogelwch technoleg a stelcio</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="2"/>
        <source>Changing settings can alert the other person. Save evidence first, and agree the timing.</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Gall newid gosodiadau roi gwybod i'r person arall. Cadwch dystiolaeth yn gyntaf, a chytunwch ar yr amseru.</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="9"/>
        <source>Phone settings</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Gosodiadau ffôn</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="10"/>
        <source>For when someone is following, watching, contacting or tracking her, in person or online. List what has been happening, go through devices and accounts together, and agree what to change and when. Save evidence before deleting anything, and plan the timing of changes, because they can alert the other person.</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Ar gyfer pan fydd rhywun yn ei dilyn, yn ei gwylio, yn cysylltu â hi neu'n ei thracio, wyneb yn wyneb neu ar-lein. Rhestrwch beth sydd wedi bod yn digwydd, ewch drwy ddyfeisiau a chyfrifon gyda'ch gilydd, a chytunwch beth i'w newid a phryd. Cadwch dystiolaeth cyn dileu unrhyw beth, a chynlluniwch amseru'r newidiadau, oherwydd gallan nhw roi gwybod i'r person arall.</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="15"/>
        <source>A new device, account or app</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dyfais, cyfrif neu ap newydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="19"/>
        <source>They find a new way to get in touch</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Maen nhw'n dod o hyd i ffordd newydd o gysylltu</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="23"/>
        <source>Moving home or changing my routine</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Symud tŷ neu newid fy nhrefn</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="27"/>
        <source>A court date or a change to orders</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dyddiad llys neu newid i orchmynion</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="31"/>
        <source>What's been happening</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi bod yn digwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="36"/>
        <source>What has been happening</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Beth sydd wedi bod yn digwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="45"/>
        <source>Following me</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Fy nilyn i</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="46"/>
        <source>Waiting around places I go</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Aros o gwmpas llefydd rydw i'n mynd iddyn nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="47"/>
        <source>Trying to contact me</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Ceisio cysylltu â mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="48"/>
        <source>Getting at me through other people</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Fy mhoeni drwy bobl eraill</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="49"/>
        <source>Posting about me online</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Postio amdana i ar-lein</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="50"/>
        <source>Tracking my phone, car or location</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Tracio fy ffôn, fy nghar neu fy lleoliad</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="51"/>
        <source>Threatening to share private images</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Bygwth rhannu lluniau preifat</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="57"/>
        <source>First time</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Y tro cyntaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="62"/>
        <source>Most recent</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Y tro diwethaf</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="67"/>
        <source>How often</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Pa mor aml</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="72"/>
        <source>Written in my log</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Wedi'i ysgrifennu yn fy nghofnod</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="77"/>
        <source>Devices and accounts</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dyfeisiau a chyfrifon</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="80"/>
        <source>Save things first, and plan when to change settings.</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cadwch bethau yn gyntaf, a chynlluniwch pryd i newid gosodiadau.</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="84"/>
        <source>My devices and accounts</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Fy nyfeisiau a'm cyfrifon</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="89"/>
        <source>Device or account</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dyfais neu gyfrif</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="93"/>
        <source>Laptop or computer</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Gliniadur neu gyfrifiadur</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="94"/>
        <source>Tablet</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Llechen</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="95"/>
        <source>Smartwatch or fitness tracker</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Oriawr glyfar neu draciwr ffitrwydd</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="96"/>
        <source>Car</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Car</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="97"/>
        <source>Smart speaker or doorbell</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Seinydd clyfar neu gloch drws clyfar</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="98"/>
        <source>The children's devices</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dyfeisiau'r plant</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="99"/>
        <source>Cloud storage and photos</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Storfa cwmwl a lluniau</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="101"/>
        <source>Social media</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="102"/>
        <source>Banking apps</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Apiau bancio</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="103"/>
        <source>Shared family or phone plan</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cynllun teulu neu gynllun ffôn a rennir</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="109"/>
        <source>The other person knows the password or has had access</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Mae'r person arall yn gwybod y cyfrinair neu wedi cael mynediad</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="110"/>
        <source>Password shared before</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cyfrinair wedi'i rannu o'r blaen</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="116"/>
        <source>Location sharing on</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Rhannu lleoliad ymlaen</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="121"/>
        <source>What we agreed</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Beth gytunon ni</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="124"/>
        <source>Secure it now</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Diogelu nawr</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="125"/>
        <source>Secure it later</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Diogelu nes ymlaen</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="125"/>
        <source>Secure it later, after leaving</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Diogelu nes ymlaen, ar ôl gadael</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="126"/>
        <source>Leave it as it is for now, for safety</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Gadael fel y mae am y tro, er diogelwch</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="126"/>
        <source>Leave it for now</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Gadael am y tro</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="131"/>
        <location filename="../safety_plans/very-hard-times.toml" line="140"/>
        <source>Done on</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Wedi'i wneud ar</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="136"/>
        <source>A safer device</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dyfais fwy diogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="137"/>
        <source>Spare phone</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Ffôn sbâr</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="141"/>
        <source>I have a safer device</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Mae gen i ddyfais fwy diogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="142"/>
        <source>I have a spare</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Mae gen i un sbâr</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="147"/>
        <source>Which device, and where it's kept</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Pa ddyfais, a ble mae'n cael ei chadw</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="153"/>
        <source>Saving evidence</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cadw tystiolaeth</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="154"/>
        <source>Saved things</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Pethau wedi'u cadw</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="158"/>
        <source>How I'm keeping evidence (screenshots, call logs, a diary)</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Sut rydw i'n cadw tystiolaeth (sgrinluniau, cofnodion galwadau, dyddiadur)</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="164"/>
        <source>Where the copies are kept, away from the other person</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Ble mae'r copïau'n cael eu cadw, draw oddi wrth y person arall</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="170"/>
        <source>Reporting and getting help</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Rhoi gwybod a chael help</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="175"/>
        <source>Services helping with this</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Gwasanaethau sy'n helpu gyda hyn</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="182"/>
        <source>Police reference</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="200"/>
        <source>Stalking screening: who did it, and when</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Sgrinio stelcio: pwy wnaeth hynny, a phryd</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="203"/>
        <source>Record that a recognised screening was done, by whom and when. Don't copy its questions here.</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Cofnodwch fod sgrinio cydnabyddedig wedi'i wneud, gan bwy a phryd. Peidiwch â chopïo ei gwestiynau yma.</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="207"/>
        <source>About the other person</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Am y person arall</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="212"/>
        <source>Their name, and how they get in touch</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Eu henw, a sut maen nhw'n cysylltu</translation>
    </message>
    <message>
        <location filename="../safety_plans/tech-and-stalking.toml" line="218"/>
        <source>Their car, if known</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Eu car, os yw'n hysbys</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="11"/>
        <source>A plan she writes for times when she has thoughts of suicide or self-harm. It moves from what she can do on her own, to people, to services, and to making things around her safer. Use her words. There is no score of any kind: it is about what helps.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Cynllun y mae hi'n ei ysgrifennu ar gyfer adegau pan fydd ganddi feddyliau am hunanladdiad neu hunan-niweidio. Mae'n symud o'r hyn y gall hi ei wneud ar ei phen ei hun, at bobl, at wasanaethau, ac at wneud pethau o'i chwmpas yn fwy diogel. Defnyddiwch ei geiriau hi. Does dim sgôr o unrhyw fath: mae'n ymwneud â'r hyn sy'n helpu.</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="12"/>
        <source>The order of the sections draws on published research into safety planning (Stanley and Brown, 2012), which found that plans moving from self-help to people to services help people stay safe. The headings and wording here are our own.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Mae trefn yr adrannau'n tynnu ar ymchwil a gyhoeddwyd am gynllunio diogelwch (Stanley a Brown, 2012), a ganfu fod cynlluniau sy'n symud o hunangymorth at bobl at wasanaethau yn helpu pobl i gadw'n ddiogel. Ein geiriau ein hunain yw'r penawdau a'r geiriad yma.</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="17"/>
        <source>After any self-harm or crisis</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ar ôl unrhyw hunan-niweidio neu argyfwng</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="21"/>
        <source>After a big change or loss</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ar ôl newid mawr neu golled</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="25"/>
        <source>If my worker or service changes</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Os bydd fy ngweithiwr neu fy ngwasanaeth yn newid</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="29"/>
        <source>Before a difficult date or anniversary</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Cyn dyddiad neu ben-blwydd anodd</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="33"/>
        <source>Signs a hard time is building</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Arwyddion bod cyfnod anodd yn dechrau</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="38"/>
        <source>What I notice in my thoughts, feelings or body</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth rydw i'n sylwi arno yn fy meddyliau, fy nheimladau neu fy nghorff</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="44"/>
        <source>Situations that can make things harder</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Sefyllfaoedd a all wneud pethau'n anoddach</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="45"/>
        <source>Tricky times</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Adegau anodd</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="50"/>
        <source>Things I can do</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pethau y galla i eu gwneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="50"/>
        <source>Things I can do on my own</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pethau y galla i eu gwneud ar fy mhen fy hun</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="50"/>
        <source>Things I can do on my own that help a bit</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pethau y galla i eu gwneud ar fy mhen fy hun sy'n helpu ychydig</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="61"/>
        <source>What might get in the way, and how I'd get round it</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth allai fynd yn y ffordd, a sut gallwn i fynd o'i gwmpas</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="62"/>
        <source>If that's hard</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Os yw hynny'n anodd</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="67"/>
        <source>People and places that help me feel less alone</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pobl a llefydd sy'n fy helpu i deimlo'n llai unig</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="68"/>
        <source>Good company</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Cwmni da</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="69"/>
        <source>These are for company, not for talking about how I feel.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Mae'r rhain ar gyfer cwmni, nid ar gyfer siarad am sut rydw i'n teimlo.</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="73"/>
        <source>People who are good company</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pobl sy'n gwmni da</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="80"/>
        <source>Places where I feel a bit better</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Llefydd lle rydw i'n teimlo ychydig yn well</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="86"/>
        <source>People I can tell</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pobl y galla i ddweud wrthyn nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="86"/>
        <source>People I can tell I'm struggling</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pobl y galla i ddweud wrthyn nhw fy mod i'n ei chael hi'n anodd</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="87"/>
        <source>People to talk to</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pobl i siarad â nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="95"/>
        <source>Check that no one here is someone who harms her, and that each person has agreed to be on her plan.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Gwiriwch nad oes neb yma sy'n ei niweidio hi, a bod pob person wedi cytuno i fod ar ei chynllun.</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="99"/>
        <source>Services I can contact</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Gwasanaethau y galla i gysylltu â nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="100"/>
        <source>Numbers</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Rhifau</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="104"/>
        <source>Services I can contact, day or night</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Gwasanaethau y galla i gysylltu â nhw, ddydd neu nos</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="108"/>
        <source>Add from the directory, including out-of-hours options.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ychwanegwch o'r cyfeiriadur, gan gynnwys opsiynau y tu allan i oriau.</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="112"/>
        <source>When my worker is around, and who covers when they're not</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pryd mae fy ngweithiwr ar gael, a phwy sy'n cyflenwi pan nad ydyn nhw ar gael</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="113"/>
        <source>Worker hours</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Oriau'r gweithiwr</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="118"/>
        <source>Making things safer around me</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Gwneud pethau o'm cwmpas yn fwy diogel</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="119"/>
        <source>Sorting things at home</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Trefnu pethau gartref</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="123"/>
        <source>Steps I've agreed</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Camau rydw i wedi cytuno arnyn nhw</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="126"/>
        <source>The steps she chooses to make things around her safer, such as a pharmacist holding medication. Record who is helping and when each was done.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Y camau y mae hi'n eu dewis i wneud pethau o'i chwmpas yn fwy diogel, fel fferyllydd yn cadw ei meddyginiaeth. Cofnodwch pwy sy'n helpu a phryd y gwnaed pob un.</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="130"/>
        <source>What I've agreed to do</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth rydw i wedi cytuno i'w wneud</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="135"/>
        <source>Who is helping</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pwy sy'n helpu</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="145"/>
        <source>What matters</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth sy'n bwysig</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="145"/>
        <source>What matters to me</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth sy'n bwysig i mi</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="150"/>
        <source>What matters to me and keeps me going</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth sy'n bwysig i mi ac yn fy nghadw i fynd</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="161"/>
        <source>How likely I am to use this plan, from 0 to 10</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pa mor debygol ydw i o ddefnyddio'r cynllun hwn, o 0 i 10</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="162"/>
        <source>How likely I am to use this, from 0 to 10</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pa mor debygol ydw i o ddefnyddio hwn, o 0 i 10</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="167"/>
        <source>What would make that more likely</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Beth fyddai'n gwneud hynny'n fwy tebygol</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="172"/>
        <source>Where I keep this</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ble rydw i'n cadw hwn</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="176"/>
        <source>On my phone</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ar fy ffôn</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="177"/>
        <source>In my purse or wallet</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Yn fy mhwrs neu fy waled</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="178"/>
        <source>A photo of it</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Llun ohono</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="179"/>
        <source>On paper at home</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ar bapur gartref</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="180"/>
        <source>In my head</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Yn fy mhen</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="185"/>
        <source>Who I've shared this plan with</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Gyda phwy rydw i wedi rhannu'r cynllun hwn</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="186"/>
        <source>Who has a copy</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Pwy sydd â chopi</translation>
    </message>
    <message>
        <location filename="../safety_plans/very-hard-times.toml" line="189"/>
        <source>Sharing her plan with someone is her choice: record it as a consent item too.</source>
        <extracomment>From resources/safety_plans/very-hard-times.toml</extracomment>
        <translation type="unfinished">Ei dewis hi yw rhannu ei chynllun â rhywun: cofnodwch hyn fel eitem caniatâd hefyd.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="30"/>
        <location filename="../../ui/attachments_list.py" line="75"/>
        <source>Add a file to her record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="31"/>
        <source>Not for referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="32"/>
        <source>The file is sealed inside the vault (up to {megabytes} MB). The original stays where it is now, so please delete it from there afterwards if it shouldn't stay on this computer or drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="65"/>
        <source>Evidence: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="69"/>
        <source>Session note of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="74"/>
        <source>What she agreed, from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="81"/>
        <source>Choose a file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="93"/>
        <source>&amp;Add the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="96"/>
        <source>The file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="98"/>
        <source>Keep it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="102"/>
        <source>Note, in her words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="104"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="105"/>
        <source>&amp;Keep it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="107"/>
        <source>What it is about, for referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="109"/>
        <source>A referral pack includes the file only when what she agreed covers this kind of information for that organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="117"/>
        <source>&amp;Note, in her words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="118"/>
        <source>What it is &amp;about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_add.py" line="122"/>
        <source>The note can be up to {count} characters. Please shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="37"/>
        <source>&amp;Documents and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="38"/>
        <source>No documents or evidence kept yet. Add a file, or drop one here: it is sealed in the vault like the rest of her record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="42"/>
        <source>The copy you save will NOT be protected: anyone who can open that folder or drive can read it. Please save it only somewhere safe, such as an encrypted USB stick for her solicitor, and delete it when it is no longer needed. Saving a copy is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="48"/>
        <source>Delete this file from her record? The file itself can't be brought back afterwards; a note that it was kept, with its SHA-256, stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="52"/>
        <source>A copy has been saved. Its SHA-256 matches the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="53"/>
        <source>The file is sealed in her record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="54"/>
        <source>The file has been deleted from her record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="59"/>
        <source>Save a copy of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="66"/>
        <source>Documents and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="74"/>
        <source>Her documents and evidence, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="75"/>
        <source>&amp;Add a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="76"/>
        <location filename="../../ui/palette.py" line="31"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Gwedd</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="76"/>
        <source>View the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="77"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="77"/>
        <source>Save a copy of the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="78"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="78"/>
        <source>Delete the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="182"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="182"/>
        <source>Keep it in the app only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="196"/>
        <source>Delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_list.py" line="196"/>
        <location filename="../../ui/directory_editor.py" line="297"/>
        <location filename="../../ui/guidance_settings.py" line="377"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="30"/>
        <source>This file couldn't be shown here: it may be damaged, protected with a password, or in a form the viewer doesn't know. It can still be saved to a place you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="46"/>
        <source>Viewer: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="51"/>
        <source>{file}: the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="55"/>
        <source>The file, scroll to see all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="56"/>
        <source>Viewer: message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="58"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="59"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="59"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="60"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="60"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="61"/>
        <location filename="../../ui/dashboard_view.py" line="134"/>
        <location filename="../../ui/funder_report_dialog.py" line="127"/>
        <location filename="../../ui/guide_window.py" line="108"/>
        <location filename="../../ui/import_wizard.py" line="191"/>
        <location filename="../../ui/import_wizard.py" line="289"/>
        <location filename="../../ui/journey_chart.py" line="92"/>
        <location filename="../../ui/retention_view.py" line="187"/>
        <location filename="../../ui/retention_view.py" line="270"/>
        <location filename="../../ui/subject_access_view.py" line="71"/>
        <source>&amp;Close</source>
        <comment>window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="61"/>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="67"/>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="116"/>
        <location filename="../../ui/pdf.py" line="220"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="156"/>
        <source>Added by {name} on {date}, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="163"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_viewer.py" line="164"/>
        <source>SHA-256 of the original: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="54"/>
        <source>Taking a steady copy of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="55"/>
        <source>Encrypting the backup and saving it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="56"/>
        <source>Opening every part of the backup and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="57"/>
        <source>Checking every record, the audit log and the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="58"/>
        <source>Keeping a sealed copy of the vault here, then putting the backup in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="60"/>
        <source>Making a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="61"/>
        <source>Backing up to the centre's backup folder before closing. This usually takes a few seconds; the app closes by itself when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="65"/>
        <source>You can quit anyway: everything is saved in the vault on this laptop, and the next backup can be made tomorrow. Or stay open, check the folder, and close again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="73"/>
        <source>The backup is saved as {path} ({megabytes} MB). It can be restored with the recovery key, or by a manager of this vault. Please keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="84"/>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="86"/>
        <source>womenscentre backups (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="113"/>
        <source>{title}: what is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="114"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="114"/>
        <source>{title}: step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="116"/>
        <source>{title}: progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="127"/>
        <source>Working on it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="143"/>
        <location filename="../../ui/backup_view.py" line="147"/>
        <source>Backup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="149"/>
        <source>Back up &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="149"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="224"/>
        <source>Making one encrypted backup file of the whole vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="287"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="287"/>
        <source>Stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_view.py" line="319"/>
        <source>Restoring the backup. Please leave the app open until it's done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="17"/>
        <source>This record isn't on your caseload. That's fine when there's a good reason, such as covering for a colleague or responding to a call. Please say briefly why you need it. Your reason is kept in the centre's audit log with your name, so the centre can see why it was opened.</source>
        <translation type="unfinished">Nid yw'r cofnod hwn ar eich llwyth achosion. Mae hynny'n iawn pan fo rheswm da, fel cyflenwi dros gydweithiwr neu ymateb i alwad. Dywedwch yn fyr pam mae ei angen arnoch chi. Mae eich rheswm yn cael ei gadw yng nghofnod archwilio'r ganolfan gyda'ch enw, fel bod y ganolfan yn gallu gweld pam cafodd ei agor.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="23"/>
        <source>Closing her case keeps everything as it is; her record stays, and a new case can be opened whenever she comes back. Please write a short summary of her time with us.</source>
        <translation type="unfinished">Mae cau ei hachos yn cadw popeth fel y mae; mae ei chofnod yn aros, a gellir agor achos newydd pryd bynnag y daw hi'n ôl. Ysgrifennwch grynodeb byr o'i hamser gyda ni.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="28"/>
        <source>If she'd like to, the wellbeing questions as support ends can be asked first (Her outcomes, Ctrl+Shift+O): they help her see how far she has come. It's her choice.</source>
        <translation type="unfinished">Os hoffai hi, gellir gofyn y cwestiynau llesiant ar ddiwedd y cymorth yn gyntaf (Ei deilliannau, Ctrl+Shift+O): maen nhw'n ei helpu i weld pa mor bell mae hi wedi dod. Ei dewis hi yw e.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="32"/>
        <source>Open a new case when she comes back to us, so her new sessions have a home.</source>
        <translation type="unfinished">Agorwch achos newydd pan ddaw hi'n ôl atom ni, fel bod gan ei sesiynau newydd gartref.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="33"/>
        <source>To open a record that isn't on your caseload, type its reference: eight letters and numbers, shown at the top of her record. A colleague or manager can tell you it.</source>
        <translation type="unfinished">I agor cofnod nad yw ar eich llwyth achosion, teipiwch ei gyfeirnod: wyth llythyren a rhif, sydd i'w weld ar frig ei chofnod. Gall cydweithiwr neu reolwr ei ddweud wrthych chi.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="53"/>
        <source>Opening a record not on your caseload</source>
        <translation type="unfinished">Agor cofnod nad yw ar eich llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="55"/>
        <source>&amp;Open her record</source>
        <translation type="unfinished">&amp;Agor ei chofnod</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="57"/>
        <source>Why you need this record</source>
        <translation type="unfinished">Pam mae angen y cofnod hwn arnoch chi</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="58"/>
        <source>&amp;Why you need it</source>
        <translation type="unfinished">&amp;Pam mae ei angen arnoch chi</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="63"/>
        <source>Please say a little more about why you need it, so the centre understands later (a sentence is plenty).</source>
        <translation type="unfinished">Dywedwch ychydig mwy am pam mae ei angen arnoch chi, fel bod y ganolfan yn deall yn nes ymlaen (mae brawddeg yn ddigon).</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="77"/>
        <source>&amp;Close the case</source>
        <translation type="unfinished">Cau'r ac&amp;hos</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="77"/>
        <source>Close her case</source>
        <translation type="unfinished">Cau ei hachos</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="80"/>
        <location filename="../prompts/review-closing.toml" line="118"/>
        <source>Closing summary</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Crynodeb cau</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="81"/>
        <source>&amp;Summary</source>
        <translation type="unfinished">&amp;Crynodeb</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="86"/>
        <source>Please write a line or two about her time with us before closing.</source>
        <translation type="unfinished">Ysgrifennwch linell neu ddwy am ei hamser gyda ni cyn cau.</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="102"/>
        <source>&amp;Open it</source>
        <translation type="unfinished">&amp;Ei agor</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="102"/>
        <source>Open a new case</source>
        <translation type="unfinished">Agor achos newydd</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="104"/>
        <source>How she came back to us</source>
        <translation type="unfinished">Sut daeth hi'n ôl atom ni</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="105"/>
        <location filename="../../ui/person_dialog.py" line="206"/>
        <source>for example self-referral, GP, housing</source>
        <translation type="unfinished">er enghraifft hunangyfeirio, meddyg teulu, tai</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107"/>
        <location filename="../../ui/person_dialog.py" line="204"/>
        <source>Her keyworker</source>
        <translation type="unfinished">Ei gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="111"/>
        <source>How she &amp;came back to us</source>
        <translation type="unfinished">Sut &amp;daeth hi'n ôl atom ni</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="113"/>
        <location filename="../../ui/person_dialog.py" line="213"/>
        <source>Her &amp;keyworker</source>
        <translation type="unfinished">Ei g&amp;weithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="127"/>
        <source>Open another record</source>
        <translation type="unfinished">Agor cofnod arall</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="129"/>
        <source>&amp;Find it</source>
        <translation type="unfinished">&amp;Dod o hyd iddo</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="132"/>
        <source>for example 3F2A9C1B</source>
        <translation type="unfinished">er enghraifft 3F2A9C1B</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="133"/>
        <source>&amp;Reference</source>
        <translation type="unfinished">&amp;Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="139"/>
        <source>Please type the record's reference.</source>
        <translation type="unfinished">Teipiwch gyfeirnod y cofnod.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="16"/>
        <source>No one is on your caseload yet. Press Ctrl+Shift+N to add someone.</source>
        <translation type="unfinished">Does neb ar eich llwyth achosion eto. Pwyswch Ctrl+Shift+N i ychwanegu rhywun.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="17"/>
        <source>No one matches that. Try fewer letters, or clear the filter.</source>
        <translation type="unfinished">Does neb yn cyfateb i hynny. Rhowch gynnig ar lai o lythrennau, neu cliriwch yr hidl.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="31"/>
        <source>Caseload</source>
        <translation type="unfinished">Llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="33"/>
        <source>Quick filter</source>
        <translation type="unfinished">Hidl cyflym</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="34"/>
        <source>Filter the caseload (Ctrl+F)</source>
        <translation type="unfinished">Hidlo'r llwyth achosion (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="36"/>
        <source>Opening the caseload</source>
        <translation type="unfinished">Yn agor y llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="38"/>
        <source>Caseload note</source>
        <translation type="unfinished">Nodyn y llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_view.py" line="55"/>
        <source>Caseload table</source>
        <translation type="unfinished">Tabl y llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="51"/>
        <source>We share with them</source>
        <translation type="unfinished">Rydyn ni'n rhannu gyda nhw</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="52"/>
        <source>They share with us</source>
        <translation type="unfinished">Maen nhw'n rhannu gyda ni</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="53"/>
        <source>Both ways</source>
        <translation type="unfinished">Y ddwy ffordd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="56"/>
        <source>She agreed</source>
        <translation type="unfinished">Cytunodd hi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="57"/>
        <source>Draft: not agreed yet</source>
        <translation type="unfinished">Drafft: heb gytuno eto</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="58"/>
        <location filename="../../ui/models/consent.py" line="30"/>
        <source>She said no</source>
        <translation type="unfinished">Dywedodd hi na</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="60"/>
        <source>Anyone</source>
        <translation type="unfinished">Unrhyw un</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="80"/>
        <location filename="../../ui/directory_editor.py" line="93"/>
        <location filename="../../ui/referral_wizard.py" line="149"/>
        <source>Kind of service</source>
        <translation type="unfinished">Math o wasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="84"/>
        <location filename="../../ui/consent_dialogs.py" line="85"/>
        <location filename="../../ui/referral_wizard.py" line="156"/>
        <source>Organisation</source>
        <translation type="unfinished">Sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="87"/>
        <location filename="../../ui/consent_dialogs.py" line="88"/>
        <location filename="../../ui/referral_wizard.py" line="158"/>
        <source>Team or role</source>
        <translation type="unfinished">Tîm neu rôl</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="89"/>
        <location filename="../../ui/consent_dialogs.py" line="129"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="89"/>
        <source>Remove this organisation</source>
        <translation type="unfinished">Tynnu'r sefydliad hwn</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="121"/>
        <location filename="../../ui/consent_dialogs.py" line="202"/>
        <source>Never share</source>
        <translation type="unfinished">Peidio byth â rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="125"/>
        <location filename="../../ui/models/consent.py" line="61"/>
        <location filename="../../ui/models/referrals.py" line="51"/>
        <source>With</source>
        <translation type="unfinished">Gyda</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="127"/>
        <location filename="../../ui/risk_form.py" line="75"/>
        <source>In her words</source>
        <translation type="unfinished">Yn ei geiriau hi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="128"/>
        <source>In her words (optional)</source>
        <translation type="unfinished">Yn ei geiriau hi (dewisol)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="129"/>
        <source>Remove this exclusion</source>
        <translation type="unfinished">Tynnu'r eithriad hwn</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="176"/>
        <source>Change what she agreed</source>
        <translation type="unfinished">Newid yr hyn y cytunodd hi iddo</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="176"/>
        <location filename="../../ui/consent_tab.py" line="98"/>
        <source>Record what she agreed</source>
        <translation type="unfinished">Cofnodi'r hyn y cytunodd hi iddo</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="178"/>
        <source>Name each organisation and team. She agrees to particular things, for particular reasons, and can change her mind at any time.</source>
        <translation type="unfinished">Enwch bob sefydliad a thîm. Mae hi'n cytuno i bethau penodol, am resymau penodol, a gall hi newid ei meddwl ar unrhyw adeg.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="183"/>
        <location filename="../../ui/directory_editor.py" line="85"/>
        <location filename="../../ui/outcomes_dialogs.py" line="143"/>
        <location filename="../../ui/outcomes_dialogs.py" line="247"/>
        <location filename="../../ui/outcomes_dialogs.py" line="305"/>
        <location filename="../../ui/sharing_settings.py" line="55"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="187"/>
        <source>What she agreed to share</source>
        <translation type="unfinished">Beth y cytunodd hi i'w rannu</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="191"/>
        <source>Add another &amp;organisation</source>
        <translation type="unfinished">Ychwanegu &amp;sefydliad arall</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="191"/>
        <source>Add another organisation</source>
        <translation type="unfinished">Ychwanegu sefydliad arall</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="193"/>
        <source>Who with</source>
        <translation type="unfinished">Gyda phwy</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="200"/>
        <source>Add an exclusion</source>
        <translation type="unfinished">Ychwanegu eithriad</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="200"/>
        <source>Add something she &amp;never wants shared</source>
        <translation type="unfinished">Ychwanegu rhywbeth nad yw hi &amp;byth eisiau iddo gael ei rannu</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="208"/>
        <source>Which way</source>
        <translation type="unfinished">Pa ffordd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="212"/>
        <location filename="../../ui/person_dialog.py" line="44"/>
        <location filename="../../ui/plan_fields.py" line="67"/>
        <source>Her answer</source>
        <translation type="unfinished">Ei hateb</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="216"/>
        <source>How she agreed</source>
        <translation type="unfinished">Sut y cytunodd hi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="217"/>
        <source>For example: in person, signed form</source>
        <translation type="unfinished">Er enghraifft: wyneb yn wyneb, ffurflen wedi'i llofnodi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="219"/>
        <source>What she was told</source>
        <translation type="unfinished">Beth ddywedwyd wrthi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="222"/>
        <source>Her capacity to agree was considered</source>
        <translation type="unfinished">Ystyriwyd ei gallu i gytuno</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="224"/>
        <source>An interpreter was used</source>
        <translation type="unfinished">Defnyddiwyd cyfieithydd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="226"/>
        <source>Ask her each time before anything is shared</source>
        <translation type="unfinished">Gofyn iddi bob tro cyn rhannu unrhyw beth</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="228"/>
        <location filename="../../ui/funder_report_dialog.py" line="110"/>
        <source>From</source>
        <translation type="unfinished">O'r dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="229"/>
        <source>Review with her by</source>
        <translation type="unfinished">Adolygu gyda hi erbyn</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="230"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="569"/>
        <source>Ends on</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Yn dod i ben ar</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="231"/>
        <source>Her &amp;answer:</source>
        <translation type="unfinished">Ei &amp;hateb:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="232"/>
        <source>Who &amp;with:</source>
        <translation type="unfinished">Gyda &amp;phwy:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="233"/>
        <source>What she agreed to share:</source>
        <translation type="unfinished">Beth y cytunodd hi i'w rannu:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="234"/>
        <source>What for:</source>
        <translation type="unfinished">I ba ddiben:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="235"/>
        <source>Which &amp;way:</source>
        <translation type="unfinished">Pa &amp;ffordd:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="236"/>
        <source>Never share:</source>
        <translation type="unfinished">Peidio byth â rhannu:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="238"/>
        <source>&amp;How she agreed:</source>
        <translation type="unfinished">&amp;Sut y cytunodd hi:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="239"/>
        <source>What she was &amp;told:</source>
        <translation type="unfinished">Beth &amp;ddywedwyd wrthi:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="242"/>
        <location filename="../../ui/funder_report_dialog.py" line="114"/>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;O'r dyddiad:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="243"/>
        <source>&amp;Review with her by:</source>
        <translation type="unfinished">&amp;Adolygu gyda hi erbyn:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="244"/>
        <source>&amp;Ends on:</source>
        <translation type="unfinished">Yn dod i &amp;ben ar:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="256"/>
        <location filename="../../ui/plan_fields.py" line="164"/>
        <source>{field}: {choice}</source>
        <translation type="unfinished">{field}: {choice}</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="345"/>
        <source>Please give each organisation and the team or role in it.</source>
        <translation type="unfinished">Rhowch bob sefydliad a'r tîm neu'r rôl ynddo.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="349"/>
        <source>Please tick at least one reason for sharing.</source>
        <translation type="unfinished">Ticiwch o leiaf un rheswm dros rannu.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="351"/>
        <source>Please say how she gave her answer, for example in person.</source>
        <translation type="unfinished">Dywedwch sut y rhoddodd hi ei hateb, er enghraifft wyneb yn wyneb.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="354"/>
        <source>Please put the dates in order: from, then review, then ends.</source>
        <translation type="unfinished">Rhowch y dyddiadau mewn trefn: o'r dyddiad, yna adolygu, yna dod i ben.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="386"/>
        <location filename="../../ui/consent_tab.py" line="100"/>
        <source>Record that she has withdrawn</source>
        <translation type="unfinished">Cofnodi ei bod hi wedi tynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="388"/>
        <source>From the moment this is saved, nothing more is shared under this agreement. What was already shared can't be taken back; you can note that below.</source>
        <translation type="unfinished">O'r eiliad y caiff hwn ei gadw, fydd dim byd arall yn cael ei rannu o dan y cytundeb hwn. Does dim modd tynnu'n ôl yr hyn a rannwyd yn barod; gallwch nodi hynny isod.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="393"/>
        <source>&amp;Record the withdrawal</source>
        <translation type="unfinished">&amp;Cofnodi ei bod hi wedi tynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="396"/>
        <source>The day she told us</source>
        <translation type="unfinished">Y diwrnod y dywedodd hi wrthym</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="399"/>
        <source>How she told us</source>
        <translation type="unfinished">Sut y dywedodd hi wrthym</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="400"/>
        <source>For example: by phone to her keyworker</source>
        <translation type="unfinished">Er enghraifft: dros y ffôn i'w gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="403"/>
        <source>Who has been told</source>
        <translation type="unfinished">Pwy sydd wedi cael gwybod</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="409"/>
        <source>Told: {who}</source>
        <translation type="unfinished">Wedi cael gwybod: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="413"/>
        <source>Already shared, which can't be taken back</source>
        <translation type="unfinished">Wedi'i rannu'n barod, a does dim modd ei dynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="414"/>
        <source>The &amp;day she told us:</source>
        <translation type="unfinished">Y &amp;diwrnod y dywedodd hi wrthym:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="415"/>
        <source>&amp;How she told us:</source>
        <translation type="unfinished">&amp;Sut y dywedodd hi wrthym:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="416"/>
        <source>Who has been told:</source>
        <translation type="unfinished">Pwy sydd wedi cael gwybod:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="417"/>
        <source>Already &amp;shared:</source>
        <translation type="unfinished">Wedi'i &amp;rannu'n barod:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="421"/>
        <source>Please say how she told us, for example by phone to her keyworker.</source>
        <translation type="unfinished">Dywedwch sut y dywedodd hi wrthym, er enghraifft dros y ffôn i'w gweithiwr allweddol.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialogs.py" line="423"/>
        <source>A withdrawal can't be dated in the future.</source>
        <translation type="unfinished">Does dim modd rhoi dyddiad yn y dyfodol ar dynnu'n ôl.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="38"/>
        <source>&amp;Consent</source>
        <translation type="unfinished">&amp;Caniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="39"/>
        <source>Nothing recorded yet. Before anything is shared, record what she agrees to, with whom and what for.</source>
        <translation type="unfinished">Does dim wedi'i gofnodi eto. Cyn rhannu unrhyw beth, cofnodwch beth mae hi'n cytuno iddo, gyda phwy ac i ba ddiben.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="64"/>
        <source>What you agreed, as she will read it</source>
        <translation type="unfinished">Yr hyn y cytunoch chi iddo, fel y bydd hi'n ei ddarllen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="66"/>
        <source>What you agreed: message</source>
        <translation type="unfinished">Yr hyn y cytunoch chi iddo: neges</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="67"/>
        <location filename="../../ui/her_copy_view.py" line="163"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="67"/>
        <source>Save what you agreed as a PDF</source>
        <translation type="unfinished">Cadw'r hyn y cytunoch chi iddo fel PDF</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="68"/>
        <location filename="../../ui/disclosures_view.py" line="94"/>
        <location filename="../../ui/her_copy_view.py" line="167"/>
        <location filename="../../ui/plan_editor.py" line="180"/>
        <location filename="../../ui/referral_wizard.py" line="109"/>
        <location filename="../../ui/risk_form.py" line="270"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cau</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="68"/>
        <location filename="../../ui/directory_editor.py" line="208"/>
        <location filename="../../ui/disclosures_view.py" line="94"/>
        <location filename="../../ui/her_copy_view.py" line="167"/>
        <location filename="../../ui/plan_editor.py" line="180"/>
        <location filename="../../ui/referral_wizard.py" line="109"/>
        <location filename="../../ui/support_list.py" line="179"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="70"/>
        <location filename="../../ui/her_copy_view.py" line="161"/>
        <location filename="../../ui/her_copy_view.py" line="197"/>
        <source>How this reads to her</source>
        <translation type="unfinished">Sut mae hwn yn darllen iddi hi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="80"/>
        <source>what-i-agreed.pdf</source>
        <translation type="unfinished">yr-hyn-y-cytunais-iddo.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="82"/>
        <location filename="../../ui/disclosures_view.py" line="176"/>
        <location filename="../../ui/funder_report_dialog.py" line="211"/>
        <location filename="../../ui/funder_report_dialog.py" line="230"/>
        <location filename="../../ui/her_copy_view.py" line="277"/>
        <location filename="../../ui/journey_chart.py" line="120"/>
        <source>Saved as {file}.</source>
        <translation type="unfinished">Wedi'i gadw fel {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="88"/>
        <source>Consent</source>
        <translation type="unfinished">Caniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="95"/>
        <source>What she has agreed, newest first</source>
        <translation type="unfinished">Yr hyn y mae hi wedi cytuno iddo, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="96"/>
        <source>Every version of the chosen agreement</source>
        <translation type="unfinished">Pob fersiwn o'r cytundeb a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="98"/>
        <source>&amp;Record what she agreed…</source>
        <translation type="unfinished">&amp;Cofnodi'r hyn y cytunodd hi iddo…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="99"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished">&amp;Newid…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="99"/>
        <source>Change the chosen agreement</source>
        <translation type="unfinished">Newid y cytundeb a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="100"/>
        <source>&amp;Withdrawn…</source>
        <translation type="unfinished">Wedi &amp;tynnu'n ôl…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="101"/>
        <source>Earlier &amp;versions</source>
        <translation type="unfinished">&amp;Fersiynau cynharach</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="101"/>
        <source>Show earlier versions</source>
        <translation type="unfinished">Dangos fersiynau cynharach</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="102"/>
        <source>What she &amp;agreed, for her…</source>
        <translation type="unfinished">Yr hyn y &amp;cytunodd hi iddo, iddi hi…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="49"/>
        <source>Centre dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="50"/>
        <source>What needs looking at across the centre, worked out just now from the records. Nothing on this page is saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="54"/>
        <source>Gathering the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="55"/>
        <source>Backups are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="80"/>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="115"/>
        <location filename="../../ui/models/dashboard.py" line="90"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="116"/>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="117"/>
        <source>Open cases with no keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="118"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="127"/>
        <location filename="../../ui/dashboard_view.py" line="138"/>
        <source>Open cases per colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="128"/>
        <source>Coming up, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="129"/>
        <source>Information shared, by kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="130"/>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="131"/>
        <location filename="../../ui/dialogs.py" line="70"/>
        <location filename="../../ui/funder_report_dialog.py" line="123"/>
        <location filename="../../ui/import_wizard.py" line="183"/>
        <location filename="../../ui/journey_chart.py" line="89"/>
        <location filename="../../ui/restore_wizard.py" line="196"/>
        <location filename="../../ui/retention_view.py" line="184"/>
        <location filename="../../ui/retention_view.py" line="266"/>
        <source>{title}: message</source>
        <translation type="unfinished">{title}: neges</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="132"/>
        <location filename="../../ui/dialogs.py" line="71"/>
        <location filename="../../ui/funder_report_dialog.py" line="124"/>
        <location filename="../../ui/import_wizard.py" line="184"/>
        <location filename="../../ui/retention_view.py" line="267"/>
        <source>{title}: working on it</source>
        <translation type="unfinished">{title}: wrthi'n gweithio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="133"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="133"/>
        <source>Work out the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="134"/>
        <location filename="../../ui/funder_report_dialog.py" line="127"/>
        <location filename="../../ui/import_wizard.py" line="191"/>
        <location filename="../../ui/journey_chart.py" line="92"/>
        <location filename="../../ui/retention_view.py" line="187"/>
        <location filename="../../ui/retention_view.py" line="270"/>
        <source>Close</source>
        <comment>window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="136"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="150"/>
        <source>About the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="196"/>
        <source>Information shared since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>{title}: what this is</source>
        <translation type="unfinished">{title}: beth yw hwn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="72"/>
        <location filename="../../ui/messages.py" line="160"/>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <location filename="../../ui/import_wizard.py" line="289"/>
        <location filename="../../ui/referral_wizard_forms.py" line="250"/>
        <location filename="../../ui/restore_wizard.py" line="200"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <source>{title}: form</source>
        <translation type="unfinished">{title}: ffurflen</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="45"/>
        <source>Helplines and local services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="46"/>
        <source>Every number the app shows comes from this list. Please check each entry with the service itself and set the date you checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="50"/>
        <source>One of the centre's directory files couldn't be read, so it has been left out and the rest of the list is shown. {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="54"/>
        <source>Your next change here writes a fresh copy of the centre's own file; the one that couldn't be read is kept beside it as {name}, so nothing typed into it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="58"/>
        <source>Please give at least one way to get in touch: a phone, text, email or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="83"/>
        <source>Change a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="84"/>
        <source>Only what she would need to get in touch; check it with the service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="85"/>
        <source>&amp;Add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="91"/>
        <location filename="../../ui/models/attachments.py" line="25"/>
        <location filename="../../ui/models/directory.py" line="37"/>
        <location filename="../../ui/models/support.py" line="20"/>
        <location filename="../../ui/support_list.py" line="91"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="273"/>
        <source>Name</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="97"/>
        <source>Text number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="99"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="100"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="101"/>
        <source>Area it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="102"/>
        <source>Topics, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="105"/>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="112"/>
        <location filename="../../ui/models/directory.py" line="41"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="116"/>
        <location filename="../../ui/support_list.py" line="98"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="117"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="118"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="119"/>
        <source>&amp;Text number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="120"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="121"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="122"/>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="123"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="124"/>
        <source>What it &amp;offers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="125"/>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="126"/>
        <source>&amp;Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="156"/>
        <source>Please give the service's name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="202"/>
        <source>Directory files left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="204"/>
        <location filename="../../ui/disclosures_view.py" line="92"/>
        <location filename="../../ui/record_tab.py" line="125"/>
        <location filename="../../ui/referral_wizard.py" line="104"/>
        <location filename="../../ui/support_list.py" line="172"/>
        <source>{section}: message</source>
        <translation type="unfinished">{section}: neges</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="205"/>
        <source>&amp;Add a service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="205"/>
        <location filename="../../ui/directory_editor.py" line="83"/>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="206"/>
        <location filename="../../ui/support_list.py" line="175"/>
        <source>&amp;Change…</source>
        <translation type="unfinished">&amp;Newid…</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="206"/>
        <source>Change the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="207"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="207"/>
        <source>Remove the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="208"/>
        <location filename="../../ui/support_list.py" line="179"/>
        <source>C&amp;lose</source>
        <translation type="unfinished">&amp;Cau</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="213"/>
        <location filename="../../ui/support_list.py" line="189"/>
        <source>{section}: what this is</source>
        <translation type="unfinished">{section}: beth yw hwn</translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="293"/>
        <source>Remove {name} from the centre's list? It won't be offered in plans any more; plans that already name it keep their own copy of the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_editor.py" line="297"/>
        <location filename="../../ui/guidance_settings.py" line="377"/>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="42"/>
        <source>Who has my information?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="43"/>
        <source>Nothing has been shared about her, and no decision about sharing has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="44"/>
        <source>Referral packs being prepared for her (not sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="71"/>
        <source>Every share and decision, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="81"/>
        <source>Referral packs being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="87"/>
        <source>Packs being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="88"/>
        <source>C&amp;ontinue this pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="88"/>
        <source>Continue the chosen pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="90"/>
        <source>Disclosures note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="93"/>
        <source>&amp;Her copy as a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="93"/>
        <location filename="../../ui/her_copy_view.py" line="64"/>
        <location filename="../../ui/her_copy_view.py" line="163"/>
        <source>Save her copy as a PDF</source>
        <translation type="unfinished">Cadw ei chopi hi fel PDF</translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="148"/>
        <source>Please choose a pack to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disclosures_view.py" line="174"/>
        <source>who-has-my-information.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="50"/>
        <source>womenscentre keeps the centre's case notes safe on this laptop. Everything is encrypted and nothing leaves this computer. Setting it up takes a couple of minutes.</source>
        <translation type="unfinished">Mae womenscentre yn cadw nodiadau achos y ganolfan yn ddiogel ar y gliniadur hwn. Mae popeth wedi'i amgryptio a does dim byd yn gadael y cyfrifiadur hwn. Mae'n cymryd cwpl o funudau i'w sefydlu.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>First, the manager who looks after the vault chooses a user name and a passphrase. You can add colleagues afterwards.</source>
        <translation type="unfinished">Yn gyntaf, mae'r rheolwr sy'n gofalu am y gronfa ddiogel yn dewis enw defnyddiwr a chyfrinymadrodd. Gallwch ychwanegu cydweithwyr wedyn.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>Moving from another laptop? Restore the centre's backup instead, with the recovery key.</source>
        <translation type="unfinished">Symud o liniadur arall? Adferwch gopi wrth gefn y ganolfan yn lle hynny, gyda'r allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>The two passphrases don't match yet.</source>
        <translation type="unfinished">Nid yw'r ddau gyfrinymadrodd yn cyfateb eto.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="62"/>
        <location filename="../../ui/passphrase.py" line="27"/>
        <source>That passphrase looks good.</source>
        <translation type="unfinished">Mae'r cyfrinymadrodd hwnnw'n edrych yn dda.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>Setting up the vault. This takes a moment…</source>
        <translation type="unfinished">Yn sefydlu'r gronfa ddiogel. Mae hyn yn cymryd ennyd…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="92"/>
        <source>Setting up womenscentre</source>
        <translation type="unfinished">Sefydlu womenscentre</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="94"/>
        <source>Set-up steps</source>
        <translation type="unfinished">Camau sefydlu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <source>Your user name</source>
        <translation type="unfinished">Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="118"/>
        <location filename="../../ui/users_view.py" line="151"/>
        <source>for example sam.k</source>
        <translation type="unfinished">er enghraifft sam.k</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121"/>
        <location filename="../../ui/passphrase.py" line="58"/>
        <location filename="../../ui/users_view.py" line="155"/>
        <source>Passphrase advice</source>
        <translation type="unfinished">Cyngor am y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Set-up message</source>
        <translation type="unfinished">Neges sefydlu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>Setting up the vault</source>
        <translation type="unfinished">Yn sefydlu'r gronfa ddiogel</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>&amp;Set up the vault</source>
        <translation type="unfinished">&amp;Sefydlu'r gronfa ddiogel</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <location filename="../../ui/unlock.py" line="120"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished">&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <location filename="../../ui/restore_wizard.py" line="54"/>
        <location filename="../../ui/unlock.py" line="120"/>
        <source>Restore from a backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128"/>
        <source>Your &amp;user name</source>
        <translation type="unfinished">Eich &amp;enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <location filename="../../ui/unlock.py" line="135"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished">Cyfrinymadrodd e&amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Welcome to womenscentre</source>
        <translation type="unfinished">Croeso i womenscentre</translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="46"/>
        <source>Report for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="47"/>
        <source>Anonymised figures for the period you choose. Only women who agreed to be counted are included, and no names, ids or words of theirs. Counts under 5 show as “fewer than 5”, and some others as “withheld”, so that a small count can't be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="52"/>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="53"/>
        <source>The report couldn't be saved there. Please choose a folder you can write to, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="61"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="61"/>
        <location filename="../../ui/guide_window.py" line="65"/>
        <location filename="../../ui/her_copy_view.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="63"/>
        <source>Save the report for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="111"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="112"/>
        <source>&amp;Show the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="112"/>
        <source>Show the figures for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="115"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="121"/>
        <source>Distance travelled, by life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="122"/>
        <source>Wellbeing change, each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="125"/>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="125"/>
        <source>Save the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="126"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="126"/>
        <source>Save the report as a PDF with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="135"/>
        <source>About the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="139"/>
        <source>Distance travelled (her own readings, 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="141"/>
        <source>Wellbeing (ONS4), each question on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="143"/>
        <source>About the wellbeing questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funder_report_dialog.py" line="209"/>
        <location filename="../../ui/funder_report_dialog.py" line="228"/>
        <location filename="../../ui/note_editor.py" line="361"/>
        <location filename="../../ui/plan_editor.py" line="316"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi'n cadw…</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_highlighter.py" line="71"/>
        <source>Not checked: these are her own words.</source>
        <translation type="unfinished">Heb ei wirio: ei geiriau ei hun yw'r rhain.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_highlighter.py" line="72"/>
        <source>“{}” is left alone from now on: it's her own word.</source>
        <translation type="unfinished">Bydd “{}” yn cael ei adael fel y mae o hyn ymlaen: ei gair ei hun yw e.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_highlighter.py" line="73"/>
        <source>“{}” is left alone in this note from now on.</source>
        <translation type="unfinished">Bydd “{}” yn cael ei adael fel y mae yn y nodyn hwn o hyn ymlaen.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_menu.py" line="62"/>
        <source>Change to “{suggestion}”</source>
        <translation type="unfinished">Newid i “{suggestion}”</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_menu.py" line="67"/>
        <source>These are her words</source>
        <translation type="unfinished">Ei geiriau hi yw'r rhain</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_menu.py" line="68"/>
        <source>She prefers this term</source>
        <translation type="unfinished">Mae'n well ganddi'r term hwn</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_menu.py" line="69"/>
        <source>It's a statutory term</source>
        <translation type="unfinished">Term statudol yw hwn</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_menu.py" line="70"/>
        <source>Dismiss here</source>
        <translation type="unfinished">Diystyru yma</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_menu.py" line="78"/>
        <source>For example: “{example}”</source>
        <translation type="unfinished">Er enghraifft: “{example}”</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="65"/>
        <source>{file}, line {line}, field “{field}”: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="88"/>
        <source>it couldn't be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="102"/>
        <source>“{name}” isn't a rule pack: packs are TOML files whose names end in “.toml”. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="110"/>
        <source>“{name}” is much larger than a rule pack would be, so it may be the wrong file. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="118"/>
        <source>“{name}” couldn't be read. Check that the file is still there (a USB stick may need plugging in again) and try once more. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guidance_packs.py" line="133"/>
        <source>…and %n more.</source>
        <extracomment>Singular: …and %n more.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="134"/>
        <source>“{name}” has something to fix before it can be used, so nothing was copied and the guidance carries on as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="144"/>
        <source>“{name}” is fine, but it couldn't be saved beside the vault (the disk may be full). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_packs.py" line="158"/>
        <source>“{name}” couldn't be removed. Check that nothing else has the file open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="19"/>
        <source>Wording suggestions</source>
        <translation type="unfinished">Awgrymiadau geiriad</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="20"/>
        <source>Nothing to suggest so far.</source>
        <translation type="unfinished">Dim byd i'w awgrymu hyd yn hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="21"/>
        <source>Right-click underlined words, or press the menu key, to see your choices.</source>
        <translation type="unfinished">De-gliciwch ar eiriau wedi'u tanlinellu, neu pwyswch fysell y ddewislen, i weld eich dewisiadau.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="22"/>
        <source>Show &amp;all hints</source>
        <translation type="unfinished">Dangos pob &amp;awgrym</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guidance_panel.py" line="26"/>
        <source>%n more hints held back, so the note isn't crowded.</source>
        <extracomment>Singular: %n more hint held back, so the note isn't crowded.</extracomment>
        <translation type="unfinished">
            <numerusform>Mae %n awgrym arall wedi'u dal yn ôl, fel nad yw'r nodyn yn rhy lawn.</numerusform>
            <numerusform>Mae %n awgrym arall wedi'i ddal yn ôl, fel nad yw'r nodyn yn rhy lawn.</numerusform>
            <numerusform>Mae %n awgrym arall wedi'u dal yn ôl, fel nad yw'r nodyn yn rhy lawn.</numerusform>
            <numerusform>Mae %n awgrym arall wedi'u dal yn ôl, fel nad yw'r nodyn yn rhy lawn.</numerusform>
            <numerusform>Mae %n awgrym arall wedi'u dal yn ôl, fel nad yw'r nodyn yn rhy lawn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="44"/>
        <source>No suggestions</source>
        <translation type="unfinished">Dim awgrymiadau</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="45"/>
        <source>How to choose</source>
        <translation type="unfinished">Sut i ddewis</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_panel.py" line="46"/>
        <source>Hints held back</source>
        <translation type="unfinished">Awgrymiadau wedi'u dal yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="68"/>
        <source>Language guidance at our centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="69"/>
        <source>Choose which wording the guidance points out in everyone's notes here. Changes apply to notes being written as soon as they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="73"/>
        <location filename="../../ui/guide_window.py" line="105"/>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="74"/>
        <source>Untick a rule to stop it underlining words at this centre. Ticked rules are in use. A few rules start unticked, for words many forms still use; tick one to use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="78"/>
        <source>&amp;Phrases we use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="79"/>
        <source>Your own service names and the terms the law or a form needs, one a line. These are never underlined, in any note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="83"/>
        <source>Our own rule &amp;packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="84"/>
        <source>Extra rules your centre has written, as TOML files. Each one is checked before it is added; adding or removing one takes effect straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="88"/>
        <source>&amp;Add a rule pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="89"/>
        <source>Re&amp;move this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="90"/>
        <source>Choose a rule pack to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="91"/>
        <source>Rule packs (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="92"/>
        <source>There is already a pack called “{name}”. Replace it with the one you chose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="93"/>
        <source>Remove “{name}”? Its rules stop straight away; you can add the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="94"/>
        <source>“{name}” is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="95"/>
        <source>Only a manager can change the centre's language guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="96"/>
        <source>The saved settings couldn't be checked, so the safe defaults are in use. Saving here sets the guidance choices again; the other settings keep their defaults until saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="102"/>
        <source>Please keep the list to {count} phrases or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="103"/>
        <source>“{phrase}…” is longer than {count} characters. A phrase here is a name or a term, not a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guidance_settings.py" line="111"/>
        <source>“{name}” is added: its %n rules are in use now.</source>
        <extracomment>Singular: “{name}” is added: its %n rule is in use now.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="202"/>
        <location filename="../../ui/person_dialog.py" line="143"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished">&amp;Cadw'r newidiadau</translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="214"/>
        <source>{title}: sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="226"/>
        <source>Rules, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="239"/>
        <source>Why this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="241"/>
        <source>About the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="260"/>
        <source>{words}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="266"/>
        <source>Phrases we use, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="268"/>
        <source>Oak Lane Women's Service
Multi-Agency Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="270"/>
        <source>About the phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="274"/>
        <source>Our own rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="278"/>
        <source>Rule packs: message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="287"/>
        <source>About rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guidance_settings.py" line="299"/>
        <source>{title} ({name}, %n rules; not in use: {problem})</source>
        <extracomment>Singular: {title} ({name}, %n rule; not in use: {problem})</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guidance_settings.py" line="305"/>
        <source>{title} ({name}, %n rules)</source>
        <extracomment>Singular: {title} ({name}, %n rule)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="352"/>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance_settings.py" line="353"/>
        <source>Keep the one there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="28"/>
        <source>Blaming her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="29"/>
        <source>Minimising abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="30"/>
        <source>Hiding who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="31"/>
        <source>Stigmatising labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="32"/>
        <source>Diagnostic labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="33"/>
        <source>Deficit language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="34"/>
        <source>Dehumanising words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="35"/>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="38"/>
        <source>Worth changing (underlined with a wavy line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="39"/>
        <source>Worth a thought (underlined with dots): it depends on context or on her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="41"/>
        <source>Off unless your centre switches it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="121"/>
        <source>{level}. {switched_off}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="122"/>
        <location filename="../../ui/models/centre_rules.py" line="52"/>
        <location filename="../../ui/models/referrals.py" line="34"/>
        <location filename="../../ui/models/retention.py" line="85"/>
        <location filename="../../ui/plans_tab.py" line="87"/>
        <location filename="../../ui/referral_wizard_forms.py" line="238"/>
        <source>Why</source>
        <translation type="unfinished">Pam</translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="124"/>
        <source>a question for the writer, never a rewrite: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="127"/>
        <source>Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="132"/>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="133"/>
        <source>{rewrites} (the sentence around it changes too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="137"/>
        <source>You might write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="139"/>
        <source>Only when she prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="141"/>
        <source>For trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="144"/>
        <source>Would be underlined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="145"/>
        <source>Left alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="150"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_content.py" line="156"/>
        <location filename="../../ui/guide_handout.py" line="55"/>
        <source>“{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_handout.py" line="23"/>
        <source>Kinder, clearer case notes: the language guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_handout.py" line="25"/>
        <source>These are the words the app gently points out while keyworkers write, why it points them out, and what might be written instead. They are suggestions, not rules: the writer decides, and what the woman calls herself always comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_handout.py" line="30"/>
        <source>Her own words are never underlined: anything in quotation marks, anything between a [her words] line and a [/her words] line, names of services and job titles, terms the centre has allowed, and terms she has said she prefers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_handout.py" line="41"/>
        <source>{warning}: a clear swap that published guidance supports. {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guide_handout.py" line="60"/>
        <source>%n rules, as of {date}</source>
        <extracomment>Singular: %n rule, as of {date}</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guide_handout.py" line="63"/>
        <source>Made by womenscentre. Every example in it is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="40"/>
        <source>Language guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="41"/>
        <source>Every rule the note editor uses, by kind. Choose one to see why it matters, what to write instead, and examples it underlines or leaves alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="45"/>
        <source>Choose a rule on the left to read about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="46"/>
        <source>Some of your centre's own rules couldn't be used, so they are left out until they are fixed; every other rule works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="51"/>
        <source>The handout is saved as {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="52"/>
        <source>The handout couldn't be saved there ({reason}). Please choose another folder, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="63"/>
        <source>Save the language guide as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="92"/>
        <source>Rules by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="99"/>
        <source>About this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="104"/>
        <source>Language guide sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="106"/>
        <source>&amp;Practice pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="107"/>
        <source>Save as PDF &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="107"/>
        <source>Save as PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="109"/>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="134"/>
        <source>Rule pack problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py" line="172"/>
        <source>the folder can't be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="52"/>
        <location filename="../../ui/plan_editor.py" line="178"/>
        <source>Her copy</source>
        <translation type="unfinished">Ei chopi hi</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="53"/>
        <source>This is how her copy will read. Nothing private is on it unless she chooses it below. Use discreet mode if someone else might see it.</source>
        <translation type="unfinished">Dyma sut bydd ei chopi hi'n darllen. Does dim byd preifat arno oni bai ei bod hi'n ei ddewis isod. Defnyddiwch y modd cynnil os gallai rhywun arall ei weld.</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="57"/>
        <source>For you only, never printed</source>
        <translation type="unfinished">I chi yn unig, byth yn cael ei argraffu</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="58"/>
        <source>For you only, never printed:</source>
        <translation type="unfinished">I chi yn unig, byth yn cael ei argraffu:</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="83"/>
        <source>The PDF couldn't be saved there. Please choose a folder you can write to, such as your Documents folder.</source>
        <translation type="unfinished">Doedd dim modd cadw'r PDF yno. Dewiswch ffolder lle gallwch chi gadw ffeiliau, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="134"/>
        <source>&amp;Discreet mode</source>
        <translation type="unfinished">Modd &amp;cynnil</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="135"/>
        <source>Discreet mode</source>
        <translation type="unfinished">Modd cynnil</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="138"/>
        <source>Her title on a discreet copy: “{title}”. No centre name and nothing private.</source>
        <translation type="unfinished">Ei theitl ar gopi cynnil: “{title}”. Dim enw'r ganolfan a dim byd preifat.</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="141"/>
        <source>What discreet mode does</source>
        <translation type="unfinished">Beth mae'r modd cynnil yn ei wneud</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="143"/>
        <source>&amp;Large print</source>
        <translation type="unfinished">Print &amp;bras</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="144"/>
        <source>Large print</source>
        <translation type="unfinished">Print bras</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="146"/>
        <source>Private details she wants on her copy</source>
        <translation type="unfinished">Manylion preifat y mae hi eisiau eu cael ar ei chopi</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="154"/>
        <source>Include: {detail}</source>
        <translation type="unfinished">Cynnwys: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="162"/>
        <source>Her copy: message</source>
        <translation type="unfinished">Ei chopi hi: neges</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="164"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="164"/>
        <source>Print her copy</source>
        <translation type="unfinished">Argraffu ei chopi hi</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="181"/>
        <source>For you only, never printed heading</source>
        <translation type="unfinished">Pennawd: i chi yn unig, byth yn cael ei argraffu</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="193"/>
        <source>Her choices for this copy</source>
        <translation type="unfinished">Ei dewisiadau hi ar gyfer y copi hwn</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="198"/>
        <source>About her copy</source>
        <translation type="unfinished">Am ei chopi hi</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="254"/>
        <source>Nothing was left off.</source>
        <translation type="unfinished">Chafodd dim byd ei adael allan.</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="264"/>
        <source>my-plan.pdf</source>
        <translation type="unfinished">fy-nghynllun.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="264"/>
        <source>notes.pdf</source>
        <translation type="unfinished">nodiadau.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/her_copy_view.py" line="283"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished">Wedi'i anfon i'r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="23"/>
        <source>Leave this column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="27"/>
        <location filename="../../ui/person_view.py" line="225"/>
        <source>Her preferred name</source>
        <translation type="unfinished">Ei henw dewisol</translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="31"/>
        <source>Languages she speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="34"/>
        <source>Safe times to contact her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="35"/>
        <source>Who referred her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="36"/>
        <source>Date the case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="37"/>
        <source>Keyworker (their user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="38"/>
        <location filename="../../ui/note_fields.py" line="35"/>
        <source>Session date</source>
        <translation type="unfinished">Dyddiad y sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="40"/>
        <source>Session length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="41"/>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="42"/>
        <source>How you met (in person, phone…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="44"/>
        <source>Here is each column in your files and what it will fill in. Columns were matched from their headings; please check them, change any that look wrong, and leave out any you don't want brought in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="49"/>
        <source>No columns could be read from these files. Press Next to see why, file by file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="93"/>
        <source>Step 2: columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="100"/>
        <source>Columns and what they fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="121"/>
        <source>Column '{heading}' fills in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="122"/>
        <source>Found in {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_columns.py" line="125"/>
        <source>{heading} ({files}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="54"/>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="55"/>
        <source>Bring women and their session notes in from spreadsheets: CSV files (saved as 'CSV UTF-8') or Excel workbooks (.xlsx). A people sheet and a notes sheet can come in together. You'll see what would be added first; nothing is saved until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="60"/>
        <source>Please add at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="61"/>
        <source>Reading the files and checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>Importing… please keep the app open until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63"/>
        <source>Importing… {percent}% done. Please keep the app open until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Nothing will be imported until these are put right in the files. Please correct them, save the files, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Everything has been checked. Press Import to add it all, or Back to change something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>There is nothing new to add from these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="80"/>
        <source>Choose spreadsheets to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="89"/>
        <location filename="../../ui/import_wizard.py" line="140"/>
        <location filename="../../ui/restore_wizard.py" line="88"/>
        <source>%n women</source>
        <extracomment>Singular: %n woman</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="90"/>
        <location filename="../../ui/import_wizard.py" line="141"/>
        <location filename="../../ui/models/retention.py" line="32"/>
        <location filename="../../ui/restore_wizard.py" line="89"/>
        <source>%n session notes</source>
        <extracomment>Singular: %n session note</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Ready to add {women} and {notes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="93"/>
        <source>These files would add {women} and {notes}, once %n things below are put right.</source>
        <extracomment>Singular: These files would add {women} and {notes}, once %n thing below is put right.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>Already here, so not added again: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>In the files more than once, so added once: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143"/>
        <source>Added {women} and {notes} from {files}. Each imported note says which file it came from. Their records are on the caseload now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="187"/>
        <location filename="../../ui/menus.py" line="150"/>
        <location filename="../../ui/referral_wizard.py" line="105"/>
        <location filename="../../ui/restore_wizard.py" line="197"/>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="188"/>
        <location filename="../../ui/referral_wizard.py" line="106"/>
        <location filename="../../ui/restore_wizard.py" line="198"/>
        <location filename="../../ui/restore_wizard.py" line="292"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189"/>
        <source>Check the files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>Import everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <source>Remove the chosen files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Step 1: files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>What would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="234"/>
        <location filename="../prompts/after-disclosure.toml" line="47"/>
        <source>What happens next</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Beth sy'n digwydd nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="237"/>
        <source>Columns used and duplicates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="242"/>
        <source>Things to put right, by file, row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="259"/>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="26"/>
        <location filename="../../ui/outcomes_tab.py" line="124"/>
        <source>Her journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="27"/>
        <source>Nothing to draw yet. Her journey fills in after a check-in or a goal rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="37"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="83"/>
        <source>What to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="85"/>
        <source>{group}: {chart}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="87"/>
        <source>Nothing to draw yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="90"/>
        <source>&amp;Save her copy as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/journey_chart.py" line="90"/>
        <source>Save her journey as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/language_choice.py" line="49"/>
        <source>Cymraeg</source>
        <comment>the language's name, in Welsh; keep it as it is</comment>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <location filename="../../ui/language_choice.py" line="50"/>
        <source>English</source>
        <comment>the language's name, in English; keep it as it is</comment>
        <translation type="unfinished">English</translation>
    </message>
    <message>
        <location filename="../../ui/language_choice.py" line="83"/>
        <location filename="../../ui/language_choice.py" line="84"/>
        <source>Language / Iaith</source>
        <translation type="unfinished">Iaith / Language</translation>
    </message>
    <message>
        <location filename="../../ui/language_choice.py" line="134"/>
        <source>Language / Iaith: {language}</source>
        <translation type="unfinished">Iaith / Language: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/language_choice.py" line="136"/>
        <source>Open the app in Welsh next time</source>
        <translation type="unfinished">Agor yr ap yn Gymraeg y tro nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/language_choice.py" line="138"/>
        <source>Open the app in English next time</source>
        <translation type="unfinished">Agor yr ap yn Saesneg y tro nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Training: fictional data</source>
        <translation type="unfinished">Hyfforddiant: data ffuglennol</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Resetting a passphrase with the recovery key needs the vault locked first. Lock now and carry on?</source>
        <translation type="unfinished">I ailosod cyfrinymadrodd gyda'r allwedd adfer, mae angen cloi'r gronfa ddiogel yn gyntaf. Cloi nawr a bwrw ymlaen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>womenscentre screens</source>
        <translation type="unfinished">Sgriniau womenscentre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <location filename="../../ui/models/outcomes.py" line="142"/>
        <source>Working on it</source>
        <translation type="unfinished">Wrthi'n gweithio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Lock and carry on</source>
        <translation type="unfinished">Cloi a bwrw ymlaen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <location filename="../../ui/record_desk.py" line="342"/>
        <location filename="../../ui/risk_tab.py" line="136"/>
        <source>Not now</source>
        <translation type="unfinished">Dim nawr</translation>
    </message>
    <message>
        <location filename="../../ui/manager_desk.py" line="34"/>
        <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
        <translation type="unfinished">Mae eich cyfrinymadrodd wedi'i newid. Defnyddiwch yr un newydd y tro nesaf y byddwch chi'n datgloi.</translation>
    </message>
    <message>
        <location filename="../../ui/manager_desk.py" line="105"/>
        <source>Remove {username} now? Her passphrase stops working straight away.</source>
        <translation type="unfinished">Tynnu {username} nawr? Bydd ei chyfrinymadrodd yn peidio â gweithio ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../ui/manager_desk.py" line="108"/>
        <source>Remove her</source>
        <translation type="unfinished">Ei thynnu</translation>
    </message>
    <message>
        <location filename="../../ui/manager_desk.py" line="109"/>
        <source>Keep her</source>
        <translation type="unfinished">Ei chadw</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="40"/>
        <source>Ctrl+F: filter your caseload</source>
        <translation type="unfinished">Ctrl+F: hidlo eich llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>Ctrl+K or Ctrl+Shift+F: search names and notes</source>
        <translation type="unfinished">Ctrl+K neu Ctrl+Shift+F: chwilio enwau a nodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="42"/>
        <source>Return: open what is selected</source>
        <translation type="unfinished">Return: agor yr hyn sydd wedi'i ddewis</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="43"/>
        <source>Escape or Alt+Left: go back</source>
        <translation type="unfinished">Escape neu Alt+Left: mynd yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="44"/>
        <source>Ctrl+Shift+N: add someone</source>
        <translation type="unfinished">Ctrl+Shift+N: ychwanegu rhywun</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>Ctrl+O: open another record by its reference</source>
        <translation type="unfinished">Ctrl+O: agor cofnod arall wrth ei gyfeirnod</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="46"/>
        <source>Ctrl+N: new session note (in her record)</source>
        <translation type="unfinished">Ctrl+N: nodyn sesiwn newydd (yn ei chofnod)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47"/>
        <source>Ctrl+E: edit her details (in her record)</source>
        <translation type="unfinished">Ctrl+E: golygu ei manylion (yn ei chofnod)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="48"/>
        <source>Ctrl+S: save the note now (it also saves itself)</source>
        <translation type="unfinished">Ctrl+S: cadw'r nodyn nawr (mae hefyd yn ei gadw ei hun)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>Ctrl+Shift+W: mark her words</source>
        <translation type="unfinished">Ctrl+Shift+W: marcio ei geiriau hi</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <source>Ctrl+Z and Ctrl+Shift+Z: undo and redo</source>
        <translation type="unfinished">Ctrl+Z a Ctrl+Shift+Z: dadwneud ac ailwneud</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51"/>
        <source>Ctrl+Return: finalise the note</source>
        <translation type="unfinished">Ctrl+Return: cwblhau'r nodyn</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>Ctrl+Shift+H: privacy screen, on and off</source>
        <translation type="unfinished">Ctrl+Shift+H: sgrin breifatrwydd, ymlaen ac i ffwrdd</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="53"/>
        <source>Ctrl+Shift+M: import from a spreadsheet (managers)</source>
        <translation type="unfinished">Ctrl+Shift+M: mewnforio o daenlen (rheolwyr)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="54"/>
        <source>Ctrl+Shift+D: records due for review (managers)</source>
        <translation type="unfinished">Ctrl+Shift+D: cofnodion i'w hadolygu (rheolwyr)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="55"/>
        <source>Ctrl+Shift+B: back up now (managers)</source>
        <translation type="unfinished">Ctrl+Shift+B: gwneud copi wrth gefn nawr (rheolwyr)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="56"/>
        <source>Ctrl+Shift+P, K, A, R, I, E, O: new safety plan, new risk record, what she agreed, referral pack, who has her information, add a document, her outcomes (in her record; also in the Her record menu)</source>
        <translation type="unfinished">Ctrl+Shift+P, K, A, R, I, E, O: cynllun diogelwch newydd, cofnod risg newydd, yr hyn a gytunodd hi, pecyn atgyfeirio, pwy sydd â'i gwybodaeth, ychwanegu dogfen, ei chanlyniadau (yn ei chofnod; hefyd yn y ddewislen Ei chofnod)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>Ctrl+Shift+J: her subject-access pack (managers, in her record)</source>
        <translation type="unfinished">Ctrl+Shift+J: ei phecyn cais gwrthrych am wybodaeth (rheolwyr, yn ei chofnod)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>Ctrl+L: lock now</source>
        <translation type="unfinished">Ctrl+L: cloi nawr</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>Ctrl+Q: quit</source>
        <translation type="unfinished">Ctrl+Q: gadael</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>In a note, right-click underlined words (or press the menu key) for wording choices</source>
        <translation type="unfinished">Mewn nodyn, de-gliciwch ar eiriau wedi'u tanlinellu (neu pwyswch fysell y ddewislen) i gael dewisiadau geiriad</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished">&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="143"/>
        <source>&amp;Privacy screen</source>
        <translation type="unfinished">Sgrin &amp;breifatrwydd</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="145"/>
        <source>&amp;Change my passphrase…</source>
        <translation type="unfinished">&amp;Newid fy nghyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="148"/>
        <source>&amp;Filter my caseload</source>
        <translation type="unfinished">&amp;Hidlo fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="149"/>
        <source>&amp;Search names and notes…</source>
        <translation type="unfinished">&amp;Chwilio enwau a nodiadau…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="151"/>
        <source>&amp;Add someone…</source>
        <translation type="unfinished">Ychwanegu &amp;rhywun…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="153"/>
        <source>&amp;Open another record…</source>
        <translation type="unfinished">&amp;Agor cofnod arall…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="155"/>
        <source>&amp;Colleagues…</source>
        <translation type="unfinished">C&amp;ydweithwyr…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="156"/>
        <source>Centre &amp;settings…</source>
        <translation type="unfinished">&amp;Gosodiadau'r ganolfan…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="158"/>
        <source>Make a new &amp;recovery key…</source>
        <translation type="unfinished">Gwneud &amp;allwedd adfer newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="160"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Bysellau byr</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="162"/>
        <source>&amp;Language guide and practice pad…</source>
        <translation type="unfinished">&amp;Canllaw iaith a'r pad ymarfer…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="165"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation type="unfinished">&amp;Mewnforio o daenlen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168"/>
        <source>Records &amp;due for review…</source>
        <translation type="unfinished">Cofnodion i'w &amp;hadolygu…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="170"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished">Gwneud &amp;copi wrth gefn nawr…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="171"/>
        <source>R&amp;estore from a backup…</source>
        <translation type="unfinished">Ad&amp;fer o gopi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="173"/>
        <source>Language &amp;guidance at our centre…</source>
        <translation type="unfinished">Arweiniad &amp;iaith yn ein canolfan…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="176"/>
        <source>Sharing and the &amp;lawful basis…</source>
        <translation type="unfinished">&amp;Rhannu a'r sail gyfreithlon…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="179"/>
        <source>&amp;Helplines and local services…</source>
        <translation type="unfinished">&amp;Llinellau cymorth a gwasanaethau lleol…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="181"/>
        <source>D&amp;ashboard…</source>
        <translation type="unfinished">&amp;Dangosfwrdd…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>Report for &amp;funders…</source>
        <translation type="unfinished">Adroddiad i gyllid&amp;wyr…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="186"/>
        <source>Menu bar</source>
        <translation type="unfinished">Bar dewislenni</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="189"/>
        <source>&amp;Vault</source>
        <translation type="unfinished">&amp;Cronfa ddiogel</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="191"/>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;Pobl</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="193"/>
        <source>Ce&amp;ntre</source>
        <translation type="unfinished">Ca&amp;nolfan</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="194"/>
        <location filename="../../ui/record_menu.py" line="47"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Something unexpected went wrong. Anything already saved is safe. If it happens again, please let whoever looks after this laptop know; a note for them, with no personal details in it, has been kept.</source>
        <translation type="unfinished">Aeth rhywbeth annisgwyl o'i le. Mae unrhyw beth sydd wedi'i gadw eisoes yn ddiogel. Os bydd yn digwydd eto, rhowch wybod i bwy bynnag sy'n gofalu am y gliniadur hwn; mae nodyn ar eu cyfer, heb unrhyw fanylion personol ynddo, wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="16"/>
        <source>Photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="17"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="18"/>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="25"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="25"/>
        <location filename="../../ui/models/consent.py" line="91"/>
        <location filename="../../ui/models/risk.py" line="36"/>
        <source>By</source>
        <translation type="unfinished">Gan</translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="25"/>
        <source>Kept with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="25"/>
        <location filename="../../ui/models/directory.py" line="38"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attachments.py" line="25"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="36"/>
        <source>{date} at {time}</source>
        <translation type="unfinished">{date} am {time}</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="41"/>
        <location filename="../../ui/models/timeline.py" line="24"/>
        <location filename="../../ui/note_final.py" line="23"/>
        <location filename="../../ui/records.py" line="52"/>
        <source>a former colleague</source>
        <translation type="unfinished">cyn-gydweithiwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="57"/>
        <location filename="../../ui/person_dialog.py" line="147"/>
        <location filename="../../ui/person_view.py" line="64"/>
        <source>Preferred name</source>
        <translation type="unfinished">Enw dewisol</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="59"/>
        <location filename="../../ui/wording.py" line="39"/>
        <source>Keyworker</source>
        <translation type="unfinished">Gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="60"/>
        <location filename="../../ui/person_view.py" line="176"/>
        <source>Safe contact</source>
        <translation type="unfinished">Cyswllt diogel</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="61"/>
        <source>Case</source>
        <translation type="unfinished">Achos</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="62"/>
        <source>Last contact</source>
        <translation type="unfinished">Cyswllt diwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="63"/>
        <source>Next review due</source>
        <translation type="unfinished">Adolygiad nesaf yn ddyledus</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="64"/>
        <source>Good to know</source>
        <translation type="unfinished">Da gwybod</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="72"/>
        <source>No sessions yet</source>
        <translation type="unfinished">Dim sesiynau eto</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="76"/>
        <source>None set</source>
        <comment>review date</comment>
        <translation type="unfinished">Dim wedi'i osod</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="80"/>
        <location filename="../../ui/models/risk.py" line="52"/>
        <source>Closed</source>
        <comment>state</comment>
        <translation type="unfinished">Ar gau</translation>
    </message>
    <message>
        <location filename="../../ui/models/caseload.py" line="80"/>
        <location filename="../../ui/models/risk.py" line="52"/>
        <source>Open</source>
        <comment>state</comment>
        <translation type="unfinished">Ar agor</translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="34"/>
        <location filename="../../ui/models/findings.py" line="42"/>
        <source>Worth a thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="34"/>
        <location filename="../../ui/models/findings.py" line="42"/>
        <source>Worth changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="35"/>
        <source>On: untick to stop underlining these words at this centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="36"/>
        <source>Off at this centre: tick to underline these words again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="37"/>
        <source>Off unless your centre switches it on: tick to underline these words here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="38"/>
        <source>Switched on at this centre: untick to stop underlining these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="49"/>
        <source>Words it looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="50"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="51"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/centre_rules.py" line="172"/>
        <location filename="../../ui/models/findings.py" line="100"/>
        <location filename="../../ui/models/rules.py" line="34"/>
        <source>“{words}”</source>
        <comment>quoted words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="28"/>
        <source>Draft, not agreed yet</source>
        <translation type="unfinished">Drafft, heb gytuno eto</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="29"/>
        <source>Agreed</source>
        <translation type="unfinished">Cytunwyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="31"/>
        <location filename="../../ui/models/referrals.py" line="27"/>
        <source>Withdrawn</source>
        <translation type="unfinished">Wedi'i dynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="32"/>
        <source>Changed since</source>
        <translation type="unfinished">Wedi newid ers hynny</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="44"/>
        <source>Agreed, from {date}</source>
        <translation type="unfinished">Cytunwyd, o {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="46"/>
        <source>Ended: please ask her again</source>
        <translation type="unfinished">Wedi dod i ben: gofynnwch iddi eto</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="48"/>
        <source>Agreed, review with her</source>
        <translation type="unfinished">Cytunwyd, adolygwch gyda hi</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="50"/>
        <source>Agreed, ask her each time</source>
        <translation type="unfinished">Cytunwyd, gofynnwch iddi bob tro</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="61"/>
        <source>Until</source>
        <translation type="unfinished">Tan</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="91"/>
        <location filename="../../ui/models/timeline.py" line="46"/>
        <source>Recorded</source>
        <translation type="unfinished">Cofnodwyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="91"/>
        <location filename="../../ui/models/plans.py" line="80"/>
        <source>Version</source>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location filename="../../ui/models/consent.py" line="106"/>
        <location filename="../../ui/models/plans.py" line="95"/>
        <source>A colleague</source>
        <translation type="unfinished">Cydweithiwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="22"/>
        <source>Wellbeing questions: first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="23"/>
        <source>Wellbeing questions: 12-week review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="24"/>
        <source>Wellbeing questions: as support ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="25"/>
        <location filename="../../ui/outcomes_dialogs.py" line="245"/>
        <location filename="../../ui/outcomes_tab.py" line="129"/>
        <location filename="../../ui/outcomes_tab.py" line="120"/>
        <source>Wellbeing questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="49"/>
        <source>Safety plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="59"/>
        <source>Agreement to share comes to an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="61"/>
        <source>Agreement to share: check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="81"/>
        <source>Record due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="90"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="100"/>
        <location filename="../../ui/models/outcomes.py" line="87"/>
        <location filename="../../ui/models/outcomes.py" line="150"/>
        <location filename="../../ui/models/outcomes.py" line="167"/>
        <location filename="../../ui/models/timeline.py" line="39"/>
        <location filename="../safety_plans/leaving-custody.toml" line="37"/>
        <source>Date</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="100"/>
        <location filename="../../ui/models/retention.py" line="82"/>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="106"/>
        <location filename="../../ui/models/retention.py" line="91"/>
        <source>(name not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="109"/>
        <source>Date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="116"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="116"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="22"/>
        <source>Helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="23"/>
        <source>Local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="24"/>
        <source>Text or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="25"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="27"/>
        <source>Worth checking again: last checked over a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="28"/>
        <source>An example to replace with a real service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="39"/>
        <source>How to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="40"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="42"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/findings.py" line="90"/>
        <source>{level}: “{words}” (and %n more)</source>
        <extracomment>Singular: {level}: “{words}” (and %n more)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="94"/>
        <source>{level}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="103"/>
        <source>{one} or {other}</source>
        <comment>a list of choices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="114"/>
        <source>For example: {examples}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="116"/>
        <source>You might write {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/funder.py" line="17"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_report.py" line="16"/>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_report.py" line="31"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_report.py" line="31"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_report.py" line="31"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_report.py" line="31"/>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="30"/>
        <source>When she joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="31"/>
        <location filename="../../ui/models/plans.py" line="37"/>
        <source>Review</source>
        <translation type="unfinished">Adolygiad</translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="32"/>
        <source>As support ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="33"/>
        <source>A session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="35"/>
        <location filename="../../ui/outcomes_dialogs.py" line="44"/>
        <source>She'd rather skip this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="36"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="37"/>
        <source>Views differ: both kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="40"/>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="41"/>
        <source>Happy yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="42"/>
        <source>Anxious yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="69"/>
        <source>{value}: {words}</source>
        <comment>a reading and what it means</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="89"/>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="90"/>
        <source>Her reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="91"/>
        <source>Keyworker's reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="92"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="93"/>
        <source>What's helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="94"/>
        <location filename="../prompts/one-to-one.toml" line="66"/>
        <source>Next small step</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Y cam bach nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="123"/>
        <location filename="../../ui/outcomes_dialogs.py" line="201"/>
        <source>Her goal, in her words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="124"/>
        <source>Latest rating (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="125"/>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="126"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="348"/>
        <source>Where it is</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="135"/>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="136"/>
        <source>{score} ({date})</source>
        <comment>a rating and its date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="143"/>
        <source>Finished {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="159"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="167"/>
        <source>Measure and where it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outcomes.py" line="167"/>
        <location filename="../../ui/models/risk.py" line="36"/>
        <location filename="../../ui/outcomes_dialogs.py" line="315"/>
        <location filename="../../ui/risk_form.py" line="201"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_table.py" line="120"/>
        <source>{label} (private)</source>
        <translation type="unfinished">{label} (preifat)</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="27"/>
        <source>Review overdue</source>
        <translation type="unfinished">Adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="28"/>
        <source>Review due</source>
        <translation type="unfinished">Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="29"/>
        <source>Put away</source>
        <translation type="unfinished">Wedi'i roi o'r neilltu</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="37"/>
        <source>Plan</source>
        <translation type="unfinished">Cynllun</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="37"/>
        <location filename="../../ui/plan_editor.py" line="213"/>
        <source>Review by</source>
        <translation type="unfinished">Adolygu erbyn</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="37"/>
        <source>Template</source>
        <translation type="unfinished">Templed</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="58"/>
        <source>{template} (version {version})</source>
        <translation type="unfinished">{template} (fersiwn {version})</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="80"/>
        <source>Saved</source>
        <translation type="unfinished">Cadwyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="80"/>
        <source>What changed</source>
        <translation type="unfinished">Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="139"/>
        <source>{name} ({relationship})</source>
        <translation type="unfinished">{name} ({relationship})</translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="21"/>
        <source>Can go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="22"/>
        <source>She agreed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="23"/>
        <location filename="../../ui/sharing_settings.py" line="67"/>
        <source>Without her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="24"/>
        <source>Can go: review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="25"/>
        <source>Ask her first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="26"/>
        <source>Agreement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="28"/>
        <source>She said never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="29"/>
        <source>Can't go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="34"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="34"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="34"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="51"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="66"/>
        <source>Nothing was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="72"/>
        <source>Decided not to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="79"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/referrals.py" line="79"/>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="21"/>
        <source>Closed case (her whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="22"/>
        <source>Deleted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="30"/>
        <source>%n person records</source>
        <extracomment>Singular: %n person record</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="31"/>
        <source>%n cases</source>
        <extracomment>Singular: %n case</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="33"/>
        <location filename="../../ui/models/timeline.py" line="53"/>
        <source>%n addenda</source>
        <extracomment>Singular: %n addendum</extracomment>
        <translation type="unfinished">
            <numerusform>%n ychwanegiad</numerusform>
            <numerusform>%n ychwanegiad</numerusform>
            <numerusform>%n ychwanegiad</numerusform>
            <numerusform>%n ychwanegiad</numerusform>
            <numerusform>%n ychwanegiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="34"/>
        <source>%n safety plans</source>
        <extracomment>Singular: %n safety plan</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="35"/>
        <source>%n safety plan versions</source>
        <extracomment>Singular: %n safety plan version</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="36"/>
        <source>%n support lists</source>
        <extracomment>Singular: %n support list</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="37"/>
        <source>%n risk identification records</source>
        <extracomment>Singular: %n risk identification record</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="40"/>
        <source>%n consent records</source>
        <extracomment>Singular: %n consent record</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="41"/>
        <source>%n referral drafts</source>
        <extracomment>Singular: %n referral draft</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="42"/>
        <source>%n sharing decisions</source>
        <extracomment>Singular: %n sharing decision</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="43"/>
        <source>%n export records</source>
        <extracomment>Singular: %n export record</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="44"/>
        <source>%n documents or evidence</source>
        <extracomment>Singular: %n document or evidence</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/retention.py" line="45"/>
        <source>%n outcomes records</source>
        <extracomment>Singular: %n outcomes record</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="72"/>
        <source>A manager set this review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="74"/>
        <source>Deleted on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="75"/>
        <source>Her last case closed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="83"/>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="84"/>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/retention.py" line="86"/>
        <source>A deletion would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="16"/>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="17"/>
        <source>Decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="19"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="626"/>
        <source>Referred</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Wedi'i hatgyfeirio</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="20"/>
        <source>Already at Marac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="21"/>
        <source>Not referring, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="36"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="36"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rules.py" line="28"/>
        <source>“{words}” (a hint) (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rules.py" line="30"/>
        <source>“{words}” (a hint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rules.py" line="32"/>
        <source>“{words}” (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/rules.py" line="41"/>
        <source>{title} (%n rules, {off} off)</source>
        <extracomment>Singular: {title} (%n rule, {off} off)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/rules.py" line="43"/>
        <source>{title} (%n rules)</source>
        <extracomment>Singular: {title} (%n rule)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="22"/>
        <source>Her name</source>
        <translation type="unfinished">Ei henw</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="31"/>
        <location filename="../../ui/models/timeline.py" line="40"/>
        <source>Session</source>
        <translation type="unfinished">Sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="31"/>
        <source>Where it matched</source>
        <translation type="unfinished">Ble roedd yn cyfateb</translation>
    </message>
    <message>
        <location filename="../../ui/models/support.py" line="13"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../../ui/models/support.py" line="13"/>
        <source>Service</source>
        <translation type="unfinished">Gwasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/models/support.py" line="21"/>
        <source>Person or service</source>
        <translation type="unfinished">Person neu wasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/models/support.py" line="22"/>
        <location filename="../../ui/support_list.py" line="92"/>
        <source>Who they are to her</source>
        <translation type="unfinished">Pwy ydyn nhw iddi hi</translation>
    </message>
    <message>
        <location filename="../../ui/models/support.py" line="23"/>
        <location filename="../../ui/support_list.py" line="93"/>
        <source>How to reach them</source>
        <translation type="unfinished">Sut i gysylltu â nhw</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline.py" line="41"/>
        <source>Contact</source>
        <translation type="unfinished">Cyswllt</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline.py" line="42"/>
        <source>Length</source>
        <translation type="unfinished">Hyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline.py" line="44"/>
        <location filename="../../ui/note_addenda.py" line="54"/>
        <location filename="../../ui/note_addenda.py" line="62"/>
        <source>Addenda</source>
        <translation type="unfinished">Ychwanegiadau</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline.py" line="86"/>
        <source>Draft (only you can see it)</source>
        <translation type="unfinished">Drafft (dim ond chi sy'n gallu ei weld)</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline.py" line="86"/>
        <source>Final</source>
        <comment>note</comment>
        <translation type="unfinished">Terfynol</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="20"/>
        <location filename="../../ui/users_view.py" line="125"/>
        <source>Role</source>
        <translation type="unfinished">Rôl</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="20"/>
        <location filename="../../ui/unlock.py" line="109"/>
        <source>User name</source>
        <translation type="unfinished">Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/note_addenda.py" line="26"/>
        <source>Please write the correction or addition first.</source>
        <translation type="unfinished">Ysgrifennwch y cywiriad neu'r ychwanegiad yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/note_addenda.py" line="27"/>
        <source>Your unfinished addendum is back, just as you left it.</source>
        <translation type="unfinished">Mae eich ychwanegiad heb ei orffen yn ôl, yn union fel y gadawoch chi ef.</translation>
    </message>
    <message>
        <location filename="../../ui/note_addenda.py" line="56"/>
        <source>New addendum</source>
        <translation type="unfinished">Ychwanegiad newydd</translation>
    </message>
    <message>
        <location filename="../../ui/note_addenda.py" line="58"/>
        <source>A correction or an addition, dated today</source>
        <translation type="unfinished">Cywiriad neu ychwanegiad, wedi'i ddyddio heddiw</translation>
    </message>
    <message>
        <location filename="../../ui/note_addenda.py" line="59"/>
        <source>Add &amp;addendum</source>
        <translation type="unfinished">Rhoi &amp;ychwanegiad</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="63"/>
        <source>Finalise this note? It then becomes part of her record and can't be changed, though you can always add a dated addendum to correct or add to it.</source>
        <translation type="unfinished">Cwblhau'r nodyn hwn? Bydd yn dod yn rhan o'i chofnod wedyn ac ni ellir ei newid, ond gallwch chi bob amser roi ychwanegiad wedi'i ddyddio i'w gywiro neu i ychwanegu ato.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="67"/>
        <source>This note was saved from somewhere else while you were writing. So that nothing is lost, your version has been kept as a separate draft, and that's the one open now. Both are in her timeline.</source>
        <translation type="unfinished">Cafodd y nodyn hwn ei gadw o rywle arall tra oeddech chi'n ysgrifennu. Fel na fydd dim yn cael ei golli, mae eich fersiwn chi wedi'i chadw fel drafft ar wahân, a dyna'r un sydd ar agor nawr. Mae'r ddau yn ei llinell amser.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="72"/>
        <source>Not saved yet: it will save itself in a moment.</source>
        <translation type="unfinished">Heb ei gadw eto: bydd yn cadw ei hun mewn eiliad.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="73"/>
        <source>Saved in her record: “{}” is a word she uses for herself.</source>
        <translation type="unfinished">Wedi'i gadw yn ei chofnod: mae “{}” yn air mae hi'n ei ddefnyddio amdani hi ei hun.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="74"/>
        <source>Her word counts in this note, but it isn't in her record yet.</source>
        <translation type="unfinished">Mae ei gair hi'n cyfrif yn y nodyn hwn, ond nid yw yn ei chofnod eto.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="112"/>
        <source>Session note: {name}</source>
        <translation type="unfinished">Nodyn sesiwn: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="115"/>
        <source>What happened in the session</source>
        <translation type="unfinished">Beth ddigwyddodd yn y sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="117"/>
        <source>Finalised</source>
        <translation type="unfinished">Wedi'i gwblhau</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="122"/>
        <source>Saving</source>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="123"/>
        <source>Note status</source>
        <translation type="unfinished">Statws y nodyn</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="124"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">Dadwne&amp;ud</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="124"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished">Dadwneud (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="125"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="125"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished">Ailwneud (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="126"/>
        <source>&amp;Her words (Ctrl+Shift+W)</source>
        <translation type="unfinished">&amp;Ei geiriau (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="126"/>
        <source>Her words</source>
        <translation type="unfinished">Ei geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="127"/>
        <source>&amp;Save now (Ctrl+S)</source>
        <translation type="unfinished">&amp;Cadw nawr (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="127"/>
        <source>Save now</source>
        <translation type="unfinished">Cadw nawr</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="128"/>
        <source>&amp;Finalise… (Ctrl+Return)</source>
        <translation type="unfinished">Cwb&amp;lhau… (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="128"/>
        <source>Finalise</source>
        <translation type="unfinished">Cwblhau</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="141"/>
        <source>Recorded in the session prompts</source>
        <translation type="unfinished">Wedi'i gofnodi yn anogwyr y sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="266"/>
        <source>Final: read-only</source>
        <translation type="unfinished">Terfynol: darllen yn unig</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="268"/>
        <source>New note</source>
        <translation type="unfinished">Nodyn newydd</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="377"/>
        <source>Addendum draft saved at {time}.</source>
        <translation type="unfinished">Drafft yr ychwanegiad wedi'i gadw am {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="377"/>
        <source>Draft saved at {time}.</source>
        <translation type="unfinished">Drafft wedi'i gadw am {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="381"/>
        <location filename="../../ui/note_editor.py" line="268"/>
        <source>Draft</source>
        <translation type="unfinished">Drafft</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="397"/>
        <source>Not saved just now. {reason} It will try again shortly.</source>
        <translation type="unfinished">Heb ei gadw y tro hwn. {reason} Bydd yn rhoi cynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="472"/>
        <source>Finalise it</source>
        <translation type="unfinished">Ei gwblhau</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="472"/>
        <location filename="../../ui/risk_tab.py" line="129"/>
        <location filename="../prompts/review-closing.toml" line="69"/>
        <source>Not yet</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Ddim eto</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="477"/>
        <source>Finalising…</source>
        <translation type="unfinished">Wrthi'n cwblhau…</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="486"/>
        <source>Finalised. It's now part of her record.</source>
        <translation type="unfinished">Wedi'i gwblhau. Mae nawr yn rhan o'i chofnod.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="491"/>
        <source>Addendum added.</source>
        <translation type="unfinished">Mae'r ychwanegiad wedi'i roi ar y nodyn.</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="30"/>
        <source>Session type</source>
        <translation type="unfinished">Math o sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="41"/>
        <source>Length in minutes</source>
        <translation type="unfinished">Hyd mewn munudau</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="44"/>
        <source> minutes</source>
        <comment>length suffix</comment>
        <translation type="unfinished"> munud</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="47"/>
        <source>How you met</source>
        <translation type="unfinished">Sut gwnaethoch chi gwrdd</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="53"/>
        <source>Session &amp;type</source>
        <translation type="unfinished">&amp;Math o sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="54"/>
        <source>&amp;Date</source>
        <translation type="unfinished">&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="55"/>
        <source>&amp;Length</source>
        <translation type="unfinished">&amp;Hyd</translation>
    </message>
    <message>
        <location filename="../../ui/note_fields.py" line="56"/>
        <source>How you &amp;met</source>
        <translation type="unfinished">Sut gwnaethoch chi g&amp;wrdd</translation>
    </message>
    <message>
        <location filename="../../ui/note_final.py" line="24"/>
        <source>Nothing was recorded in the session prompts; the note above says it all.</source>
        <translation type="unfinished">Ni chofnodwyd dim yn anogwyr y sesiwn; mae'r nodyn uchod yn dweud y cyfan.</translation>
    </message>
    <message>
        <location filename="../../ui/note_final.py" line="63"/>
        <source>Finalised earlier by {author}. Add an addendum below to correct or add to it.</source>
        <translation type="unfinished">Wedi'i gwblhau yn gynharach gan {author}. Rhowch ychwanegiad isod i'w gywiro neu i ychwanegu ato.</translation>
    </message>
    <message>
        <location filename="../../ui/note_final.py" line="66"/>
        <source>Finalised on {date} at {time} by {author}. Add an addendum below to correct or add to it.</source>
        <translation type="unfinished">Wedi'i gwblhau ar {date} am {time} gan {author}. Rhowch ychwanegiad isod i'w gywiro neu i ychwanegu ato.</translation>
    </message>
    <message>
        <location filename="../../ui/note_final.py" line="73"/>
        <source>No addenda yet.</source>
        <translation type="unfinished">Dim ychwanegiadau eto.</translation>
    </message>
    <message>
        <location filename="../../ui/note_final.py" line="77"/>
        <source>Addendum on {date} at {time}, by {author}:</source>
        <translation type="unfinished">Ychwanegiad ar {date} am {time}, gan {author}:</translation>
    </message>
    <message>
        <location filename="../../ui/note_prompts.py" line="33"/>
        <source>Change the session type to “{new}”? These answers have no place in its prompts and would be set aside: {labels}. Every answer its prompts also ask for is kept.</source>
        <translation type="unfinished">Newid math y sesiwn i “{new}”? Does dim lle i'r atebion hyn yn ei anogwyr, felly bydden nhw'n cael eu rhoi o'r neilltu: {labels}. Mae pob ateb y mae ei anogwyr hefyd yn gofyn amdano yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/note_prompts.py" line="37"/>
        <source>The session prompts couldn't be opened just now, so only the note itself is shown. Anything already recorded in them is kept.</source>
        <translation type="unfinished">Nid oedd modd agor anogwyr y sesiwn ar hyn o bryd, felly dim ond y nodyn ei hun sydd i'w weld. Mae unrhyw beth sydd eisoes wedi'i gofnodi ynddyn nhw yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/note_prompts.py" line="58"/>
        <location filename="../../ui/prompt_sections.py" line="160"/>
        <source>Session prompts</source>
        <translation type="unfinished">Anogwyr y sesiwn</translation>
    </message>
    <message>
        <location filename="../../ui/note_prompts.py" line="154"/>
        <source>Change and set them aside</source>
        <translation type="unfinished">Newid a'u rhoi o'r neilltu</translation>
    </message>
    <message>
        <location filename="../../ui/note_prompts.py" line="155"/>
        <source>Keep “{name}”</source>
        <translation type="unfinished">Cadw “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="43"/>
        <source>Not talked about this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="45"/>
        <source>No reading from me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="46"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="48"/>
        <source>Go through the areas she wants to talk about, at her pace. Her reading comes first; yours, if you give one, is kept beside hers. Any area can be left for another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="52"/>
        <source>Read each question as it is written, so her answers can be compared over time. Any question can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="75"/>
        <source>When this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="89"/>
        <source>{area}: her reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="95"/>
        <source>{area}: keyworker's reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="99"/>
        <source>{area}: what's helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="100"/>
        <source>{area}: next small step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="104"/>
        <source>{area}: a way to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="106"/>
        <source>Her reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="107"/>
        <source>Your reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="108"/>
        <source>What's helping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="109"/>
        <source>Next small step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="141"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="146"/>
        <source>Date of the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="148"/>
        <location filename="../../ui/outcomes_dialogs.py" line="206"/>
        <location filename="../../ui/outcomes_dialogs.py" line="233"/>
        <location filename="../../ui/outcomes_dialogs.py" line="252"/>
        <location filename="../../ui/outcomes_dialogs.py" line="317"/>
        <location filename="../../ui/outcomes_dialogs.py" line="352"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="149"/>
        <location filename="../../ui/outcomes_dialogs.py" line="253"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="162"/>
        <source>Please give at least one reading, or mark an area she'd rather skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="174"/>
        <source>Her reading of {area}: {hers}. Yours is kept beside hers, not instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="178"/>
        <source>Her reading of this area: {hers}. Yours is kept beside hers, not instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="180"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="180"/>
        <location filename="../../ui/outcomes_tab.py" line="125"/>
        <source>Add your reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="186"/>
        <source>&amp;Your reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="196"/>
        <location filename="../../ui/outcomes_tab.py" line="126"/>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="197"/>
        <source>Write it the way she says it. She can have up to three goals at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="198"/>
        <source>&amp;Add the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="204"/>
        <source>Date the goal was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="205"/>
        <source>Her &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="221"/>
        <source>Rate a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="222"/>
        <source>“{goal}”: where is she with this today, from 0 to 10?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="225"/>
        <source>&amp;Save the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="230"/>
        <source>Her rating, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="231"/>
        <source>Date of the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="232"/>
        <source>Her &amp;rating (0 to 10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="250"/>
        <source>Date of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="270"/>
        <source>The question, in the ONS wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="271"/>
        <source>Her answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="272"/>
        <source>Where the questions come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="289"/>
        <source>Please record at least one answer, or that she chose not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="300"/>
        <source>A licensed measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="301"/>
        <source>For a measure done under the centre's licence elsewhere. Only its name, the date and the score are kept here, never its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="307"/>
        <source>The measure and where it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="309"/>
        <source>For example: the measure's name, done on its own website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="311"/>
        <source>Date it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="316"/>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="318"/>
        <location filename="../../ui/risk_form.py" line="246"/>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="335"/>
        <location filename="../../ui/outcomes_tab.py" line="132"/>
        <location filename="../../ui/outcomes_tab.py" line="122"/>
        <source>Counted in anonymised figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="336"/>
        <source>Ask her whether her readings can be counted, with her name and words taken out, in the figures the centre shares with funders. Saying no changes nothing about her support, and she can change her mind at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="341"/>
        <source>&amp;Save her choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="343"/>
        <source>&amp;Yes, she's happy to be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="344"/>
        <source>&amp;No, leave her out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="349"/>
        <source>Date she chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_dialogs.py" line="359"/>
        <source>Please choose yes or no, as she decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="61"/>
        <source>Her &amp;outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="62"/>
        <source>Nothing recorded yet. A check-in is a chance for her to say how each part of life feels now, in her own words; she can skip anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="66"/>
        <source>Please choose one of her goals in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="67"/>
        <source>Please choose one of her readings in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="84"/>
        <source>When it feels right, the wellbeing questions can be asked for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="86"/>
        <source>As her support ends, she may like to answer the wellbeing questions once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="87"/>
        <source>The wellbeing questions are due again around {date}, whenever it feels right for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="94"/>
        <source>Not asked yet whether she's happy to be counted in anonymised figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="96"/>
        <source>She's happy to be counted, anonymously, in the centre's figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="97"/>
        <source>She'd rather not be counted in the centre's figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="106"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="108"/>
        <source>Her outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="116"/>
        <source>Her check-in readings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="117"/>
        <location filename="../prompts/review-closing.toml" line="41"/>
        <source>Her goals</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Ei nodau</translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="118"/>
        <source>Her wellbeing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="119"/>
        <location filename="../../ui/outcomes_tab.py" line="146"/>
        <source>Licensed measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="123"/>
        <source>Record a &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="123"/>
        <source>Record a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="124"/>
        <source>Her &amp;journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="125"/>
        <source>Add &amp;your reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="126"/>
        <source>Add a &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="127"/>
        <source>&amp;Rate the goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="127"/>
        <source>Rate the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="128"/>
        <source>Goal &amp;finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="128"/>
        <source>Mark the chosen goal as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="129"/>
        <source>&amp;Wellbeing questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="130"/>
        <source>Add a licensed &amp;measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="130"/>
        <source>Add a licensed measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="132"/>
        <source>Counted in &amp;figures?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="135"/>
        <source>Parts of her outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="138"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="142"/>
        <location filename="../prompts/review-closing.toml" line="50"/>
        <source>Goals</source>
        <extracomment>From resources/prompts/review-closing.toml</extracomment>
        <translation type="unfinished">Nodau</translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="274"/>
        <source>This reading already has a keyworker's view, or she chose to skip the area. To add a new view, please record a new check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcomes_tab.py" line="320"/>
        <source>Mark “{goal}” as finished? Its ratings stay on her journey, and she can set a new goal in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="32"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished">C&amp;yferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="26"/>
        <source>The two new passphrases don't match yet.</source>
        <translation type="unfinished">Nid yw'r ddau gyfrinymadrodd newydd yn cyfateb eto.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="28"/>
        <source>Welcome. Before you start, please choose a passphrase of your own. Only you will know it: not even a manager can see it. Three random words strung together work well.</source>
        <translation type="unfinished">Croeso. Cyn i chi ddechrau, dewiswch gyfrinymadrodd eich hun. Dim ond chi fydd yn ei wybod: ni all hyd yn oed rheolwr ei weld. Mae tri gair ar hap wedi'u rhoi at ei gilydd yn gweithio'n dda.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="32"/>
        <source>Choose a new passphrase. Three random words strung together work well.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd newydd. Mae tri gair ar hap wedi'u rhoi at ei gilydd yn gweithio'n dda.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="33"/>
        <source>If a colleague has forgotten her passphrase, you can give her a new one with the recovery key from the centre's safe. She'll be asked to choose her own the next time she unlocks.</source>
        <translation type="unfinished">Os yw cydweithiwr wedi anghofio ei chyfrinymadrodd, gallwch roi un newydd iddi gyda'r allwedd adfer o sêff y ganolfan. Bydd hi'n cael ei holi i ddewis ei chyfrinymadrodd ei hun y tro nesaf y bydd hi'n datgloi.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="56"/>
        <source>New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="57"/>
        <source>New passphrase again</source>
        <translation type="unfinished">Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="59"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>New passphrase a&amp;gain</source>
        <translation type="unfinished">Cyfrinymadrodd newydd &amp;eto</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="95"/>
        <source>Choose your passphrase</source>
        <translation type="unfinished">Dewiswch eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="97"/>
        <source>&amp;Save my passphrase</source>
        <translation type="unfinished">&amp;Cadw fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="102"/>
        <source>Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="102"/>
        <source>The passphrase you were given</source>
        <translation type="unfinished">Y cyfrinymadrodd a gawsoch chi</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>The passphrase you were &amp;given</source>
        <translation type="unfinished">Y cyfrinymadrodd a &amp;gawsoch chi</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="111"/>
        <source>&amp;Lock instead</source>
        <translation type="unfinished">C&amp;loi yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="112"/>
        <source>Lock instead</source>
        <translation type="unfinished">Cloi yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="121"/>
        <source>Please type the passphrase you unlocked with.</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd a ddefnyddioch chi i ddatgloi.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="125"/>
        <source>Please choose a new passphrase.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="146"/>
        <source>Reset a passphrase with the recovery key</source>
        <translation type="unfinished">Ailosod cyfrinymadrodd gyda'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="148"/>
        <source>&amp;Reset her passphrase</source>
        <translation type="unfinished">&amp;Ailosod ei chyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="150"/>
        <location filename="../../ui/recovery_key.py" line="95"/>
        <location filename="../../ui/restore_wizard.py" line="246"/>
        <source>Recovery key</source>
        <translation type="unfinished">Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="152"/>
        <source>the groups of four from the printed key</source>
        <translation type="unfinished">y grwpiau o bedwar o'r allwedd argraffedig</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="153"/>
        <location filename="../../ui/users_view.py" line="150"/>
        <source>Her user name</source>
        <translation type="unfinished">Ei henw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="154"/>
        <source>&amp;Recovery key</source>
        <translation type="unfinished">Allwedd a&amp;dfer</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="155"/>
        <location filename="../../ui/users_view.py" line="156"/>
        <source>Her &amp;user name</source>
        <translation type="unfinished">Ei &amp;henw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="164"/>
        <source>Please type the recovery key from the printed copy.</source>
        <translation type="unfinished">Teipiwch yr allwedd adfer o'r copi argraffedig.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="166"/>
        <source>Please type the user name of the colleague who needs a new passphrase.</source>
        <translation type="unfinished">Teipiwch enw defnyddiwr y cydweithiwr sydd angen cyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="170"/>
        <source>Please choose a passphrase for her to use today.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd iddi ei ddefnyddio heddiw.</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="54"/>
        <source>Only her preferred name is needed now. Everything else can wait until it is safe and right to ask, and she can always choose not to answer.</source>
        <translation type="unfinished">Dim ond ei henw dewisol sydd ei angen nawr. Gall popeth arall aros nes ei bod yn ddiogel ac yn iawn gofyn, a gall hi bob amser ddewis peidio ag ateb.</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="67"/>
        <source>{name}: how the question went</source>
        <translation type="unfinished">{name}: sut aeth y cwestiwn</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="141"/>
        <source>Add someone</source>
        <translation type="unfinished">Ychwanegu rhywun</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="141"/>
        <location filename="../../ui/person_view.py" line="131"/>
        <source>Edit her details</source>
        <translation type="unfinished">Golygu ei manylion</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="143"/>
        <location filename="../../ui/users_view.py" line="148"/>
        <source>&amp;Add her</source>
        <translation type="unfinished">Ei hy&amp;chwanegu</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="153"/>
        <source>separate with commas, for example Polish, English</source>
        <translation type="unfinished">gwahanwch â choma, er enghraifft Pwyleg, Saesneg</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="165"/>
        <source>Safe to contact her by {method}</source>
        <translation type="unfinished">Diogel i gysylltu â hi drwy {method}</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="168"/>
        <location filename="../../ui/person_view.py" line="72"/>
        <location filename="../referral_templates/idva.toml" line="43"/>
        <location filename="../referral_templates/marac.toml" line="51"/>
        <location filename="../referral_templates/probation.toml" line="76"/>
        <source>Safe times</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished">Amseroedd diogel</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="169"/>
        <source>for example after 6pm</source>
        <translation type="unfinished">er enghraifft ar ôl 6pm</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="171"/>
        <location filename="../../ui/person_view.py" line="73"/>
        <location filename="../referral_templates/mental-health.toml" line="51"/>
        <source>Voicemail</source>
        <extracomment>From resources/referral_templates/mental-health.toml</extracomment>
        <translation type="unfinished">Neges llais</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="174"/>
        <location filename="../../ui/person_view.py" line="74"/>
        <source>Check phrase</source>
        <translation type="unfinished">Ymadrodd gwirio</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="175"/>
        <location filename="../../ui/person_view.py" line="75"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="125"/>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="44"/>
        <location filename="../referral_templates/gp.toml" line="51"/>
        <location filename="../referral_templates/idva.toml" line="53"/>
        <location filename="../referral_templates/mental-health.toml" line="56"/>
        <source>If someone else answers</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="177"/>
        <source>Things she has asked us to know, one to a line</source>
        <translation type="unfinished">Pethau mae hi wedi gofyn i ni eu gwybod, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="179"/>
        <source>One thing to a line</source>
        <translation type="unfinished">Un peth ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="182"/>
        <source>Words she uses for herself, one to a line</source>
        <translation type="unfinished">Geiriau mae hi'n eu defnyddio amdani hi ei hun, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="184"/>
        <source>One word or phrase to a line</source>
        <translation type="unfinished">Un gair neu ymadrodd ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="187"/>
        <source>&amp;Preferred name</source>
        <translation type="unfinished">&amp;Enw dewisol</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="188"/>
        <source>&amp;Full name</source>
        <translation type="unfinished">Enw &amp;llawn</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="189"/>
        <source>Pr&amp;onouns</source>
        <translation type="unfinished">&amp;Rhagenwau</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="190"/>
        <source>&amp;Date of birth</source>
        <translation type="unfinished">&amp;Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="191"/>
        <source>&amp;Languages</source>
        <translation type="unfinished">&amp;Ieithoedd</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="192"/>
        <source>&amp;Interpreter</source>
        <translation type="unfinished">Cy&amp;fieithydd ar y pryd</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="193"/>
        <source>Access &amp;needs</source>
        <translation type="unfinished">Anghenion &amp;mynediad</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="194"/>
        <source>Safe &amp;ways to contact her</source>
        <translation type="unfinished">Ffyrdd diogel o gy&amp;sylltu â hi</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="195"/>
        <source>Safe &amp;times</source>
        <translation type="unfinished">&amp;Amseroedd diogel</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="196"/>
        <source>&amp;Voicemail</source>
        <translation type="unfinished">&amp;Neges llais</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="197"/>
        <source>C&amp;heck phrase</source>
        <translation type="unfinished">Ymadrodd gwiri&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="198"/>
        <source>If someone &amp;else answers</source>
        <translation type="unfinished">Os bydd rhywun arall yn a&amp;teb</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="199"/>
        <source>Things she's as&amp;ked us to know</source>
        <translation type="unfinished">&amp;Pethau mae hi wedi gofyn i ni eu gwybod</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="200"/>
        <source>Words she &amp;uses for herself</source>
        <translation type="unfinished">&amp;Geiriau mae hi'n eu defnyddio amdani hi ei hun</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="202"/>
        <source>How she came to us</source>
        <translation type="unfinished">Sut daeth hi atom ni</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="207"/>
        <source>How she &amp;came to us</source>
        <translation type="unfinished">Sut daeth &amp;hi atom ni</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="241"/>
        <source>Please add the name she'd like us to use.</source>
        <translation type="unfinished">Ychwanegwch yr enw yr hoffai hi i ni ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="244"/>
        <source>That date of birth is in the future. Please check it.</source>
        <translation type="unfinished">Mae'r dyddiad geni hwnnw yn y dyfodol. Gwiriwch ef, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="46"/>
        <source>No sessions written up yet. Press Ctrl+N to start a note.</source>
        <translation type="unfinished">Does dim sesiynau wedi'u cofnodi eto. Pwyswch Ctrl+N i ddechrau nodyn.</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="47"/>
        <source>Her case is closed. To write a new note, open a new case first.</source>
        <translation type="unfinished">Mae ei hachos wedi'i gau. I ysgrifennu nodyn newydd, agorwch achos newydd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="74"/>
        <source>None agreed yet</source>
        <translation type="unfinished">Dim wedi'i gytuno eto</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="76"/>
        <source>Nothing recorded yet</source>
        <translation type="unfinished">Dim wedi'i gofnodi eto</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="76"/>
        <source>Things she has asked us to know</source>
        <translation type="unfinished">Pethau mae hi wedi gofyn i ni eu gwybod</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="77"/>
        <source>None recorded yet</source>
        <translation type="unfinished">Dim wedi'u cofnodi eto</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="77"/>
        <source>Words she uses for herself</source>
        <translation type="unfinished">Geiriau mae hi'n eu defnyddio amdani hi ei hun</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="125"/>
        <location filename="../../ui/person_view.py" line="183"/>
        <source>How to contact her safely</source>
        <translation type="unfinished">Sut i gysylltu â hi'n ddiogel</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="126"/>
        <source>Check phrase and if someone else answers</source>
        <translation type="unfinished">Ymadrodd gwirio, ac os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="127"/>
        <source>Her case</source>
        <translation type="unfinished">Ei hachos</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="128"/>
        <source>&amp;New session note</source>
        <translation type="unfinished">&amp;Nodyn sesiwn newydd</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="129"/>
        <source>&amp;Edit her details</source>
        <translation type="unfinished">&amp;Golygu ei manylion</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="130"/>
        <source>&amp;New session note (Ctrl+N)</source>
        <translation type="unfinished">&amp;Nodyn sesiwn newydd (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="130"/>
        <source>New session note</source>
        <translation type="unfinished">Nodyn sesiwn newydd</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="131"/>
        <source>&amp;Edit her details (Ctrl+E)</source>
        <translation type="unfinished">&amp;Golygu ei manylion (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="134"/>
        <source>Her record's sections</source>
        <translation type="unfinished">Adrannau ei chofnod</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="137"/>
        <source>Sessions note</source>
        <translation type="unfinished">Nodyn am y sesiynau</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="158"/>
        <source>Her sessions, newest first</source>
        <translation type="unfinished">Ei sesiynau, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="183"/>
        <source>Safe contact title</source>
        <translation type="unfinished">Teitl cysylltu'n ddiogel</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="203"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished">&amp;Sesiynau</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="208"/>
        <source>&amp;About her</source>
        <translation type="unfinished">&amp;Amdani hi</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="230"/>
        <source>Reference {reference}</source>
        <translation type="unfinished">Cyfeirnod {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="237"/>
        <source>Check phrase: “{phrase}”</source>
        <translation type="unfinished">Ymadrodd gwirio: “{phrase}”</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="240"/>
        <source>If someone else answers: {plan}</source>
        <translation type="unfinished">Os bydd rhywun arall yn ateb: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="254"/>
        <source>Case open since {date}, with {keyworkers}.</source>
        <translation type="unfinished">Achos ar agor ers {date}, gyda {keyworkers}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="257"/>
        <source>&amp;Close her case…</source>
        <translation type="unfinished">&amp;Cau ei hachos…</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="262"/>
        <source>Case closed on {date}.</source>
        <translation type="unfinished">Cafodd yr achos ei gau ar {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="264"/>
        <source>No open case.</source>
        <translation type="unfinished">Does dim achos ar agor.</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="267"/>
        <source>&amp;Open a new case…</source>
        <translation type="unfinished">Agor ac&amp;hos newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/person_view.py" line="278"/>
        <source>{label}:</source>
        <translation type="unfinished">{label}:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="54"/>
        <source>Safety plan, version {number}</source>
        <translation type="unfinished">Cynllun diogelwch, fersiwn {number}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="55"/>
        <source>Safety plan, version {number} (read only)</source>
        <translation type="unfinished">Cynllun diogelwch, fersiwn {number} (darllen yn unig)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="56"/>
        <source>This is an earlier version, shown as it was saved. It can't be changed.</source>
        <translation type="unfinished">Fersiwn gynharach yw hon, wedi'i dangos fel y cafodd ei chadw. Does dim modd ei newid.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="57"/>
        <source>Saved as version {number}.</source>
        <translation type="unfinished">Wedi'i gadw fel fersiwn {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="58"/>
        <source>A colleague saved this plan while you were working on it. Everything you typed is still here, and their version has opened alongside. Please add your changes to the latest version.</source>
        <translation type="unfinished">Cadwodd cydweithiwr y cynllun hwn tra oeddech chi'n gweithio arno. Mae popeth a deipiwyd gennych chi yma o hyd, ac mae eu fersiwn nhw wedi agor ochr yn ochr. Ychwanegwch eich newidiadau at y fersiwn ddiweddaraf.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="125"/>
        <location filename="../../ui/plans_tab.py" line="50"/>
        <source>What this plan is for</source>
        <translation type="unfinished">Beth yw diben y cynllun hwn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="130"/>
        <source>Which part of the plan</source>
        <translation type="unfinished">Pa ran o'r cynllun</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="131"/>
        <location filename="../../ui/plans_tab.py" line="64"/>
        <source>Every section</source>
        <translation type="unfinished">Pob adran</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="134"/>
        <source>A reminder for this view</source>
        <translation type="unfinished">Nodyn atgoffa ar gyfer y wedd hon</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="137"/>
        <source>Showing</source>
        <translation type="unfinished">Yn dangos</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="137"/>
        <source>Showing:</source>
        <translation type="unfinished">Yn dangos:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="153"/>
        <source>{section}: about</source>
        <translation type="unfinished">{section}: gwybodaeth</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>The plan</source>
        <translation type="unfinished">Y cynllun</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="171"/>
        <source>Safety plan: message</source>
        <translation type="unfinished">Cynllun diogelwch: neges</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="172"/>
        <source>&amp;Save a new version (Ctrl+S)</source>
        <translation type="unfinished">&amp;Cadw fersiwn newydd (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="172"/>
        <source>Save a new version</source>
        <translation type="unfinished">Cadw fersiwn newydd</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="174"/>
        <source>&amp;Make the checklist</source>
        <translation type="unfinished">&amp;Llunio'r rhestr wirio</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="174"/>
        <source>Make the checklist from answers</source>
        <translation type="unfinished">Llunio'r rhestr wirio o'r atebion</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="178"/>
        <source>&amp;Her copy…</source>
        <translation type="unfinished">&amp;Ei chopi hi…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="179"/>
        <location filename="../../ui/plans_tab.py" line="122"/>
        <source>Her people and ser&amp;vices…</source>
        <translation type="unfinished">Ei &amp;phobl a'i gwasanaethau…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <source>Reviewing the plan, and her copy</source>
        <translation type="unfinished">Adolygu'r cynllun, a'i chopi hi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="214"/>
        <source>&amp;Review by:</source>
        <translation type="unfinished">&amp;Adolygu erbyn:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="218"/>
        <source>Look at the plan again if</source>
        <translation type="unfinished">Edrych ar y cynllun eto os</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="226"/>
        <source>Look at it again if:</source>
        <translation type="unfinished">Edrych arno eto os:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="228"/>
        <source>Her own title for a discreet copy</source>
        <translation type="unfinished">Ei theitl ei hun ar gyfer copi cynnil</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="230"/>
        <source>Her &amp;title for a discreet copy:</source>
        <translation type="unfinished">Ei &amp;theitl ar gyfer copi cynnil:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="232"/>
        <source>What changed in this version</source>
        <translation type="unfinished">Beth newidiodd yn y fersiwn hon</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="233"/>
        <source>What &amp;changed:</source>
        <translation type="unfinished">Beth &amp;newidiodd:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="237"/>
        <source>Every saved version</source>
        <translation type="unfinished">Pob fersiwn a gadwyd</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="242"/>
        <source>Every saved version, newest first</source>
        <translation type="unfinished">Pob fersiwn a gadwyd, y ddiweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="251"/>
        <source>&amp;Open this version</source>
        <translation type="unfinished">&amp;Agor y fersiwn hon</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="251"/>
        <source>Open the chosen version</source>
        <translation type="unfinished">Agor y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="365"/>
        <source>Please choose a version in the list first.</source>
        <translation type="unfinished">Dewiswch fersiwn yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="416"/>
        <source>The checklist is made. Please look through it with her.</source>
        <translation type="unfinished">Mae'r rhestr wirio'n barod. Ewch drwyddi gyda hi.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_field_base.py" line="30"/>
        <source>Have it</source>
        <translation type="unfinished">Mae ganddi hi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_field_base.py" line="31"/>
        <source>Copy kept elsewhere</source>
        <translation type="unfinished">Copi wedi'i gadw mewn man arall</translation>
    </message>
    <message>
        <location filename="../../ui/plan_field_base.py" line="32"/>
        <source>Not needed</source>
        <translation type="unfinished">Dim angen</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="62"/>
        <location filename="../../ui/support_list.py" line="43"/>
        <source>Private: only on her copy if she chooses</source>
        <translation type="unfinished">Preifat: ar ei chopi hi dim ond os yw hi'n dewis</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="63"/>
        <source>Add a person to her list…</source>
        <translation type="unfinished">Ychwanegu person at ei rhestr…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="64"/>
        <source>Add a service to her list…</source>
        <translation type="unfinished">Ychwanegu gwasanaeth at ei rhestr…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="112"/>
        <source>One on each line</source>
        <translation type="unfinished">Un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="114"/>
        <source>{field}, one on each line</source>
        <translation type="unfinished">{field}, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="189"/>
        <source>Choose one</source>
        <translation type="unfinished">Dewiswch un</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="207"/>
        <source> out of {most}</source>
        <translation type="unfinished"> allan o {most}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="230"/>
        <source>{field}: tick from her list</source>
        <translation type="unfinished">{field}: ticiwch o'i rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="232"/>
        <source>{field}: her list</source>
        <translation type="unfinished">{field}: ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="251"/>
        <location filename="../../ui/support_list.py" line="42"/>
        <source>No one on her list yet.</source>
        <translation type="unfinished">Does neb ar ei rhestr eto.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="334"/>
        <source>{field}: private</source>
        <translation type="unfinished">{field}: preifat</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="340"/>
        <source>{field}: guidance</source>
        <translation type="unfinished">{field}: arweiniad</translation>
    </message>
    <message>
        <location filename="../../ui/plan_fields.py" line="344"/>
        <location filename="../../ui/risk_form.py" line="129"/>
        <source>{field}: answer status</source>
        <translation type="unfinished">{field}: statws yr ateb</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_field.py" line="122"/>
        <source>Add a row</source>
        <translation type="unfinished">Ychwanegu rhes</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_field.py" line="122"/>
        <source>{field}: add a row</source>
        <translation type="unfinished">{field}: ychwanegu rhes</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_field.py" line="124"/>
        <source>Remove the row</source>
        <translation type="unfinished">Tynnu'r rhes</translation>
    </message>
    <message>
        <location filename="../../ui/plan_table_field.py" line="124"/>
        <source>{field}: remove the chosen row</source>
        <translation type="unfinished">{field}: tynnu'r rhes a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="29"/>
        <source>Safety &amp;plans</source>
        <translation type="unfinished">Cynlluniau &amp;diogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="30"/>
        <source>No safety plans yet. A plan is made with her, at her pace, from a template.</source>
        <translation type="unfinished">Does dim cynlluniau diogelwch eto. Caiff cynllun ei lunio gyda hi, ar ei chyflymder hi, o dempled.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="39"/>
        <source>Start a safety plan</source>
        <translation type="unfinished">Dechrau cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="40"/>
        <source>Choose the plan that fits. Everything in it can be changed as you go.</source>
        <translation type="unfinished">Dewiswch y cynllun sy'n addas. Gallwch newid popeth ynddo wrth fynd ymlaen.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="41"/>
        <source>&amp;Start the plan</source>
        <translation type="unfinished">&amp;Dechrau'r cynllun</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="45"/>
        <source>Which plan</source>
        <translation type="unfinished">Pa gynllun</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="49"/>
        <source>Which part fits her now</source>
        <translation type="unfinished">Pa ran sy'n addas iddi nawr</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="51"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished">&amp;Cynllun:</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="53"/>
        <source>&amp;Fits her now:</source>
        <translation type="unfinished">&amp;Addas iddi nawr:</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="70"/>
        <source>Please choose a plan.</source>
        <translation type="unfinished">Dewiswch gynllun.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="82"/>
        <source>Put this plan away</source>
        <translation type="unfinished">Rhoi'r cynllun hwn o'r neilltu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="83"/>
        <source>The plan and every version of it are kept. It won't come up for review.</source>
        <translation type="unfinished">Caiff y cynllun a phob fersiwn ohono eu cadw. Ni fydd yn codi i'w adolygu.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="84"/>
        <source>&amp;Put it away</source>
        <translation type="unfinished">&amp;Ei roi o'r neilltu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="88"/>
        <location filename="../../ui/referral_wizard_forms.py" line="243"/>
        <location filename="../../ui/retention_view.py" line="113"/>
        <location filename="../../ui/retention_view.py" line="146"/>
        <location filename="../../ui/subject_access_view.py" line="134"/>
        <source>&amp;Why:</source>
        <translation type="unfinished">&amp;Pam:</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="92"/>
        <source>Please give a short reason, for example that she has moved on.</source>
        <translation type="unfinished">Rhowch reswm byr, er enghraifft ei bod hi wedi symud ymlaen.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="102"/>
        <location filename="../../ui/plans_tab.py" line="121"/>
        <source>Import a template</source>
        <translation type="unfinished">Mewnforio templed</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="102"/>
        <source>Template files (*.toml)</source>
        <translation type="unfinished">Ffeiliau templed (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="110"/>
        <source>Safety plans</source>
        <translation type="unfinished">Cynlluniau diogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="117"/>
        <source>Her safety plans, newest first</source>
        <translation type="unfinished">Ei chynlluniau diogelwch, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="118"/>
        <source>&amp;New safety plan…</source>
        <translation type="unfinished">Cynllun diogelwch &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="118"/>
        <source>New safety plan</source>
        <translation type="unfinished">Cynllun diogelwch newydd</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="119"/>
        <source>&amp;Open the plan</source>
        <translation type="unfinished">&amp;Agor y cynllun</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="119"/>
        <source>Open the chosen plan</source>
        <translation type="unfinished">Agor y cynllun a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="120"/>
        <source>Put &amp;away…</source>
        <translation type="unfinished">Rhoi o'r &amp;neilltu…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="120"/>
        <source>Put the chosen plan away</source>
        <translation type="unfinished">Rhoi'r cynllun a ddewiswyd o'r neilltu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="121"/>
        <source>&amp;Import a template…</source>
        <translation type="unfinished">&amp;Mewnforio templed…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="256"/>
        <source>{file} was checked and added.</source>
        <translation type="unfinished">Cafodd {file} ei wirio a'i ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="39"/>
        <source>Paste or type a few sentences to see how the guidance reads them. Nothing here is saved, and the pad is cleared when this window closes or the app locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="43"/>
        <source>Paste a few sentences here, such as a paragraph from a practice note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="44"/>
        <source>After: the first suggestion for each, with changes in bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="45"/>
        <source>For the writer to answer or reword, as only the writer knows what happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="99"/>
        <source>Practice pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="101"/>
        <source>Practice text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="113"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="114"/>
        <source>Questions for the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="116"/>
        <source>Practice pad status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/practice_pad.py" line="184"/>
        <source>“{words}”: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="20"/>
        <source>The screen is hidden for now. Press {shortcut} to bring it back.</source>
        <translation type="unfinished">Mae'r sgrin wedi'i chuddio am y tro. Pwyswch {shortcut} i ddod â hi'n ôl.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="28"/>
        <source>Privacy screen</source>
        <translation type="unfinished">Sgrin breifatrwydd</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="39"/>
        <source>Show ideas and guidance</source>
        <translation type="unfinished">Dangos syniadau ac arweiniad</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="40"/>
        <source>Hide ideas and guidance</source>
        <translation type="unfinished">Cuddio syniadau ac arweiniad</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="41"/>
        <source>Already known from earlier sessions, so there's no need to ask again:</source>
        <translation type="unfinished">Yn hysbys yn barod o sesiynau cynharach, felly does dim angen gofyn eto:</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="42"/>
        <source>There are no prompts for this kind of session: the note below is all you need.</source>
        <translation type="unfinished">Does dim anogwyr ar gyfer y math hwn o sesiwn: y nodyn isod yw'r cyfan sydd ei angen arnoch chi.</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="64"/>
        <source>Already known (from {when}): she chose not to answer. There's no need to ask again; she can always bring it up herself.</source>
        <translation type="unfinished">Yn hysbys yn barod (o {when}): dewisodd beidio ag ateb. Does dim angen gofyn eto; gall hi bob amser sôn amdano ei hun.</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="69"/>
        <source>From {when}: not asked then, as it wasn't safe or right to ask. Only ask if it feels right now.</source>
        <translation type="unfinished">O {when}: heb ofyn bryd hynny, gan nad oedd yn ddiogel nac yn iawn gofyn. Gofynnwch dim ond os yw'n teimlo'n iawn nawr.</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="73"/>
        <source>Already known (from {when}): {text}</source>
        <translation type="unfinished">Yn hysbys yn barod (o {when}): {text}</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="95"/>
        <source>{section}: ideas and guidance</source>
        <translation type="unfinished">{section}: syniadau ac arweiniad</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="109"/>
        <source>{field}: already known</source>
        <translation type="unfinished">{field}: yn hysbys yn barod</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="120"/>
        <source>{section}: guidance</source>
        <translation type="unfinished">{section}: arweiniad</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="126"/>
        <source>You might ask:
{questions}</source>
        <translation type="unfinished">Gallech chi ofyn:
{questions}</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="127"/>
        <source>Why it matters: {why}</source>
        <translation type="unfinished">Pam mae'n bwysig: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="128"/>
        <source>Try not to: {avoid}</source>
        <translation type="unfinished">Ceisiwch osgoi: {avoid}</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="129"/>
        <source>Tell it once: {tell_it_once}</source>
        <translation type="unfinished">Ei ddweud unwaith: {tell_it_once}</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="171"/>
        <source>What this session is for</source>
        <translation type="unfinished">Beth yw diben y sesiwn hon</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="172"/>
        <source>Already known</source>
        <translation type="unfinished">Yn hysbys yn barod</translation>
    </message>
    <message>
        <location filename="../../ui/prompt_sections.py" line="224"/>
        <source>• {field}: {known}</source>
        <translation type="unfinished">• {field}: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/record_desk.py" line="40"/>
        <source>You have an unfinished note from {date}, about {name}. Carry on with it?</source>
        <translation type="unfinished">Mae gennych chi nodyn heb ei orffen o {date}, am {name}. Hoffech chi barhau ag ef?</translation>
    </message>
    <message>
        <location filename="../../ui/record_desk.py" line="41"/>
        <source>someone not on your caseload</source>
        <translation type="unfinished">rhywun nad yw ar eich llwyth achosion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/record_desk.py" line="337"/>
        <source>(There are %n other unfinished notes in the timelines too.)</source>
        <extracomment>Singular: (There is %n other unfinished note in the timelines too.)</extracomment>
        <translation type="unfinished">
            <numerusform>(Mae %n nodyn arall heb eu gorffen yn y llinellau amser hefyd.)</numerusform>
            <numerusform>(Mae %n nodyn arall heb ei orffen yn y llinellau amser hefyd.)</numerusform>
            <numerusform>(Mae %n nodyn arall heb eu gorffen yn y llinellau amser hefyd.)</numerusform>
            <numerusform>(Mae %n nodyn arall heb eu gorffen yn y llinellau amser hefyd.)</numerusform>
            <numerusform>(Mae %n nodyn arall heb eu gorffen yn y llinellau amser hefyd.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/record_desk.py" line="342"/>
        <source>Carry on with it</source>
        <translation type="unfinished">Parhau ag ef</translation>
    </message>
    <message>
        <location filename="../../ui/record_menu.py" line="28"/>
        <source>Her rec&amp;ord</source>
        <translation type="unfinished">Ei ch&amp;ofnod</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="84"/>
        <source>New safety plan…</source>
        <translation type="unfinished">Cynllun diogelwch newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="85"/>
        <source>Record what she agreed…</source>
        <translation type="unfinished">Cofnodi beth gytunodd hi…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="88"/>
        <source>Referral pack…</source>
        <translation type="unfinished">Pecyn atgyfeirio…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="89"/>
        <source>Who has her information?</source>
        <translation type="unfinished">Pwy sydd â'i gwybodaeth?</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="92"/>
        <source>New risk record…</source>
        <translation type="unfinished">Cofnod risg newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="96"/>
        <source>Subject access pack…</source>
        <translation type="unfinished">Pecyn mynediad at ddata…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="97"/>
        <source>Erase her record…</source>
        <translation type="unfinished">Dileu ei chofnod…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="109"/>
        <source>Add a document or evidence…</source>
        <translation type="unfinished">Ychwanegu dogfen neu dystiolaeth…</translation>
    </message>
    <message>
        <location filename="../../ui/record_sections.py" line="115"/>
        <source>Her outcomes…</source>
        <translation type="unfinished">Ei deilliannau…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.py" line="121"/>
        <source>{section} note</source>
        <translation type="unfinished">Nodyn {section}</translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="18"/>
        <source>No record has that reference. Please check it with the colleague who gave it to you.</source>
        <translation type="unfinished">Does dim cofnod â'r cyfeirnod hwnnw. Gwiriwch ef gyda'r cydweithiwr a'i rhoddodd i chi.</translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="85"/>
        <source>Please type the whole reference: eight letters and numbers.</source>
        <translation type="unfinished">Teipiwch y cyfeirnod cyfan: wyth nod, yn llythrennau a rhifau.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="26"/>
        <source>This is the vault's recovery key. It is shown only this once: womenscentre never stores it, so nobody can find it on this laptop.</source>
        <translation type="unfinished">Dyma allwedd adfer y gronfa ddiogel. Dim ond unwaith y caiff ei dangos: nid yw womenscentre byth yn ei chadw, felly ni all neb ddod o hyd iddi ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="30"/>
        <source>With it, a manager can give a colleague a new passphrase if she forgets hers, and restore a backup onto a new laptop. Without it, a forgotten passphrase can't be reset.</source>
        <translation type="unfinished">Gyda hi, gall rheolwr roi cyfrinymadrodd newydd i gydweithiwr os bydd hi'n anghofio ei chyfrinymadrodd, ac adfer copi wrth gefn ar liniadur newydd. Hebddi, does dim modd ailosod cyfrinymadrodd a anghofiwyd.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="34"/>
        <source>Please print it or write it down now, and keep it somewhere safe away from this laptop, such as the centre's safe.</source>
        <translation type="unfinished">Argraffwch hi neu ei hysgrifennu nawr, a'i chadw rywle diogel i ffwrdd o'r gliniadur hwn, fel sêff y ganolfan.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="38"/>
        <source>To be sure the key is safely kept, please type its last two groups of four characters from your copy, for example ABCD-EFGH.</source>
        <translation type="unfinished">I wneud yn siŵr bod yr allwedd wedi'i chadw'n ddiogel, teipiwch ei dau grŵp olaf o bedwar nod o'ch copi, er enghraifft ABCD-EFGH.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="42"/>
        <source>That doesn't quite match the key. Please look again at the last two groups on your copy and try once more. There's no rush.</source>
        <translation type="unfinished">Nid yw hynny'n cyfateb yn union i'r allwedd. Edrychwch eto ar y ddau grŵp olaf ar eich copi a rhowch gynnig arall arni. Does dim brys.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="46"/>
        <source>This makes a new recovery key for the centre's safe. The old key stops working straight away, so please have paper ready, or a printer, before you go on.</source>
        <translation type="unfinished">Mae hyn yn gwneud allwedd adfer newydd ar gyfer sêff y ganolfan. Mae'r hen allwedd yn peidio â gweithio ar unwaith, felly cofiwch gael papur yn barod, neu argraffydd, cyn i chi fynd ymlaen.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="82"/>
        <source>Recovery key steps</source>
        <translation type="unfinished">Camau'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="96"/>
        <source>&amp;Print the key…</source>
        <translation type="unfinished">&amp;Argraffu'r allwedd…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="98"/>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="98"/>
        <source>I've kept it safe. &amp;Continue</source>
        <translation type="unfinished">Rwyf wedi'i chadw'n ddiogel. &amp;Parhau</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="105"/>
        <source>Your recovery key</source>
        <translation type="unfinished">Eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="118"/>
        <source>Last two groups of the recovery key</source>
        <translation type="unfinished">Dau grŵp olaf yr allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="121"/>
        <source>Recovery key check message</source>
        <translation type="unfinished">Neges gwirio'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="122"/>
        <source>&amp;Show the key again</source>
        <translation type="unfinished">&amp;Dangos yr allwedd eto</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="123"/>
        <source>Check and &amp;finish</source>
        <translation type="unfinished">Gwirio a &amp;gorffen</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="130"/>
        <source>One last check</source>
        <translation type="unfinished">Un gwiriad olaf</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="197"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished">Gwneud allwedd adfer newydd</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="199"/>
        <source>&amp;Make a new key</source>
        <translation type="unfinished">&amp;Gwneud allwedd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="218"/>
        <source>The new key has been made and the old one no longer works. Have you written this one down?</source>
        <translation type="unfinished">Mae'r allwedd newydd wedi'i gwneud ac nid yw'r hen un yn gweithio mwyach. Ydych chi wedi ysgrifennu'r un yma?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="222"/>
        <source>Yes, close</source>
        <translation type="unfinished">Ydw, cau</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="223"/>
        <source>Go back to it</source>
        <translation type="unfinished">Mynd yn ôl ati</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="254"/>
        <location filename="../../ui/recovery_key.py" line="96"/>
        <source>Print the recovery key</source>
        <translation type="unfinished">Argraffu'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="258"/>
        <source>Please choose a printer, so the key isn't saved to a file.</source>
        <translation type="unfinished">Dewiswch argraffydd, fel nad yw'r allwedd yn cael ei chadw mewn ffeil.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="263"/>
        <source>womenscentre recovery key</source>
        <translation type="unfinished">Allwedd adfer womenscentre</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="266"/>
        <source>Keep this page in the centre's safe.</source>
        <translation type="unfinished">Cadwch y dudalen hon yn sêff y ganolfan.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="63"/>
        <source>Prepare a referral pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="64"/>
        <source>Only a manager can export a pack. Save it as a draft and a manager can check it and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="67"/>
        <source>Your decision not to share has been recorded. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="72"/>
        <source>Choose a folder for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="107"/>
        <source>Save as a &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="107"/>
        <source>Save the pack as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="108"/>
        <source>&amp;Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="108"/>
        <source>Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="118"/>
        <location filename="../../ui/referral_wizard_export.py" line="91"/>
        <source>Step 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="157"/>
        <source>Leave blank to use the one she agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="159"/>
        <source>Step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="159"/>
        <source>Who is this pack for, and what for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="160"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="161"/>
        <source>What &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="162"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="163"/>
        <source>&amp;Team or role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="174"/>
        <source>&amp;Include or leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="174"/>
        <source>Include or leave out the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="176"/>
        <source>She agreed &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="176"/>
        <source>She agreed today to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="178"/>
        <source>Share &amp;without her agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="178"/>
        <source>Share without agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="183"/>
        <source>Record a decision &amp;not to share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="183"/>
        <location filename="../../ui/referral_wizard_forms.py" line="290"/>
        <source>Record a decision not to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="192"/>
        <source>Step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="192"/>
        <source>What can go, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="207"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="210"/>
        <source>Step 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="210"/>
        <source>What will be sent, exactly as it will go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="213"/>
        <source>Only a manager exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="308"/>
        <source>{section}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="313"/>
        <source>Her agreement has changed since this draft was saved, so these sections can't go now. {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard.py" line="464"/>
        <source>Saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="31"/>
        <source>She agreed to this, so the centre's lawful basis applies. A manager can change it in the centre's sharing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="35"/>
        <source>Some of this goes without her agreement. Please choose the lawful basis that applies; it starts from the centre's usual basis for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="59"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="60"/>
        <source>Second manager's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="61"/>
        <source>Second manager's passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="62"/>
        <location filename="../../ui/subject_access_view.py" line="73"/>
        <source>Folder for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="63"/>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="63"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="70"/>
        <source>PDF password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="71"/>
        <source>Also save a FHIR bundle for NHS systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="74"/>
        <source>Why this is being shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="77"/>
        <source>About the lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="81"/>
        <source>How it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="85"/>
        <source>Where the pack was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="91"/>
        <source>Record the decision, confirm it's you, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="93"/>
        <source>&amp;Why it is being shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="96"/>
        <location filename="../../ui/referral_wizard_forms.py" line="306"/>
        <source>&amp;Advice sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="97"/>
        <source>How it will be &amp;sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="98"/>
        <location filename="../../ui/referral_wizard_forms.py" line="305"/>
        <location filename="../../ui/risk_form.py" line="403"/>
        <source>Does she &amp;know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="99"/>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="100"/>
        <source>Second &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="101"/>
        <source>Their pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="102"/>
        <location filename="../../ui/subject_access_view.py" line="81"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="103"/>
        <source>PDF pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="128"/>
        <location filename="../../ui/subject_access_view.py" line="90"/>
        <source>Please choose a folder for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="130"/>
        <source>Please say why this is being shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_export.py" line="154"/>
        <source>Saved in {folder}:
{files}
Please send it through your secure email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="65"/>
        <source>Not needed for this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="66"/>
        <source>Not needed with this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="87"/>
        <source>Lawful basis (Article 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="90"/>
        <source>Condition for health and similar information (Article 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="91"/>
        <source>Its DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="92"/>
        <source>Condition for justice information (Article 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="98"/>
        <source>Lawful &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="99"/>
        <source>&amp;Health and similar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="100"/>
        <source>Schedule &amp;1 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="101"/>
        <source>&amp;Justice information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="183"/>
        <source>Advice from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="187"/>
        <source>Who was asked, and what they advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="188"/>
        <source>Asked without naming her, where that was possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="204"/>
        <location filename="../../ui/risk_form.py" line="383"/>
        <source>Does she know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="207"/>
        <source>When, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="235"/>
        <source>Share without her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="247"/>
        <source>Share: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="250"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="260"/>
        <source>This is only for when the law allows it and the risk is serious. You will choose the lawful basis before exporting, and a second manager will need to authorise it with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="265"/>
        <source>About sharing without her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="291"/>
        <source>You are recording that her information won't be shared with {who}. Nothing is sent. The decision and your reasons go in her record and show in "Who has her information?".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="296"/>
        <location filename="../../ui/risk_form.py" line="364"/>
        <source>&amp;Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="299"/>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="304"/>
        <source>&amp;Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="310"/>
        <source>Please write why it won't be shared, in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="323"/>
        <source>Packs being prepared for her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="324"/>
        <source>Continue the chosen draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="324"/>
        <source>Continue this &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="327"/>
        <source>Or continue a saved draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="327"/>
        <source>Saved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_forms.py" line="336"/>
        <source>{recipient}: {purpose} (saved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_sections.py" line="31"/>
        <source>The pack's sections, and whether each can go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_sections.py" line="67"/>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_sections.py" line="91"/>
        <source>Please note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral_wizard_sections.py" line="96"/>
        <source>Not included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="55"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="56"/>
        <source>A backup brings the whole vault back as it was when the backup was made. Every part of it is checked before anything here changes, and a vault already on this laptop is kept as a sealed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="61"/>
        <source>The backup is encrypted. Please type the recovery key printed when the vault was set up (the groups of four characters kept in the centre's safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="65"/>
        <source>The backup is encrypted. As a manager of this vault, your sign-in can open its backups. For a backup of another vault, use the recovery key printed for that vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="69"/>
        <source>Checking the whole backup. Nothing on this laptop changes while it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="70"/>
        <source>Please choose a backup file (its name ends in {suffix}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="71"/>
        <source>Please type the recovery key, with or without the dashes between the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="80"/>
        <source>{date} at {time} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="86"/>
        <source>This backup was made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="87"/>
        <source>It holds {women}, {notes} and {accounts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_wizard.py" line="90"/>
        <source>%n staff accounts</source>
        <extracomment>Singular: %n staff account</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_wizard.py" line="92"/>
        <source>Every part of it has been checked: all %n records open, and its audit log ({entries} entries) and accounts are sound.</source>
        <extracomment>Singular: Every part of it has been checked: its one record opens, and its audit log ({entries} entries) and accounts are sound.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="105"/>
        <source>There is no vault on this laptop yet, so nothing will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="107"/>
        <source>The vault on this laptop is the one this backup came from. Restoring puts it back as it was when the backup was made; anything saved since then stays only in the sealed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="113"/>
        <source>There is already a different vault on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="114"/>
        <source>It will be kept, sealed, in {folder}, and can be restored later with its own recovery key. To replace it with this backup, please type "{word}".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="122"/>
        <source>The backup has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="125"/>
        <source>The vault it replaced is kept, sealed, as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_wizard.py" line="129"/>
        <source>%n records deleted for good after this backup was made have been deleted again; their certificates follow.</source>
        <extracomment>Singular: %n record deleted for good after this backup was made has been deleted again; its certificate follows.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="139"/>
        <source>The replaced vault's list of deleted records couldn't be read, so please check the centre's deletion certificates against the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="145"/>
        <source>Everyone can now unlock with the passphrase they had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="154"/>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="156"/>
        <source>womenscentre backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="220"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="221"/>
        <source>A file ending in {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="222"/>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <location filename="../../ui/subject_access_view.py" line="75"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Dewis…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="222"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="228"/>
        <source>Backup &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="239"/>
        <source>Use &amp;my sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="240"/>
        <source>Open the backup with my sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="241"/>
        <source>Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="242"/>
        <source>Open the backup with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="250"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="261"/>
        <source>Restore: step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="263"/>
        <source>Checking the backup: progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="274"/>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="275"/>
        <source>What restoring replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="277"/>
        <source>Type "{word}" to replace the vault here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="291"/>
        <source>&amp;Check the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="291"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_wizard.py" line="440"/>
        <source>Please wait a moment: the check is nearly done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="53"/>
        <location filename="../../ui/retention_view.py" line="256"/>
        <source>Records due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="54"/>
        <source>These records have reached the review date in the centre's retention policy, or a date a manager set. For each, decide whether to keep it for longer or delete it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="58"/>
        <source>No records are due for review today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="59"/>
        <source>Looking through the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="60"/>
        <source>Please choose a record in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="63"/>
        <source>Deletion certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="64"/>
        <source>The record has been deleted for good. This certificate says what was deleted, when, by whom and why, and holds nothing from the record itself. Please save it with the centre's retention paperwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="69"/>
        <source>The certificate has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="70"/>
        <source>The certificate couldn't be saved there. Please choose a folder you can write to, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="80"/>
        <source>Save the deletion certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="80"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retention_view.py" line="96"/>
        <source>Keep these %n records until a later date. They come back to this list then.</source>
        <extracomment>Singular: Keep this record until a later date. It comes back to this list then.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="101"/>
        <source>&amp;Keep until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="104"/>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="110"/>
        <source>Why it is being kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="111"/>
        <source>For example: a court case is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="112"/>
        <source>Keep &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="117"/>
        <source>Please say why in a short sentence, without her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retention_view.py" line="132"/>
        <source>This deletes these %n records for good: every note, plan and detail, with no way back except an older backup. You'll get a certificate to keep.</source>
        <extracomment>Singular: This deletes this record for good: every note, plan and detail, with no way back except an older backup. You'll get a certificate to keep.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="139"/>
        <source>&amp;Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="141"/>
        <source>Why it is being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="143"/>
        <source>For example: six years since her case closed; agreed at the team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="145"/>
        <location filename="../../ui/subject_access_view.py" line="132"/>
        <source>Type {word} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="148"/>
        <location filename="../../ui/subject_access_view.py" line="136"/>
        <source>&amp;Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="153"/>
        <location filename="../../ui/subject_access_view.py" line="169"/>
        <source>Please give the reason in a sentence, without her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="155"/>
        <location filename="../../ui/subject_access_view.py" line="171"/>
        <source>Please type the word {word} to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="183"/>
        <source>The deletion certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="186"/>
        <source>&amp;Save the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="186"/>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="193"/>
        <source>About the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="264"/>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="268"/>
        <source>&amp;Keep for longer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="268"/>
        <location filename="../../ui/retention_view.py" line="95"/>
        <source>Keep for longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="269"/>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="269"/>
        <location filename="../../ui/retention_view.py" line="131"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retention_view.py" line="278"/>
        <source>About the review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retention_view.py" line="374"/>
        <source>%n of the records chosen were not deleted: {reason}</source>
        <extracomment>Singular: %n of the records chosen was not deleted: {reason}</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="50"/>
        <source>SafeLives Dash checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="51"/>
        <source>Police grading received (DASH or DARA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="52"/>
        <source>Another checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="55"/>
        <location filename="../referral_templates/marac.toml" line="1"/>
        <source>Marac referral</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="56"/>
        <source>IDVA referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="57"/>
        <source>Police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="58"/>
        <source>Children's safeguarding referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="59"/>
        <source>Adult safeguarding referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="60"/>
        <source>Safety plan updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="61"/>
        <location filename="../../ui/wording.py" line="27"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="77"/>
        <location filename="../safety_plans/drugs-and-alcohol.toml" line="46"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="52"/>
        <source>Something else</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Rhywbeth arall</translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="64"/>
        <source>Referred to Marac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="65"/>
        <source>Already being heard at Marac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="66"/>
        <source>Not referring, with the reasons below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="69"/>
        <source>Yes, she knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="71"/>
        <source>Not yet: it isn't safe to tell her yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="79"/>
        <location filename="../../ui/wording.py" line="134"/>
        <source>Not recorded</source>
        <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="80"/>
        <source>Professional judgement needs a rationale. Please write what concerns you in a sentence or two, so the Marac and anyone reading later can follow your thinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="84"/>
        <source>Deciding not to refer needs a reason. Please write it in a sentence or two, so anyone reading the record later understands the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="88"/>
        <source>The number of 'yes' answers. At {score} or more the record meets the Marac referral criteria and needs a Marac decision before it can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="106"/>
        <source>Please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="173"/>
        <location filename="../../ui/risk_tab.py" line="48"/>
        <source>New risk identification record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="173"/>
        <source>Risk identification record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="179"/>
        <source>A note that a recognised checklist was completed, and what followed. Her own view of the risk matters as much as any number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="184"/>
        <source>&amp;Save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="188"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="190"/>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="191"/>
        <source>Trained to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="193"/>
        <source>Training course and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="194"/>
        <source>Safe to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="196"/>
        <source>Which checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="200"/>
        <source>Name of the other checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="204"/>
        <source>Visible high risk ({score} or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="207"/>
        <source>Potential escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="208"/>
        <source>Repeat: within 12 months of her last Marac referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="211"/>
        <source>Marac referral criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="219"/>
        <source>Rationale for professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="221"/>
        <location filename="../referral_templates/marac.toml" line="76"/>
        <source>Police-reported incidents in the last 12 months</source>
        <extracomment>From resources/referral_templates/marac.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="222"/>
        <source>Her own view of the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="223"/>
        <location filename="../referral_templates/idva.toml" line="74"/>
        <location filename="../referral_templates/marac.toml" line="81"/>
        <source>Who she is afraid of</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="227"/>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="233"/>
        <source>{action}: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="234"/>
        <source>When, who, any reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="239"/>
        <source>Completed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="240"/>
        <source>Completed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="241"/>
        <source>&amp;Trained to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="242"/>
        <source>Training (course, date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="243"/>
        <source>Safe to &amp;talk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="244"/>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="245"/>
        <source>Other checklist's name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="250"/>
        <source>About the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="253"/>
        <source>Criteria met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="254"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="255"/>
        <source>Incidents, last 12 months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="256"/>
        <source>Her &amp;view, in her words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="257"/>
        <source>Who she is &amp;afraid of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="258"/>
        <source>Actions taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="308"/>
        <source>Please say whether the person who completed it is trained to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="310"/>
        <source>Please say whether it was safe for her to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="357"/>
        <location filename="../../ui/risk_tab.py" line="51"/>
        <source>Record the Marac decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="359"/>
        <source>Whether she is being referred to Marac and, if not, why not. A referral doesn't depend on her agreement, but wherever it is safe she should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="368"/>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="371"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="376"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="379"/>
        <source>Marac area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="381"/>
        <source>Marac reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="388"/>
        <source>Does she agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="391"/>
        <source>Yes, she agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="392"/>
        <source>No, she doesn't agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="397"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="398"/>
        <source>Decided &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="399"/>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="400"/>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="401"/>
        <source>Marac &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="402"/>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="404"/>
        <source>Does she a&amp;gree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_form.py" line="408"/>
        <source>Please say who made the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="28"/>
        <source>&amp;Risk identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="29"/>
        <source>No risk identification records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="30"/>
        <source>Close this record? Once closed it can't be changed; if things change, a new record can be started at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="34"/>
        <source>Would you like to record the Marac decision now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="35"/>
        <source>The record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="41"/>
        <location filename="../referral_templates/idva.toml" line="58"/>
        <location filename="../referral_templates/marac.toml" line="66"/>
        <source>Risk identification</source>
        <extracomment>From resources/referral_templates/idva.toml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="47"/>
        <source>Her risk identification records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="48"/>
        <source>&amp;New record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="49"/>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="49"/>
        <source>Open the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="51"/>
        <source>Record the &amp;Marac decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="53"/>
        <source>C&amp;lose the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="53"/>
        <source>Close the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="129"/>
        <source>Close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/risk_tab.py" line="136"/>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="30"/>
        <source>Getting search ready…</source>
        <translation type="unfinished">Yn paratoi'r chwilio…</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="31"/>
        <source>Type a name or any words from a note. Press Return on a result to open it.</source>
        <translation type="unfinished">Teipiwch enw neu unrhyw eiriau o nodyn. Pwyswch Return ar ganlyniad i'w agor.</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="32"/>
        <source>Nothing matches that yet. Try fewer or different words.</source>
        <translation type="unfinished">Does dim byd yn cyfateb i hynny eto. Rhowch gynnig ar lai o eiriau, neu eiriau gwahanol.</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="54"/>
        <location filename="../../ui/search_view.py" line="78"/>
        <source>Search</source>
        <translation type="unfinished">Chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="59"/>
        <source>Search words</source>
        <translation type="unfinished">Geiriau chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="60"/>
        <source>Search names and notes (Ctrl+K)</source>
        <translation type="unfinished">Chwilio enwau a nodiadau (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="62"/>
        <source>How search works</source>
        <translation type="unfinished">Sut mae chwilio'n gweithio</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="64"/>
        <source>Search message</source>
        <translation type="unfinished">Neges chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="67"/>
        <source>Search results</source>
        <translation type="unfinished">Canlyniadau chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="116"/>
        <source>Searching…</source>
        <translation type="unfinished">Yn chwilio…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>These apply to everyone who uses womenscentre on this laptop. A shorter idle lock keeps records safer on a shared screen. A backup folder on a USB stick or another drive, kept somewhere safe, protects the centre's records if this laptop is lost or stops working.</source>
        <translation type="unfinished">Mae'r rhain yn berthnasol i bawb sy'n defnyddio womenscentre ar y gliniadur hwn. Mae cloi'n gynt pan nad oes neb yn ei ddefnyddio yn cadw cofnodion yn fwy diogel ar sgrin a rennir. Mae ffolder copïau wrth gefn ar ffon USB neu yriant arall, wedi'i chadw rywle diogel, yn diogelu cofnodion y ganolfan os bydd y gliniadur hwn yn mynd ar goll neu'n peidio â gweithio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>The saved settings couldn't be checked, so the safe defaults are in use. Saving here sets them again.</source>
        <translation type="unfinished">Doedd dim modd gwirio'r gosodiadau a gadwyd, felly mae'r gosodiadau diofyn diogel yn cael eu defnyddio. Bydd cadw yma yn eu gosod eto.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>No automatic backup (choose a folder to turn it on)</source>
        <translation type="unfinished">Dim copi wrth gefn awtomatig (dewiswch ffolder i'w droi ymlaen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Choose a folder for backups</source>
        <translation type="unfinished">Dewiswch ffolder ar gyfer copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>That folder's name is too long. Please choose a folder nearer the top of the drive.</source>
        <translation type="unfinished">Mae enw'r ffolder honno'n rhy hir. Dewiswch ffolder yn nes at frig y gyriant.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Please give the backup folder's full location, for example by choosing it with the Choose button.</source>
        <translation type="unfinished">Rhowch leoliad llawn y ffolder copïau wrth gefn, er enghraifft drwy ei dewis gyda'r botwm Dewis.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>The backup folder {folder} can't be found. If it is on a USB stick or a network drive, please connect it first, or choose another folder.</source>
        <translation type="unfinished">Does dim modd dod o hyd i'r ffolder copïau wrth gefn {folder}. Os yw ar ffon USB neu yriant rhwydwaith, cysylltwch hi yn gyntaf, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>This account can't save files in {folder}. Please choose a folder you can save to.</source>
        <translation type="unfinished">Ni all y cyfrif hwn gadw ffeiliau yn {folder}. Dewiswch ffolder y gallwch chi gadw ynddi.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Centre settings</source>
        <translation type="unfinished">Gosodiadau'r ganolfan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished">Cadw'r gosod&amp;iadau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Organisation name</source>
        <translation type="unfinished">Enw'r sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished">Cloi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source> minutes</source>
        <translation type="unfinished"> munud</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Clear copied text after this many seconds</source>
        <translation type="unfinished">Clirio testun a gopïwyd ar ôl hyn o eiliadau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source> seconds</source>
        <translation type="unfinished"> eiliad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>&amp;Organisation name</source>
        <translation type="unfinished">Enw'r &amp;sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>&amp;Lock when nobody has used it for</source>
        <translation type="unfinished">&amp;Cloi pan nad oes neb wedi'i ddefnyddio am</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>&amp;Clear copied text after</source>
        <translation type="unfinished">C&amp;lirio testun a gopïwyd ar ôl</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Automatic backup folder</source>
        <translation type="unfinished">Ffolder copïau wrth gefn awtomatig</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Choose the automatic backup folder</source>
        <translation type="unfinished">Dewis y ffolder copïau wrth gefn awtomatig</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>Automatic backup folder and its Choose button</source>
        <translation type="unfinished">Ffolder copïau wrth gefn awtomatig a'i botwm Dewis</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>How many automatic backups to keep</source>
        <translation type="unfinished">Faint o gopïau wrth gefn awtomatig i'w cadw</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source> backups</source>
        <translation type="unfinished"> copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Remind managers when the last backup is this many days old</source>
        <translation type="unfinished">Atgoffa rheolwyr pan fydd y copi wrth gefn diwethaf yn hyn o ddiwrnodau oed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source> days</source>
        <translation type="unfinished"> diwrnod</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Never remind</source>
        <translation type="unfinished">Peidio byth ag atgoffa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>&amp;Back up when the app closes, to</source>
        <translation type="unfinished">Gwneud copi wrth &amp;gefn pan fydd yr ap yn cau, i</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished">C&amp;adw'r mwyaf newydd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>&amp;Remind when the last backup is older than</source>
        <translation type="unfinished">A&amp;tgoffa pan fydd y copi wrth gefn diwethaf yn hŷn na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Review {kind} after this many years</source>
        <translation type="unfinished">Adolygu {kind} ar ôl hyn o flynyddoedd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source> years</source>
        <translation type="unfinished"> blynedd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Never review</source>
        <translation type="unfinished">Peidio byth ag adolygu</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Review {kind} after</source>
        <translation type="unfinished">Adolygu {kind} ar ôl</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="34"/>
        <source>Sharing and the lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="35"/>
        <source>The lawful basis the centre relies on when it shares information. Each needs a condition for health and similar information and one for information about contact with the justice system, because a referral can hold either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="40"/>
        <source>When she has agreed to the share (shown to everyone preparing a pack):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="41"/>
        <source>When a manager shares without her agreement (where the choice starts; it can't be her consent, and a second manager still has to authorise each share):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="45"/>
        <source>The saved settings couldn't be checked, so the safe defaults are shown. Saving here sets them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="63"/>
        <source>{section}: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="65"/>
        <source>With her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing_settings.py" line="76"/>
        <source>Sharing without her agreement can't rest on her consent. Please choose another basis or condition for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="37"/>
        <source>Subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="38"/>
        <source>This makes a PDF and a JSON file holding everything the centre keeps about her: her details, notes, plans, consents, sharing decisions and who opened her record. Details about other people are marked “check before release”: please read those before the pack is given to her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="44"/>
        <source>Choose where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="45"/>
        <source>Erase her record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="46"/>
        <source>At her request, and where it applies, this deletes her whole record for good: her details, notes, plans and every other record of hers. It can't be undone. If she asked for a copy, please make her subject access pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="51"/>
        <source>Checking whether erasure applies to her record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="70"/>
        <source>&amp;Make the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="74"/>
        <source>For example, a folder in your Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="75"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="105"/>
        <source>Saved: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/subject_access_view.py" line="107"/>
        <source>%n items hold details about other people; please check them before the pack is given to her.</source>
        <extracomment>Singular: %n item holds details about other people; please check it before the pack is given to her.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="123"/>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="126"/>
        <source>Grounds for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="130"/>
        <source>Why she is asking, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="131"/>
        <source>For example: she asked in writing on 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="133"/>
        <source>&amp;Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="155"/>
        <source>Erasure doesn't apply to her record yet, so nothing will change: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subject_access_view.py" line="167"/>
        <source>Erasure doesn't apply to her record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="38"/>
        <source>She tells us once: everyone here can be chosen in any of her plans, and a change made here shows in every plan straight away.</source>
        <translation type="unfinished">Mae hi'n dweud wrthym unwaith: gallwch ddewis pawb sydd yma yn unrhyw un o'i chynlluniau, ac mae newid a wneir yma'n dangos ym mhob cynllun ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="45"/>
        <location filename="../../ui/support_list.py" line="173"/>
        <source>Add a person to her list</source>
        <translation type="unfinished">Ychwanegu person at ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="46"/>
        <location filename="../../ui/support_list.py" line="174"/>
        <source>Add a service to her list</source>
        <translation type="unfinished">Ychwanegu gwasanaeth at ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="47"/>
        <source>Change a person on her list</source>
        <translation type="unfinished">Newid person ar ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="48"/>
        <source>Change a service on her list</source>
        <translation type="unfinished">Newid gwasanaeth ar ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="55"/>
        <source>Take {name} off her list? None of her plans name them.</source>
        <translation type="unfinished">Tynnu {name} oddi ar ei rhestr? Does dim un o'i chynlluniau'n eu henwi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/support_list.py" line="57"/>
        <source>{name} is named in %n of her plans:
{titles}

If they come off her list, those plans keep working: her copy leaves them out, and so does each plan's next version. Earlier versions still show them as they were saved. Take {name} off her list?</source>
        <extracomment>Singular: {name} is named in one of her plans:
{titles}

If they come off her list, that plan keeps working: her copy leaves them out, and so does the plan's next version. Earlier versions still show them as they were saved. Take {name} off her list?</extracomment>
        <translation type="unfinished">
            <numerusform>Mae enw {name} mewn %n o'i chynlluniau:
{titles}

Os byddwch chi'n eu tynnu oddi ar ei rhestr, bydd y cynlluniau hynny'n dal i weithio: bydd ei chopi hi'n eu gadael allan, a hefyd fersiwn nesaf pob cynllun. Mae fersiynau cynharach yn dal i'w dangos fel yr oedden nhw pan gawson nhw eu cadw. Tynnu {name} oddi ar ei rhestr?</numerusform>
            <numerusform>Mae enw {name} mewn %n o'i chynlluniau:
{titles}

Os byddwch chi'n eu tynnu oddi ar ei rhestr, bydd y cynllun hwnnw'n dal i weithio: bydd ei chopi hi'n eu gadael allan, a hefyd fersiwn nesaf y cynllun. Mae fersiynau cynharach yn dal i'w dangos fel yr oedden nhw pan gawson nhw eu cadw. Tynnu {name} oddi ar ei rhestr?</numerusform>
            <numerusform>Mae enw {name} mewn %n o'i chynlluniau:
{titles}

Os byddwch chi'n eu tynnu oddi ar ei rhestr, bydd y cynlluniau hynny'n dal i weithio: bydd ei chopi hi'n eu gadael allan, a hefyd fersiwn nesaf pob cynllun. Mae fersiynau cynharach yn dal i'w dangos fel yr oedden nhw pan gawson nhw eu cadw. Tynnu {name} oddi ar ei rhestr?</numerusform>
            <numerusform>Mae enw {name} mewn %n o'i chynlluniau:
{titles}

Os byddwch chi'n eu tynnu oddi ar ei rhestr, bydd y cynlluniau hynny'n dal i weithio: bydd ei chopi hi'n eu gadael allan, a hefyd fersiwn nesaf pob cynllun. Mae fersiynau cynharach yn dal i'w dangos fel yr oedden nhw pan gawson nhw eu cadw. Tynnu {name} oddi ar ei rhestr?</numerusform>
            <numerusform>Mae enw {name} mewn %n o'i chynlluniau:
{titles}

Os byddwch chi'n eu tynnu oddi ar ei rhestr, bydd y cynlluniau hynny'n dal i weithio: bydd ei chopi hi'n eu gadael allan, a hefyd fersiwn nesaf pob cynllun. Mae fersiynau cynharach yn dal i'w dangos fel yr oedden nhw pan gawson nhw eu cadw. Tynnu {name} oddi ar ei rhestr?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="80"/>
        <source>Every plan that names them shows the change.</source>
        <translation type="unfinished">Bydd pob cynllun sy'n eu henwi'n dangos y newid.</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="82"/>
        <source>She tells us once: whoever is added here can be chosen in every one of her plans.</source>
        <translation type="unfinished">Mae hi'n dweud wrthym unwaith: gallwch ddewis pwy bynnag sy'n cael ei ychwanegu yma ym mhob un o'i chynlluniau.</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="87"/>
        <source>&amp;Add to her list</source>
        <translation type="unfinished">&amp;Ychwanegu at ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="87"/>
        <source>&amp;Save the change</source>
        <translation type="unfinished">&amp;Cadw'r newid</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="94"/>
        <source>When she would use them</source>
        <translation type="unfinished">Pryd y byddai hi'n troi atyn nhw</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="95"/>
        <source>Name on a discreet copy</source>
        <translation type="unfinished">Enw ar gopi cynnil</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="96"/>
        <source>What they know ({private})</source>
        <translation type="unfinished">Beth maen nhw'n ei wybod ({private})</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="97"/>
        <source>Code word ({private})</source>
        <translation type="unfinished">Gair cod ({private})</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="99"/>
        <source>&amp;Who they are to her:</source>
        <translation type="unfinished">&amp;Pwy ydyn nhw iddi hi:</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="100"/>
        <source>How to &amp;reach them:</source>
        <translation type="unfinished">Sut i &amp;gysylltu â nhw:</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="101"/>
        <source>&amp;When she would use them:</source>
        <translation type="unfinished">P&amp;ryd y byddai hi'n troi atyn nhw:</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="102"/>
        <source>Name on a &amp;discreet copy:</source>
        <translation type="unfinished">Enw ar gopi &amp;cynnil:</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="103"/>
        <source>What they &amp;know (private):</source>
        <translation type="unfinished">Beth maen nhw'n ei &amp;wybod (preifat):</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="104"/>
        <source>&amp;Code word (private):</source>
        <translation type="unfinished">&amp;Gair cod (preifat):</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="125"/>
        <source>Please give a name, or the name she uses for them.</source>
        <translation type="unfinished">Rhowch enw, neu'r enw y mae hi'n ei ddefnyddio ar eu cyfer.</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="170"/>
        <source>Her list note</source>
        <translation type="unfinished">Nodyn ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="173"/>
        <source>Add a &amp;person…</source>
        <translation type="unfinished">Ychwanegu &amp;person…</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="174"/>
        <source>Add a &amp;service…</source>
        <translation type="unfinished">Ychwanegu &amp;gwasanaeth…</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="175"/>
        <source>Change the chosen entry</source>
        <translation type="unfinished">Newid yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="177"/>
        <source>&amp;Take off her list…</source>
        <translation type="unfinished">&amp;Tynnu oddi ar ei rhestr…</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="177"/>
        <source>Take the chosen entry off her list</source>
        <translation type="unfinished">Tynnu'r eitem a ddewiswyd oddi ar ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="257"/>
        <source>Keep</source>
        <translation type="unfinished">Eu cadw</translation>
    </message>
    <message>
        <location filename="../../ui/support_list.py" line="257"/>
        <source>Take off her list</source>
        <translation type="unfinished">Tynnu oddi ar ei rhestr</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="18"/>
        <source>Training: fictional data. Everyone here is invented, so practise freely: nothing you do here touches real records.</source>
        <translation type="unfinished">Hyfforddiant: data ffuglennol. Mae pawb yma wedi'u dyfeisio, felly ymarferwch yn rhydd: does dim byd rydych chi'n ei wneud yma yn cyffwrdd â chofnodion go iawn.</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="22"/>
        <source>Training mode only opens the fictional training vault, and this folder holds a real one, so it has been closed again. To work with real records, start womenscentre without --demo.</source>
        <translation type="unfinished">Dim ond y gronfa ddiogel hyfforddi ffuglennol y mae'r modd hyfforddi yn ei hagor, ac mae'r ffolder hon yn dal un go iawn, felly mae wedi'i chau eto. I weithio gyda chofnodion go iawn, dechreuwch womenscentre heb --demo.</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="37"/>
        <source>Sign in as {trainer} (or {lead} to try the manager's screens) with the passphrase “{passphrase}”.</source>
        <translation type="unfinished">Mewngofnodwch fel {trainer} (neu {lead} i roi cynnig ar sgriniau'r rheolwr) gyda'r cyfrinymadrodd “{passphrase}”.</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="55"/>
        <source>Training banner</source>
        <translation type="unfinished">Baner hyfforddiant</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="48"/>
        <source>Welcome back. Please enter your name and passphrase.</source>
        <translation type="unfinished">Croeso'n ôl. Rhowch eich enw a'ch cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="49"/>
        <source>The vault is locked, and everything is saved.</source>
        <translation type="unfinished">Mae'r gronfa ddiogel wedi'i chloi, ac mae popeth wedi'i gadw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="54"/>
        <source>There have been a few unsuccessful tries, so the vault is pausing for a moment. You can try again in %n seconds.</source>
        <extracomment>Singular: There have been a few unsuccessful tries, so the vault is pausing for a moment. You can try again in %n second.</extracomment>
        <translation type="unfinished">
            <numerusform>Bu ychydig o ymgeisiau aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymgeisiau aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymgeisiau aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymgeisiau aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymgeisiau aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="63"/>
        <source>Thank you for waiting. You can try again now.</source>
        <translation type="unfinished">Diolch am aros. Gallwch roi cynnig arall arni nawr.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <source>Done. {username} can now unlock with the passphrase you chose, and she'll be asked to choose her own straight away.</source>
        <translation type="unfinished">Wedi'i wneud. Gall {username} ddatgloi nawr gyda'r cyfrinymadrodd a ddewisoch chi, a bydd hi'n cael ei holi i ddewis ei chyfrinymadrodd ei hun ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="108"/>
        <source>Unlock womenscentre</source>
        <translation type="unfinished">Datgloi womenscentre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>Unlock message</source>
        <translation type="unfinished">Neges datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="114"/>
        <source>Pause before the next try</source>
        <translation type="unfinished">Saib cyn y cynnig nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="115"/>
        <source>Unlocking the vault</source>
        <translation type="unfinished">Yn datgloi'r gronfa ddiogel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="118"/>
        <source>S&amp;witch user</source>
        <translation type="unfinished">&amp;Newid defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="119"/>
        <source>&amp;Forgotten passphrase?</source>
        <translation type="unfinished">&amp;Wedi anghofio'r cyfrinymadrodd?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="119"/>
        <source>Reset a forgotten passphrase</source>
        <translation type="unfinished">Ailosod cyfrinymadrodd a anghofiwyd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="134"/>
        <source>User &amp;name</source>
        <translation type="unfinished">&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="197"/>
        <source>Please enter both your user name and your passphrase.</source>
        <translation type="unfinished">Rhowch eich enw defnyddiwr a'ch cyfrinymadrodd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="222"/>
        <source>Opening the vault…</source>
        <translation type="unfinished">Yn agor y gronfa ddiogel…</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="34"/>
        <source>Everyone who can unlock this vault. Keyworkers see their own caseload; managers see everyone and look after the centre's settings.</source>
        <translation type="unfinished">Pawb sy'n gallu datgloi'r gronfa ddiogel hon. Mae gweithwyr allweddol yn gweld eu llwyth achosion eu hunain; mae rheolwyr yn gweld pawb ac yn gofalu am osodiadau'r ganolfan.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="56"/>
        <location filename="../../ui/users_view.py" line="81"/>
        <source>Colleagues</source>
        <translation type="unfinished">Cydweithwyr</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="60"/>
        <source>Colleagues table</source>
        <translation type="unfinished">Tabl cydweithwyr</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="67"/>
        <source>&amp;Add a colleague…</source>
        <translation type="unfinished">&amp;Ychwanegu cydweithiwr…</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="68"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished">Newid &amp;rôl…</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="69"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished">&amp;Tynnu…</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="70"/>
        <source>Reset a &amp;forgotten passphrase…</source>
        <translation type="unfinished">Ailosod cyfrinymadrodd a &amp;anghofiwyd…</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="71"/>
        <source>Make a new recovery &amp;key…</source>
        <translation type="unfinished">Gwneud allwedd adfer &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="143"/>
        <source>Add a colleague</source>
        <translation type="unfinished">Ychwanegu cydweithiwr</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="144"/>
        <source>Choose her user name and role, and a first passphrase to tell her in person. She'll choose her own the first time she unlocks.</source>
        <translation type="unfinished">Dewiswch ei henw defnyddiwr a'i rôl, a chyfrinymadrodd cyntaf i'w ddweud wrthi wyneb yn wyneb. Bydd hi'n dewis ei chyfrinymadrodd ei hun y tro cyntaf y bydd hi'n datgloi.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="153"/>
        <source>First passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd cyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="154"/>
        <source>First passphrase again</source>
        <translation type="unfinished">Cyfrinymadrodd cyntaf eto</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="157"/>
        <location filename="../../ui/users_view.py" line="205"/>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Rôl</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="158"/>
        <source>First &amp;passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;cyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="159"/>
        <source>Passphrase a&amp;gain</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;eto</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="176"/>
        <source>Please choose a user name for her.</source>
        <translation type="unfinished">Dewiswch enw defnyddiwr iddi.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="180"/>
        <source>Please choose a first passphrase for her.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd cyntaf iddi.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="197"/>
        <source>Change a colleague's role</source>
        <translation type="unfinished">Newid rôl cydweithiwr</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="198"/>
        <source>Choose the role for {username}. It takes effect when she next unlocks.</source>
        <translation type="unfinished">Dewiswch y rôl ar gyfer {username}. Bydd yn dod i rym y tro nesaf y bydd hi'n datgloi.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="201"/>
        <source>&amp;Change role</source>
        <translation type="unfinished">&amp;Newid rôl</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="215"/>
        <source>Remove a colleague</source>
        <translation type="unfinished">Tynnu cydweithiwr</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="216"/>
        <source>Removing {username} stops her passphrase opening the vault straight away. Everything she wrote stays in the records. Please give a short reason; it is kept in the audit log.</source>
        <translation type="unfinished">Mae tynnu {username} yn atal ei chyfrinymadrodd rhag agor y gronfa ddiogel ar unwaith. Mae popeth a ysgrifennodd hi yn aros yn y cofnodion. Rhowch reswm byr; caiff ei gadw yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="221"/>
        <source>&amp;Remove her</source>
        <translation type="unfinished">&amp;Ei thynnu</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="225"/>
        <source>Why she is being removed</source>
        <translation type="unfinished">Pam mae hi'n cael ei thynnu</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="228"/>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="233"/>
        <source>Please give a short reason, for example 'left the centre in March'.</source>
        <translation type="unfinished">Rhowch reswm byr, er enghraifft 'gadawodd y ganolfan ym mis Mawrth'.</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="20"/>
        <location filename="../prompts/first-meeting.toml" line="1"/>
        <source>First meeting</source>
        <extracomment>From resources/prompts/first-meeting.toml</extracomment>
        <translation type="unfinished">Cyfarfod cyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="21"/>
        <source>One-to-one</source>
        <translation type="unfinished">Un i un</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="22"/>
        <source>Crisis support</source>
        <translation type="unfinished">Cymorth mewn argyfwng</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="23"/>
        <location filename="../prompts/after-disclosure.toml" line="1"/>
        <source>After a disclosure</source>
        <extracomment>From resources/prompts/after-disclosure.toml</extracomment>
        <translation type="unfinished">Ar ôl datgeliad</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="24"/>
        <source>Leaving custody</source>
        <translation type="unfinished">Gadael y ddalfa</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="25"/>
        <source>Review or closing</source>
        <translation type="unfinished">Adolygu neu gau</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="26"/>
        <source>Group session</source>
        <translation type="unfinished">Sesiwn grŵp</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="34"/>
        <source>Outreach</source>
        <translation type="unfinished">Allgymorth</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="38"/>
        <source>Manager</source>
        <translation type="unfinished">Rheolwr</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="40"/>
        <source>Trainer</source>
        <translation type="unfinished">Hyfforddwr</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="109"/>
        <source>{weekday} {day} {month} {year}</source>
        <comment>long date</comment>
        <translation type="unfinished">{day} {month} {year} ({weekday})</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="122"/>
        <source>{day} {month} {year}</source>
        <comment>short date</comment>
        <translation type="unfinished">{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="136"/>
        <source>%n hours</source>
        <extracomment>Singular: %n hour</extracomment>
        <translation type="unfinished">
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="137"/>
        <source>%n minutes</source>
        <extracomment>Singular: %n minute</extracomment>
        <translation type="unfinished">
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="139"/>
        <source>{hours} {minutes}</source>
        <comment>a length of time</comment>
        <translation type="unfinished">{hours} {minutes}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="38"/>
        <source>Training vault: everyone here is fictional. Practise freely.</source>
        <translation type="unfinished">Cronfa ddiogel hyfforddi: mae pawb yma yn ffuglennol. Ymarferwch yn rhydd.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="42"/>
        <source>Signed in as {username} · {role}</source>
        <translation type="unfinished">Wedi mewngofnodi fel {username} · {role}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="66"/>
        <source>Workspace</source>
        <translation type="unfinished">Man gwaith</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="72"/>
        <source>Signed in</source>
        <translation type="unfinished">Wedi mewngofnodi</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="74"/>
        <source>Centre</source>
        <translation type="unfinished">Canolfan</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="77"/>
        <source>Search status</source>
        <translation type="unfinished">Statws chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="81"/>
        <source>Screens</source>
        <translation type="unfinished">Sgriniau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="56"/>
        <source>The training vault couldn't be set up: {file_name}, line {line}, {where}: {problem} Please correct the file and start the training vault again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="73"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="78"/>
        <source>{key} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="85"/>
        <source>expected {expected}, found {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="96"/>
        <source>{value!r} isn't one of the values allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="147"/>
        <source>there is no woman called {name!r} in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="157"/>
        <source>{key!r} is already on her list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="170"/>
        <source>there is no referral template for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="179"/>
        <source>{section}.{field_id} isn't part of this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="260"/>
        <source>each person or service on her list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="286"/>
        <source>there is no safety-plan template {template_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="295"/>
        <source>{template_id} has no field {field_id!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="325"/>
        <source>{key!r} isn't on her list of people and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="336"/>
        <source>this table has no column {column!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="349"/>
        <source>a recipient needs an organisation and a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/demo_records.py" line="410"/>
        <source>a withdrawal can't be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/answers.py" line="28"/>
        <location filename="../../ui/outcomes_dialogs.py" line="47"/>
        <source>She chose not to answer</source>
        <translation type="unfinished">Dewisodd beidio ag ateb</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/answers.py" line="29"/>
        <source>Not asked: not safe or right to ask now</source>
        <translation type="unfinished">Heb ofyn: dydy hi ddim yn ddiogel nac yn iawn gofyn nawr</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/answers.py" line="30"/>
        <location filename="../../ui/person_dialog.py" line="50"/>
        <location filename="../../ui/person_view.py" line="62"/>
        <location filename="../../ui/person_view.py" line="52"/>
        <source>Not recorded yet</source>
        <translation type="unfinished">Heb ei gofnodi eto</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/attachments.py" line="43"/>
        <location filename="../../ui/attachments_add.py" line="58"/>
        <location filename="../../ui/models/search.py" line="41"/>
        <location filename="../../ui/person_view.py" line="111"/>
        <source>Her record</source>
        <translation type="unfinished">Ei chofnod</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/attachments.py" line="44"/>
        <location filename="../../ui/import_columns.py" line="39"/>
        <location filename="../../ui/note_editor.py" line="105"/>
        <source>Session note</source>
        <translation type="unfinished">Nodyn sesiwn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/attachments.py" line="45"/>
        <source>Safety plan evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/attachments.py" line="46"/>
        <source>Consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/domain/attachments.py" line="82"/>
        <source>%n bytes</source>
        <extracomment>Singular: %n byte</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/attachments.py" line="84"/>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/attachments.py" line="85"/>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="170"/>
        <source>She agreed to share this with them for this purpose.</source>
        <translation type="unfinished">Cytunodd hi i rannu hyn gyda nhw at y diben hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="172"/>
        <source>She agreed, and it's time to check with her that this still stands.</source>
        <translation type="unfinished">Cytunodd hi, ac mae'n bryd gwirio gyda hi bod hyn yn dal yn wir.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="174"/>
        <source>She asked to be asked each time before this is shared.</source>
        <translation type="unfinished">Gofynnodd hi am gael ei holi bob tro cyn i hyn gael ei rannu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="175"/>
        <source>Her agreement to share this has come to its end date.</source>
        <translation type="unfinished">Mae ei chytundeb i rannu hyn wedi cyrraedd ei ddyddiad gorffen.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="176"/>
        <source>She has withdrawn her agreement to share this.</source>
        <translation type="unfinished">Mae hi wedi tynnu ei chytundeb i rannu hyn yn ôl.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="177"/>
        <source>She asked for this never to be shared with them.</source>
        <translation type="unfinished">Gofynnodd hi i hyn byth gael ei rannu gyda nhw.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/consent.py" line="178"/>
        <source>She hasn't agreed to share this with them for this purpose.</source>
        <translation type="unfinished">Dydy hi ddim wedi cytuno i rannu hyn gyda nhw at y diben hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/erasure.py" line="28"/>
        <source>the record is no longer needed for her support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/erasure.py" line="29"/>
        <source>she has withdrawn the agreement the record relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/erasure.py" line="30"/>
        <source>she objects to the centre keeping it, and nothing outweighs that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/erasure.py" line="33"/>
        <source>the record should not have been kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/erasure.py" line="34"/>
        <source>the law requires the centre to erase it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="89"/>
        <source>Please give her reading, or mark that she chose to skip this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="91"/>
        <source>Her reading needs to be a number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="93"/>
        <source>The keyworker's reading needs to be a number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="96"/>
        <source>She chose to skip this area, so it isn't given a reading this time, not even the keyworker's.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="103"/>
        <source>Please keep each note under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="232"/>
        <source>Each wellbeing answer is a number from 0 to 10 ({question}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/outcomes.py" line="239"/>
        <source>Please record at least one answer, or that she chose to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="24"/>
        <source>Phone call</source>
        <translation type="unfinished">Galwad ffôn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="25"/>
        <source>Text</source>
        <translation type="unfinished">Neges destun</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="26"/>
        <location filename="../../ui/directory_editor.py" line="98"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="100"/>
        <source>Email</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">E-bost</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="27"/>
        <source>Letter</source>
        <translation type="unfinished">Llythyr</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="28"/>
        <location filename="../../ui/wording.py" line="33"/>
        <source>Video call</source>
        <translation type="unfinished">Galwad fideo</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="29"/>
        <location filename="../../ui/wording.py" line="31"/>
        <source>In person</source>
        <translation type="unfinished">Wyneb yn wyneb</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="49"/>
        <source>{method} only</source>
        <translation type="unfinished">{method} yn unig</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="52"/>
        <source>{methods} or {last}</source>
        <translation type="unfinished">{methods} neu {last}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="59"/>
        <source>No voicemail.</source>
        <translation type="unfinished">Dim neges llais.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="61"/>
        <source>Voicemail is OK.</source>
        <translation type="unfinished">Mae neges llais yn iawn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/people.py" line="63"/>
        <source>No safe-contact plan recorded yet.</source>
        <translation type="unfinished">Does dim cynllun cysylltu'n ddiogel wedi'i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/plans.py" line="36"/>
        <source>What each person knows</source>
        <translation type="unfinished">Beth mae pob person yn ei wybod</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/plans.py" line="37"/>
        <source>Code words</source>
        <translation type="unfinished">Geiriau cod</translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="29"/>
        <source>closed cases (her whole record, after her last case closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="32"/>
        <source>deleted records (after they were deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="48"/>
        <source>the centre's retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="49"/>
        <source>her request for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="51"/>
        <source>purged again after restore: it had already been deleted for good before an older backup was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="62"/>
        <source>person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="63"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="64"/>
        <source>session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="65"/>
        <source>addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="66"/>
        <location filename="../../womenscentre/services/subject_access.py" line="302"/>
        <source>safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="67"/>
        <source>safety plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="68"/>
        <source>support list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="69"/>
        <source>risk identification record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="70"/>
        <source>consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="71"/>
        <source>referral draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="72"/>
        <source>sharing decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="73"/>
        <source>export record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="74"/>
        <source>document or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/retention.py" line="75"/>
        <source>outcomes record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="140"/>
        <source>Please say who made the Marac decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="145"/>
        <source>Deciding not to refer to Marac needs a reason, written in a sentence or two, so anyone reading the record later understands it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="224"/>
        <location filename="../../ui/risk_form.py" line="306"/>
        <source>Please say who completed the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="226"/>
        <source>The score should be the number of 'yes' answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="228"/>
        <location filename="../../ui/risk_form.py" line="314"/>
        <source>Please name the checklist that was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="233"/>
        <source>Professional judgement needs a rationale: please explain the concern in a sentence or two, so the Marac and anyone reading later can understand it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/risk.py" line="239"/>
        <source>The number of incidents can't be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="68"/>
        <source>It wasn't safe to ask her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="70"/>
        <source>Asking her would have put her or someone else in more danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="73"/>
        <source>She said no, and the risk of harm was judged to outweigh her wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="75"/>
        <source>It was urgent and there was no time to ask her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="76"/>
        <source>The law required it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="168"/>
        <source>Health or other special-category information is included, so please choose the Article 9 condition that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="176"/>
        <source>This Article 9 condition needs a matching DPA 2018 Schedule 1 condition. Please choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="183"/>
        <source>Information about her contact with the justice system is included, so please choose the Article 10 condition (from DPA 2018 Schedule 1) that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="288"/>
        <source>Please say why she won't be told about this, in a short sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="290"/>
        <source>Please choose whether she will be told or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="342"/>
        <source>Please write the reason for this decision in a sentence or two, so anyone reading the record later understands it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="351"/>
        <source>Nothing was chosen to share. Please choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="353"/>
        <source>Please record the lawful basis for this share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="357"/>
        <source>Please say how it will be sent, for example NHSmail or CJSM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="359"/>
        <source>Please say whether this share has her agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="363"/>
        <source>This is shared without her agreement, so its lawful basis can't be her consent. Please choose another basis or condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="369"/>
        <source>Please choose the reason for sharing without her agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="372"/>
        <source>Sharing without her agreement needs a second manager to authorise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="375"/>
        <source>The second manager must be a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/domain/sharing.py" line="377"/>
        <source>A share with her agreement must link to the agreement it relies on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="34"/>
        <source>That name and passphrase didn't open the vault. Please check them and try again.</source>
        <translation type="unfinished">Wnaeth yr enw a'r cyfrinymadrodd hwnnw ddim agor y gronfa ddiogel. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/errors.py" line="44"/>
        <source>There have been a few unsuccessful tries, so the vault is pausing for a moment. Please try again in %n seconds.</source>
        <extracomment>Singular: There have been a few unsuccessful tries, so the vault is pausing for a moment. Please try again in %n second.</extracomment>
        <translation type="unfinished">
            <numerusform>Bu ychydig o ymdrechion aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymdrechion aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymdrechion aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymdrechion aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Bu ychydig o ymdrechion aflwyddiannus, felly mae'r gronfa ddiogel yn oedi am ennyd. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="57"/>
        <source>The vault is already open in another window of womenscentre. Please use that window, or close it and try again.</source>
        <translation type="unfinished">Mae'r gronfa ddiogel eisoes ar agor mewn ffenestr arall o womenscentre. Defnyddiwch y ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="67"/>
        <source>There is no vault here yet. A manager can create one with 'womenscentre init --user NAME', or by opening the app for the first time.</source>
        <translation type="unfinished">Does dim cronfa ddiogel yma eto. Gall rheolwr greu un gyda 'womenscentre init --user NAME', neu drwy agor yr ap am y tro cyntaf.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="77"/>
        <source>A vault already exists in this folder, so nothing has been changed. Open it with your name and passphrase instead.</source>
        <translation type="unfinished">Mae cronfa ddiogel yn y ffolder hwn yn barod, felly does dim wedi newid. Agorwch hi gyda'ch enw a'ch cyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="87"/>
        <source>The vault file looks damaged, so it has not been opened and nothing has been changed ({detail}). Please ask a manager to restore the most recent backup, and keep the damaged file: it may still be recoverable.</source>
        <translation type="unfinished">Mae'n edrych fel bod ffeil y gronfa ddiogel wedi'i difrodi, felly dydy hi ddim wedi'i hagor a does dim wedi newid ({detail}). Gofynnwch i reolwr adfer y copi wrth gefn diweddaraf, a chadwch y ffeil sydd wedi'i difrodi: efallai y bydd modd ei hadfer o hyd.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="93"/>
        <source>The vault file looks damaged, so it has not been opened and nothing has been changed. Please ask a manager to restore the most recent backup, and keep the damaged file: it may still be recoverable.</source>
        <translation type="unfinished">Mae'n edrych fel bod ffeil y gronfa ddiogel wedi'i difrodi, felly dydy hi ddim wedi'i hagor a does dim wedi newid. Gofynnwch i reolwr adfer y copi wrth gefn diweddaraf, a chadwch y ffeil sydd wedi'i difrodi: efallai y bydd modd ei hadfer o hyd.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="104"/>
        <source>This vault was last saved by a newer version of womenscentre. Nothing has been changed. Please update the app on this computer, then open the vault again.</source>
        <translation type="unfinished">Cafodd y gronfa ddiogel hon ei chadw ddiwethaf gan fersiwn mwy newydd o womenscentre. Does dim wedi newid. Diweddarwch yr ap ar y cyfrifiadur hwn, yna agorwch y gronfa ddiogel eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="114"/>
        <source>This computer's encryption library can't provide the protection the vault needs ({detail}), so no vault will be created or opened. Please reinstall womenscentre from its official package.</source>
        <translation type="unfinished">Dydy llyfrgell amgryptio'r cyfrifiadur hwn ddim yn gallu rhoi'r diogelwch sydd ei angen ar y gronfa ddiogel ({detail}), felly fydd dim cronfa ddiogel yn cael ei chreu na'i hagor. Ailosodwch womenscentre o'i becyn swyddogol.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/errors.py" line="129"/>
        <source>Your work couldn't be saved because the disk is full or can't be written to. Nothing already saved has been lost, and what you typed is still here. Please free some space or ask for help, then save again.</source>
        <translation type="unfinished">Doedd dim modd cadw eich gwaith oherwydd bod y ddisg yn llawn neu nad oes modd ysgrifennu iddi. Does dim byd a gadwyd yn barod wedi'i golli, ac mae'r hyn a deipiwyd gennych chi yma o hyd. Rhyddhewch ychydig o le neu gofynnwch am help, yna cadwch eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/document.py" line="160"/>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="32"/>
        <source>Name she likes to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="36"/>
        <location filename="../../ui/import_columns.py" line="28"/>
        <location filename="../../ui/person_dialog.py" line="148"/>
        <location filename="../../ui/person_view.py" line="65"/>
        <source>Full name</source>
        <translation type="unfinished">Enw llawn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="37"/>
        <location filename="../../ui/import_columns.py" line="29"/>
        <location filename="../../ui/person_dialog.py" line="150"/>
        <location filename="../../ui/person_view.py" line="67"/>
        <source>Date of birth</source>
        <translation type="unfinished">Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="38"/>
        <location filename="../../ui/import_columns.py" line="30"/>
        <location filename="../../ui/models/caseload.py" line="58"/>
        <location filename="../../ui/person_dialog.py" line="149"/>
        <location filename="../../ui/person_view.py" line="66"/>
        <location filename="../../ui/person_view.py" line="115"/>
        <source>Pronouns</source>
        <translation type="unfinished">Rhagenwau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="39"/>
        <location filename="../../ui/person_dialog.py" line="151"/>
        <location filename="../../ui/person_view.py" line="68"/>
        <source>Languages</source>
        <translation type="unfinished">Ieithoedd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="40"/>
        <location filename="../../ui/import_columns.py" line="32"/>
        <location filename="../../ui/person_dialog.py" line="155"/>
        <location filename="../../ui/person_view.py" line="69"/>
        <source>Interpreter</source>
        <translation type="unfinished">Cyfieithydd ar y pryd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="71"/>
        <source>Please don't leave voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="71"/>
        <location filename="../../ui/person_dialog.py" line="52"/>
        <location filename="../../ui/person_view.py" line="53"/>
        <source>Voicemail is OK</source>
        <translation type="unfinished">Mae neges llais yn iawn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="89"/>
        <source>Checklist completed on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="91"/>
        <source>Checklist completed on {day}, {score} yes answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="97"/>
        <source>Visible high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="98"/>
        <location filename="../../ui/risk_form.py" line="206"/>
        <source>Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="99"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="100"/>
        <source>Repeat referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/facts.py" line="112"/>
        <source>Professional judgement: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="51"/>
        <source>The folder {folder} doesn't exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="53"/>
        <source>{folder} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="55"/>
        <source>The disk that holds {folder} is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="57"/>
        <source>{folder} is on a drive that can only be read, not written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="61"/>
        <source>This account isn't allowed to save files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="63"/>
        <source>A file with the same name is already in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="65"/>
        <source>The files couldn't be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/files.py" line="68"/>
        <source>Nothing has been saved there and nothing has been shared. Please choose another folder, such as one in your Documents, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="30"/>
        <source>Outcomes report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="31"/>
        <source>Anonymised: only women who agreed to be counted. Small numbers are protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="36"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="42"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="61"/>
        <source>Average change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="74"/>
        <location filename="../../ui/funder_report_dialog.py" line="120"/>
        <location filename="../../ui/funder_report_dialog.py" line="137"/>
        <source>Women moving up overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="76"/>
        <source>Distance travelled, by life area (her own readings, 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="79"/>
        <source>Average change in her reading, by life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="84"/>
        <source>Wellbeing (ONS4), each question on its own (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="87"/>
        <source>Average change in each wellbeing answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/funder_doc.py" line="92"/>
        <source>Women are never ranked or compared with each other in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="39"/>
        <location filename="../../womenscentre/exports/referral_docs.py" line="116"/>
        <location filename="../../womenscentre/services/subject_access_items.py" line="75"/>
        <location filename="../../womenscentre/templates/session_answers.py" line="28"/>
        <location filename="../../ui/messages.py" line="151"/>
        <location filename="../../ui/models/referrals.py" line="43"/>
        <location filename="../../ui/plan_field_base.py" line="24"/>
        <location filename="../../ui/risk_form.py" line="107"/>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="40"/>
        <location filename="../../womenscentre/services/subject_access_items.py" line="75"/>
        <location filename="../../womenscentre/templates/session_answers.py" line="29"/>
        <location filename="../../ui/messages.py" line="152"/>
        <location filename="../../ui/models/referrals.py" line="43"/>
        <location filename="../../ui/plan_field_base.py" line="25"/>
        <location filename="../../ui/risk_form.py" line="70"/>
        <location filename="../../ui/risk_form.py" line="108"/>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="41"/>
        <location filename="../../womenscentre/templates/session_answers.py" line="30"/>
        <location filename="../../ui/plan_field_base.py" line="26"/>
        <source>Not sure yet</source>
        <translation type="unfinished">Ddim yn siŵr eto</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="46"/>
        <source>I have this</source>
        <translation type="unfinished">Mae hwn gen i</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="47"/>
        <source>A copy is kept somewhere else</source>
        <translation type="unfinished">Mae copi'n cael ei gadw yn rhywle arall</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="50"/>
        <location filename="../../ui/plan_field_base.py" line="29"/>
        <source>Still to sort</source>
        <translation type="unfinished">I'w drefnu o hyd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="131"/>
        <location filename="../../womenscentre/templates/session_answers.py" line="116"/>
        <source>{value} out of {most}</source>
        <translation type="unfinished">{value} allan o {most}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="156"/>
        <source>{name} is left off the discreet copy because it has no discreet name. Add one to her list if she'd like it included.</source>
        <translation type="unfinished">Mae {name} wedi'i adael oddi ar y copi cynnil oherwydd nad oes ganddo enw cynnil. Ychwanegwch un at ei rhestr os hoffai hi iddo gael ei gynnwys.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="170"/>
        <source>Knows: {what}</source>
        <translation type="unfinished">Yn gwybod: {what}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="172"/>
        <source>Code word: {word}</source>
        <translation type="unfinished">Gair cod: {word}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="250"/>
        <source>Private details she hasn't chosen to include are left off this copy.</source>
        <translation type="unfinished">Mae manylion preifat nad yw hi wedi dewis eu cynnwys wedi'u gadael oddi ar y copi hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="272"/>
        <source>Made with {centre}. Last updated {day}.</source>
        <translation type="unfinished">Wedi'i wneud gyda {centre}. Diweddarwyd ddiwethaf ar {day}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="273"/>
        <source>Last updated {day}.</source>
        <translation type="unfinished">Diweddarwyd ddiwethaf ar {day}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="279"/>
        <source>Look at this again by</source>
        <translation type="unfinished">Edrychwch ar hyn eto erbyn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="279"/>
        <source>Next look</source>
        <translation type="unfinished">Edrych eto</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="282"/>
        <source>We'll look at this together again by</source>
        <translation type="unfinished">Byddwn ni'n edrych ar hyn gyda'n gilydd eto erbyn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="284"/>
        <source>Or sooner if</source>
        <translation type="unfinished">Neu'n gynt os</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="285"/>
        <source>Looking at this again</source>
        <translation type="unfinished">Edrych ar hyn eto</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/her_copy.py" line="294"/>
        <source>This copy includes the words "{words}". Labels like this are never shown to her: please reword that part of the plan before printing.</source>
        <translation type="unfinished">Mae'r copi hwn yn cynnwys y geiriau "{words}". Dydy labeli fel hyn byth yn cael eu dangos iddi hi: ail-eiriwch y rhan honno o'r cynllun cyn argraffu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="36"/>
        <source>Your journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="37"/>
        <source>How things have moved for you, in your own readings and goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="38"/>
        <location filename="../../ui/outcomes_dialogs.py" line="182"/>
        <source>Your reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="39"/>
        <source>Your keyworker's reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="40"/>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="41"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="42"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="43"/>
        <source>two views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="46"/>
        <source>Nothing recorded yet. Readings appear here after a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="47"/>
        <source>Readings run from 1 (this is hard right now) to 5 (this is steady, my way). Where you and your keyworker saw things differently, both views are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="51"/>
        <source>Yours to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="107"/>
        <source>Life areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="108"/>
        <source>Your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/journey_doc.py" line="109"/>
        <location filename="../../ui/outcomes_tab.py" line="144"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/pdf_protect.py" line="25"/>
        <source>Please use a PDF password of at least {count} characters. Three or four unrelated words are easy to read out over the phone and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="71"/>
        <source>Her agreement has changed since this pack was previewed, so nothing has been sent. These sections can't go now: {sections}. Please look at the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="97"/>
        <source>She was asked today and agreed to this being shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="99"/>
        <source>Shared without her agreement; a second manager must authorise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="179"/>
        <source>This template is for a different kind of recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="183"/>
        <source>A {kind} can be for: {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="228"/>
        <source>"{title}" can't be included: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="238"/>
        <source>That isn't one of this section's questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="241"/>
        <source>Please keep each answer under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="252"/>
        <source>This section doesn't need asking each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="264"/>
        <source>Please choose which of this pack's sections are to be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="299"/>
        <source>There's nothing that can be sent: she hasn't agreed to any of these sections going to them for this purpose, or nothing has been written in them yet. You can record a decision not to share instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="318"/>
        <source>This pack includes information she hasn't agreed to share. A second manager must authorise it with their own passphrase before it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="331"/>
        <source>Please look at the preview before confirming your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="339"/>
        <source>The second manager authorises after looking at the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="346"/>
        <source>Please preview the pack and confirm your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="356"/>
        <source>Sharing without her agreement needs a second manager to authorise it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="420"/>
        <source>That section isn't part of this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="458"/>
        <source>This will go to {who}, for: {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="461"/>
        <source>It says who she is (her name and date of birth) and covers: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="467"/>
        <source>Some of it is shared without her agreement because: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="472"/>
        <source>You will get a PDF to read and a JSON file for their system; the app doesn't send anything. Please send them by secure email, such as NHSmail or CJSM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="484"/>
        <source>Nothing has been written in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral.py" line="485"/>
        <source>Not chosen for this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="53"/>
        <source>Article 6(1)(a) consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="54"/>
        <source>Article 6(1)(b) contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="55"/>
        <source>Article 6(1)(c) legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="56"/>
        <source>Article 6(1)(d) vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="57"/>
        <source>Article 6(1)(e) public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="58"/>
        <source>Article 6(1)(f) legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="63"/>
        <source>Article 9(2)(a) explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="64"/>
        <source>Article 9(2)(b) social security and social protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="67"/>
        <source>Article 9(2)(c) vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="68"/>
        <source>Article 9(2)(d) not-for-profit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="69"/>
        <source>Article 9(2)(f) legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="70"/>
        <source>Article 9(2)(g) substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="73"/>
        <source>Article 9(2)(h) health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="74"/>
        <source>Article 9(2)(i) public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="94"/>
        <source>UK GDPR {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="98"/>
        <source>{condition} with {schedule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="103"/>
        <source>Article 10 with {schedule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="111"/>
        <source>No, and please don't tell her: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="114"/>
        <source>Not yet: she will be told ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="115"/>
        <source>Not yet: she will be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="128"/>
        <location filename="../../ui/models/referrals.py" line="75"/>
        <source>Shared with her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="132"/>
        <source>Her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="133"/>
        <source>Reference {reference}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="140"/>
        <source>Agreement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="143"/>
        <source>Asked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="143"/>
        <source>She asked to be asked each time, and agreed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="146"/>
        <source>Shared without her agreement: lawful basis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="147"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="148"/>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="148"/>
        <source>By a second manager at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="150"/>
        <location filename="../../ui/models/referrals.py" line="74"/>
        <source>Shared without her agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="151"/>
        <source>This pack covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="152"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="154"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="155"/>
        <source>Does she know about this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="156"/>
        <source>Pack reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="167"/>
        <source>About her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="190"/>
        <source>Not part of this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="193"/>
        <source>These sections aren't included. Please don't ask her about them unless she raises them herself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="200"/>
        <source>the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="201"/>
        <source>From {sender} to {recipient}, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="205"/>
        <source>Contact: {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_docs.py" line="211"/>
        <source>Confidential. Pack {reference}. Please keep this secure and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="26"/>
        <source>Legitimate interests (Article 6(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="27"/>
        <source>To protect someone's life (Article 6(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="28"/>
        <source>A legal duty (Article 6(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="29"/>
        <source>A public task (Article 6(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="30"/>
        <source>A contract with her (Article 6(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="31"/>
        <source>Her consent (Article 6(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="37"/>
        <source>Substantial public interest (Article 9(2)(g)), with a Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="40"/>
        <source>To protect her life when she can't agree (Article 9(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="43"/>
        <source>Health or social care (Article 9(2)(h)), with a Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="46"/>
        <source>Social protection (Article 9(2)(b)), with a Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="48"/>
        <source>Legal claims or the courts (Article 9(2)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="49"/>
        <source>Public health (Article 9(2)(i)), with a Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="52"/>
        <source>A not-for-profit body's own members (Article 9(2)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="53"/>
        <source>Her explicit consent (Article 9(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="59"/>
        <source>Safeguarding children and people at risk (DPA 2018 Sch. 1 para 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="62"/>
        <source>Preventing or detecting crime (DPA 2018 Sch. 1 para 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="65"/>
        <source>To protect someone's life when she can't agree (DPA 2018 Sch. 1 para 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="68"/>
        <source>A duty set by law or government (DPA 2018 Sch. 1 para 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="70"/>
        <source>Counselling and support (DPA 2018 Sch. 1 para 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="72"/>
        <source>Protecting someone's money and wellbeing (DPA 2018 Sch. 1 para 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="75"/>
        <source>Health or social care (DPA 2018 Sch. 1 para 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="78"/>
        <source>Social protection (DPA 2018 Sch. 1 para 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="80"/>
        <source>Public health (DPA 2018 Sch. 1 para 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="81"/>
        <source>Legal claims or the courts (DPA 2018 Sch. 1 para 33)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="83"/>
        <source>A not-for-profit body's own members (DPA 2018 Sch. 1 para 31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="85"/>
        <source>Her consent (DPA 2018 Sch. 1 para 29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="90"/>
        <source>Another manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="91"/>
        <source>The safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="92"/>
        <source>The Caldicott guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="93"/>
        <source>The data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="94"/>
        <source>A legal adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="99"/>
        <source>Secure email: NHSmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="100"/>
        <source>Secure email: CJSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="101"/>
        <source>Secure email: another secure service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="102"/>
        <location filename="../../womenscentre/exports/wording.py" line="122"/>
        <source>A secure portal</source>
        <translation type="unfinished">Porth diogel</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="103"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="104"/>
        <source>In person, at the Marac meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="105"/>
        <source>In person, by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="110"/>
        <source>She was told before it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="111"/>
        <source>She will be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="112"/>
        <source>She won't be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="117"/>
        <source>When and how she was told (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="118"/>
        <source>When, and by whom (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/referral_wording.py" line="119"/>
        <source>Why not, for example: telling her would increase the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="31"/>
        <source>Check before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="33"/>
        <source> [check before release]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="34"/>
        <source>Session notes, addenda and other free text are in her worker's own words and may mention other people even where nothing is marked. Please read them before release too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="38"/>
        <source>This pack holds everything the centre keeps about her in this app: her details, cases, session notes with their addenda, safety plans with every earlier version, risk identification records, consents, sharing decisions, referral records and the record of who opened or exported her file. Items marked “Check before release” hold details about someone else; please review them, and redact where needed, before the pack is given to her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="146"/>
        <source>(nothing recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="163"/>
        <location filename="../../womenscentre/services/subject_access_items.py" line="334"/>
        <location filename="../../ui/models/outcomes.py" line="88"/>
        <location filename="../../ui/models/outcomes.py" line="150"/>
        <location filename="../../ui/models/referrals.py" line="51"/>
        <location filename="../safety_plans/leaving-custody.toml" line="363"/>
        <source>When</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="163"/>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="92"/>
        <location filename="../../womenscentre/services/sharing.py" line="288"/>
        <location filename="../../womenscentre/services/subject_access_items.py" line="335"/>
        <location filename="../../ui/models/search.py" line="31"/>
        <location filename="../prompts/one-to-one.toml" line="71"/>
        <location filename="../safety_plans/leaving-custody.toml" line="66"/>
        <source>Who</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Pwy</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="180"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="181"/>
        <location filename="../../ui/case_dialogs.py" line="131"/>
        <location filename="../../ui/person_view.py" line="116"/>
        <source>Record reference</source>
        <translation type="unfinished">Cyfeirnod y cofnod</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="182"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="183"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="184"/>
        <source>Items to check before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="189"/>
        <source>How to read this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="196"/>
        <source>Nothing is held here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="203"/>
        <source>{centre}: subject access pack for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="207"/>
        <source>Subject access pack for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="209"/>
        <source>Everything we hold about her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/subject_access.py" line="212"/>
        <source>Confidential. Subject access pack {reference}, made {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="25"/>
        <source>You can change your mind about any of this at any time, and it takes effect straight away. Just tell your keyworker, in whatever way is easiest for you.</source>
        <translation type="unfinished">Gallwch chi newid eich meddwl am unrhyw ran o hyn ar unrhyw adeg, ac mae'n dod i rym ar unwaith. Dim ond dweud wrth eich gweithiwr allweddol sydd ei angen, ym mha ffordd bynnag sydd hawsaf i chi.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="44"/>
        <source>Where you said no</source>
        <translation type="unfinished">Lle dywedoch chi na</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="46"/>
        <source>You asked us not to share your information with</source>
        <translation type="unfinished">Gofynnoch chi i ni beidio â rhannu eich gwybodaeth gyda</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="52"/>
        <source>Nothing agreed yet</source>
        <translation type="unfinished">Dim wedi'i gytuno eto</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="53"/>
        <source>You haven't agreed to us sharing your information with anyone. We'll always talk it through with you first.</source>
        <translation type="unfinished">Dydych chi ddim wedi cytuno i ni rannu eich gwybodaeth gydag unrhyw un. Byddwn ni bob amser yn ei drafod gyda chi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="64"/>
        <source>When we might need to share without asking</source>
        <translation type="unfinished">Pryd y gallai fod angen i ni rannu heb ofyn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="66"/>
        <source>What we talked about</source>
        <translation type="unfinished">Beth wnaethon ni ei drafod</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="69"/>
        <source>Changing your mind</source>
        <translation type="unfinished">Newid eich meddwl</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="71"/>
        <source>Made with {centre}. As it stands on {day}.</source>
        <translation type="unfinished">Wedi'i wneud gyda {centre}. Fel y mae ar {day}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="75"/>
        <source>As it stands on {day}.</source>
        <translation type="unfinished">Fel y mae ar {day}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="77"/>
        <source>What you agreed about sharing your information</source>
        <translation type="unfinished">Beth gytunoch chi am rannu eich gwybodaeth</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="93"/>
        <source>What they can be told about</source>
        <translation type="unfinished">Beth y gellir ei ddweud wrthyn nhw</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="94"/>
        <location filename="../../womenscentre/services/sharing.py" line="290"/>
        <location filename="../../ui/consent_dialogs.py" line="188"/>
        <location filename="../../ui/models/consent.py" line="61"/>
        <location filename="../../ui/models/referrals.py" line="51"/>
        <location filename="../../ui/models/referrals.py" line="79"/>
        <location filename="../../ui/referral_wizard.py" line="153"/>
        <source>What for</source>
        <translation type="unfinished">I beth</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="98"/>
        <source>Never shared</source>
        <translation type="unfinished">Byth yn cael ei rannu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="100"/>
        <source>Before each share</source>
        <translation type="unfinished">Cyn pob rhannu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="100"/>
        <source>We'll ask you first, every time.</source>
        <translation type="unfinished">Byddwn ni'n gofyn i chi yn gyntaf, bob tro.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="103"/>
        <source>What you asked for</source>
        <translation type="unfinished">Beth ofynnoch chi amdano</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="106"/>
        <source>In your own words</source>
        <translation type="unfinished">Yn eich geiriau eich hun</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="107"/>
        <source>From {start} until {end}.</source>
        <translation type="unfinished">O {start} tan {end}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="111"/>
        <source>This has now ended, so nothing more is shared under it.</source>
        <translation type="unfinished">Mae hyn wedi dod i ben bellach, felly does dim mwy yn cael ei rannu o dano.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="113"/>
        <source>We'll check with you that it still feels right by {day}.</source>
        <translation type="unfinished">Byddwn ni'n gwirio gyda chi ei fod yn dal i deimlo'n iawn erbyn {day}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="116"/>
        <source>For how long</source>
        <translation type="unfinished">Am ba hyd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="117"/>
        <location filename="../../ui/consent_tab.py" line="58"/>
        <location filename="../../ui/consent_tab.py" line="59"/>
        <location filename="../../ui/consent_tab.py" line="102"/>
        <source>What you agreed</source>
        <translation type="unfinished">Beth gytunoch chi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="122"/>
        <source>Who this was about</source>
        <translation type="unfinished">Am bwy oedd hyn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="126"/>
        <source>You changed your mind on</source>
        <translation type="unfinished">Newidioch chi eich meddwl ar</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="127"/>
        <source>{day}. Nothing more is shared under it.</source>
        <translation type="unfinished">{day}. Does dim mwy yn cael ei rannu o dano.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="133"/>
        <source>We let them know</source>
        <translation type="unfinished">Rhoesom ni wybod iddyn nhw</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="136"/>
        <source>What was already shared before then</source>
        <translation type="unfinished">Beth oedd wedi'i rannu yn barod cyn hynny</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="137"/>
        <source>Where you changed your mind</source>
        <translation type="unfinished">Lle newidioch chi eich meddwl</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="144"/>
        <source>{what}: never shared with anyone</source>
        <translation type="unfinished">{what}: byth yn cael ei rannu gydag unrhyw un</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/what_you_agreed.py" line="145"/>
        <source>{what}: never shared with {who}</source>
        <translation type="unfinished">{what}: byth yn cael ei rannu gyda {who}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="18"/>
        <location filename="../../ui/wording.py" line="44"/>
        <source>Monday</source>
        <translation type="unfinished">Dydd Llun</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="19"/>
        <location filename="../../ui/wording.py" line="45"/>
        <source>Tuesday</source>
        <translation type="unfinished">Dydd Mawrth</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="20"/>
        <location filename="../../ui/wording.py" line="46"/>
        <source>Wednesday</source>
        <translation type="unfinished">Dydd Mercher</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="21"/>
        <location filename="../../ui/wording.py" line="47"/>
        <source>Thursday</source>
        <translation type="unfinished">Dydd Iau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="22"/>
        <location filename="../../ui/wording.py" line="48"/>
        <source>Friday</source>
        <translation type="unfinished">Dydd Gwener</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="23"/>
        <location filename="../../ui/wording.py" line="49"/>
        <source>Saturday</source>
        <translation type="unfinished">Dydd Sadwrn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="24"/>
        <location filename="../../ui/wording.py" line="50"/>
        <source>Sunday</source>
        <translation type="unfinished">Dydd Sul</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="27"/>
        <location filename="../../ui/wording.py" line="53"/>
        <source>January</source>
        <translation type="unfinished">Ionawr</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="28"/>
        <location filename="../../ui/wording.py" line="54"/>
        <source>February</source>
        <translation type="unfinished">Chwefror</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="29"/>
        <location filename="../../ui/wording.py" line="55"/>
        <source>March</source>
        <translation type="unfinished">Mawrth</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="30"/>
        <location filename="../../ui/wording.py" line="56"/>
        <source>April</source>
        <translation type="unfinished">Ebrill</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="31"/>
        <location filename="../../womenscentre/exports/wording.py" line="151"/>
        <location filename="../../ui/wording.py" line="57"/>
        <location filename="../../ui/wording.py" line="72"/>
        <source>May</source>
        <translation type="unfinished">Mai</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="32"/>
        <location filename="../../ui/wording.py" line="58"/>
        <source>June</source>
        <translation type="unfinished">Mehefin</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="33"/>
        <location filename="../../ui/wording.py" line="59"/>
        <source>July</source>
        <translation type="unfinished">Gorffennaf</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="34"/>
        <location filename="../../ui/wording.py" line="60"/>
        <source>August</source>
        <translation type="unfinished">Awst</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="35"/>
        <location filename="../../ui/wording.py" line="61"/>
        <source>September</source>
        <translation type="unfinished">Medi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="36"/>
        <location filename="../../ui/wording.py" line="62"/>
        <source>October</source>
        <translation type="unfinished">Hydref</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="37"/>
        <location filename="../../ui/wording.py" line="63"/>
        <source>November</source>
        <translation type="unfinished">Tachwedd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="38"/>
        <location filename="../../ui/wording.py" line="64"/>
        <source>December</source>
        <translation type="unfinished">Rhagfyr</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="43"/>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="49"/>
        <location filename="../referral_templates/gp.toml" line="56"/>
        <location filename="../referral_templates/housing.toml" line="49"/>
        <location filename="../referral_templates/mental-health.toml" line="61"/>
        <source>Contact details</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished">Manylion cyswllt</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="44"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="250"/>
        <location filename="../referral_templates/idva.toml" line="79"/>
        <location filename="../referral_templates/marac.toml" line="29"/>
        <source>Address</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="45"/>
        <source>What has happened and her safety</source>
        <translation type="unfinished">Beth sydd wedi digwydd a'i diogelwch</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="46"/>
        <location filename="../referral_templates/probation.toml" line="103"/>
        <source>Mental health</source>
        <extracomment>From resources/referral_templates/probation.toml</extracomment>
        <translation type="unfinished">Iechyd meddwl</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="47"/>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="74"/>
        <source>Physical health</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished">Iechyd corfforol</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="48"/>
        <location filename="../referral_templates/gp.toml" line="78"/>
        <location filename="../referral_templates/mental-health.toml" line="87"/>
        <location filename="../referral_templates/probation.toml" line="113"/>
        <source>Drugs and alcohol</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished">Cyffuriau ac alcohol</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="49"/>
        <source>Sexual health and pregnancy</source>
        <translation type="unfinished">Iechyd rhywiol a beichiogrwydd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="50"/>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="84"/>
        <location filename="../referral_templates/idva.toml" line="99"/>
        <source>Police, courts and probation</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished">Yr heddlu, y llysoedd a'r gwasanaeth prawf</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="51"/>
        <location filename="../safety_plans/leaving-custody.toml" line="278"/>
        <location filename="../outcomes/life_areas.toml" line="54"/>
        <location filename="../referral_templates/idva.toml" line="89"/>
        <source>Children and family</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Plant a theulu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="52"/>
        <location filename="../referral_templates/housing.toml" line="89"/>
        <source>Immigration status</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished">Statws mewnfudo</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="53"/>
        <location filename="../referral_templates/housing.toml" line="79"/>
        <source>Money and benefits</source>
        <extracomment>From resources/referral_templates/housing.toml</extracomment>
        <translation type="unfinished">Arian a budd-daliadau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="54"/>
        <source>How things are going</source>
        <translation type="unfinished">Sut mae pethau'n mynd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="55"/>
        <location filename="../../ui/person_dialog.py" line="159"/>
        <location filename="../../ui/person_view.py" line="71"/>
        <location filename="../referral_templates/drug-and-alcohol.toml" line="39"/>
        <location filename="../referral_templates/gp.toml" line="46"/>
        <location filename="../referral_templates/housing.toml" line="39"/>
        <location filename="../referral_templates/idva.toml" line="38"/>
        <location filename="../referral_templates/marac.toml" line="46"/>
        <location filename="../referral_templates/mental-health.toml" line="46"/>
        <location filename="../referral_templates/probation.toml" line="71"/>
        <source>Safe ways to contact her</source>
        <extracomment>From resources/referral_templates/drug-and-alcohol.toml</extracomment>
        <translation type="unfinished">Ffyrdd diogel o gysylltu â hi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="56"/>
        <source>Her work with the centre and what she would like</source>
        <translation type="unfinished">Ei gwaith gyda'r ganolfan a'r hyn yr hoffai hi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="62"/>
        <source>your contact details</source>
        <translation type="unfinished">eich manylion cyswllt</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="63"/>
        <source>your address</source>
        <translation type="unfinished">eich cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="64"/>
        <source>what has happened to you, and your safety</source>
        <translation type="unfinished">beth sydd wedi digwydd i chi, a'ch diogelwch</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="65"/>
        <source>your mental health</source>
        <translation type="unfinished">eich iechyd meddwl</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="66"/>
        <source>your physical health</source>
        <translation type="unfinished">eich iechyd corfforol</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="67"/>
        <source>drugs and alcohol</source>
        <translation type="unfinished">cyffuriau ac alcohol</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="68"/>
        <source>your sexual health and any pregnancy</source>
        <translation type="unfinished">eich iechyd rhywiol ac unrhyw feichiogrwydd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="69"/>
        <source>any contact you have with the police, courts or probation</source>
        <translation type="unfinished">unrhyw gysylltiad sydd gennych chi â'r heddlu, y llysoedd neu'r gwasanaeth prawf</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="72"/>
        <source>your children and family</source>
        <translation type="unfinished">eich plant a'ch teulu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="73"/>
        <source>your immigration status</source>
        <translation type="unfinished">eich statws mewnfudo</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="74"/>
        <source>money and benefits</source>
        <translation type="unfinished">arian a budd-daliadau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="75"/>
        <source>how things are going for you</source>
        <translation type="unfinished">sut mae pethau'n mynd i chi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="76"/>
        <source>the safe ways to contact you</source>
        <translation type="unfinished">y ffyrdd diogel o gysylltu â chi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="77"/>
        <source>a summary of your work with us and what you would like</source>
        <translation type="unfinished">crynodeb o'ch gwaith gyda ni a'r hyn yr hoffech chi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="83"/>
        <source>Referral</source>
        <translation type="unfinished">Atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="84"/>
        <source>Planning support together</source>
        <translation type="unfinished">Cynllunio cymorth gyda'n gilydd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="85"/>
        <source>Marac (multi-agency risk assessment conference)</source>
        <translation type="unfinished">Marac (cynhadledd asesu risg amlasiantaethol)</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="86"/>
        <source>Court or a pre-sentence report</source>
        <translation type="unfinished">Llys neu adroddiad cyn dedfrydu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="87"/>
        <source>Resettlement</source>
        <translation type="unfinished">Ailsefydlu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="88"/>
        <source>Keeping her health care joined up</source>
        <translation type="unfinished">Cadw ei gofal iechyd yn gydgysylltiedig</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="89"/>
        <source>Evaluation, with names taken out</source>
        <translation type="unfinished">Gwerthuso, heb enwau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="95"/>
        <source>to refer you for support</source>
        <translation type="unfinished">i'ch atgyfeirio am gymorth</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="96"/>
        <source>to plan your support together</source>
        <translation type="unfinished">i gynllunio eich cymorth gyda'n gilydd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="97"/>
        <source>for a Marac meeting about your safety</source>
        <translation type="unfinished">ar gyfer cyfarfod Marac am eich diogelwch</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="98"/>
        <source>for court or a report to the court</source>
        <translation type="unfinished">ar gyfer y llys neu adroddiad i'r llys</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="99"/>
        <source>to help you settle after leaving custody</source>
        <translation type="unfinished">i'ch helpu i ymgartrefu ar ôl gadael y ddalfa</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="100"/>
        <source>to keep your health care joined up</source>
        <translation type="unfinished">i gadw eich gofal iechyd yn gydgysylltiedig</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="101"/>
        <source>to check how well services work, with your name taken out</source>
        <translation type="unfinished">i wirio pa mor dda mae gwasanaethau'n gweithio, heb eich enw</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="107"/>
        <source>GP practice</source>
        <translation type="unfinished">Meddygfa</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="108"/>
        <source>NHS mental health service</source>
        <translation type="unfinished">Gwasanaeth iechyd meddwl y GIG</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="109"/>
        <source>Drug and alcohol service</source>
        <translation type="unfinished">Gwasanaeth cyffuriau ac alcohol</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="110"/>
        <location filename="../safety_plans/leaving-custody.toml" line="136"/>
        <source>Probation</source>
        <extracomment>From resources/safety_plans/leaving-custody.toml</extracomment>
        <translation type="unfinished">Y gwasanaeth prawf</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="111"/>
        <location filename="../../ui/models/risk.py" line="36"/>
        <source>Marac</source>
        <translation type="unfinished">Marac</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="112"/>
        <source>Police</source>
        <translation type="unfinished">Yr heddlu</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="113"/>
        <source>Housing</source>
        <translation type="unfinished">Tai</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="114"/>
        <source>IDVA service</source>
        <translation type="unfinished">Gwasanaeth IDVA</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="120"/>
        <source>NHSmail</source>
        <translation type="unfinished">NHSmail</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="121"/>
        <source>CJSM (Criminal Justice Secure eMail)</source>
        <translation type="unfinished">CJSM (e-bost diogel y system cyfiawnder troseddol)</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="123"/>
        <source>Other secure email</source>
        <translation type="unfinished">E-bost diogel arall</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="124"/>
        <location filename="../../ui/directory_editor.py" line="96"/>
        <location filename="../../ui/wording.py" line="32"/>
        <location filename="../safety_plans/domestic-abuse.toml" line="172"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="9"/>
        <source>Phone</source>
        <extracomment>From resources/safety_plans/domestic-abuse.toml</extracomment>
        <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="125"/>
        <source>At the Marac meeting</source>
        <translation type="unfinished">Yn y cyfarfod Marac</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="126"/>
        <source>By hand</source>
        <translation type="unfinished">Â llaw</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="138"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation type="unfinished">{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="147"/>
        <location filename="../../ui/wording.py" line="68"/>
        <source>Jan</source>
        <translation type="unfinished">Ion</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="148"/>
        <location filename="../../ui/wording.py" line="69"/>
        <source>Feb</source>
        <translation type="unfinished">Chwef</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="149"/>
        <location filename="../../ui/wording.py" line="70"/>
        <source>Mar</source>
        <translation type="unfinished">Maw</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="150"/>
        <location filename="../../ui/wording.py" line="71"/>
        <source>Apr</source>
        <translation type="unfinished">Ebr</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="152"/>
        <location filename="../../ui/wording.py" line="73"/>
        <source>Jun</source>
        <translation type="unfinished">Meh</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="153"/>
        <location filename="../../ui/wording.py" line="74"/>
        <source>Jul</source>
        <translation type="unfinished">Gorff</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="154"/>
        <location filename="../../ui/wording.py" line="75"/>
        <source>Aug</source>
        <translation type="unfinished">Awst</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="155"/>
        <location filename="../../ui/wording.py" line="76"/>
        <source>Sep</source>
        <translation type="unfinished">Medi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="156"/>
        <location filename="../../ui/wording.py" line="77"/>
        <source>Oct</source>
        <translation type="unfinished">Hyd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="157"/>
        <location filename="../../ui/wording.py" line="78"/>
        <source>Nov</source>
        <translation type="unfinished">Tach</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="158"/>
        <location filename="../../ui/wording.py" line="79"/>
        <source>Dec</source>
        <translation type="unfinished">Rhag</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="164"/>
        <location filename="../../womenscentre/exports/wording.py" line="171"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished">{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/exports/wording.py" line="182"/>
        <source>{items} and {last}</source>
        <translation type="unfinished">{items} a {last}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/loading.py" line="79"/>
        <source>'{id}' is already used by a rule in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/model.py" line="177"/>
        <source>{path}, line {line}, field '{field}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/model.py" line="181"/>
        <source>{path}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="148"/>
        <source>number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="149"/>
        <source>in rule {rule}, {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="158"/>
        <location filename="../../womenscentre/templates/checker.py" line="208"/>
        <source>must be a list of text in quotes, like ["one", "two"]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="162"/>
        <source>needs between {least} and {most} entries, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="164"/>
        <location filename="../../womenscentre/templates/checker.py" line="213"/>
        <source>needs at least {least} entries, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="168"/>
        <source>has an empty entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="177"/>
        <source>uses the cue {item!r}, which no pack defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="197"/>
        <location filename="../../womenscentre/templates/checker.py" line="232"/>
        <source>must be one of {options}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="211"/>
        <source>it isn't UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="213"/>
        <source>it can't be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="216"/>
        <source>can't be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="227"/>
        <source>this isn't valid TOML ({message})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="263"/>
        <source>isn't a pack field (expected one of {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="270"/>
        <source>must be {format} (the rule-pack format this app reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="278"/>
        <source>must be a table of cue names, each a list of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="283"/>
        <source>cue names use lower-case letters, digits and '-'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="286"/>
        <source>the cue '@{name}' is already defined by another pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="298"/>
        <source>a pack needs at least one [[rule]] or some [cues]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="315"/>
        <source>cites the source '{key}', which isn't in {file_name} or in a [source] table of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="333"/>
        <source>isn't a rule field (is it misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="339"/>
        <source>must look like "group.short-name" in lower case, e.g. "sub.addict"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="344"/>
        <source>'{rule_id}' is used by another rule in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="358"/>
        <source>patterns can't be cues; cues go in requires or unless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="369"/>
        <source>must be a whole number from 0 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="379"/>
        <source>must be one sentence ending in a full stop, under {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="390"/>
        <source>needs examples.flag and examples.pass, each a list of sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="395"/>
        <source>isn't an examples field (use flag, pass or prefers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="403"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/packs.py" line="407"/>
        <location filename="../../womenscentre/guidance/packs.py" line="188"/>
        <location filename="../../womenscentre/guidance/sources.py" line="73"/>
        <location filename="../../womenscentre/templates/checker.py" line="133"/>
        <source>must be some text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="65"/>
        <source>{problem} in pattern {source!r} (at character {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="73"/>
        <source>unexpected {source!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="88"/>
        <source>too many combinations (split it into several patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="104"/>
        <source>unexpected {char!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="113"/>
        <source>a '{' is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="122"/>
        <source>a '[' is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="128"/>
        <source>'[{body}]' should look like [n:word], [v:word] or [pp:word]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="135"/>
        <source>'[{body}]' has an empty entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="193"/>
        <source>a pattern can't be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="198"/>
        <source>pattern {pattern!r} can match nothing at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/patterns.py" line="202"/>
        <source>pattern {pattern!r} can't start with '*'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="37"/>
        <source>must be tables like [source.S1] with a title and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="44"/>
        <source>source keys use letters, digits, '-' and '_' (at most 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="46"/>
        <source>must be a table with a title and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="51"/>
        <source>isn't a source field (use {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="61"/>
        <source>must be a year as a whole number, like 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="68"/>
        <source>each address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="87"/>
        <source>isn't a sources-file field (expected format and [source.KEY] tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/guidance/sources.py" line="92"/>
        <source>must be {format} (the sources format this app reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="149"/>
        <source>'{text}' isn't something an import can fill in. Please use one of: {fields}, or {ignore}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="161"/>
        <source>this should be text, not TRUE or FALSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="165"/>
        <source>this should be text, not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="169"/>
        <source>this is longer than the {limit:,} characters allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="172"/>
        <source>this holds control characters, which usually means a damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="194"/>
        <source>{what} should be a date without a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="200"/>
        <source>{what} is a number rather than a date. Please format the column as dates, or type dates such as 21/03/1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="208"/>
        <source>{what} is outside the dates that make sense here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="226"/>
        <source>{what} needs a four-digit year, such as 21/03/1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="232"/>
        <source>{what} isn't a date this import can read. Please use 21/03/1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="238"/>
        <source>{what} isn't a real date (day, month and year, in that order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="250"/>
        <source>the duration should be a number of minutes, such as 45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="252"/>
        <source>the duration should be whole minutes, between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/fields.py" line="263"/>
        <source>this should be one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/imports/plan.py" line="105"/>
        <source>Nothing has been imported, because the files have %n problems. Each is listed with its row and column; please put them right and try again.</source>
        <extracomment>Singular: Nothing has been imported, because the files have %n problem. It is listed with its row and column; please put it right and try again.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="71"/>
        <source>This file is too big to import in one go. Please split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="77"/>
        <source>This file can't be found. Please check its name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="81"/>
        <source>This is a folder, not a file. Please choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="84"/>
        <source>This file can't be opened. Please check you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="89"/>
        <source>This is an older Excel file (.xls). Please open it in Excel and save it as 'Excel Workbook (.xlsx)' or 'CSV UTF-8', then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="102"/>
        <source>This file has more than {count:,} rows. Please split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="108"/>
        <source>This file has more than {count} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="118"/>
        <source>This file is empty. Please check it is the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="129"/>
        <source>This file says it is UTF-16 text but isn't readable as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="136"/>
        <source>Line {line} of this file isn't UTF-8 text, so it can't be read without guessing (and guessing can spoil names). In Excel, please use Save As and choose 'CSV UTF-8 (Comma delimited)', then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="149"/>
        <source>This file holds NUL characters, so it isn't a plain CSV file. If it is a spreadsheet, please save it as CSV UTF-8 or .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="172"/>
        <source>Row {number} can't be read: a quotation mark or a very long cell doesn't fit the CSV format. Please check that row in a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="189"/>
        <source>This file looks like a workbook but is damaged, so it can't be read. Please open it in a spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="196"/>
        <source>This workbook is too big to import. Please split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="205"/>
        <source>This file can't be read as an Excel workbook (.xlsx). Please open it in a spreadsheet program and save it again as .xlsx or CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="213"/>
        <source>This workbook has no sheets to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="216"/>
        <source>This workbook has {count} sheets; only the first, '{title}', was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="226"/>
        <source>Part of this workbook is damaged, so it can't be read. Please open it in a spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="244"/>
        <source>this cell holds a formula. Please replace formulas with their values (copy, then Paste Special &gt; Values) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/imports/readers.py" line="255"/>
        <source>this cell shows a spreadsheet error, such as #REF!.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/passphrase_policy.py" line="25"/>
        <source>Please try three random words strung together instead.</source>
        <translation type="unfinished">Rhowch gynnig ar dri gair ar hap wedi'u rhoi at ei gilydd yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/passphrase_policy.py" line="35"/>
        <source>Please use at least {count} characters. Three random words strung together make a passphrase that's long and easy to remember.</source>
        <translation type="unfinished">Defnyddiwch o leiaf {count} nod. Mae tri gair ar hap wedi'u rhoi at ei gilydd yn gwneud cyfrinymadrodd sy'n hir ac yn hawdd ei gofio.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/passphrase_policy.py" line="41"/>
        <source>One character repeated is easy to guess.</source>
        <translation type="unfinished">Mae un nod wedi'i ailadrodd yn hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/passphrase_policy.py" line="43"/>
        <source>Your username is the first thing someone would guess.</source>
        <translation type="unfinished">Eich enw defnyddiwr yw'r peth cyntaf y byddai rhywun yn ei ddyfalu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/passphrase_policy.py" line="45"/>
        <source>That's one of the most commonly used passphrases, so it would be easy to guess.</source>
        <translation type="unfinished">Dyna un o'r cyfrinymadroddion a ddefnyddir amlaf, felly byddai'n hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="149"/>
        <source>There is a file at {path} where the app wants to keep its data folder. Please move or rename that file, or choose a different folder. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="155"/>
        <source>Part of the folder path {path} is a file rather than a folder, so the data folder can't be made there. Please choose a different folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="160"/>
        <source>The disk that holds {path} is full, so nothing can be saved there. Please free up some space, or choose a folder on another disk, then try again. Nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="166"/>
        <source>{path} is on a drive that can only be read, not written to (a locked USB stick, for example). Please choose a folder on a drive you can save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="171"/>
        <source>This account isn't allowed to save files in {path}. Please choose a folder you can save to, or ask whoever looks after this computer to give you access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="175"/>
        <location filename="../../womenscentre/services/backup.py" line="85"/>
        <source>an unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="176"/>
        <source>The data folder {path} can't be used at the moment ({reason}). Please check the drive is connected and try again, or choose a different folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="265"/>
        <source>The app's built-in files can't be found. The installation may be incomplete; reinstalling the app should put them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/paths.py" line="317"/>
        <source>The app's built-in file {name!r} is missing. The installation may be incomplete; reinstalling the app should put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="38"/>
        <source>moved down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="38"/>
        <source>moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="38"/>
        <source>stayed the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="40"/>
        <source>score went up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="41"/>
        <source>score stayed the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="42"/>
        <source>score went down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="45"/>
        <source>more areas moved up than down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="46"/>
        <source>as many up as down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="47"/>
        <source>more areas moved down than up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="48"/>
        <source>no area read twice in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="51"/>
        <location filename="../../ui/models/outcomes.py" line="39"/>
        <source>Life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="52"/>
        <source>Feeling the things I do are worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="53"/>
        <source>Happiness yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="54"/>
        <source>Anxiety yesterday (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder.py" line="159"/>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder_csv.py" line="31"/>
        <source>Wellbeing figures use the ONS personal well-being questions (Office for National Statistics), each reported on its own and never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder_csv.py" line="35"/>
        <source>Any count under {threshold} shows as "{fewer}". Some other counts show as "{withheld}" so that totals can't be used to work out a small count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder_csv.py" line="43"/>
        <source>who is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder_csv.py" line="44"/>
        <source>Only women who agreed to be counted in anonymised statistics. No names, ids or words of hers are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder_csv.py" line="49"/>
        <source>small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/funder_csv.py" line="50"/>
        <source>wellbeing questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/suppression.py" line="38"/>
        <source>fewer than 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/reports/suppression.py" line="39"/>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/access.py" line="28"/>
        <source>This record isn't on your caseload. If you need to open it, please give a short reason. It will be kept in the audit log so the centre can see why it was opened.</source>
        <translation type="unfinished">Dydy'r cofnod hwn ddim ar eich llwyth achosion. Os oes angen i chi ei agor, rhowch reswm byr. Bydd yn cael ei gadw yn y log archwilio er mwyn i'r ganolfan weld pam y cafodd ei agor.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/access.py" line="50"/>
        <source>Trainers use the training vault, which holds only fictional people. Please open it with 'womenscentre --demo'.</source>
        <translation type="unfinished">Mae hyfforddwyr yn defnyddio'r gronfa ddiogel hyfforddi, sy'n cynnwys pobl ffuglennol yn unig. Agorwch hi gyda 'womenscentre --demo'.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/access.py" line="76"/>
        <source>Please say a little more about why you need this record, in at least {count} characters.</source>
        <translation type="unfinished">Dywedwch ychydig mwy am pam mae angen y cofnod hwn arnoch chi, mewn o leiaf {count} nod.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="20"/>
        <source>This file is {size}, and the most the app can keep is {most} MB, so it has not been added. A smaller copy would fit: for example a scan at a lower resolution, or a PDF split into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="31"/>
        <source>This file is empty, so there is nothing to keep. Please check it is the file you meant to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="41"/>
        <source>That file can't be read from here, so nothing has been added. Please check it is still there (and the drive is connected), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="51"/>
        <source>The file changed while it was being added (perhaps it was still downloading or being saved), so nothing has been added. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="65"/>
        <source>This file is damaged or has been changed outside womenscentre, so it can't be shown or saved. Everything else is safe. Please tell a manager so it can be restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="76"/>
        <source>The app can show photos, scans and PDFs up to {most} MB. This one can be saved to a place you choose instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachment_errors.py" line="86"/>
        <source>The copy couldn't be saved there, so nothing has been written. Please check the folder exists, the drive is connected and has space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachments.py" line="96"/>
        <source>The note can be up to {max_note_chars} characters. Please shorten it a little; the file has not been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachments.py" line="273"/>
        <source>Only a manager can delete a file someone else added. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachments.py" line="340"/>
        <source>Please choose which record the file belongs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/attachments.py" line="358"/>
        <source>That record isn't part of her record, so the file wasn't added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="63"/>
        <source>The backup couldn't be written because the disk holding {folder} is full. No partial file has been left there, and the vault is unchanged. Please free some space, or choose another drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="72"/>
        <source>The backup folder {folder} can't be found. If it is on a USB stick or a network drive, please check it is connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="79"/>
        <source>This account can't save files in {folder}. Please choose a folder you can save to. No partial file has been left there, and the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="87"/>
        <source>The backup couldn't be written to {folder} ({reason}). No partial file has been left there, and the vault is unchanged. Please check the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="115"/>
        <source>This vault hasn't been backed up yet. Please make a backup today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/services/backup.py" line="116"/>
        <source>The last backup was made %n days ago, on {day}. Please make a fresh one today.</source>
        <extracomment>Singular: The last backup was made %n day ago, on {day}. Please make a fresh one today.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="161"/>
        <source>This vault has no recovery key set up, so a backup couldn't be opened on another computer. Please ask a manager to replace the recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="222"/>
        <source>{target} is a folder. Please give a file name for the backup, or choose the folder as the automatic backup folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="229"/>
        <source>There is already a file called {name} there, so nothing has been changed. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup.py" line="266"/>
        <source>Please keep at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="56"/>
        <source>This file isn't a womenscentre backup, so nothing has been changed. Please check you chose the right file: backups end in {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="66"/>
        <source>This backup was made by a newer version of womenscentre, so this version can't read it. Nothing has been changed. Please update the app on this computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="77"/>
        <source>This backup file is damaged or incomplete, so it can't be used, and nothing has been changed ({detail}). If there is another copy, or an earlier backup, please try that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="83"/>
        <source>This backup file is damaged or incomplete, so it can't be used, and nothing has been changed. If there is another copy, or an earlier backup, please try that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="94"/>
        <source>That recovery key doesn't open this backup, so nothing has been changed. Please check each group of four characters against the printed copy, and that it is the key for the vault this backup came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="105"/>
        <source>This backup belongs to a different vault, so your sign-in can't open it. Nothing has been changed. Please use the recovery key printed for that vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="213"/>
        <location filename="../../womenscentre/services/backup_file.py" line="222"/>
        <location filename="../../womenscentre/services/backup_file.py" line="197"/>
        <location filename="../../womenscentre/services/backup_file.py" line="201"/>
        <source>the header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="218"/>
        <location filename="../../womenscentre/services/backup_file.py" line="227"/>
        <location filename="../../womenscentre/services/backup_file.py" line="234"/>
        <location filename="../../womenscentre/services/backup_file.py" line="232"/>
        <source>the header is not one this app wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="224"/>
        <source>the header has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="262"/>
        <source>That backup file can't be found. Please check its name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="268"/>
        <source>That backup file can't be read from here. Please check the drive is connected and that this account may open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/backup_file.py" line="288"/>
        <location filename="../../womenscentre/services/backup_file.py" line="301"/>
        <source>its key block has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/cases.py" line="128"/>
        <location filename="../../womenscentre/services/cases.py" line="204"/>
        <source>Please choose at least one keyworker for this case.</source>
        <translation type="unfinished">Dewiswch o leiaf un gweithiwr allweddol ar gyfer yr achos hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/cases.py" line="131"/>
        <source>One of the chosen keyworkers isn't an active user.</source>
        <translation type="unfinished">Dydy un o'r gweithwyr allweddol a ddewiswyd ddim yn ddefnyddiwr gweithredol.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/cases.py" line="175"/>
        <source>Only a manager can change who is working with her. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu newid pwy sy'n gweithio gyda hi. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/cases.py" line="198"/>
        <source>This case is already closed.</source>
        <translation type="unfinished">Mae'r achos hwn wedi'i gau yn barod.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="105"/>
        <source>A new entry can be a draft, agreed or a 'no'. To withdraw or change an entry, please open it and use withdraw or edit.</source>
        <translation type="unfinished">Gall cofnod newydd fod yn ddrafft, wedi'i gytuno neu'n 'na'. I dynnu cofnod yn ôl neu ei newid, agorwch ef a defnyddiwch tynnu'n ôl neu golygu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="122"/>
        <source>To withdraw an entry, please use withdraw rather than edit.</source>
        <translation type="unfinished">I dynnu cofnod yn ôl, defnyddiwch tynnu'n ôl yn hytrach na golygu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="140"/>
        <source>Please say how she told us, for example 'by phone to her keyworker'.</source>
        <translation type="unfinished">Dywedwch sut y dywedodd hi wrthym ni, er enghraifft 'dros y ffôn i'w gweithiwr allweddol'.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="145"/>
        <source>A withdrawal takes effect when she tells us, so it can't be dated in the future. Please use today's date, or the day she told us.</source>
        <translation type="unfinished">Mae tynnu'n ôl yn dod i rym pan fydd hi'n dweud wrthym ni, felly does dim modd ei ddyddio yn y dyfodol. Defnyddiwch ddyddiad heddiw, neu'r diwrnod y dywedodd hi wrthym ni.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="154"/>
        <source>This agreement has already been withdrawn.</source>
        <translation type="unfinished">Mae'r cytundeb hwn wedi'i dynnu'n ôl yn barod.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="215"/>
        <source>Please name each organisation and team she agreed to, rather than 'all agencies', so she knows exactly who will hear about her.</source>
        <translation type="unfinished">Enwch bob sefydliad a thîm y cytunodd hi iddyn nhw, yn hytrach na 'pob asiantaeth', er mwyn iddi wybod yn union pwy fydd yn clywed amdani.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="221"/>
        <location filename="../../ui/consent_dialogs.py" line="347"/>
        <source>Please tick at least one kind of information.</source>
        <translation type="unfinished">Ticiwch o leiaf un math o wybodaeth.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="223"/>
        <source>Please choose at least one reason for sharing.</source>
        <translation type="unfinished">Dewiswch o leiaf un rheswm dros rannu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="225"/>
        <source>Please say how she gave her agreement, for example in writing.</source>
        <translation type="unfinished">Dywedwch sut y rhoddodd hi ei chytundeb, er enghraifft yn ysgrifenedig.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/consent.py" line="228"/>
        <source>This entry has details the ledger doesn't know how to keep.</source>
        <translation type="unfinished">Mae gan y cofnod hwn fanylion nad yw'r gofrestr yn gwybod sut i'w cadw.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/dashboard.py" line="97"/>
        <source>Only a manager can see the manager's dashboard. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/directory.py" line="50"/>
        <source>Only a manager can change the directory. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="58"/>
        <source>Her record has not been erased, because erasure doesn't apply to it yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="59"/>
        <source>Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="68"/>
        <source>"{text}" isn't one of the grounds for erasure. Please use one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="81"/>
        <location filename="../../womenscentre/services/erasure.py" line="90"/>
        <source>Only a manager can erase a record. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="95"/>
        <source>Please give the reason for this erasure in a sentence, without her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="120"/>
        <source>a manager has set it to be kept until {day} (for example while a court case runs). Please change that review date first if it no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="131"/>
        <source>her support is still open. Please close her case first, once she and her keyworker have agreed how support ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="141"/>
        <source>a risk identification record is still open and may need a Marac decision. Please complete and close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/erasure.py" line="148"/>
        <source>information was shared without her agreement, or because the law required it, and the centre must be able to account for that share. Please ask the centre's data protection lead, who can decide what may be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="67"/>
        <location filename="../../womenscentre/services/importer.py" line="316"/>
        <source>Only a manager can import records. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="91"/>
        <source>this file can't be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="108"/>
        <source>a column given there isn't in any file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="153"/>
        <source>two columns look like '{field}'. Please choose one with --map 'heading=ignore' for the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="163"/>
        <source>her preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="166"/>
        <source>the session date (notes need one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="168"/>
        <source>the note itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="175"/>
        <source>there is no column for {missing}. Please add it, or say which column holds it with --map 'heading=field'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="186"/>
        <source>{name}: columns used: {described}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="190"/>
        <source>{name}: not imported: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="223"/>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="233"/>
        <source>the case opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="239"/>
        <source>a preferred name is needed on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="246"/>
        <source>there's no active user with this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="261"/>
        <source>more than one woman in the vault has this preferred name and date of birth, so this row can't be matched safely. Please add it in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="291"/>
        <source>the session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="327"/>
        <source>{name} has changed since it was checked, so nothing has been imported. Please check the files again, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="414"/>
        <source>A woman already in the vault has no case to add notes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/importer.py" line="438"/>
        <source>a note needs both its session date and what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/lifecycle.py" line="44"/>
        <source>This account's details have been changed outside womenscentre, so it can't be opened. Nothing has been lost. Please ask a manager to run a vault check.</source>
        <translation type="unfinished">Mae manylion y cyfrif hwn wedi'u newid y tu allan i womenscentre, felly does dim modd ei agor. Does dim wedi'i golli. Gofynnwch i reolwr wirio'r gronfa ddiogel.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/lifecycle.py" line="55"/>
        <source>Please choose a user name of up to 64 characters with no spaces, for example 'sam.k'.</source>
        <translation type="unfinished">Dewiswch enw defnyddiwr o hyd at 64 nod heb fylchau, er enghraifft 'sam.k'.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/lifecycle.py" line="367"/>
        <location filename="../../womenscentre/services/restore.py" line="185"/>
        <source>That recovery key doesn't look right. Please check each group of four characters against the printed copy and try again.</source>
        <translation type="unfinished">Dydy'r allwedd adfer honno ddim yn edrych yn iawn. Gwiriwch bob grŵp o bedwar nod yn erbyn y copi printiedig a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/lifecycle.py" line="383"/>
        <source>That recovery key doesn't open this vault. Please check it is the key printed for this centre's vault.</source>
        <translation type="unfinished">Dydy'r allwedd adfer honno ddim yn agor y gronfa ddiogel hon. Gwiriwch mai hi yw'r allwedd a argraffwyd ar gyfer cronfa ddiogel y ganolfan hon.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/lifecycle.py" line="402"/>
        <source>There is no active user with that name in this vault.</source>
        <translation type="unfinished">Does dim defnyddiwr gweithredol â'r enw hwnnw yn y gronfa ddiogel hon.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="187"/>
        <location filename="../../ui/drafts.py" line="25"/>
        <source>This note is empty. Please write something or record an answer before finalising.</source>
        <translation type="unfinished">Mae'r nodyn hwn yn wag. Ysgrifennwch rywbeth neu cofnodwch ateb cyn ei gwblhau.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="204"/>
        <source>Please write the correction or addition before saving it.</source>
        <translation type="unfinished">Ysgrifennwch y cywiriad neu'r ychwanegiad cyn ei gadw.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="209"/>
        <source>This note is still a draft, so you can edit it directly.</source>
        <translation type="unfinished">Drafft yw'r nodyn hwn o hyd, felly gallwch chi ei olygu'n uniongyrchol.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="304"/>
        <source>Please check it; nothing has been lost.</source>
        <translation type="unfinished">Gwiriwch hyn; does dim wedi'i golli.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="321"/>
        <source>This note is still a draft, so only its author can open it.</source>
        <translation type="unfinished">Drafft yw'r nodyn hwn o hyd, felly dim ond ei awdur sy'n gallu ei agor.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="326"/>
        <source>Only the person who wrote this note can change it.</source>
        <translation type="unfinished">Dim ond y person a ysgrifennodd y nodyn hwn sy'n gallu ei newid.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/notes.py" line="329"/>
        <source>This note has been finalised, so it can't be changed. You can add a dated addendum instead.</source>
        <translation type="unfinished">Mae'r nodyn hwn wedi'i gwblhau, felly does dim modd ei newid. Gallwch chi ychwanegu ychwanegiad wedi'i ddyddio yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/opening.py" line="64"/>
        <source>the database check found problems</source>
        <translation type="unfinished">daeth gwiriad y gronfa ddata o hyd i broblemau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/opening.py" line="74"/>
        <source>it is not a vault file</source>
        <translation type="unfinished">nid ffeil cronfa ddiogel yw hi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/opening.py" line="80"/>
        <source>it has no schema</source>
        <translation type="unfinished">does ganddi ddim sgema</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="131"/>
        <location filename="../../womenscentre/services/outcomes.py" line="191"/>
        <source>Only a manager can prepare an anonymised outcomes report. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="166"/>
        <source>Please choose a period that ends on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="219"/>
        <source>One of the life areas isn't on the centre's list any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="221"/>
        <source>Each life area can be read only once in a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="225"/>
        <source>Please give at least one reading, or mark the areas she skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="260"/>
        <source>That area wasn't part of this check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="263"/>
        <source>A keyworker reading is already recorded for this area, and readings are never changed. To record a new view, please start a new check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="286"/>
        <location filename="../../ui/outcomes_dialogs.py" line="210"/>
        <source>Please write the goal in her own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="289"/>
        <source>Please keep a goal under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="299"/>
        <source>She already has {count} goals. To add a new one, please mark one as finished first, so the focus stays on what matters most to her now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="312"/>
        <source>A goal rating is a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="361"/>
        <location filename="../../ui/outcomes_dialogs.py" line="322"/>
        <source>Please name the measure and where it was done, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="367"/>
        <source>Please give the score as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="393"/>
        <source>The date can't be in the future. Please use the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/outcomes.py" line="404"/>
        <source>This goal has been marked as finished. To pick it up again, please add it as a new goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="36"/>
        <source>This record can't be opened: please tell a manager</source>
        <translation type="unfinished">Does dim modd agor y cofnod hwn: rhowch wybod i reolwr</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="110"/>
        <source>Interpreter: {language}</source>
        <translation type="unfinished">Cyfieithydd: {language}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="112"/>
        <location filename="../../ui/import_columns.py" line="33"/>
        <location filename="../../ui/person_dialog.py" line="156"/>
        <location filename="../../ui/person_view.py" line="70"/>
        <location filename="../referral_templates/gp.toml" line="73"/>
        <location filename="../referral_templates/mental-health.toml" line="103"/>
        <location filename="../referral_templates/probation.toml" line="87"/>
        <source>Access needs</source>
        <extracomment>From resources/referral_templates/gp.toml</extracomment>
        <translation type="unfinished">Anghenion hygyrchedd</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="114"/>
        <location filename="../../ui/person_dialog.py" line="51"/>
        <location filename="../../ui/person_view.py" line="53"/>
        <source>No voicemail</source>
        <translation type="unfinished">Dim neges llais</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="116"/>
        <source>Please read what she's asked us to know</source>
        <translation type="unfinished">Darllenwch yr hyn y mae hi wedi gofyn i ni ei wybod</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="138"/>
        <source>When you add someone, you are her first keyworker.</source>
        <translation type="unfinished">Pan fyddwch chi'n ychwanegu rhywun, chi yw ei gweithiwr allweddol cyntaf.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="297"/>
        <source>Only a manager can delete a record. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu dileu cofnod. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/people.py" line="300"/>
        <source>Please give a reason for deleting this record.</source>
        <translation type="unfinished">Rhowch reswm dros ddileu'r cofnod hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="36"/>
        <source>This plan has an answer for a question that isn't in its template. Please reopen the plan and try again.</source>
        <translation type="unfinished">Mae gan y cynllun hwn ateb i gwestiwn sydd ddim yn ei dempled. Ailagorwch y cynllun a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="44"/>
        <source>Please check it and save again.</source>
        <translation type="unfinished">Gwiriwch hyn a chadwch eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="53"/>
        <source>Please choose one of this plan's views.</source>
        <translation type="unfinished">Dewiswch un o olygon y cynllun hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="56"/>
        <source>One of the review triggers isn't part of this plan.</source>
        <translation type="unfinished">Dydy un o'r sbardunau adolygu ddim yn rhan o'r cynllun hwn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="59"/>
        <source>Please keep her title under {count} characters.</source>
        <translation type="unfinished">Cadwch ei theitl o dan {count} nod.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="117"/>
        <source>"{field}" points to someone who isn't on her list any more. Please choose again from her people and services.</source>
        <translation type="unfinished">Mae "{field}" yn cyfeirio at rywun sydd ddim ar ei rhestr bellach. Dewiswch eto o'i phobl a'i gwasanaethau.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="124"/>
        <source>"{field}" is for people on her list, and {name} is listed as a service. Please choose again.</source>
        <translation type="unfinished">Mae "{field}" ar gyfer pobl ar ei rhestr, ac mae {name} wedi'i restru fel gwasanaeth. Dewiswch eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plan_checks.py" line="129"/>
        <source>"{field}" is for services on her list, and {name} is listed as a person. Please choose again.</source>
        <translation type="unfinished">Mae "{field}" ar gyfer gwasanaethau ar ei rhestr, ac mae {name} wedi'i restru fel person. Dewiswch eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plans.py" line="103"/>
        <source>Only a manager can import a template. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu mewnforio templed. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plans.py" line="160"/>
        <source>That safety-plan template isn't available.</source>
        <translation type="unfinished">Dydy'r templed cynllun diogelwch hwnnw ddim ar gael.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plans.py" line="280"/>
        <source>Please give a short reason for putting this plan away.</source>
        <translation type="unfinished">Rhowch reswm byr dros roi'r cynllun hwn o'r neilltu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plans.py" line="400"/>
        <source>One of the private details chosen for her copy isn't part of this plan. Please choose again.</source>
        <translation type="unfinished">Dydy un o'r manylion preifat a ddewiswyd ar gyfer ei chopi hi ddim yn rhan o'r cynllun hwn. Dewiswch eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/plans.py" line="422"/>
        <source>This plan has no checklist to make.</source>
        <translation type="unfinished">Does gan y cynllun hwn ddim rhestr wirio i'w gwneud.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/records.py" line="23"/>
        <source>This record is damaged or has been changed outside womenscentre, so it can't be shown. Everything else is safe. Please tell a manager so it can be restored from a backup.</source>
        <translation type="unfinished">Mae'r cofnod hwn wedi'i ddifrodi neu wedi'i newid y tu allan i womenscentre, felly does dim modd ei ddangos. Mae popeth arall yn ddiogel. Rhowch wybod i reolwr er mwyn iddo gael ei adfer o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/records.py" line="34"/>
        <source>Someone else saved this record while you were working on it. Your changes are still here: please look at the latest version and add them again.</source>
        <translation type="unfinished">Fe wnaeth rhywun arall gadw'r cofnod hwn tra oeddech chi'n gweithio arno. Mae eich newidiadau yma o hyd: edrychwch ar y fersiwn diweddaraf ac ychwanegwch nhw eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/records.py" line="43"/>
        <source>That record couldn't be found. It may have been deleted.</source>
        <translation type="unfinished">Doedd dim modd dod o hyd i'r cofnod hwnnw. Efallai ei fod wedi'i ddileu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="71"/>
        <source>"{text}" isn't a kind of recipient. Please use one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="83"/>
        <source>"{text}" isn't a purpose. Please use one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="115"/>
        <source>There isn't a referral template for {kind} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="142"/>
        <source>That draft is for a different recipient or purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="238"/>
        <source>She hasn't named a {label} in her consent records, so there's no one to send this to under her agreement. Please record her agreement first, or name the organisation and team to record a decision to share without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="248"/>
        <source>She has agreed to more than one {label} ({shown}). Please choose which one by naming the organisation and team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="300"/>
        <location filename="../../womenscentre/services/referrals.py" line="350"/>
        <source>Only a manager can export a referral pack. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="304"/>
        <source>Please look at the preview first, then confirm your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="312"/>
        <source>Only a manager can share information without her agreement. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="318"/>
        <source>This pack rests on her agreement, so it needs no authorising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="356"/>
        <source>Please confirm your passphrase again just before exporting. Nothing has been shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/referrals.py" line="412"/>
        <source>Nothing has been shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="86"/>
        <source>That step of the restore isn't ready yet. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="201"/>
        <source>Only a manager can restore a backup. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="229"/>
        <source>the file changed while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="251"/>
        <source>There isn't room to restore this backup in {root}, or it can't be written there. Nothing has been changed. Please free some space or choose another folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="270"/>
        <source>Nothing has been replaced. To replace the vault here, please type {word}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="362"/>
        <source>the keys inside don't open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="367"/>
        <source>it uses a key your sign-in doesn't hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore.py" line="453"/>
        <source>The restore couldn't finish writing the restored vault, so nothing has been replaced. Please check there is space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore_check.py" line="63"/>
        <source>the database inside failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore_check.py" line="66"/>
        <source>the database inside has no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore_check.py" line="71"/>
        <source>the vault inside doesn't match the file's label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore_check.py" line="74"/>
        <source>its audit log doesn't check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/services/restore_check.py" line="78"/>
        <source>{damaged} of %n records don't open</source>
        <extracomment>Singular: {damaged} of %n record doesn't open</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore_check.py" line="85"/>
        <source>a user's role inside has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/restore_check.py" line="98"/>
        <source>the database inside can't be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="108"/>
        <source>Only a manager can change the retention policy. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="118"/>
        <source>Please choose a number of years between 0 (never) and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="131"/>
        <source>Only a manager can see the retention review list. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="184"/>
        <source>Only a manager can change when a record is reviewed. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="189"/>
        <source>Please give a reason for changing the review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="223"/>
        <source>Only a manager can delete a record for good. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="228"/>
        <source>Please give the reason for this deletion in a sentence, without her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/retention.py" line="239"/>
        <source>This record isn't due for review under the centre's retention policy yet, so it has not been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/risk.py" line="40"/>
        <source>This record meets the Marac referral criteria, so it can't be closed until a Marac decision is recorded: whether she is being referred and, if not, why not. Everything entered so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/risk.py" line="145"/>
        <source>A linked safety plan isn't one of hers. Please link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/risk.py" line="160"/>
        <source>This record has been closed, so it can't be changed. If things have changed, please start a new risk identification record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/settings.py" line="73"/>
        <source>Only a manager can change the centre's settings. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/settings.py" line="80"/>
        <source>Your manager key isn't available. Please lock and unlock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="66"/>
        <source>That passphrase didn't match. Nothing has been shared. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="73"/>
        <source>That didn't confirm a second manager. It needs a different person with the manager role, typing their own name and passphrase. Nothing has been shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="108"/>
        <source>The second manager must be someone else: the two-person rule needs two different people. Nothing has been shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="141"/>
        <source>There have been several passphrases that didn't match, so this check is paused. Please lock the app and unlock it again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="278"/>
        <source>A share with {who} on {when} isn't on this copy because she wasn't told about it. Please check with a manager before giving her the full history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="289"/>
        <source>What they were told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="295"/>
        <source>Why we shared without asking you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="296"/>
        <source>We believed it was needed to keep you or someone else safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="299"/>
        <source>Shared on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="303"/>
        <source>Not shared, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="305"/>
        <source>We decided not to share your information with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="311"/>
        <source>Nothing shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="311"/>
        <source>We haven't shared your information with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="315"/>
        <source>Who has your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/sharing.py" line="316"/>
        <source>From {centre}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="53"/>
        <location filename="../../womenscentre/services/subject_access_items.py" line="161"/>
        <source>Her details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="54"/>
        <source>Periods of support (cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="55"/>
        <source>Session notes and addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="56"/>
        <source>Safety plans, with every saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="57"/>
        <location filename="../../ui/plan_editor.py" line="179"/>
        <location filename="../../ui/plans_tab.py" line="122"/>
        <location filename="../../ui/support_list.py" line="37"/>
        <source>Her people and services</source>
        <translation type="unfinished">Ei phobl a'i gwasanaethau</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="58"/>
        <source>Risk identification records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="59"/>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="60"/>
        <source>Sharing decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="61"/>
        <source>Referral drafts and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="62"/>
        <source>Her outcomes, goals and wellbeing readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="65"/>
        <source>Documents and evidence (the files are beside this pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="71"/>
        <source>This record couldn't be opened, so its contents can't be shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="81"/>
        <source>a plan whose summary couldn't be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="104"/>
        <source>Only a manager can make a subject access pack. Please ask a manager to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="122"/>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="127"/>
        <source>Who opened, changed or exported her record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="187"/>
        <source>these details are damaged and couldn't be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="188"/>
        <source>the app itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="195"/>
        <source>her record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="231"/>
        <source>(her name couldn't be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="259"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="306"/>
        <source>Safety plan: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access.py" line="311"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="31"/>
        <source>names another agency or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="32"/>
        <source>may hold details of another person, such as the person harming her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="33"/>
        <source>a private field in her plan: may hold details of another person or of her children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="36"/>
        <source>details of someone on her list of people and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="37"/>
        <source>names people from her list of people and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="38"/>
        <source>names a colleague: usually released, but check for any concern first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="39"/>
        <source>may name the agency or person who referred her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="63"/>
        <location filename="../../ui/risk_form.py" line="373"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="63"/>
        <source>Keyworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="138"/>
        <location filename="../../ui/main_window.py" line="326"/>
        <location filename="../../ui/models/consent.py" line="61"/>
        <location filename="../../ui/models/consent.py" line="91"/>
        <location filename="../../ui/models/timeline.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="139"/>
        <source>First recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="140"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="143"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="143"/>
        <source>Yes: kept until the centre's review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="163"/>
        <source>Case opened {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="165"/>
        <source>Risk identification record, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="168"/>
        <source>Consent to share, version {version} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="173"/>
        <source>Sharing decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="174"/>
        <source>Referral pack exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="195"/>
        <location filename="../../ui/models/timeline.py" line="45"/>
        <source>Written by</source>
        <translation type="unfinished">Ysgrifennwyd gan</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="206"/>
        <source>Addendum written {when} by {writer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="208"/>
        <source>Unfinished addendum by {writer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="210"/>
        <source>Session note, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="219"/>
        <source>Her list of people and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="229"/>
        <source>An entry on her list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="236"/>
        <source>Service: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="238"/>
        <source>Person she trusts: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="259"/>
        <location filename="../../ui/models/plans.py" line="80"/>
        <source>Saved by</source>
        <translation type="unfinished">Cadwyd gan</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="268"/>
        <source>Safety plan: {title}, version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="336"/>
        <location filename="../../ui/models/consent.py" line="61"/>
        <location filename="../../ui/models/dashboard.py" line="100"/>
        <location filename="../../ui/models/referrals.py" line="51"/>
        <location filename="../prompts/one-to-one.toml" line="15"/>
        <location filename="../safety_plans/leaving-custody.toml" line="347"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="31"/>
        <source>What</source>
        <extracomment>From resources/prompts/one-to-one.toml</extracomment>
        <translation type="unfinished">Beth</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="337"/>
        <source>Which record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="340"/>
        <location filename="../../womenscentre/services/subject_access_items.py" line="342"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/subject_access_items.py" line="340"/>
        <source>Sealed with a key this account doesn't hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/support.py" line="33"/>
        <source>That person or service isn't on her list any more. Please reopen her list and try again.</source>
        <translation type="unfinished">Dydy'r person neu'r gwasanaeth hwnnw ddim ar ei rhestr bellach. Ailagorwch ei rhestr a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/support.py" line="56"/>
        <source>Two entries on her list share an id. Please add them again.</source>
        <translation type="unfinished">Mae dau gofnod ar ei rhestr yn rhannu'r un id. Ychwanegwch nhw eto.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/support.py" line="100"/>
        <source>Please use "Take off her list" to remove someone.</source>
        <translation type="unfinished">Defnyddiwch "Tynnu oddi ar ei rhestr" i dynnu rhywun.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/unlocked.py" line="34"/>
        <source>The vault is locked. Please unlock it to carry on.</source>
        <translation type="unfinished">Mae'r gronfa ddiogel wedi'i chloi. Datglowch hi i barhau.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="53"/>
        <source>Only a manager can add a colleague. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu ychwanegu cydweithiwr. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="61"/>
        <source>That user name is taken. Please choose another.</source>
        <translation type="unfinished">Mae'r enw defnyddiwr hwnnw wedi'i gymryd. Dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="106"/>
        <source>Only a manager can remove a colleague. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu tynnu cyfrif cydweithiwr. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="109"/>
        <source>You can't remove yourself. Please ask another manager.</source>
        <translation type="unfinished">Allwch chi ddim tynnu eich cyfrif eich hun. Gofynnwch i reolwr arall.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="127"/>
        <source>Only a manager can change someone's role. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu newid rôl rhywun. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="130"/>
        <source>You can't change your own role. Please ask another manager.</source>
        <translation type="unfinished">Allwch chi ddim newid eich rôl eich hun. Gofynnwch i reolwr arall.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="165"/>
        <source>Your current passphrase wasn't right. Please try again.</source>
        <translation type="unfinished">Doedd eich cyfrinymadrodd presennol ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="192"/>
        <source>Only a manager can replace the recovery key. Please ask a manager to help.</source>
        <translation type="unfinished">Dim ond rheolwr sy'n gallu newid yr allwedd adfer. Gofynnwch i reolwr eich helpu.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/services/users.py" line="220"/>
        <source>That colleague isn't an active user.</source>
        <translation type="unfinished">Dydy'r cydweithiwr hwnnw ddim yn ddefnyddiwr gweithredol.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="35"/>
        <source>isn't saved as UTF-8 text; please re-save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="39"/>
        <source>can't be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="41"/>
        <source>can't be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="50"/>
        <source>isn't valid TOML here ({message})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="97"/>
        <source>isn't a setting this file understands. Check the spelling; the settings allowed here are: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="103"/>
        <source>needs a "{key}" setting, and it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="109"/>
        <source>must be a list of [[{key}]] blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="113"/>
        <source>must be a table of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="138"/>
        <source>is too long: please keep it under {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="145"/>
        <source>says "{words}". Labels like this are never used: a woman can be at risk whatever a checklist says. Please reword it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="157"/>
        <source>must be a short id in quotes, using lower-case letters, digits, - and _ (like "money-and-bank"), not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="169"/>
        <source>must be true or false, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="181"/>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="199"/>
        <source>must be a date like 2026-01-31, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="220"/>
        <source>is empty: please write something or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="243"/>
        <source>must be "{kind}" for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="250"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="254"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/checker.py" line="254"/>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/directory.py" line="77"/>
        <source>Phone {number}</source>
        <translation type="unfinished">Ffôn {number}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/directory.py" line="78"/>
        <source>Text {number}</source>
        <translation type="unfinished">Neges destun {number}</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/directory.py" line="155"/>
        <source>a directory file needs at least one [[entry]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/directory.py" line="160"/>
        <location filename="../../womenscentre/templates/fields.py" line="367"/>
        <source>uses the id "{id}" twice: each entry needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/directory.py" line="189"/>
        <source>needs at least one way to get in touch: phone, text_number, email or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/errors.py" line="26"/>
        <source>{file}, line {line}, {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/errors.py" line="28"/>
        <location filename="../../ui/guidance_packs.py" line="68"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/templates/errors.py" line="50"/>
        <source>and %n more in the same file</source>
        <extracomment>Singular: and %n more in the same file</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/templates/errors.py" line="52"/>
        <source>{file} has %n problems, so nothing from it has been loaded.</source>
        <extracomment>Singular: {file} has a problem, so nothing from it has been loaded.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/errors.py" line="57"/>
        <source>Everything else, including the built-in templates, still works. Once it's fixed, please import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="153"/>
        <source>"{label}" should be text.</source>
        <translation type="unfinished">Dylai "{label}" fod yn destun.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="158"/>
        <source>"{label}" should be a list of text.</source>
        <translation type="unfinished">Dylai "{label}" fod yn rhestr o destun.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="161"/>
        <source>"{label}" should be a date.</source>
        <translation type="unfinished">Dylai "{label}" fod yn ddyddiad.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="163"/>
        <source>"{label}" should be yes, no or unsure.</source>
        <translation type="unfinished">Dylai "{label}" fod yn ie, na neu ddim yn siŵr.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="168"/>
        <source>"{label}" should be one of its options.</source>
        <translation type="unfinished">Dylai "{label}" fod yn un o'i ddewisiadau.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="176"/>
        <source>"{label}" should be a number from {low} to {high}.</source>
        <translation type="unfinished">Dylai "{label}" fod yn rhif o {low} i {high}.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="184"/>
        <source>"{label}" should point to people or services on her list.</source>
        <translation type="unfinished">Dylai "{label}" gyfeirio at bobl neu wasanaethau ar ei rhestr.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="193"/>
        <source>"{label}" should mark its own items as have it, copy elsewhere or not needed.</source>
        <translation type="unfinished">Dylai "{label}" nodi pob un o'i eitemau fel mae ganddi, copi yn rhywle arall neu dim angen.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="200"/>
        <source>"{label}" should be rows.</source>
        <translation type="unfinished">Dylai "{label}" fod yn rhesi.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="207"/>
        <source>"{label}" has a row that doesn't fit its columns.</source>
        <translation type="unfinished">Mae gan "{label}" res nad yw'n cyd-fynd â'i cholofnau.</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="301"/>
        <source>uses the id "{id}" twice: each column needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="304"/>
        <source>a table needs at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="310"/>
        <source>only a "{kind}" field has {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="313"/>
        <source>only a "table" field has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="320"/>
        <source>must be more than min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="345"/>
        <source>needs a list of {key}, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/fields.py" line="353"/>
        <source>{ id = "...", label = "..." } is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="71"/>
        <source>must be a [generated_checklist] block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="82"/>
        <source>must name a "table" field here that has a "task" column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="93"/>
        <source>mentions {placeholder}, which isn't a field here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="110"/>
        <source>uses the id "{id}" twice: each rule needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="121"/>
        <source>must look like { field = "x", is = "yes" }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="126"/>
        <source>must name a field in this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="130"/>
        <source>needs exactly one of is = "...", is_not = "..." or answered = true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/generated_checklist.py" line="142"/>
        <source>must be one of the field's values ({values})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/library.py" line="218"/>
        <source>is {version}, but "{id}" is already version {old}. Please give your customised copy version {next} or more (or a new id), so plans made with each can be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/library.py" line="246"/>
        <source>must say which kind of file this is: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="77"/>
        <source>a life-areas file needs at least one [[area]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="82"/>
        <source>uses the id "{id}" twice: each area needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="94"/>
        <source>needs a [points] table describing 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="97"/>
        <source>must be a table with a description for 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="111"/>
        <source>must cite the Office for National Statistics (ONS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="130"/>
        <source>uses the id "{id}" twice: each question needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/outcome_areas.py" line="133"/>
        <source>must hold all four ONS personal wellbeing questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="111"/>
        <source>needs a section with id = "{id}"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="142"/>
        <source>must name a shared section ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="149"/>
        <source>must start with a section that says use = "{id}"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="153"/>
        <source>must end with a section that says use = "{id}"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="159"/>
        <location filename="../../womenscentre/templates/safety_plans.py" line="328"/>
        <source>uses the id "{id}" twice: each section needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="191"/>
        <source>uses the field id "{id}" again: each field in a set needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="208"/>
        <source>asks "why". Why-questions can sound like blame, so please ask "what" or "how" instead (for example "What helped?" or "How did you manage?")</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/prompts.py" line="215"/>
        <source>needs a [section.guidance] block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="138"/>
        <source>a referral template needs at least one [[section]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="142"/>
        <source>must be a [tell_it_once] block with its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="155"/>
        <source>the tell-it-once block needs at least one [[tell_it_once.part]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="162"/>
        <source>uses the id "{id}" again: each section needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="197"/>
        <source>is a second template for {kind}; each kind of recipient has one template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="222"/>
        <source>must be one of {options}, not "{value}"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="245"/>
        <source>must be one of {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="251"/>
        <source>fills in information of another kind, so it can only go in a section whose category is {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="265"/>
        <location filename="../../womenscentre/templates/safety_plans.py" line="385"/>
        <source>a section needs at least one [[section.field]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/referrals.py" line="270"/>
        <source>uses the id "{id}" twice: each field needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/safety_plans.py" line="174"/>
        <source>(to be arranged)</source>
        <translation type="unfinished">(i'w drefnu)</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/safety_plans.py" line="323"/>
        <source>a template needs at least one [[section]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/safety_plans.py" line="341"/>
        <source>uses the id "{id}" twice: each view needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/safety_plans.py" line="356"/>
        <source>uses the id "{id}" twice: each review trigger needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/safety_plans.py" line="403"/>
        <source>uses the field id "{id}" again: every field in a template needs its own id, because her answers are kept by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/safety_plans.py" line="420"/>
        <source>names "{id}", which isn't a section here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="33"/>
        <source>have it</source>
        <translation type="unfinished">mae ganddi</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="34"/>
        <source>copy kept elsewhere</source>
        <translation type="unfinished">copi'n cael ei gadw yn rhywle arall</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="35"/>
        <source>not needed</source>
        <translation type="unfinished">dim angen</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="38"/>
        <source>an earlier session</source>
        <translation type="unfinished">sesiwn gynharach</translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="92"/>
        <source>This session's prompts have no field called "{field_id}".</source>
        <translation type="unfinished">Does dim maes o'r enw "{field_id}" yn anogwyr y sesiwn hon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/templates/session_answers.py" line="120"/>
        <source>%n from her list of people and services</source>
        <extracomment>Singular: %n from her list of people and services</extracomment>
        <translation type="unfinished">
            <numerusform>%n o'i rhestr o bobl a gwasanaethau</numerusform>
            <numerusform>%n o'i rhestr o bobl a gwasanaethau</numerusform>
            <numerusform>%n o'i rhestr o bobl a gwasanaethau</numerusform>
            <numerusform>%n o'i rhestr o bobl a gwasanaethau</numerusform>
            <numerusform>%n o'i rhestr o bobl a gwasanaethau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="176"/>
        <source>Also recorded</source>
        <translation type="unfinished">Wedi'i gofnodi hefyd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/templates/session_answers.py" line="187"/>
        <source>%n answered</source>
        <extracomment>Singular: %n answered</extracomment>
        <translation type="unfinished">
            <numerusform>%n wedi'u hateb</numerusform>
            <numerusform>%n wedi'i ateb</numerusform>
            <numerusform>%n wedi'u hateb</numerusform>
            <numerusform>%n wedi'u hateb</numerusform>
            <numerusform>%n wedi'u hateb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/templates/session_answers.py" line="189"/>
        <source>%n she chose not to answer</source>
        <extracomment>Singular: %n she chose not to answer</extracomment>
        <translation type="unfinished">
            <numerusform>%n y dewisodd hi beidio â'u hateb</numerusform>
            <numerusform>%n y dewisodd hi beidio â'i ateb</numerusform>
            <numerusform>%n y dewisodd hi beidio â'u hateb</numerusform>
            <numerusform>%n y dewisodd hi beidio â'u hateb</numerusform>
            <numerusform>%n y dewisodd hi beidio â'u hateb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../womenscentre/templates/session_answers.py" line="191"/>
        <source>%n not asked</source>
        <extracomment>Singular: %n not asked</extracomment>
        <translation type="unfinished">
            <numerusform>%n heb ofyn</numerusform>
            <numerusform>%n heb ofyn</numerusform>
            <numerusform>%n heb ofyn</numerusform>
            <numerusform>%n heb ofyn</numerusform>
            <numerusform>%n heb ofyn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../womenscentre/templates/session_answers.py" line="192"/>
        <location filename="../../ui/models/timeline.py" line="52"/>
        <location filename="../../ui/models/timeline.py" line="97"/>
        <location filename="../safety_plans/tech-and-stalking.toml" line="192"/>
        <source>None</source>
        <extracomment>From resources/safety_plans/tech-and-stalking.toml</extracomment>
        <translation type="unfinished">Dim</translation>
    </message>
    <message>
        <location filename="../../womenscentre/vault/selftest.py" line="38"/>
        <source>cryptography {version} is too old</source>
        <translation type="unfinished">mae cryptography {version} yn rhy hen</translation>
    </message>
    <message>
        <location filename="../../womenscentre/vault/selftest.py" line="45"/>
        <source>Argon2id is not available</source>
        <translation type="unfinished">Dydy Argon2id ddim ar gael</translation>
    </message>
    <message>
        <location filename="../../womenscentre/vault/selftest.py" line="47"/>
        <source>AES-GCM gave a wrong answer</source>
        <translation type="unfinished">Rhoddodd AES-GCM ateb anghywir</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Gyriant</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Ffolder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Dewis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Dileu</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished">&amp;Edrych yn:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished">Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished">&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished">Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished">Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished">Golwg manylion</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished">Ffolder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished">E&amp;nw'r ffeil:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Ffeiliau</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished">Ffeiliau o'r &amp;math:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished">Dod o hyd i ffolder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished">Golwg rhestr</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished">Ffolder uwch</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished">Cadw fel</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished">Dangos ffeiliau &amp;cudd</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation type="unfinished">Cyfrifiadur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished">Dyddiad newid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Math</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Torri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">Cuddio'r manylion...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">Dangos y manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">Rhoi'r gorau iddi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">Rhoi ar waith</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished">Cau heb gadw</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">Gwaredu</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation type="unfinished">Peidio â chadw</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">Cymorth</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">Anwybyddu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">Na i'r cyfa&amp;n</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation type="unfinished">Na i'r cyfan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">Cadw'r cyfan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">Ie i'r c&amp;yfan</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation type="unfinished">Ie i'r cyfan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">Copïo cyfeiriad y &amp;ddolen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Torri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Gorffen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished">Cadarnhau</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Wedi gorffen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished">Mynd yn ôl</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">Cymorth</translation>
    </message>
</context>
</TS>
