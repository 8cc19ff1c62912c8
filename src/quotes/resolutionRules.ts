/**
 * How a description of an organisation or a document, or a name written short, is resolved to whom it stands for,
 * as data: each rule has an id (which `quotes --json` reports in `speakerRule`), the reason a reader would give,
 * and example texts with the speaker the rule must give — and negative examples (`rule: false`) where it must not
 * fire, with the speaker the quote keeps. test/quotes/resolutionRules.test.ts runs every example. The code is in
 * Discourse.organisation, Discourse.lastSource, People.subjectOf and People.byFirstName.
 */

export interface ResolutionExample {
  text: string;
  /** The speaker the quote must get. */
  speaker: string | null;
  /** The quoted words the example is about (the first quote when absent). */
  quote?: string;
  /** False for a negative example: the rule must not fire. */
  rule?: false;
}

export interface ResolutionRule {
  id: string;
  reason: string;
  examples: readonly ResolutionExample[];
}

export const RESOLUTION_RULES = [
  {
    id: 'organisation-subject',
    reason:
      'a definite organisation noun ("the company", "the newspaper", "the group") means the organisation the sentence before opens with as its subject; never a name merely nearby, nor one of the same sentence (that is what is said about)',
    examples: [
      {
        text: 'Harbor Freight Lines also weighed in on the strike on Tuesday.\n\n“We expect every ship to sail on time this week,” the company said in a statement.',
        speaker: 'Harbor Freight Lines',
      },
      {
        text: 'SALEM, Ore. -- The Riverton Gazette has covered the mill for a century.\n\n“We will keep reporting on the closure until the last shift ends,” the newspaper said.',
        speaker: 'Riverton Gazette',
      },
      {
        text: 'The Riverton Gazette opened a new office, and its staff doubled.\n\nThe conservative newspaper has been outspoken in its opposition to the mayor, arguing she is “a danger to the port and to the budget.”',
        speaker: 'Riverton Gazette',
      },
      {
        text: 'Marta Velez, who runs the bakery, spoke to the council on Monday.\n\n“We cannot pay these rents any longer,” the company said.',
        speaker: 'the company',
        rule: false,
      },
      {
        text: 'Leo Marsh has been “unfairly singled out by the police for months,” the rights group says.',
        speaker: 'the rights group',
        rule: false,
      },
      {
        // A name modifying a noun is no subject; the newspaper is the Gazette by the publication rule.
        text: 'A Riverton Gazette investigation found the mill had broken the rules.\n\n“We stand by every word of it,” the newspaper said.',
        speaker: 'Riverton Gazette',
        rule: false,
      },
    ],
  },
  {
    id: 'company-lead',
    reason:
      'a definite noun for a business ("the company", "the St. Louis company", "the bank") with no organisation opening the sentence before means the company a recent sentence (up to six back) opens with, when its name shows it is a company ("Inc.", "Corp.", "Co.")',
    examples: [
      {
        text: 'Harbor Freight Lines Inc. said its quarterly profit fell 30%.\n\nRevenue rose 5% to $1.1 billion. Its shares fell 50 cents.\n\nProfit also suffered because of “intense” discounting, the company said.',
        speaker: 'Harbor Freight Lines Inc.',
      },
      {
        // The company's short name, and a description of it, as subjects in between.
        text: 'Calder Brewing Co. said it will cut prices.\n\nCalder, the largest brewer in the state, has long avoided discounts. The Riverton, Wis., company said net income fell. Its shares slipped.\n\nRivals “have been discounting deeply,” the company said.',
        speaker: 'Calder Brewing Co.',
        quote: 'discounting deeply',
      },
      {
        text: 'Calder Brewing Co., the maker of Riverton Lager, said sales rose.\n\nShares closed at $12.\n\nThe Milwaukee company said rivals “have been discounting deeply.”',
        speaker: 'Calder Brewing Co.',
      },
      {
        // Another name opening a sentence in between: the story has moved on to it.
        text: 'Harbor Freight Lines Inc. said its orders rose.\n\nDelta said fuel costs rose sharply. Its shares fell $2.\n\n“We are seeing pressure everywhere,” the company said.',
        speaker: 'the company',
        rule: false,
      },
      {
        // A company named inside a person's role opens nothing.
        text: 'Tom Reyes, an analyst at Lehman, Vance & Co., said the trucker lost ground.\n\nIts shares fell 50 cents.\n\nProfit suffered because of “intense” discounting, the company said.',
        speaker: 'the company',
        rule: false,
      },
    ],
  },
  {
    id: 'document-author',
    reason:
      'a document introduced with its author ("a statement by the Foreign Affairs Department", "a report from Amnesty International") speaks for that author when it is referred back to ("the statement said")',
    examples: [
      {
        text: 'A statement by the Foreign Affairs Department described the attacks as senseless.\n\n“The government deplores these acts,” the statement said.',
        speaker: 'Foreign Affairs Department',
      },
      {
        text: 'A statement released on Monday described the attacks as senseless.\n\n“The government deplores these acts,” the statement said.',
        speaker: 'A statement',
        rule: false,
      },
    ],
  },
  {
    id: 'document-issuer',
    reason:
      'a document brought in as what a named subject said something in, issued or released ("The Taliban said in a statement", "In a statement, the Taliban said", "Apple issued a statement") speaks for that subject when it is referred back to ("the statement said"); not one someone else obtained or read out',
    examples: [
      {
        text: 'The Harbor Workers Union rejected the offer on Wednesday and said in a statement that the port must reopen talks.\n\n“Every family on the docks deserves better,” the statement said.',
        speaker: 'Harbor Workers Union',
      },
      {
        text: 'In a statement, the Harbor Workers Union said the port must reopen talks.\n\n“Every family on the docks deserves better,” the statement said.',
        speaker: 'Harbor Workers Union',
      },
      {
        text: 'Reporters obtained a statement on Monday.\n\n“Every family on the docks deserves better,” the statement said.',
        speaker: 'a statement',
        rule: false,
      },
      {
        // The mention's own capitals name whose statement it is: not the last issuer's.
        text: 'Reza Amini issued a statement on Sunday as he handed over power.\n\nThe White House statement said: “We hope the new government will heed the voters.”',
        speaker: 'a statement',
        rule: false,
      },
    ],
  },
  {
    id: 'publication',
    reason:
      '"the paper" or "the newspaper" means the publication named last, within a few paragraphs, by a name ending in a publication\'s word ("Daily News", "Houston Chronicle"); not when the mention names its own paper, another paper was named since by a name no reading keeps ("the Guardian"), or the name is a broadcaster\'s ("BBC News")',
    examples: [
      {
        text: 'The independent Riverton Daily News reported on Monday that the mayor had fallen out with his deputy.\n\nThe row began in March.\n\nThe paper says the mayor is “well known for holding grudges”.',
        speaker: 'Riverton Daily News',
      },
      {
        text: 'The Riverton Daily News reported the row first.\n\nThe mayor did not comment.\n\nThe state-run Keyhan newspaper said the mayor was “a man of the people”.',
        speaker: 'The state-run Keyhan newspaper',
        rule: false,
      },
      {
        text: 'The mayor spoke to BBC News on Monday.\n\nThe row began in March.\n\nThe paper said the mayor was “a man of grudges”.',
        speaker: 'The paper',
        rule: false,
      },
      {
        text: 'The Riverton Daily News reported the row first.\n\nThe mayor did not comment, and the Guardian’s editorial was scathing.\n\nThe paper said the mayor was “a man of grudges”.',
        speaker: 'The paper',
        rule: false,
      },
    ],
  },
  {
    id: 'plaintiff',
    reason:
      'a lawsuit, complaint or petition says what whoever brought it says: the named subject of the nearest earlier sentence saying who sued or filed it (not one acting "on behalf of" others, not "was sued")',
    examples: [
      {
        text: 'The Harbor Workers Union will sue the port authority over the new fees.\n\nThe fees are “unlawful and ruinous for every family on the docks,” the lawsuit says.',
        speaker: 'Harbor Workers Union',
      },
      {
        text: 'Ana Ruiz and Ben Ortiz, two nurses at the county hospital, filed a complaint against the county on Monday.\n\nThe county “ignored every warning about the broken wards,” the complaint says.',
        speaker: 'Ana Ruiz and Ben Ortiz',
      },
      {
        text: 'The Harbor Workers Union will sue the port authority over the new fees.\n\nLena Fox is bringing the suit on behalf of the union and two shipping firms.\n\nThe fees are “unlawful and ruinous for every family on the docks,” the lawsuit says.',
        speaker: 'Harbor Workers Union',
      },
      {
        text: 'The county was sued on Monday by a group of parents.\n\nThe county “ignored every warning about the school buses,” the lawsuit says.',
        speaker: 'the lawsuit',
        rule: false,
      },
    ],
  },
  {
    id: 'first-name',
    reason:
      'a person called by the first name alone ("said Gloria") is the one person the article names in full with it and shows to be a person (a title, a role, a gendered first name); not when someone else bears that word too ("Prince Charles" beside "Charles Warren", two Bills), when the article introduces someone by that name alone ("Ali, a maintenance worker", "A young supporter, Jeff,") or when the full name is a company\'s (code: People.byFirstName)',
    examples: [
      {
        text: 'Gloria Sherman, 62, a retired teacher from Leeds, attended the inquest with her son.\n\n“I want answers,” said Gloria.',
        speaker: 'Gloria Sherman',
      },
      {
        text: 'In the crowd were Andrea Booth, a local nurse, and her father, up from Toronto on vacation.\n\nAndrea said: “We have celebrities who come up here to hunt, but they are usually incognito.”',
        speaker: 'Andrea Booth',
      },
      {
        text: 'Prince Charles toured the school with his old geography tutor, Charles Warren, a retired professor.\n\n“It was a wonderful day,” Charles said.',
        speaker: 'Charles',
        rule: false,
      },
      {
        text: 'Recent statements by Supreme Leader Ayatollah Ali Khamenei were read on state television.\n\nIn south Tehran, Ali, a 45-year-old maintenance worker, said that “nothing has changed.”',
        speaker: 'Ali',
        rule: false,
      },
      {
        text: 'Jeff Roe, the campaign manager, spoke to reporters in Houston on Tuesday.\n\nA young supporter, Jeff, who was at his first caucus, said the senator had “integrity and passion.”',
        speaker: 'Jeff',
        rule: false,
      },
      {
        text: 'Abbey National reported higher profits on Monday, and its mortgage book grew.\n\n“We are pleased with the quarter,” said Abbey.',
        speaker: 'Abbey',
        rule: false,
      },
      {
        text: 'Bill Clinton, the former president, and Bill Gates, the philanthropist, met in Seattle on Monday.\n\n“It went well,” said Bill.',
        speaker: 'Bill',
        rule: false,
      },
    ],
  },
  {
    id: 'last-source',
    reason:
      '"it" in a cue ("It added:", "it said") stands for the source quoted in that sentence or the one before when that source is no person: a document ("the report said … It added"), a body or an organisation ("the White House"), a country; never past a sentence about something else, nor after a person was quoted (code: Discourse.lastSource)',
    examples: [
      {
        text: 'Inspectors published their findings on the harbour on Monday.\n\n“The cranes must be replaced before winter,” the report said. It added: “No ship should dock at pier four.”',
        quote: 'No ship should dock',
        speaker: 'the report',
      },
      {
        text: 'Officials in Washington reacted within the hour.\n\n“We are watching the harbour closely,” the White House said. It added: “No ship should dock at pier four until then.”',
        quote: 'No ship should dock',
        speaker: 'the White House',
      },
      {
        text: 'Inspectors published their findings on the harbour on Monday.\n\n“The cranes must be replaced before winter,” the report said. The port reopened on Tuesday after a week of repairs. It added: “No ship should dock at pier four.”',
        quote: 'No ship should dock',
        speaker: null,
        rule: false,
      },
      {
        text: 'Inspectors published their findings on the harbour on Monday.\n\n“The cranes must be replaced before winter,” the report said. It quoted him as saying: “No ship should dock at pier four.”',
        quote: 'No ship should dock',
        speaker: null,
        rule: false,
      },
      {
        text: 'Inspectors published their findings on the harbour on Monday.\n\n“The cranes must be replaced before winter,” said Maria Lopez, the harbour master. It added: “No ship should dock at pier four.”',
        quote: 'No ship should dock',
        speaker: null,
        rule: false,
      },
    ],
  },
] as const satisfies readonly ResolutionRule[];
