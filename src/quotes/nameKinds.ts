/**
 * What kind of thing a capitalised name is, as data: a person, a place or an organisation, and a person's gender
 * when the text or the name tells it. Places and organisations are never speakers that "he" or "she" can mean;
 * first names, honorifics and gendered titles give the gender a pronoun must agree with.
 */

import { STATE_ABBREVIATIONS } from '../text/abbreviations';
import { boundedMemo } from '../text/boundedMemo';
import { DEMONYMS, TITLE_WORDS } from './lexicon';
import { isGivenName, SSA_FEMALE_NAMES, SSA_MALE_NAMES } from './nameGenders';
import { withoutFinalDot } from './tokens';

const words = (list: string) => new Set(list.trim().toLowerCase().split(/\s+/));
const phrases = (list: string) =>
  new Set(
    list
      .split('|')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

/** Countries, US states and large cities and regions that news names as subjects ("Florida voted"). */
export const PLACES = phrases(`
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|
  Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
  Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|
  Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
  West Virginia|Wisconsin|Wyoming|District of Columbia|D.C.|Puerto Rico|Guam|
  America|United States|U.S.|US|USA|U.S.A.|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Venezuela|Peru|Cuba|
  Britain|Great Britain|England|Scotland|Wales|Ireland|Northern Ireland|United Kingdom|UK|U.K.|France|Germany|
  Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Greece|
  Hungary|Ukraine|Russia|Turkey|Israel|Palestine|Gaza|Iran|Iraq|Syria|Lebanon|Jordan|Egypt|Libya|Saudi Arabia|
  Yemen|Qatar|Afghanistan|Pakistan|India|China|Japan|Korea|North Korea|South Korea|Taiwan|Vietnam|Indonesia|
  Philippines|Australia|New Zealand|Nigeria|Kenya|South Africa|Ethiopia|Somalia|Sudan|Europe|Asia|Africa|
  Latin America|Middle East|Crimea|Brussels|London|Paris|Berlin|Moscow|Beijing|Tokyo|Jerusalem|Tehran|Baghdad|
  Kabul|Havana|Chicago|Los Angeles|San Francisco|Boston|Philadelphia|Miami|Atlanta|Houston|Dallas|Detroit|
  Cleveland|Denver|Seattle|Baltimore|Manchester|Las Vegas|Phoenix|Silicon Valley|Wall Street|Capitol Hill|
  Hollywood|Midwest|the South|Appalachia
`);

/**
 * Last words that make a name an organisation, a building or an event: "Fox News", "the State Department", "TC
 * Energy", "CVS Health" (an acronym before such a word is the company's, no title).
 */
export const ORGANISATION_WORDS = words(`
  party committee campaign news network times post journal tribune herald gazette magazine press media inc inc.
  corp corp. co co. company group association council foundation institute center centre university college
  school department agency administration bureau commission court congress senate house assembly parliament
  union league pac fund bank office ministry service services army navy force forces police board
  coalition alliance caucus conference club society organization organisation project initiative trust
  church hospital airlines motors technologies systems partners holdings lab labs report review channel radio
  tv television cnn msnbc fbi cia nsa gop nato un eu nra aclu isis al-qaeda hamas hezbollah taliban
  street avenue square tower building stadium arena airport debate primary caucuses convention summit
  act amendment authority authorities inn foods energy health capital research financial insurance entertainment
  studios pictures records industries electric petroleum oil gas solutions software pharmaceuticals
  therapeutics airways logistics ventures investments securities resources mobility restaurant cafe café diner
  hotel motel shop bakery pub tavern lounge gym brands warehouse business unit
`);

/**
 * Last words of things an organisation name may end in that never speak: laws and events ("Heathrow Airport",
 * "Downing Street" and "Wembley Stadium" do).
 */
const MUTE_THING_WORDS = words('act amendment debate primary caucuses summit');

/** Whether an organisation's name can be what "it said" means: not "the Royal Marriages Act". */
export const canSpeak = (name: string): boolean =>
  !MUTE_THING_WORDS.has(name.toLowerCase().split(/\s+/).at(-1) ?? '');

/**
 * First names that are nearly always given to men or to women (used only when no pronoun or title says). Names
 * given to both, in English or in other languages (Chris, Alex, Terry, Jean, Andrea, Evelyn, Kelly, Lynn), are in
 * neither list: a pronoun must never be refused a person by a name that does not tell.
 */
export const MALE_FIRST_NAMES = words(`
  aaron adam alan albert alexander andrew andy anthony antonio arthur barack barry ben benjamin bernie bill
  billy bob bobby brad bradley brandon brian bruce carl carlos charles charlie christopher chuck colin craig
  dan daniel danny darrell dave david dennis dick don donald doug douglas ed eddie edward eric frank fred gary
  george gerald glenn greg gregory harold harry henry howard ian jack jacob jake james jason jeb jeff jeffrey jerry
  jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin keith ken
  kenneth kevin kurt larry lawrence leon louis luis marco marcus mario mark martin matt matthew
  michael mike mitch mitt nathan neil newt nick nicholas norman oliver omar patrick paul pete peter phil philip
  ralph randy ray raymond reince richard rick rob robert roger ron ronald roy rudy russell ryan samuel scott
  sean sebastian stephen steve steven stuart ted thomas tim timothy todd tom tony travis victor vincent walter
  wayne william willie zach
`);

export const FEMALE_FIRST_NAMES = words(`
  abigail alice alicia alison amanda amy angela ann anna anne barbara betty betsy beth brenda carly carol
  caroline catherine cathy cheryl christina christine claire clare cynthia debbie deborah debra denise diana diane
  donna dorothy elaine elizabeth ellen emily emma gloria grace hannah heather helen hillary hope huma ivanka jane
  janet janice jennifer jessica jill joan joanna joyce judith judy julia julie karen kate katherine kathleen
  kathy katie kellyanne kimberly kirsten laura lauren linda lisa lori louise margaret maria marie
  marilyn martha mary megan megyn melania melissa michelle monica nancy natalie nicole nikki pamela patricia
  paula peggy rachel rebecca rita rose ruth sandra sara sarah sharon shirley stephanie susan suzanne teresa
  theresa tina valerie victoria virginia wendy
`);

/** Honorifics and titles that give a gender: "Mr. Kasich", "the spokeswoman". */
export const MALE_TITLES =
  words(`mr mr. sir king prince lord father brother congressman councilman assemblyman
  chairman spokesman husband son businessman baron duke earl`);
export const FEMALE_TITLES = words(`mrs mrs. ms ms. miss madam queen princess lady sister congresswoman
  councilwoman assemblywoman chairwoman spokeswoman wife daughter businesswoman dame baroness duchess countess`);

export type Gender = 'male' | 'female';
export type NameKind = 'person' | 'place' | 'organisation' | 'group';

/** Names already folded are remembered: an article names the same people again and again. */
const MAX_FOLDED = 50_000;
/** How many names' kinds are remembered (see nameKind). */
const MAX_REMEMBERED_KINDS = 50_000;

const fold = boundedMemo(
  (s) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’']s$/, '')
      .replace(/^the\s+/i, '')
      .toLowerCase(),
  MAX_FOLDED,
);

/**
 * The last words of place names: "Fairfax County", "Mexico City", "Gaza Strip", "Rikers Island" ("Parish" and
 * "Valley" are left out: they are surnames too).
 */
const PLACE_WORDS = words(
  'county borough township province district city strip island islands springs beach heights',
);

/** Places written as initials: "U.S. Army", "L.A. Times", "D.C. Council" are no person "U.S.". */
const PLACE_INITIALISMS = words('u.s. u.k. l.a. d.c. n.y. u.n. e.u. n.j. s.f.');

/**
 * Whether a capitalised name is a place, an organisation, a group of people or (by default) a person. Remembered
 * for the names it has been asked (an article names the same people again and again, and the next one many of them).
 */
export const nameKind: (name: string) => NameKind = boundedMemo(kindOfName, MAX_REMEMBERED_KINDS);

function kindOfName(name: string): NameKind {
  const folded = fold(name);
  if (PLACES.has(folded) || STATE_ABBREVIATIONS.has(folded)) return 'place';
  const parts = folded.split(/\s+/);
  const last = parts[parts.length - 1] ?? '';
  // "H.W. Brands", "J.K. Rowling": initials and a surname are a person's name, whatever its last word ("U.S. Army",
  // "L.A. Times" and "J.M. Smucker Co." are not).
  const initials = parts.length === 2 && /^(?:\p{L}\.)+$/u.test(parts[0] ?? '');
  if (initials && !PLACE_INITIALISMS.has(parts[0] ?? '')) return 'person';
  if (ORGANISATION_WORDS.has(last)) return 'organisation';
  if (parts.length > 1 && parts[0] === 'team') return 'organisation'; // "Team Trump", "Team Sky", "Team GB"
  if (parts.length > 1 && PLACE_WORDS.has(last)) return 'place'; // "Fairfax County", "Mexico City"
  if (parts.length > 1 && PLACES.has(parts.slice(0, -1).join(' ')) && !isListedFirstName(parts[0] ?? ''))
    return 'organisation'; // "Texas Tribune", "Iowa State", "Cleveland Indians"
  // "Ted Poles" is a man: a plural of a people after a first name is a surname.
  if (isPeoplePlural(last) && !(parts.length > 1 && isFirstName(parts[0] ?? ''))) return 'group';
  if (/^(?:\p{L}\.?){2,5}$/u.test(name) && name === name.toUpperCase()) return 'organisation'; // "NBC", "ESPN"
  if (ofPlace(parts)) return 'organisation';
  return 'person';
}

/**
 * Plurals that name a group of people, never one person: "Muslim Americans", "Senate Democrats", "Iraqi Kurds",
 * "Young Republicans" (a demonym's plural or one of these): no "he" or "she" means them, and no "it".
 */
const PEOPLE_PLURALS = words(`
  democrats republicans conservatives liberals progressives independents libertarians socialists tories
  muslims christians jews catholics protestants evangelicals mormons sunnis shiites
  latinos latinas hispanics arabs kurds millennials
`);

const isPeoplePlural = (word: string): boolean =>
  PEOPLE_PLURALS.has(word) || (word.length > 4 && word.endsWith('s') && DEMONYMS.has(word.slice(0, -1)));

/** Heads of an event's or a body's name before its place: "Tour de France", "Bank of England", "Rally of Portugal". */
const EVENT_OR_BODY_HEADS = words('tour tours bank giro rally cup games championship championships');

/** Links between a body's or an event's name and its place: "Bank of France", "Tour de France", "Giro d'Italia". */
const PLACE_LINKS = new Set(['of', 'de', 'du', 'des', 'di', 'del', 'della']);

/**
 * "Tour de France", "Bank of England", "Tour of Britain": an event's or a body's head, a link and a known place name
 * a body or an event, never a person (not "the Lord Mayor of Manchester", "Abdullah of Jordan", "Charles de Gaulle").
 */
function ofPlace(parts: readonly string[]): boolean {
  const link = parts.findIndex((p, i) => i > 0 && (PLACE_LINKS.has(p) || /^d['’]/.test(p)));
  if (link !== 1 || !EVENT_OR_BODY_HEADS.has(parts[0] ?? '')) return false;
  const after = parts.slice(link + 1).join(' ');
  const place = /^d['’]/.test(parts[link] ?? '') ? (parts[link] ?? '').slice(2) : after;
  return PLACES.has(place);
}

/** A first name of the gender lists: the common words that are also first names ("Lane", "Summer") are not. */
export const isListedFirstName = (w: string): boolean => MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w);

/**
 * First names the gender lists leave out (given to both sexes, or of a tradition they do not cover) or that are
 * also common words ("will", "hunter", "chase"): never a capital a headline or a sentence start gave (see
 * isFirstName).
 */
export const OTHER_FIRST_NAMES = words(`
  alex andrea april ashley bailey beverly blair cameron casey channing chase chris dale dana dolly drew evelyn
  faith gene grant holly hunter irving jamie jean jordan joy june kelly kendall kerry lane lee leslie lynn
  madison mason may molly morgan pat quinn reed riley robin rush sally shelly sidney sterling sue summer taylor
  terry tracy will sam jesse
  ahmad ahmed ali hamid hassan hussein ibrahim khaled mahmoud mohamed mohammad mohammed muhammad mustafa omar
  rasheed saeed tariq waleed yusuf
`);

/**
 * Whether a folded word is a first name: of the gender lists ("mark", "hope", "bill") or of OTHER_FIRST_NAMES
 * ("will", "kelly", "ahmed").
 */
export const isFirstName = (word: string): boolean => isListedFirstName(word) || OTHER_FIRST_NAMES.has(word);

/** A first name a person may have (a lower-case word), by either list: the short lists or the US records. */
export const isAnyFirstName = (word: string): boolean => isFirstName(word) || isGivenName(word);

/**
 * The name itself, without what the article wrote before it as part of it: a title ("French President François
 * Hollande", "Florida Sen. Marco Rubio") is everything up to the last title word or abbreviation that two words
 * or more follow ("Charles E. Schumer" keeps its initial).
 */
export function nameProper(name: string): string[] {
  const words = name.trim().split(/\s+/);
  let from = 0;
  words.forEach((w, i) => {
    if (isTitleWord(w) && words.length - i - 1 >= 2) from = i + 1;
  });
  return words.slice(from);
}

/** A title word or an abbreviation ("Gov.", "Sen.", "Justice"): "E." in "Charles E. Schumer" is no title. */
export const isTitleWord = (word: string): boolean =>
  TITLE_WORDS.has(withoutFinalDot(word.toLowerCase())) || (word.endsWith('.') && word.length > 2);

/** The gender a first name or a title before the name tells, or null. */
export function genderOfName(name: string, title: string | null): Gender | null {
  for (const word of title ? title.toLowerCase().split(/\s+/) : []) {
    if (MALE_TITLES.has(word)) return 'male';
    if (FEMALE_TITLES.has(word)) return 'female';
  }
  const first = firstOfFullName(name);
  return first === null ? null : listedSexOf(first);
}

/** The sex the short lists give a first name, folded ("Melania" → female), or null. */
export const listedSexOf = (first: string): Gender | null =>
  MALE_FIRST_NAMES.has(first) ? 'male' : FEMALE_FIRST_NAMES.has(first) ? 'female' : null;

/**
 * A full name's first name, folded: "Virginia Gov. Terry McAuliffe" → "terry" (the word after the title); null for
 * a name of one word.
 */
function firstOfFullName(name: string): string | null {
  const words = nameProper(name);
  return words.length > 1 ? fold(words[0] ?? '') : null;
}

/**
 * The sex US records give a full name's first word ("Oscar Pistorius", "Aimee Mullins"), beyond the short lists:
 * enough to refuse a "she" to Oscar, never evidence that a name is a person's (see Person.likelySex).
 */
export function recordedSexOf(name: string): Gender | null {
  const first = firstOfFullName(name);
  return first === null ? null : recordedSexOfFirst(first);
}

/** The sex the lists or the US records give a first name alone ("Barry", "Lexi"), folded; null when they do not. */
export function recordedSexOfFirst(first: string): Gender | null {
  const listed = listedSexOf(first);
  if (listed !== null) return listed;
  return SSA_MALE_NAMES.has(first) ? 'male' : SSA_FEMALE_NAMES.has(first) ? 'female' : null;
}
