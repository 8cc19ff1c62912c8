/**
 * Word lists for quote attribution, as data. Cue verbs are the verbs of saying (and their kin) that introduce
 * or close a quote; titles are the words that stand before or around a name without being part of it.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Verbs of saying, in the forms news prose uses. Participles ("adding") take the subject of the main clause. */
export const CUE_VERBS = words(`
  say says said saying tell tells told telling add adds added adding write writes wrote writing ask asks asked
  explain explains explained explaining noted noting argue argues argued arguing claimed insist insists
  insisted insisting stated declare declares declared warn warns warned warning replied respond responds
  responded continue continues continued recall recalls recalled acknowledge acknowledges acknowledged admit
  admits admitted announce announces announced observe observes observed remarked suggest suggests suggested
  concede concedes conceded countered contend contends contended caution cautions cautioned complain complains
  complained predict predicts predicted promised vowed boast boasts boasted joked quip quips quipped tweeted
  tweeting posted testify testifies testified muse muses mused urge urges urged charged allege alleges alleged
  assure assures assured confirm confirms confirmed conclude concludes concluded called calling describe
  describes described describing label labels labeled labelled dub dubs dubbed praise praises praised hail
  hails hailed blast blasts blasted slam slams slammed criticize criticizes criticized accuse accuses accused
  shout shouts shouted yell yells yelled chant chants chanted exclaim exclaims exclaimed plead pleads pleaded
  demanded reports reported reiterate reiterates reiterated emphasize emphasizes emphasized stressed agree
  agrees agreed recount recounts recounted answered retort retorts retorted whisper whispers whispered maintain
  maintains maintained assert asserts asserted lament laments lamented proclaim proclaims proclaimed opine
  opines opined thunder thunders thundered scoff scoffs scoffed sneer sneered snap snaps snapped fume fumes
  fumed cried concur concurs concurred interject interjected began wonder wonders wondered mock mocks mocked
  deride derides derided dismiss dismisses dismissed pledged chime chimed quoted reads read started expressed vented jokes promises vows pledges
  answers replies cries thanked commented commenting
  sang cited citing declaring
`);

/** Participles that continue the sentence's speaker ("…, adding that …"). */
export const PARTICIPLE_CUES = words(`
  saying adding writing noting arguing claiming insisting warning explaining calling describing telling tweeting
  declaring citing
`);

/** Cue verbs that take the quoted words as their object ("called the plan “a disaster”"). */
export const NAMING_CUES = words(`call calls called calling describe describes described label labels labeled
  labelled dub dubs dubbed praise praises praised hail hails hailed blast blasts blasted slam slams slammed`);

/** Words that may sit between a subject and its cue verb: "Corn also says", "she later told". */
export const ADVERBS = words(`
  also later then once previously recently earlier further simply flatly bluntly quickly repeatedly reportedly
  often has had have would will did does had already again still just only publicly privately separately
  initially subsequently immediately angrily quietly firmly insisted long never sarcastically has even
`);

export const PRONOUNS = words('he she they i we it you');

/** How a person is addressed, not what they do or hold ("Mr.", "Ms", "Dame"): never a role, never an office. */
export const HONORIFICS = words('mr mrs ms miss mx dr sir dame madam');

/**
 * Nationalities, and the words for people of a US state or a capital, written before a name ("the Australian Stuart
 * O'Grady", "Briton Mark Cavendish", "the Frenchman Thomas Voeckler", "Texan Lance Armstrong"): no part of the name
 * when a first name and a surname follow. ("Dane", "Finn" and "Scot" are
 * first names themselves: "Dane Anthony Cook".)
 */
export const DEMONYMS = words(`
  afghan albanian algerian american argentine argentinian armenian australian austrian azerbaijani bahraini basque
  bangladeshi belarusian belgian bolivian bosnian brazilian briton british bulgarian burmese cambodian cameroonian
  canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian
  emirati english eritrean estonian ethiopian filipino finnish french georgian german ghanaian greek guatemalan
  haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican
  japanese jordanian kazakh kenyan korean kosovan kuwaiti kurdish latvian lebanese liberian libyan lithuanian
  malaysian maltese mexican moldovan mongolian moroccan namibian nepalese nigerian norwegian pakistani palestinian
  panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian
  singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tanzanian thai tunisian
  turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
  frenchman frenchwoman englishman englishwoman scotsman scotswoman irishman irishwoman welshman welshwoman
  dutchman dutchwoman spaniard swede pole turk kiwi
  texan californian floridian virginian ohioan alaskan arizonan coloradan iowan kansan kentuckian michigander
  minnesotan missourian nevadan oklahoman oregonian pennsylvanian tennessean louisianan arkansan hoosier
  londoner parisian muscovite berliner`);

/** Verbs that open a line telling the reader where to look ("Read the latest updates below:"): nobody speaks. */
export const READER_INSTRUCTIONS = words('read see watch click follow listen scroll');

/** Interjections opening a sentence: "Yes, the “law and order” issue is back" names no one. */
export const INTERJECTIONS = words('yes well oh okay');

/** Object and reflexive pronouns: never who speaks ("Ask yourself: …", "Tell me, …"). */
export const OBJECT_PRONOUNS = words(
  'me us him them myself yourself yourselves ourselves himself herself themselves itself',
);

/** Days and the words for them, never part of a name ("Earlier on Monday Tom Alder of Ohio said"). */
export const DAY_WORDS = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight',
);

/**
 * Verbs that say a quote only right after it, before their speaker ("“…,” worries former adviser Zbigniew
 * Brzezinski"): elsewhere they are mostly nouns or feelings ("economic worries", "she frets about").
 */
export const INVERTED_CUE_VERBS = words('worries frets fretted');

/** Days, months and other time words: never the speaker, even when capitalised ("said Tuesday"). */
export const TIME_WORDS = new Set([
  ...DAY_WORDS,
  ...words(`
    january february march april may june july august september october november december morning afternoon
    evening night week month year earlier later time
  `),
]);

/** Auxiliaries and modals: a phrase followed by one is a clause, not an inverted subject ("said the plan could"). */
export const AUXILIARIES = words(
  'could would should will can may might must has have had is was are were does did do',
);

/**
 * Numbers written as words: before a lower-case word they open a noun phrase as a determiner does, capitalised at a
 * sentence's start too ("Eighteen prominent scientists said"); before a capital they may be a name's ("Five Guys",
 * "Network Ten", "Seven West Media").
 */
export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
  dozen dozens
`);

/** Words that open a noun phrase: where a backwards scan for a subject stops. */
export const DETERMINERS =
  words(`the a an one two three four some several many most other another his her their
  its our this that these those any each`);

/** Function words that end a noun phrase when scanning for a speaker. */
export const NP_BREAKERS = words(`
  that which and but or nor so because if when while although though as than of to in on at by for from with
  near across along around behind beside beyond inside outside through toward towards upon among via like per
  into about after before during since until over under without within between against despite is was are were be been
  being do not no there here where how why what whether also
`);

/**
 * Participles that open an adjunct before a sentence's subject ("Asked about Bush, he said", "Reacting to the
 * statement, Taylor's spokesman, Sylvester Paasewe, accused …"): what the adjunct names is never the subject.
 */
export const ADJUNCT_PARTICIPLES = words(`
  asked pressed questioned speaking responding reacting replying turning referring addressing writing commenting
  talking
`);

/**
 * Prepositions that open such an adjunct too ("In a warning to Ahmadinejad, he said"), though a subject may follow
 * them before any comma ("In court Joan Illuzzi-Orbon, the prosecutor, called"). Not "When" or "As", whose clause has
 * a subject of its own that may be the next one's.
 */
export const ADJUNCT_PREPOSITIONS = words(`
  in at on after before with without during despite unlike against among following
`);

/**
 * Wire services and broadcasters whose credit a dateline carries in brackets ("CAIRO (Reuters) -"), and who are
 * told things ("he told Bloomberg": the outlet, not Michael Bloomberg).
 */
export const WIRE_CREDITS: ReadonlySet<string> = new Set([
  'Reuters',
  'AP',
  'AFP',
  'CNN',
  'Xinhua',
  'Bloomberg',
  'UPI',
  'dpa',
  'EFE',
  'ANSA',
]);

/** Words of a title or description that stand before a name: stripped to find the name itself. */
export const TITLE_WORDS = words(`
  president vice secretary sen senator rep representative gov governor mayor judge justice attorney general gen
  adm admiral col colonel lt sgt maj brig cmdr cmdt capt officer fr messrs reps sens pres hon supt atty amb insp det
  director chairman chairwoman chair ceo spokesman spokeswoman
  spokesperson minister prime ambassador speaker leader majority minority house senate state defense treasury
  homeland security army navy air force marine white former mr mrs ms miss dr prof professor rev reverend
  commissioner chief deputy executive national council party republican democratic democrat gop campaign manager
  adviser advisor strategist analyst candidate nominee presidential mexican american u.s us advocate retired
  first lady sheriff police commander pastor rabbi bishop father sister brother king queen prince princess
  congressman congresswoman councilman councilwoman assemblyman assemblywoman delegate lawmaker trooper detective
  agent inspector press communications policy political founder co-founder owner chairperson president-elect
  ex-president then-president then-candidate candidate-elect acting interim assistant associate senior junior
  foreign economic finance justice intelligence cia fbi nsa dhs doj pentagon superintendent correspondent reporter
  editor anchor columnist commentator chancellor premier emir ayatollah cardinal archbishop imam coach captain
  lieutenant sergeant secretary-general attorney-general director-general governor-general vice-president
  vice-chairman editor-in-chief commander-in-chief sir dame baroness cpl corporal pvt pfc spc ofc tpr dep msgr
  monsignor ald alderman alderwoman patrolman constable
`);

/**
 * What an office is of, after a title and "of": "Secretary of State", "Chief of Staff", "Minister of Defence",
 * "Director of National Intelligence", "Secretary of the Treasury" (the title words above count too).
 */
export const OFFICE_FIELDS = words(`
  state defence treasury labor labour commerce energy education health interior agriculture transportation
  transport housing staff affairs trade environment culture communications operations works emergency management
  home external internal veterans chiefs
`);

/** Party labels written as a title ("Republican Donald Trump", "Labour's"): a party, never an office. */
export const PARTY_LABELS = words(`
  republican democrat democratic gop conservative labour liberal tory independent libertarian green socialist
`);

/** Heads of unnamed-source descriptions ("a senior administration official", "the agent"). */
export const SOURCE_NOUNS = words(`
  official officials agent agents source sources spokesman spokeswoman spokesperson aide aides adviser advisers
  advisor advisors officer officers analyst analysts expert experts lawmaker lawmakers diplomat diplomats staffer
  staffers executive executives lawyer lawyers attorney attorneys insider insiders person people critic critics
  supporter supporters protester protesters resident residents voter voters observer observers strategist
  strategists statement report reports memo letter study survey poll witness witnesses member members leader
  leaders organizer organizers author authors economist economists scientist scientists researcher researchers
  official’s man woman men women owner owners worker workers employee employees veteran veterans friend friends
  neighbor neighbors relative relatives colleague colleagues teacher teachers student students doctor doctors
  message messages website post tweet release ad ads video page email sign banner caption transcript filing
  complaint lawsuit indictment document documents group groups campaign committee organization company firm
  agency department office spokesmen officers operative operatives
`);

/** Documents that carry words of their author's ("a report by …", "a statement from …"). */
export const DOCUMENT_NOUNS = words(`
  report reports study studies statement statements survey analysis memo letter paper review audit brief
  filing assessment
`);

/**
 * Nouns that describe a person by what they are or do ("the candidate", "the billionaire businessman"): a
 * definite one refers back to the salient person it fits (see Discourse.epithet).
 */
export const EPITHET_NOUNS = words(`
  candidate nominee mogul billionaire businessman businesswoman frontrunner front-runner hopeful incumbent senator
  governor congressman congresswoman president vice-president mayor secretary chairman chairwoman neurosurgeon
  surgeon developer pollster host anchor columnist commentator speaker singer actor actress star veteran graduate
  entrepreneur activist evangelist preacher
`);

/**
 * Nouns for who someone is to a story or what they do, capitalised before a name because they open the sentence or
 * as a title ("Neighbor Gabrielle Ruiz said", "Witness Tom Harlan told police", "Novelist Naomi Alderman",
 * "Prosecutor Gerrie Nel", "Documentarian Laura Poitras", "Whip John Cornyn"): the noun is never part of the name.
 * None is a first name ("Tyler", "Hunter", "Parker" are: no suffix such as -er can tell these nouns).
 */
export const DESCRIPTOR_NOUNS = words(`
  neighbor neighbour witness eyewitness resident friend relative colleague coworker co-worker classmate roommate
  bystander passerby onlooker survivor victim shopper customer volunteer homeowner tenant landlord motorist passenger
  parishioner novelist writer poet playwright historian artist photographer filmmaker composer journalist chef
  designer prosecutor administrator counsel envoy magistrate solicitor comptroller treasurer coroner ombudsman consul
  auditor registrar negotiator mediator documentarian economist campaigner rapper songwriter lawyer barrister author
  producer architect investor philanthropist tycoon magnate physicist astronaut scientist researcher psychologist
  psychiatrist physician comedian broadcaster lobbyist diplomat whip cyclist golfer swimmer sprinter athlete
  quarterback striker midfielder goalkeeper jockey juror blogger critic
`);

/** A noun for who someone is or what they do, written before a name (DESCRIPTOR_NOUNS, EPITHET_NOUNS). */
export const isDescriptorNoun = (word: string): boolean =>
  DESCRIPTOR_NOUNS.has(word) || EPITHET_NOUNS.has(word);

/** Nouns for an organisation: "the company said" means the organisation the text is about (Discourse). */
export const ORGANISATION_NOUNS = words(`
  company firm corporation business publication magazine newspaper paper network channel broadcaster station
  outlet website site organization organisation group agency union foundation institute association bank retailer
  airline automaker insurer university college charity
`);

/**
 * Public bodies a definite description names as a clause's subject ("The Cypriot government condemned …,
 * calling …"): kept as written, never resolved to a nearby name as "the company" is.
 */
export const BODY_NOUNS = words(`
  government ministry council police army military court parliament committee department administration cabinet
  commission embassy regime junta
`);

/** Court papers whose words are those of whoever brought the suit ("the lawsuit says"). */
export const SUIT_NOUNS = words('lawsuit suit complaint petition');
