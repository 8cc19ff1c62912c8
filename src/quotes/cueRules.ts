/**
 * How a quote is tied to its speaker, as data: each rule has an id (which `quotes --json` reports in `rule`), the
 * reason a reader would give, and example sentences with the speaker the rule must find — and negative examples
 * (`speaker: null`) of what it must not take. test/quotes/cueRules.test.ts runs every example.
 */

export interface CueExample {
  text: string;
  /** The speaker the quote must get, or null when the quote must have none (or must not be a quote). */
  speaker: string | null;
  /** The quoted words the example is about (the first quote when absent). */
  quote?: string;
}

export interface CueRule {
  id: string;
  reason: string;
  examples: readonly CueExample[];
}

export const CUE_RULES = [
  {
    id: 'said-x',
    reason: 'a verb of saying right after the quote (or opening the sentence) with its speaker after it',
    examples: [
      { text: '“The levee will hold,” said Dana Whitlock, the county engineer.', speaker: 'Dana Whitlock' },
      {
        // "Del." is a delegate's title before a name ("Del Rio" is a name).
        text: '“This is a waste of the committee’s time,” said Del. Stacey Plaskett of the Virgin Islands.',
        speaker: 'Stacey Plaskett',
      },
      { text: 'Said Ruth Okoye: “We are not done.”', speaker: 'Ruth Okoye' },
      {
        // A verb of worrying after the quote says it as well as "said" does.
        text: '“The bill for that could be very high,” worries former treasury secretary Ingrid Halvorsen.',
        speaker: 'Ingrid Halvorsen',
      },
      {
        // Elsewhere "worries" is mostly a noun: no one is "economic".
        text: '“It should not be like this,” said Omid Farahani. But economic worries form the heart of the campaign, “more than anything.”',
        quote: 'more than anything',
        speaker: null,
      },
      {
        text: '“We are worried about the floods,” said another resident, Hana Ivers, who lives by the river.',
        speaker: 'Hana Ivers',
      },
      {
        text: 'The port was “a place where deals were made at night,” wrote the harbor master at the time, Pavel J. Orsic.',
        speaker: 'Pavel J. Orsic',
      },
      {
        text: '“Rents will rise faster than wages for a decade,” warned a study for the city council on housing costs by the research group Tallyfield.',
        speaker: 'Tallyfield',
      },
      {
        // "US" is no pronoun.
        text: '“The talks are over,” said US Trade Representative Katherine Tai.',
        speaker: 'Katherine Tai',
      },
      {
        // The title ends at its last title word two words follow, whatever the first name.
        text: '“Not today,” said Supreme Court Justice Sonia Sotomayor.',
        speaker: 'Sonia Sotomayor',
      },
      {
        // An office's "of" is part of its title: "Secretary of the Treasury" is the role, not the end of the name.
        text: '“The money is there,” said Secretary of the Treasury Janet Olsen.',
        speaker: 'Janet Olsen',
      },
      {
        // Title words after the "of" are the office's too ("National Intelligence").
        text: '“We are close,” said Director of National Intelligence Mara Quist.',
        speaker: 'Mara Quist',
      },
      {
        // An office set off before its holder's name: the name is the speaker.
        text: '“The count goes on,” said the Secretary of State, Leo Marchetti.',
        speaker: 'Leo Marchetti',
      },
      {
        // A description with a possessive, then the name it describes (an Arabic article inside the name).
        text: '“It is over,” said the sheikh’s former aide, Nasser al-Harbi.',
        speaker: 'Nasser al-Harbi',
      },
      {
        // Titles of heads of government and hyphenated titles are stripped like "Gov." or "Secretary".
        text: '“It was a mistake,” said Chancellor Olga Brandt.',
        speaker: 'Olga Brandt',
      },
      {
        text: '“We need a ceasefire now,” said U.N. Secretary-General Ana Moretti.',
        speaker: 'Ana Moretti',
      },
      {
        // A capitalised possessive opens a role set off by commas, not a second name.
        text: '“We will see,” said Jo Park, Trump’s former lawyer, on Monday.',
        speaker: 'Jo Park',
      },
      {
        // A person's title and where it is held, then the holder's name set off by a comma.
        text: '“The numbers add up,” said the Chancellor of the Exchequer, Rhona Reed.',
        speaker: 'Rhona Reed',
      },
      {
        // Two words after a title's "of" with no name in them are what the title is of: the office speaks.
        text: '“The fleet is ready,” said the Chief of Naval Operations.',
        speaker: 'Chief of Naval Operations',
      },
      {
        // A capitalised title alone, then its holder set off by a comma.
        text: '“We are ready,” said the President, Jo Baines.',
        speaker: 'Jo Baines',
      },
      {
        // A title, "of" and the place where it is held, then the holder: the place is the title's.
        text: '“It is over,” said Mayor of London Sadie Kahn.',
        speaker: 'Sadie Kahn',
      },
      {
        // Several people's title before a list of names: the first name is the speaker.
        text: '“We object,” said Reps. Jim Jordan and Andy Biggs in a joint statement.',
        speaker: 'Jim Jordan',
      },
      {
        text: '“We object,” said Sens. Lena Grant and Richard Blom in a statement.',
        speaker: 'Lena Grant',
      },
      {
        // Two short titles in a row ("Maj." keeps its dot, like "Gen.").
        text: '“We will hold the bridge,” said Maj. Gen. Carl Ostrander.',
        speaker: 'Carl Ostrander',
      },
      {
        // Particles inside a name, one or two in a row.
        text: '“It works,” said Greta van der Molen, the port director.',
        speaker: 'Greta van der Molen',
      },
      {
        // A quantifier alone is someone unnamed.
        text: '“We will win this,” said several of the delegates.',
        speaker: 'several',
      },
      {
        // An imperative: the pronoun after the verb is spoken to, not speaking.
        text: 'Ask yourself: which port will Mayor Lena Park close with her plan for “cheaper and faster docks”?',
        speaker: null,
      },
    ],
  },
  {
    id: 'x-said',
    reason: 'a speaker and a verb of saying before or after the quote: “…,” X said / X told Y: “…”',
    examples: [
      { text: '“We will rebuild the pier,” Mayor Ines Calder said on Monday.', speaker: 'Ines Calder' },
      { text: 'Tomas Reyes told reporters, “The vote is not close.”', speaker: 'Tomas Reyes' },
      { text: '“The levee will hold,” Dana Whitlock said by telephone on Monday.', speaker: 'Dana Whitlock' },
      { text: '“The party had to change,” From said, recalling the 1990s.', speaker: 'From' },
      {
        // A participle's adjunct opening the sentence names no subject: the name set off after it speaks.
        text: 'Reacting to the statement, Ines Calder’s spokesman in Salem, Tomas Vela, accused the council of a “cynical stunt.”',
        speaker: 'Tomas Vela',
      },
      {
        // A paragraph that ends with a comma and a closing mark goes on in the next (see OPEN_QUOTE_END in blocks.ts).
        text: 'Prosecutor Marta Lind spoke on Friday.\n\n“This assessment remains unchanged,”\n\nLind said in a statement.',
        speaker: 'Marta Lind',
      },
      {
        // Words set off after a name that open with an auxiliary are that name's clause, no appositive naming the
        // speaker: the subject is the name before the relative clause.
        text: 'Nadia Farrokh, 26, a student whose husband, Reza Amini, was detained in June, said the support was “the main concern”.',
        speaker: 'Nadia Farrokh',
      },
      {
        // After a preposition's adjunct the subject may come before any comma.
        text: 'In court Joan Ilves, the assistant district attorney, called the testimony “surreal” on Tuesday.',
        speaker: 'Joan Ilves',
      },
      {
        // A quote after a name and a dash that ends the sentence describes the name (see dashed-after-name).
        text: 'In 1892 the poet Harry Lane wrote an angry ode to Queen Victoria – “that cold and selfish woman whom the English call Queen”.',
        speaker: 'Harry Lane',
      },
      {
        // An opening time phrase with a name in it is no name before an appositive (see subjectBeforeDashes).
        text: 'During the 2009 Tour de France, the French anti-doping agency – jointly responsible for testing – claimed that riders had “privileged information” before tests.',
        speaker: 'the French anti-doping agency',
      },
      {
        // A claim's that-clause ends at its verb: the second verb ("earned") is the sentence's (see claim-owner).
        text: 'The prosecutor, Hana Berg, said Mr Zell’s claim that the flood never happened earned him the title of “political conman”.',
        speaker: 'Hana Berg',
      },
      {
        // A comma inside a sum ("$20,000") opens no appositive before a name and its aside in dashes.
        text: 'Appearing on the show after he put up $20,000 to help bail him out, Michael Moore – apparently an expert on Swedish law – called the case “a bunch of hooey”.',
        speaker: 'Michael Moore',
      },
      {
        // A body's name keeps what follows its "of": the "Flight Attendants" inside it is no fuller name.
        text: 'In a statement, the Association of Flight Attendants called the senator a “champion” for its members.',
        speaker: 'Association of Flight Attendants',
      },
      {
        // A that-clause after a verb is no claim's (see claim-owner): the verb's subject keeps the words.
        text: 'The ministers agreed that the treaty was “a good start for the region.”',
        speaker: 'The ministers',
      },
      {
        // The quote after the claim's own clause is said of the claim (see claim-owner).
        text: 'A spokeswoman, Rita Vance, said Thursday that Mr. Dole’s claim that the mayor is in favor of the tax is “simply not true.”',
        speaker: 'Rita Vance',
      },
      {
        // After a possessive, "remarks" is a noun: the one who called them something said the words.
        text: 'Dara Quinn, a senior adviser to the campaign, called Mr. Hale’s remarks on Saturday “a true wake-up call” to his supporters.',
        speaker: 'Dara Quinn',
      },
      {
        // A place before a dash is no one (see dashed-after-name): the cue's subject keeps the quote.
        text: 'The mayor said the town would never forget New Orleans — “the city that taught us how to rebuild.”',
        speaker: 'The mayor',
      },
      {
        // A state's short form before a comma keeps its dot: the appositive goes on past "Md.," to the verb.
        text: 'Lena Ortiz, 59, of Bowie, Md., who drove in for the ceremony, said the day brought back memories of “all the people who never got to see it.”',
        speaker: 'Lena Ortiz',
      },
      {
        // A preposition, a town and its state end the subject: the state is no one.
        text: 'A pastor in Lynchburg, Va., said the vote was “a test of faith for all of us.”',
        speaker: 'A pastor',
      },
      {
        text: 'A student group at Halden College in Dayton, Ohio, derided the plan as “a tax on being young.”',
        speaker: 'A student group at Halden College',
      },
      {
        // Set off after a name and an age, the town is the appositive's.
        text: '“I have always voted,” Marta Kline, 67, a retired nurse in Allentown, Pa., said in an interview.',
        speaker: 'Marta Kline',
      },
      {
        // "charged" with a sum after it asks money: the club did not say the words.
        text: 'Under what Mr. Hollis called “the old model,” the Pine Creek Club, a private course in Ponte Vedra, Fla., charged a $90,000 fee.',
        speaker: 'Hollis',
      },
      {
        // "commented" reports words as "said" does (the earlier clause's "posted" is not the quote's cue).
        text: 'When she posted the photo, a friend commented: “You look just like your mother did at that age.”',
        speaker: 'a friend',
      },
      {
        // A role before a name and its place: the person speaks, not the state.
        text: '“It is going to be fought all the way to the finish,” Trump running mate Gov. Mike Pence of Indiana told Fox News Sunday.',
        speaker: 'Mike Pence',
      },
      {
        // A name after a description and a preposition is not the speaker.
        text: '“We will win the state,” a spokesman for Sen. Tom Alder of Ohio said.',
        speaker: 'a spokesman for Sen. Tom Alder',
      },
      {
        // A verb of saying that is as often a plural noun is a noun after a noun ("the two bomb blasts").
        text: '“Hundreds of people have been interviewed” and agents have gathered evidence in the two bomb blasts in Kenya, FBI Director Louis Freeh said.',
        speaker: 'Louis Freeh',
      },
      {
        // A day alone after the verb is when, never who.
        text: 'The Iraqi leader, in an “initiative” meant to rally opinion as much as to open talks, announced yesterday that he would leave.',
        speaker: null,
      },
      {
        // A document read out with no author named leaves the reader as the one quoted (see read-from).
        text: '“I am ready to leave tomorrow,” Mayor Ana Ruiz read from a letter she had received.',
        speaker: 'Ana Ruiz',
      },
      {
        // A clause with a negated verb is what is said, never who says it.
        text: 'Staff say the official figures don’t tell the full story, that the prince is “tied up with his training.”',
        speaker: 'Staff',
      },
      {
        // A town and its state inside the phrase set off after a name: the name is the speaker, not the state.
        text: 'Rosa Delgado, a Bayonne, N.J., shipping broker, says the port is “running out of room.”',
        speaker: 'Rosa Delgado',
      },

      {
        // A rank written short ("Cpl.", "Pfc.", "Tpr.") ends no sentence: its name is the speaker's.
        text: 'Police said the boy found the gun. “It was not the first shooting like this I have seen,” Cpl. Ryan Lawrence said.',
        speaker: 'Ryan Lawrence',
      },
      {
        // A company's acronym before a word that ends company names is its name's, no title ("CVS Health").
        text: 'TC Energy said it had “terminated the project after a careful review of the options.”',
        speaker: 'TC Energy',
      },
      {
        // A name set off by commas after a description, particles and all.
        text: '“We never expected any special treatment,” Pistorius’s manager, Peet van Zyl, said.',
        speaker: 'Peet van Zyl',
      },
      {
        // A sentence's opening "In" is a preposition though capitalised: the place is no subject.
        text: 'In Berlin, the foreign minister, Frank Steinmeier, said the talks were “a serious step forward.”',
        speaker: 'Frank Steinmeier',
      },
      {
        // After a description, a name that closes the phrase set off by commas is the speaker's.
        text: 'WikiLeaks supporter, the historian Omar Lindqvist, said the case was “a frame-up from start to finish.”',
        speaker: 'Omar Lindqvist',
      },
      {
        // A name set off by a comma after "head of the … committee" is in apposition, not what the head is of.
        text: 'Responding to the report, the Republican head of the house energy committee, Bill Tarrant, said “somebody ought to go to jail for this.”',
        speaker: 'Bill Tarrant',
      },
      {
        // A title word alone is a surname: "King said" is the Angus King named before.
        text: 'Sen. Rhea Bishop of Maine spoke on Tuesday. “We will not vote for this bill as it is written,” Bishop said.',
        speaker: 'Rhea Bishop',
      },
      {
        text: 'Novelist Nora Constable said the book took a year. “I wrote it in a year of long walks,” Constable said.',
        quote: 'long walks',
        speaker: 'Nora Constable',
      },
      {
        // A name inside a clause or a phrase after the description is someone else's: the description speaks.
        text: 'Her attorney, who also represented actor Jon Deppner, said: “My client is innocent of every charge.”',
        speaker: 'Her attorney',
      },
      {
        text: 'The father of the victim, Tyre Nolan, said the officers should face “the full weight of the law.”',
        speaker: 'The father of the victim, Tyre Nolan',
      },
      {
        text: 'Her lawyer, the father of the victim, Tyre Nolan, said the family wanted “justice, not revenge.”',
        speaker: 'Her lawyer',
      },
      {
        // A name set off by commas after its description, with nothing between: the description's.
        text: 'In a brief statement, the chief prosecutor, Eva Finnes, said: “There is no reason to suspect him of rape.”',
        speaker: 'Eva Finnes',
      },
      {
        // A number inside a capitalised name opens nothing ("Big Ten officials", not "Ten officials").
        text: 'Big Ten officials said the season would be “postponed until the spring, with regret.”',
        speaker: 'Big Ten officials',
      },
      {
        // A descriptor noun opening a body's name stays ("Tenant Resource Center"), and "Laureate" is no title.
        text: 'The Tenant Resource Center released its report on Monday. “We saw this crisis coming for months,” it said.',
        speaker: 'Tenant Resource Center',
      },
      {
        text: 'Laureate Education said the sale was “the right step for our students and staff.”',
        speaker: 'Laureate Education',
      },
      {
        // A number before a capital may open a company's name: "Five Guys", "Network Ten".
        text: 'Five Guys said in a statement that it was “reviewing every store in the chain this week.”',
        speaker: 'Five Guys',
      },
      {
        text: '“The show has been a part of our lives for twenty years,” Network Ten said.',
        speaker: 'Network Ten',
      },
      {
        // A number before a name and a plural noun counts the noun: "Six Trump supporters" names Trump.
        text: 'Six Trump supporters ran for delegate slots and lost. “Look at what happened here,” Trump said.',
        speaker: 'Trump',
      },
      {
        // A number after "the" is inside the subject, not where it opens.
        text: 'The two lawmakers wrote that “there is precedent for prosecution in cases like this one.”',
        speaker: 'The two lawmakers',
      },
      {
        // A time phrase between the subject and its verb is neither ("this morning", "on Monday").
        text: 'Matthew Taylor, the party’s treasury spokesman, this morning described the links as “pretty dubious.”',
        speaker: 'Matthew Taylor',
      },
      {
        text: 'Jane Holt this morning described the deal as “a scandal waiting to happen in full view.”',
        speaker: 'Jane Holt',
      },
      {
        // Who someone is to the story, capitalised at the sentence's start, is no part of the name.
        text: 'Neighbor Gabrielle Ruiz said, “It just made me sad for the family and for everyone on the street.”',
        speaker: 'Gabrielle Ruiz',
      },
      {
        // An Arabic article joined to a name is part of it, not a lower-case word after the name.
        text: 'Interior Minister Karim el-Masri said the talks were “serious.”',
        speaker: 'Karim el-Masri',
      },
      {
        // A name opening the clause, then where they work: the name is the speaker.
        text: 'Jeffrey Lund of the James Martin Center said the missiles were “old and slow.”',
        speaker: 'Jeffrey Lund',
      },
      {
        // After a phrase that opens the sentence, a name and where they work: the name is the speaker.
        text: 'On Tuesday, Rep. Tom Colby of Oklahoma said the bill was “dead.”',
        speaker: 'Tom Colby',
      },
      {
        // "with", "at", "from" tie a name to where they work as "of" does.
        text: '“Witnesses saw one person running,” Sgt. Wade Pickens with the Atlanta Police Department told reporters.',
        speaker: 'Wade Pickens',
      },
      {
        // A capitalised sentence opener is not part of the name.
        text: 'So Steve Milbrook at First Boston said his estimate was “too high to begin with.”',
        speaker: 'Steve Milbrook',
      },
      {
        // A title that is a head of government's, before the name ("Premier", "Cardinal" are titles).
        text: 'Ontario Premier Doug Forde said the tariffs were “a disaster.”',
        speaker: 'Doug Forde',
      },
      {
        // A body's name that opens with a title word stays whole.
        text: 'The Senate Judiciary Committee said the hearing was “over.”',
        speaker: 'Senate Judiciary Committee',
      },
      {
        // A list of people with their states: the last name before the verb is the speaker, not a state.
        text: 'Sens. Lena Grant of South Carolina and Richard Blom of Connecticut said the sanctions were “overdue.”',
        speaker: 'Richard Blom',
      },
      {
        // Words that are all of an office name no one, even with a field in front ("Home Secretary").
        text: 'Home Secretary of the UK Yvonne Carr said the border was “secure.”',
        speaker: 'Yvonne Carr',
      },
      {
        // A place that is also a first name before an office with "of" ("Virginia").
        text: 'Virginia Secretary of Health John Littel said the program was “working.”',
        speaker: 'John Littel',
      },
      {
        // First names in -ing and surnames like "Parish" are names.
        text: 'Irving Azner of Live Nation said ticket prices were “fair.”',
        speaker: 'Irving Azner',
      },
      {
        text: 'Rep. Jo Parish of Ohio said the bill was “dead.”',
        speaker: 'Jo Parish',
      },
      {
        // The name after the place is as long as it can be: three words here.
        text: 'Mayor of Atlanta Keisha Lance Bottoms said the city was “ready.”',
        speaker: 'Keisha Lance Bottoms',
      },
      {
        // "Foods", "Inn" end a body's name: a title word before them is part of it.
        text: '“Sales were weak,” Premier Foods said on Monday.',
        speaker: 'Premier Foods',
      },
      {
        // A place that goes on in its next word is not cut there.
        text: 'Mayor of Mexico City Clara Sheinberg said the metro was “safe.”',
        speaker: 'Clara Sheinberg',
      },
      {
        // A body after a title and "of" is where the title is held.
        text: 'President of the European Commission Ulla von der Lind said the deal was “fair.”',
        speaker: 'Ulla von der Lind',
      },
      {
        // After a middle initial, "King" is a surname: "of New York" is where he is from.
        text: 'Representative Peter T. King of New York said the race was “close.”',
        speaker: 'Peter T. King',
      },
      {
        // A surname that is also a title word or ends like a group, and "Jr.", are still names.
        text: 'Sen. Angus King of Maine said the deal was “a good start.”',
        speaker: 'Angus King',
      },
      {
        text: 'Rep. Dwight Evans of Pennsylvania said the bill was “overdue.”',
        speaker: 'Dwight Evans',
      },
      {
        text: 'Rep. Donald Payne Jr. of New Jersey said the vote was “historic.”',
        speaker: 'Donald Payne Jr.',
      },
      {
        // A title word after a first name is a surname, not an office: "of the House …" is where he works.
        text: 'Dan Bishop of the House Freedom Caucus said the bill was “a disgrace.”',
        speaker: 'Dan Bishop',
      },
      {
        // The preposition is the one right after a capitalised name, not one inside a longer phrase.
        text: 'But Tom Fenwick, the president of Judicial Check, a group that has sued to obtain records from Mrs. Dalton’s time at the State Department, said that “the damage is done.”',
        speaker: 'Tom Fenwick',
      },
      {
        // A body's name that opens with a word that can be a title stays whole.
        text: 'The Premier League said the decision was “final.”',
        speaker: 'Premier League',
      },
      {
        // The body after the preposition may hold an "of" of its own.
        text: 'Jane Roe of the University of Michigan said the data were “clear.”',
        speaker: 'Jane Roe',
      },
      {
        // … or an "on" or "for" between two capitals.
        text: 'Ray Talbot of the US-based Council on Foreign Relations said Tehran was “largely indifferent” to the talks.',
        speaker: 'Ray Talbot',
      },
      {
        text: 'Ana Ruiz of the Leeds-based Institute for Fiscal Studies said the cuts were “deeper than they look.”',
        speaker: 'Ana Ruiz',
      },
      {
        // A place before an office named with "of" is part of the title: the holder is the speaker.
        text: 'Georgia Secretary of State Brad Hollis said the count was “accurate.”',
        speaker: 'Brad Hollis',
      },
      {
        // An office's field ends its title, whatever stands before it.
        text: 'Israeli Minister of Defence Avi Dror said the strikes were “precise.”',
        speaker: 'Avi Dror',
      },
      {
        // A title before "of" is no one's name: the name after the body is the speaker.
        text: 'Secretary General of NATO Jens Lund said the alliance was “united.”',
        speaker: 'Jens Lund',
      },
      {
        // "The", a capitalised office or body, "of" and a place: the whole is the speaker, not the place.
        text: 'The Chamber of Commerce said the rule was “costly.”',
        speaker: 'Chamber of Commerce',
      },
      {
        text: 'The Mayor of Dunmore said the city was “open for business.”',
        speaker: 'Mayor of Dunmore',
      },
      {
        // The name hangs off a description: the description is the speaker, not the state.
        text: 'A spokesman for Sen. Tom Alder of Ohio said the bill was “dead on arrival.”',
        speaker: 'A spokesman for Sen. Tom Alder',
      },
      {
        // An honour before the name is a title, not part of the name.
        text: 'Sir Alan Pryce said: “This government has failed.”',
        speaker: 'Alan Pryce',
      },
      {
        // "Defence" is the office's field ("Minister of Defence"), not part of the name.
        text: 'Minister of Defence Ana Ruiz said, “The troops are ready.”',
        speaker: 'Ana Ruiz',
      },
      {
        // A quote is no quoted name inside an appositive: the second speaker is the deputy.
        text: 'Mayor Jo Park, a Democrat, called the plan “a disgrace,” and her deputy, Tom Smith, said it was “dead on arrival in the Senate.”',
        quote: 'dead on arrival',
        speaker: 'Tom Smith',
      },
      {
        // A month's name after a quote is a name ("May, the prime minister,"), not a day opening the sentence.
        text: '“The deal is a good one for the whole country,” May, the prime minister, said.',
        speaker: 'May',
      },
      {
        // "of Dayton, Ohio" belongs to a name inside the clause, not to its subject.
        text: 'Gov. Jo Park, responding to Sen. Tom Alder of Dayton, Ohio, said the plan was “a mess from the start.”',
        speaker: 'Jo Park',
      },
      {
        // Criticized for a remark of his own: the one criticized said it.
        text: 'Mayor Tom Alder was criticized for his “very fine people” remark on Monday.',
        speaker: 'Tom Alder',
      },
      {
        // Praised for saying it: the one praised speaks.
        text: 'Jo Park was praised for calling the ruling “a victory for every family in the state.”',
        speaker: 'Jo Park',
      },
      {
        // A short quoted name inside an appositive is part of it; "matter-of-factly" is no one.
        text: '“We have had better conventions than this one,” delegate Ray Olsen, wearing a “Vote Olsen” pin, said matter-of-factly.',
        speaker: 'Ray Olsen',
      },
      {
        // The name is the one before the parenthesis ("(R-Tex.)"), past a long appositive.
        text: 'Sen. Maria Ruiz (R-Tex.), a Republican candidate for governor who has made the harbor a centerpiece of her campaign, tweeted a warning: “Remember in November who voted for this port plan.”',
        speaker: 'Maria Ruiz',
      },
      {
        // A town and its state after "of" are where the speaker is from, not the speaker.
        text: 'Tom Alder of Dayton, Ohio, said the harbor was “a mess from start to finish.”',
        speaker: 'Tom Alder',
      },
      {
        // A day opening the sentence has nothing set off after it; the name in commas speaks.
        text: 'On Wednesday, however, the director of the Harbor Authority, James B. Morton, said the plan was “a waste of money.”',
        speaker: 'James B. Morton',
      },
      {
        // A name in commas after a description wins over a name inside a prepositional phrase before it.
        text: 'In a statement to the Ledger, her senior policy adviser, Jake Sullivan, said: “The mayor wants the harbor open.”',
        speaker: 'Jake Sullivan',
      },
      {
        // "so called" names a thing; it is no verb of saying.
        text: 'The so called “Harbor Initiative” was backed by the council on Monday.',
        speaker: null,
      },
      {
        text: '“We have had better conventions,” delegate Ray Olsen, wearing a straw hat, matter-of-factly said.',
        speaker: 'Ray Olsen',
      },
      {
        text: 'Ana Ruiz spoke first. “The hall was packed,” her ally said.',
        quote: 'The hall was packed',
        speaker: 'her ally',
      },
      {
        text: 'One reader wrote in to praise the plan. Another tweeted, “The mayor thinks she is above the rules.”',
        speaker: 'Another',
      },
      {
        text: '“The farm bill is dead for this year,” Sen. Ada Lowry, R-Neb., said on Friday.',
        speaker: 'Ada Lowry',
      },
      {
        text: 'The skit opened in a kitchen. “How many votes have I lost this week? Four? Five?” Mayor Ines Calder asks as a plumber walks in, saying he is “here to fix the leak.”',
        speaker: 'Ines Calder',
      },
      {
        text: '“That is a terrible idea for this city,” George Will wrote. “It will fail,” Will wrote.',
        quote: '“It will fail,”',
        speaker: 'George Will',
      },
      {
        text: 'Lena Fox agreed with Omar Haddad, who was “absolutely right” about the bus lanes, she said.',
        speaker: 'Lena Fox',
      },
    ],
  },
  {
    id: 'subordinate-cue',
    reason:
      'in “X said Y was right when Y said “…””, the quoted words are Y’s: a cue in a clause of its own (when, as, after; and, but, which, whom; set off by commas) keeps its speaker',
    examples: [
      {
        text: 'Dev Rana said the vote was close, and he called the result “a win for every renter.”',
        speaker: 'Dev Rana',
      },
      {
        text: 'Judge Mira Holt ruled against the county, which she said had “ignored every warning for a decade.”',
        speaker: 'Mira Holt',
      },
      {
        text: 'Ana Cruz said Mayor Ben Ortiz was right when he said “the river comes first” at the hearing.',
        speaker: 'Ben Ortiz',
      },
    ],
  },
  {
    id: 'according-to',
    reason: '“according to X” names the source of the words',
    examples: [
      {
        text: 'The plant will close in June and cut “every last shift,” according to Leah Marsh, who runs the union local.',
        speaker: 'Leah Marsh',
      },
    ],
  },
  {
    id: 'phrasal-verb',
    reason: 'verbs that are cues only with their particle: “pointed out”, “went on”, “fired back”',
    examples: [
      {
        text: 'Council member Omar Haddad fired back: “Nobody asked the tenants.”',
        speaker: 'Omar Haddad',
      },
      {
        // "was quick to", "is keen to" between the subject and its verb are no part of the subject.
        text: 'The AFL was quick to point out that the deal was “non-exclusive and open to others.”',
        speaker: 'The AFL',
      },
    ],
  },
  {
    id: 'as-x-put-it',
    reason: '“as X put it” attributes the words that follow',
    examples: [
      { text: 'As Gwen Ostrander put it, “The budget is a moral document.”', speaker: 'Gwen Ostrander' },
    ],
  },
  {
    id: 'read-from',
    reason:
      "words read out from a document are its author's, named after “by”: “X read from a letter signed by Y: “…”” is Y's, not the reader's",
    examples: [
      {
        text: '“I am ready to leave tomorrow,” Mayor Ana Ruiz read from a letter signed by Tomas Herrera.',
        speaker: 'Tomas Herrera',
      },
    ],
  },
  {
    id: 'passive-by',
    reason:
      'a passive cue names its speaker after “by”: “was called … by X” (after an active cue, a gerund after “by” is how, not who: “began by saying”)',
    examples: [
      {
        text: 'The plan was praised by Senator Paul Brisco as “the best deal we could get.”',
        speaker: 'Paul Brisco',
      },
      {
        // A passive keeps its agent, even one that begins with a word in -ing.
        text: 'The ruling was criticized by opposing counsel Mark Reyes as “plainly wrong.”',
        speaker: 'Mark Reyes',
      },
    ],
  },
  {
    id: 'participle',
    reason: 'a participle (“adding”, “saying”) keeps the speaker of its clause',
    examples: [
      {
        // "quoted X as saying": the one the verb quotes is the speaker, not the outlet quoting them.
        text: 'The Riverton Gazette quoted Tomas Vela, a retired teacher, as saying the plan was “a disgrace”.',
        speaker: 'Tomas Vela',
      },
      {
        // "was quoted as saying": the one quoted is the speaker, without the auxiliary.
        text: 'An anonymous law officer was quoted as saying the scene was “the worst thing I have seen in thirty years.”',
        speaker: 'An anonymous law officer',
      },
      {
        // A day and its preposition, or an adverb, between the subject and its verb are not the subject's.
        text: 'The Riverton campaign on Monday also doubled down on its attacks, saying the mayor was ready “on paper” only.',
        speaker: 'The Riverton campaign',
      },
      {
        // A body's noun that modifies a person's noun is no head: the name set off after it is the speaker.
        text: 'The police commissioner, Howard Safir, defended the unit, saying it had “saved lives.”',
        speaker: 'Howard Safir',
      },
      {
        // A public body described by its nation is the subject, not the nation's adjective.
        text: 'The Cypriot government Saturday strongly condemned the bombings, calling them an “atrocious crime.”',
        speaker: 'The Cypriot government',
      },
      {
        // A number opening the sentence opens its subject; it is no name.
        text: 'Eighteen prominent scientists are calling for “a full and open investigation into the origins of the virus.”',
        speaker: 'Eighteen prominent scientists',
      },
      {
        text: 'Mara Delgado defended the budget on Tuesday, saying it was “fair to every district.”',
        speaker: 'Mara Delgado',
      },
      {
        // A name between "footage of" (or "shows", "with") and the participle is its own subject.
        text: 'The spot concludes with footage of Mayor Ana Lee saying, “We will never raise your taxes, not one cent.”',
        speaker: 'Ana Lee',
      },
      {
        text: 'The council voted 5-2, with Dana Ortiz saying “this is a good day for the city.”',
        speaker: 'Dana Ortiz',
      },
      {
        // "a swiftly called meeting": a participle after a determiner and an adverb is no cue.
        text: 'Following a swiftly called emergency meeting, the Security Council issued a statement calling the test “a clear violation of every resolution.”',
        speaker: 'the Security Council',
      },
      {
        // A cue in a relative clause is its noun's: the participle goes on with the main clause.
        text: 'The mayor was defensive when asked about not paying a contractor who said he was owed money, saying, “Maybe he did not do a good job.”',
        speaker: 'The mayor',
      },
      {
        // An office's "of" ties its holder to no place: the holder is the clause's subject.
        text: 'Former Secretary of State Mara Quist urged voters to turn out, saying, “Every vote counts.”',
        speaker: 'Mara Quist',
      },
      {
        text: 'At a rally in Dover, Ohio, on Friday, Senator Maya Brandt defended the plan, saying it was “good for every farmer.”',
        speaker: 'Maya Brandt',
      },
      {
        text: 'Speaking at a fair in Dover, Delaware, Mayor Ruth Okafor went after the council, calling it “a club for insiders.”',
        speaker: 'Ruth Okafor',
      },
      {
        text: 'Critics were quick to respond, with Mayor Tom Alder tweeting that the plan was “a mess from start to finish.”',
        speaker: 'Tom Alder',
      },
      {
        text: 'Maya Brandt toured the flooded farms on Friday. Ms. Brandt met farmers in Dover.\n\nThe Republican candidate tried to calm the crowd by saying, “Every farm will be rebuilt before the spring.”',
        speaker: 'Maya Brandt',
      },
      {
        // "began by talking": a gerund after "by" is no passive's agent; the clause's subject speaks. A party
        // ("Republican") is no office, so it does not rule her out as "the billionaire businesswoman".
        text: 'Republican Mara Lind held a town hall in Salem on Monday.\n\nThe billionaire businesswoman began by talking about the drug crisis, saying heroin is now “cheaper than getting candy.”',
        speaker: 'Mara Lind',
      },
      {
        // A verb after the description ends it: "supporters" is what the governor emailed, not a second head.
        text: 'Ohio Gov. Laura Park spoke in Dayton on Monday.\n\nThe Ohio governor emailed supporters saying: “We will win this state in November.”',
        speaker: 'Laura Park',
      },
      {
        // A definite organisation noun opening the clause is the participle's subject, not the "she" after it.
        text: 'The Harbor Tribune opened a new office in Dover this week.\n\nThe conservative newspaper has been outspoken in its opposition to Mayor Ruth Okafor, arguing she is “a danger to the port and to the budget.”',
        speaker: 'Harbor Tribune',
      },
    ],
  },
  {
    id: 'coordinated-verb',
    reason: 'a second verb of saying shares the subject of the first: “X laughed and said …”',
    examples: [
      {
        text: 'Hollis Grant laughed at the question and said the idea was “completely absurd.”',
        speaker: 'Hollis Grant',
      },
      {
        // "pledged a “…”": the lone "a" after the cue is no one; the verb shares the clause's subject.
        text: 'Ines Calder spoke for an hour in Dover on Friday.\n\nAnd she, once again, pledged a “political revolution” and said that she would stand up to the “billionaire class” that runs the port.',
        quote: 'political revolution',
        speaker: 'Ines Calder',
      },
    ],
  },
  {
    id: 'colon',
    reason: 'a name or a clause ending in a colon introduces the quote after it',
    examples: [
      {
        // A pronoun after a preposition before a colon is its object ("amused by it:"), not who speaks.
        text: 'Columnist Lucy Marsh was wryly amused by it: “This is a farce dressed as a policy.”',
        speaker: 'Lucy Marsh',
      },
      { text: 'Pia Lindqvist, on the shortage: “We ran out of insulin twice.”', speaker: 'Pia Lindqvist' },
      { text: 'Rep. Nell Ashby (D-Ore.): “Who signed the contract, and when?”', speaker: 'Nell Ashby' },
      {
        // A roundup of reactions: the writer, then the paper or platform; the writer says it.
        text: 'The verdict from the columnists was split.\n\nDana W. Whitlock, The Harbor Gazette: “The mayor won the night, though not by much.”\n\nOmar Haddad, Twitter: “Nobody won this debate, least of all the voters.”',
        speaker: 'Dana W. Whitlock',
      },
      {
        text: 'The verdict from the columnists was split.\n\nDana W. Whitlock, The Harbor Gazette: “The mayor won the night, though not by much.”\n\nOmar Haddad, Twitter: “Nobody won this debate, least of all the voters.”',
        quote: 'Nobody won',
        speaker: 'Omar Haddad',
      },
      {
        // Two people: the one before the colon is the one introducing the words.
        text: 'Ana Ruiz, Ben Ortiz: “We wrote the report together over two long years.”',
        speaker: 'Ben Ortiz',
      },
      {
        text: 'RENTS OUTPACE WAGES - Lena Fox and Omar Haddad: “Across every county we studied, rents rose twice as fast as pay.”',
        speaker: 'Lena Fox and Omar Haddad',
      },
      {
        // A headline's capitals: "IN" there is no sentence's opening preposition.
        text: 'TURNOUT RISES IN OTHER STATES - Omar Haddad: “At long last the contests have started, and turnout is up.”',
        speaker: 'Omar Haddad',
      },
      {
        text: 'At a gala that month, the architect ended her talk by quoting a proverb in Portuguese: “Devagar se vai ao longe, slowly one goes far.”',
        speaker: null,
      },
      {
        text: 'The harbor reopened on Monday.\n\nWhen the mayor died, Governor Ana Lee released the following statement:\n\n“We mourn a friend of this city.”',
        speaker: 'Ana Lee',
      },
      {
        text: 'The harbor reopened on Monday.\n\nBen Ortiz echoed:\n\n“She was the best of us and we will miss her.”',
        speaker: 'Ben Ortiz',
      },
      {
        // A line telling the reader where to look introduces nobody's words, not even the last speaker's.
        text: 'Two mayors announced they will suspend their campaigns.\n\nSee the results here.Read the latest updates below:\n\n“Senator Ada Moss took the stage in Ames late on Monday, trailing by just a point.”',
        quote: 'Senator Ada Moss',
        speaker: null,
      },
      {
        text: '“We open at nine,” said Ben Ortiz.\n\nScreens over the square glittered with the words:\n\n“Over the top and into the night, all of us together.”',
        quote: 'Over the top',
        speaker: null,
      },
    ],
  },
  {
    id: 'verb-by-shape',
    reason:
      'a quote, a comma, a name or pronoun and a verb in the past tense is a cue by its shape, whatever the verb (blurted, scolded, echoed)',
    examples: [
      { text: '“That is simply untrue,” Rosa Albrecht scolded.', speaker: 'Rosa Albrecht' },
      { text: '“Get out of my office,” Victor Lund blurted.', speaker: 'Victor Lund' },
      {
        text: '“Will the ferry run again by spring?” Carla Noor pressed. “The island has waited long enough.”',
        speaker: 'Carla Noor',
      },
      { text: '“Leave the hall now,” Ivo Marsh growled and a guard opened the door.', speaker: 'Ivo Marsh' },
      {
        text: 'The Harbor Authority opposed the plan on Monday. “Keep the pier open until the end of June,” it recommended.',
        speaker: 'Harbor Authority',
      },
      { text: 'The ferry ran late again. “That is the way of the river,” it seemed.', speaker: null },
      {
        text: 'The storm reached Lisbon on Monday. “The streets are under water,” it reported.',
        speaker: null,
      },
      {
        text: '“The way I see it,” Ada Brisco reflected, “nobody ever doubted the nurses.”',
        quote: 'nobody ever doubted',
        speaker: 'Ada Brisco',
      },
      {
        text: '“Let me help you out, the answer is no,” the visiting senator riffed on the question.',
        speaker: 'the visiting senator',
      },
      {
        text: 'Young renters embrace the “sharing economy” that their generation pioneered in the city.',
        speaker: null,
      },
      {
        text: '“The lights went out twice that night,” remembered Ada Brisco, a night nurse.',
        speaker: 'Ada Brisco',
      },
    ],
  },
  {
    id: 'continues-speaker',
    reason:
      'a quote that opens a sentence with no cue of its own, or follows only a fronted clause naming nobody (“Unless …, “…””), goes on with the previous speaker',
    examples: [
      {
        text: '“We need the bridge,” said Nadia Ferro, a shop owner. “Without it, nobody comes downtown.”',
        quote: '“Without it, nobody comes downtown.”',
        speaker: 'Nadia Ferro',
      },
      {
        text: '“He is supposed to lead the town,” said Nadia Ferro. Instead, “he just acts like a tired man.”',
        quote: 'he just acts like a tired man',
        speaker: 'Nadia Ferro',
      },
      {
        text: '“It is a turning point,” said Nadia Ferro, a shop owner. Unless the council changes course, “it is hard to see how the old market survives the year.”',
        quote: 'it is hard to see',
        speaker: 'Nadia Ferro',
      },
      {
        text: '“We open at nine,” said Nadia Ferro. When the crowd arrived, “he left” with the keys.',
        quote: 'he left',
        speaker: null,
      },
    ],
  },
  {
    id: 'same-sentence',
    reason: 'in a sentence with no cue, a later quote goes on with the speaker of the sentence’s first quote',
    examples: [
      {
        text: '“The ferry will run all winter,” said Nadia Ferro, the harbor master. “It was a choice the council made” and the mayor “signed off on in a single afternoon.”',
        quote: 'signed off on',
        speaker: 'Nadia Ferro',
      },
    ],
  },
  {
    id: 'document-intro',
    reason:
      'a short line such as “Transcript as follows:” or “Then, the punch line:” introduces the words of the last speaker; “Transcript” is no person',
    examples: [
      {
        text: 'At every stop, Mayor Ines Calder vows to close the old ferry office.\n\nThen, the punch line:\n\n“I would do it myself, but they keep locking the door on me.”',
        quote: 'I would do it myself',
        speaker: 'Ines Calder',
      },
      {
        text: 'Mayor Ines Calder spoke at the opening of the new library on Friday, saying, “This is a good day.”\n\nTranscript as follows:\n\n“Thank you all for coming out in the rain this morning to see the new building.”',
        quote: 'Thank you all',
        speaker: 'Ines Calder',
      },
    ],
  },
  {
    id: 'claim-owner',
    reason: 'a partial quote in the that-clause of a named person’s claim, prediction or promise is theirs',
    examples: [
      {
        text: 'The fact-checkers looked at Mayor Dan Ortega’s claim that there have been “thousands of break-ins” in the city this year.',
        speaker: 'Dan Ortega',
      },
      {
        text: 'Critics mocked Senator Ada Lund’s bold prediction that the bill would be “the biggest tax cut in history.”',
        speaker: 'Ada Lund',
      },
    ],
  },
  {
    id: 'dashed-after-name',
    reason: 'a quote set off by dashes right after a person’s name is theirs, whatever the sentence’s verb',
    examples: [
      {
        text: 'Several Republicans have said the same, including the former governor Alma Reyes — “No nominee should hide his returns” — and two senators.',
        speaker: 'Alma Reyes',
      },
    ],
  },
  {
    id: 'sentence-subject',
    reason: 'a partial quote with no cue belongs to the person the sentence opens with',
    examples: [
      {
        // A description, then the name set off by commas, then a time phrase before the verb.
        text: 'The Iranian president, Mahmud Rostami, today threatened to “cut off the hands of any aggressor.”',
        speaker: 'Mahmud Rostami',
      },
      {
        // A town's state is no subject: "Calif." is where it happened.
        text: 'Correction: An article on Monday about Tara Quill, one of the attackers in the shooting in Fresno, Calif., based on accounts from officials, reported that she had “talked openly online” about her plans.',
        quote: 'talked openly online',
        speaker: 'Tara Quill',
      },
      {
        // "was charged" is a passive with no "by": no cue, so the sentence's subject speaks.
        text: 'Mayor Ines Calder defended her aide as a “very decent man” on Tuesday, hours after the aide was charged with battery.',
        speaker: 'Ines Calder',
      },
      {
        text: 'Ellen Park thought the new schedule was “a disaster waiting to happen” for night workers.',
        speaker: 'Ellen Park',
      },
      {
        // A dateline's place and wire credit are not the sentence's subject.
        text: 'HOUSTON, Texas (Reuters) - The Harbor Clinic thought the new ward was “a lifeline for the city.”',
        speaker: 'Harbor Clinic',
      },
      {
        // Nor is the wire's credit with nothing before it, once the time stamp is a sentence of its own.
        text: '(Reuters) - The head of the rebel army thought the strikes were “far too slow.”',
        speaker: null,
      },
      {
        text: 'Moreover, in the same hearing with Ben Ruiz, Rosa Vance branded the bill “a gift to every landlord.”',
        speaker: 'Rosa Vance',
      },
      {
        // With no cue, "it" is a dummy subject or a thing, not the organisation named before.
        text: 'Officials at the State Department were briefed on Monday. It is clear that the plan is “dead in the water.”',
        speaker: null,
      },
      {
        // "It" with a verb of its own is the organisation named before.
        text: 'The Monetary Fund cut its forecast on Tuesday. It now sees global growth as “weak by historical standards.”',
        speaker: 'Monetary Fund',
      },
      {
        // An interjection opening the sentence is no one.
        text: 'Yes, the “law and order” issue that won Riverton for the mayor in 1998 is back this fall.',
        speaker: null,
      },
      {
        text: 'Mayor Ines Calder released a memo titled “Where the Budget Stands Today” on Friday.',
        speaker: 'Ines Calder',
      },
      {
        text: 'Citing the Harbor Institute report as “a wake-up call for the city,” the council voted to pause the project.',
        speaker: null,
      },
      {
        text: 'Bright banners hanging over the stage carried one slogan: “Forward, Together, Always.”',
        speaker: null,
      },
    ],
  },
  {
    id: 'quoting',
    reason:
      '“Quoting X, the paper reported …”: the source is the one quoted, not the outlet (a person named in full who says it in their own words keeps it)',
    examples: [
      {
        text: 'Quoting a senior police officer, the Courier reported that the raid was “planned for weeks.”',
        speaker: 'a senior police officer',
      },
    ],
  },
  {
    id: 'reported-clause',
    reason:
      'a sentence of reported speech with no quote hands its speaker to the quote that opens the next (or follows a short lead-in: “Then, the punch line: “…””)',
    examples: [
      {
        text: 'Ivo Marek said the club would appeal the ruling.\n\n“We have the evidence on our side.”',
        quote: '“We have the evidence on our side.”',
        speaker: 'Ivo Marek',
      },
      {
        text: 'At every stop, Mayor Ines Calder vows to close the old ferry office. Then, the punch line: “I would do it myself, but they keep locking the door on me.”',
        quote: 'I would do it myself',
        speaker: 'Ines Calder',
      },
    ],
  },
  {
    id: 'transcript-label',
    reason: 'in a transcript each speaker label (“HOST:”, “SMITH:”) starts that speaker’s words',
    examples: [
      {
        text: 'MORGAN: “Will you run again?”\n\nKELLER: “I have not decided, and I will not decide tonight.”',
        quote: '“I have not decided, and I will not decide tonight.”',
        speaker: 'KELLER',
      },
    ],
  },
  {
    id: 'transcript-turn',
    reason:
      'a transcript prints each turn unquoted after a speaker label in capitals (“TAPPER: …”): the words are the labelled person’s; a label that names no one of the article and no full name (“UPDATE:”) is a rubric',
    examples: [
      {
        text: 'Gov. Nora Pell of Kansas spoke to Ray Osei on Sunday. A partial transcript follows.\n\nOSEI: Will you sign the water bill this week?\n\nPELL: I will sign it on Friday, and I will veto anything that guts it.',
        quote: 'I will sign it on Friday',
        speaker: 'Nora Pell',
      },
      {
        // A full name needs no earlier mention when it speaks twice; a title, or a word before the first name, is no
        // part of it.
        text: 'Sen. Omar Haddad and Gov. Nora Pell debated housing on Tuesday.\n\nMODERATOR LINDA WELLS: What would you build first?\n\nSEN. OMAR HADDAD (D-OHIO): Homes people can afford, near the jobs.\n\nWELLS: And who pays for them?',
        quote: 'What would you build first?',
        speaker: 'Linda Wells',
      },
      {
        text: 'Sen. Omar Haddad and Gov. Nora Pell debated housing on Tuesday.\n\nMODERATOR LINDA WELLS: What would you build first?\n\nSEN. OMAR HADDAD (D-OHIO): Homes people can afford, near the jobs.\n\nWELLS: And who pays for them?',
        quote: 'Homes people can afford',
        speaker: 'Omar Haddad',
      },
      {
        // A surname label after the full name's label is that person.
        text: 'Rep. Joel Ortiz testified for two hours.\n\nMARY BELL: Did the agency mislead you?\n\nREP. JOEL ORTIZ: It did, and I told them so twice.\n\nBELL: So what do we do now?',
        quote: 'So what do we do now?',
        speaker: 'Mary Bell',
      },
      {
        // A paragraph between turns may be the writer's aside: it is given to no one.
        text: 'Rep. Lena Ortiz took questions after the hearing.\n\nMARY BELL: Did the agency mislead you?\n\nORTIZ: It did, twice.\n\nThe agency has not answered questions since March.\n\nBELL: So what happens now?',
        quote: 'The agency has not answered questions since March',
        speaker: null,
      },
      {
        // Rubrics are no speakers, however many of them an article prints.
        text: 'UPDATE: The road reopened at 4 p.m. after crews cleared the debris.\n\nRELATED: How the county plans for floods.\n\nThe storm dropped six inches of rain on the valley.',
        quote: 'The road reopened at 4 p.m.',
        speaker: null,
      },
      {
        // One labelled line is a headline's style, not a transcript.
        text: 'Mayor Ana Lee spoke on Monday.\n\nLEE: The budget is balanced, and it will stay that way.\n\nThe council votes next week.',
        quote: 'The budget is balanced',
        speaker: null,
      },
    ],
  },
  {
    id: 'sign-off',
    reason:
      'a line that opens with a dash and a name signs the quotation printed just before it (fact-checks, quote boxes)',
    examples: [
      {
        text: 'The mayor repeated the claim on Tuesday.\n\n“Nine in ten of our bridges were rebuilt in my first term.”\n\n- Ines Calder.\n\nThe figure is closer to six in ten.',
        speaker: 'Ines Calder',
      },
      {
        text: 'The week in words.\n\n“Nobody in this town has ever seen a flood like this one.”\n\n—Governor Ana Lee, speaking at the levee.',
        speaker: 'Ana Lee',
      },
      {
        // A fact-check's sign-off: no final stop, a long title, a party tag, a date.
        text: 'The claim spread fast.\n\n“Officials are handing out the book at the border, and someone should ask who paid.”\n\n— Republican National Committee Chair Ronna Vance, in a tweet, April 26, 2021\n\n“They are forcing taxpayers to buy the book to give it away.”\n\n— Rep. Jo Park (R-Tex.), in a tweet, April 25\n\nThe claim is false.',
        speaker: 'Ronna Vance',
      },
      {
        text: 'The claim spread fast.\n\n“Officials are handing out the book at the border, and someone should ask who paid.”\n\n— Republican National Committee Chair Ronna Vance, in a tweet, April 26, 2021\n\n“They are forcing taxpayers to buy the book to give it away.”\n\n— Rep. Jo Park (R-Tex.), in a tweet, April 25\n\nThe claim is false.',
        quote: 'forcing taxpayers',
        speaker: 'Jo Park',
      },
      {
        text: 'The week in words.\n\n“Nobody in this town has ever seen a flood like this one.”\n\n- and the river kept rising.',
        speaker: null,
      },
      {
        // A title with "editor" in it is no credit line.
        text: 'The slogan went up on the newsroom wall.\n\n“Democracy dies in darkness, and we will not let it.”\n\n— Marty Barron, executive editor of The Washington Post',
        speaker: 'Marty Barron',
      },
      {
        // "by" deep in the line is no byline.
        text: 'The bridge reopened on Monday.\n\n“We kept every promise we made to this town.”\n\n— Gov. Tom Reeder, standing by the new bridge',
        speaker: 'Tom Reeder',
      },
      {
        // A credit: "By" among the first words, a correspondent, a newspaper alone after the comma.
        text: 'The banner hung over the square.\n\n“We rise together, and we rebuild together.”\n\n— Photos By Jane Doe',
        speaker: null,
      },
      {
        text: 'The banner hung over the square.\n\n“We rise together, and we rebuild together.”\n\n— Jane Doe, Globe Correspondent',
        speaker: null,
      },
      {
        text: 'The banner hung over the square.\n\n“We rise together, and we rebuild together.”\n\n— Jane Doe, Tampa Bay Times',
        speaker: null,
      },
      {
        // A byline or a credit under the article names who wrote it.
        text: 'On the wall of the shelter hangs a banner: “We rise together, and we rebuild together.”\n\n— Additional Reporting By Jane Doe',
        speaker: null,
      },
      {
        text: 'On the wall of the shelter hangs a banner: “We rise together, and we rebuild together.”\n\n— Tom Hart, Staff Writer',
        speaker: null,
      },
    ],
  },
  {
    id: 'trailing-sign-off',
    reason:
      "a dash and a name after a quote, ending its line, sign that quote (readers' reactions in a list, a quote box)",
    examples: [
      {
        text: 'Readers wrote in after the debate.\n\n“He has never once asked what our town needs.” ― Ines Calder\n“We deserve a mayor who listens, and this one does not.”— Tomas Reyna.\n“Nobody I know will vote for him again.” – Dr. Ada Obi, Fresno',
        quote: 'asked what our town needs',
        speaker: 'Ines Calder',
      },
      {
        text: 'Readers wrote in after the debate.\n\n“He has never once asked what our town needs.” ― Ines Calder\n“We deserve a mayor who listens, and this one does not.”— Tomas Reyna.\n“Nobody I know will vote for him again.” – Dr. Ada Obi, Fresno',
        quote: 'a mayor who listens',
        speaker: 'Tomas Reyna',
      },
      {
        text: 'Readers wrote in after the debate.\n\n“He has never once asked what our town needs.” ― Ines Calder\n“We deserve a mayor who listens, and this one does not.”— Tomas Reyna.\n“Nobody I know will vote for him again.” – Dr. Ada Obi, Fresno',
        quote: 'Nobody I know',
        speaker: 'Ada Obi',
      },
      {
        // The dash goes on with the sentence: no signature.
        text: 'It was the summer of “lock the gates and keep them locked” — and the gates stayed open.',
        speaker: null,
      },
      {
        // A photo credit after a caption's quote names who took the picture.
        text: 'The banner read “We rise together, and we rebuild together.” — Photo By Jane Doe',
        speaker: null,
      },
      {
        // A fragment in running text: the dash explains it, it signs nothing.
        text: 'The club calls him its “secret weapon for the whole estate” – Eddie Afekafe, a 27-year-old youth worker.',
        speaker: null,
      },
      {
        // A lone capitalised word after a dash is no signature.
        text: 'The memo was blunt.\n\n“Adobe has a different view of this question, and so do we.” -Does',
        speaker: null,
      },
      {
        // Another quote on the line: the dash sets off an aside, not a signature.
        text: 'He called the deal “a disaster for the valley” — Mayor Ana Lee called it “a rescue.”',
        quote: 'a disaster for the valley',
        speaker: null,
      },
    ],
  },
  {
    id: 'label-not-speech',
    reason:
      'quoted words that are a name (“known as”, “was called”, “dubbed”) are not speech: no speaker; the title of a memo or column stays its author’s',
    examples: [
      {
        text: 'Dara Voss, known online as “the Night Owl of the Docks,” was charged on Monday.',
        speaker: null,
      },
      {
        text: 'Residents blamed the county for what was called the “Great Flood of the Lower Valley” in 1998.',
        speaker: null,
      },
    ],
  },
] as const satisfies readonly CueRule[];

export type CueRuleId = (typeof CUE_RULES)[number]['id'];
