import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/corpus/sentences';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** Each text stays one sentence. */
function expectWhole(texts: readonly string[]): void {
  for (const text of texts) expect(sentencesOf(text)).toEqual([text]);
}

/** Each pair run together with a space is cut back into the two. */
function expectCutBetween(pairs: readonly (readonly [string, string])[]): void {
  for (const [first, second] of pairs) expect(sentencesOf(`${first} ${second}`)).toEqual([first, second]);
}

describe('splitSentences', () => {
  it('does not split after initialisms inside a sentence', () => {
    expect(
      sentencesOf('The U.S. Army sent advisers to Washington, D.C. last week. They left on Friday.'),
    ).toEqual(['The U.S. Army sent advisers to Washington, D.C. last week.', 'They left on Friday.']);
  });

  it('splits after an initialism that ends a sentence when a sentence opener follows', () => {
    expect(sentencesOf('Drugs keep coming into the U.S. The equipment sat in a warehouse.')).toEqual([
      'Drugs keep coming into the U.S.',
      'The equipment sat in a warehouse.',
    ]);
  });

  it('keeps "Sept. 11" and titles such as "Gen." and "Sen." inside the sentence', () => {
    expect(
      sentencesOf(
        'There is little to check military adventurism after the attacks on Sept. 11. Gen. Mark Milley and Sen. Jack Reed disagreed.',
      ),
    ).toEqual([
      'There is little to check military adventurism after the attacks on Sept. 11.',
      'Gen. Mark Milley and Sen. Jack Reed disagreed.',
    ]);
  });

  it('reads "Del." as a delegate before a name and as Delaware before a sentence opener', () => {
    expect(
      sentencesOf(
        '“We will win this seat,” said Del. Stacey Plaskett. She grew up in Dover, Del. The town backed her twice.',
      ),
    ).toEqual([
      '“We will win this seat,” said Del. Stacey Plaskett.',
      'She grew up in Dover, Del.',
      'The town backed her twice.',
    ]);
  });

  it('keeps a rank written short inside the sentence, but not an agency in capitals that ends one', () => {
    expect(
      sentencesOf(
        '“It was not the first,” Cpl. Ryan Lawrence said. They reported the smell to the state DEP. Nobody came.',
      ),
    ).toEqual([
      '“It was not the first,” Cpl. Ryan Lawrence said.',
      'They reported the smell to the state DEP.',
      'Nobody came.',
    ]);
  });

  it('keeps middle initials and "Mr." inside the sentence', () => {
    expect(sentencesOf('Secretary of State John F. Kerry met Mr. Lavrov. Talks went on.')).toEqual([
      'Secretary of State John F. Kerry met Mr. Lavrov.',
      'Talks went on.',
    ]);
  });

  it('splits between quoted sentences and keeps a split quote with its cue', () => {
    const text =
      '“This isn’t a bluff,” one senior administration official told the magazine. “It’s not Art of the Deal. The president has made it clear.”';
    expect(sentencesOf(text)).toEqual([
      '“This isn’t a bluff,” one senior administration official told the magazine.',
      '“It’s not Art of the Deal.',
      'The president has made it clear.”',
    ]);
  });

  it('does not split at a question mark inside a quote followed by the cue', () => {
    expect(sentencesOf('“Will they adapt?” the agent asks. “Absolutely.”')).toEqual([
      '“Will they adapt?” the agent asks.',
      '“Absolutely.”',
    ]);
  });

  it('does not split at an ellipsis followed by lower case', () => {
    expect(sentencesOf('The president has been clear that a strike … is coming. Nobody doubts it.')).toEqual([
      'The president has been clear that a strike … is coming.',
      'Nobody doubts it.',
    ]);
  });

  it('returns spans relative to the whole text when given a range', () => {
    const text = 'Headline\n\nFirst one. Second one.';
    const spans = splitSentences(text, 10, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });

  it('cuts a run with no sentence end into pieces of at most MAX_SENTENCE_CHARS, at spaces, losing no word', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| 0${i % 10}:15 | Platform ${i % 7} | Harbour Road`);
    const text = `Departures ${rows.join(' ')}`;
    const cuts: number[] = [];
    const spans = splitSentences(text, 0, text.length, (length) => cuts.push(length));
    expect(cuts).toEqual([text.length]);
    expect(spans.length).toBeGreaterThan(Math.floor(text.length / MAX_SENTENCE_CHARS));
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('leaves a long sentence under the bound whole and tells nobody', () => {
    const text = `${'The council met again. '.repeat(3)}${'and then it voted '.repeat(100)}in favour.`;
    const cuts: number[] = [];
    splitSentences(text, 0, text.length, (length) => cuts.push(length));
    expect(cuts).toEqual([]);
  });
  it('splits sentences a scraper ran together, a straight mark going with the sentence it opens or closes', () => {
    expect(
      sentencesOf(
        'No arrests yet, according to police.No word on suspects. They call it a "Week of Peace."They started Sunday. She lost someone close."I am tired," said Sheriff Ann Bell.',
      ),
    ).toEqual([
      'No arrests yet, according to police.',
      'No word on suspects.',
      'They call it a "Week of Peace."',
      'They started Sunday.',
      'She lost someone close.',
      '"I am tired," said Sheriff Ann Bell.',
    ]);
    expect(sentencesOf('It ended at the station.“We are safe now,” she said.')).toEqual([
      'It ended at the station.',
      '“We are safe now,” she said.',
    ]);
  });

  it('does not split an e-mail, a web address, a short form or initials written without a space', () => {
    expectWhole([
      'Send comments to Jack.Schofield@example.com today.',
      'He shops at Amazon.Com every week.',
      'They met Gen.Smith and the U.S.Army envoy.',
      'The border is secure, said Lt.Gen.Tom Alder of the army.',
      'Streaming changed everything, said Last.Fm founder Martin Stiksel.',
      'The vote was close, Politico.Eu reported.',
    ]);
  });

  it('splits a photo credit a scraper ran into the lead off from the lead', () => {
    expect(
      sentencesOf(
        'The new president at his swearing-in. Photograph: Ana Ruiz/AP The deadlock ended with his election today.',
      ),
    ).toEqual([
      'The new president at his swearing-in.',
      'Photograph: Ana Ruiz/AP',
      'The deadlock ended with his election today.',
    ]);
    expect(
      sentencesOf('Photograph: Tom Hale/AFP/Getty Images Two new cases were confirmed on Monday.'),
    ).toEqual(['Photograph: Tom Hale/AFP/Getty Images', 'Two new cases were confirmed on Monday.']);
    expect(sentencesOf('Photograph:  Ivan Petrov / EPA Voters queued outside the school.')).toEqual([
      'Photograph:  Ivan Petrov / EPA',
      'Voters queued outside the school.',
    ]);
    expect(sentencesOf('Photo: Rural Health Agency\\/Reuters "We are ready," the minister said.')).toEqual([
      'Photo: Rural Health Agency\\/Reuters',
      '"We are ready," the minister said.',
    ]);
    expect(sentencesOf('Photograph: PA Two Britons have contracted the virus.')).toEqual([
      'Photograph: PA',
      'Two Britons have contracted the virus.',
    ]);
  });

  it('leaves a credit it cannot tell from the lead, and prose about photographs, whole', () => {
    expectWhole([
      'Photograph: Jane Marlow Robin Keyes, who has died, was 59.',
      'The photo: AP had it on the wire first.',
      'Picture: Reuters staff at the scene.',
      'She was photographed by AP outside the court on Friday.',
    ]);
  });

  it('cuts a publication stamp a scraper ran into the text off from the words before and after it', () => {
    expect(
      sentencesOf(
        'Turkish PM fears civil war CAIRO | Tue Sep 13, 2011 1:47 pm IST CAIRO (Reuters) - The prime minister spoke on Tuesday.',
      ),
    ).toEqual([
      'Turkish PM fears civil war',
      'CAIRO | Tue Sep 13, 2011 1:47 pm IST',
      'CAIRO (Reuters) - The prime minister spoke on Tuesday.',
    ]);
    expect(
      sentencesOf(
        'The summit must face the causes Friday 8 July 2005 15.00 BST I have rarely seen the house so full.',
      ),
    ).toEqual([
      'The summit must face the causes',
      'Friday 8 July 2005 15.00 BST',
      'I have rarely seen the house so full.',
    ]);
    expect(sentencesOf('Sun Apr 26, 2009 10:12 pm BST (Reuters) - Health officials met on Sunday.')).toEqual([
      'Sun Apr 26, 2009 10:12 pm BST',
      '(Reuters) - Health officials met on Sunday.',
    ]);
    expect(
      sentencesOf(
        'Crowds filled the square. By the Wire Staff | September 15, 2010 The embassy warned of a threat.',
      ),
    ).toEqual([
      'Crowds filled the square.',
      'By the Wire Staff | September 15, 2010',
      'The embassy warned of a threat.',
    ]);
    expect(
      sentencesOf(
        'Crisis in the Capital; Markets Rally Aired March 4, 2012 - 18:00 ET THIS IS A RUSH TRANSCRIPT. ANNA LEE, HOST: Good evening.',
      ),
    ).toEqual([
      'Crisis in the Capital; Markets Rally',
      'Aired March 4, 2012 - 18:00 ET',
      'THIS IS A RUSH TRANSCRIPT.',
      'ANNA LEE, HOST: Good evening.',
    ]);
    expect(
      sentencesOf('Storm Hits the Coast Aired March 5, 2012 - 16:00:00 THIS IS A RUSH TRANSCRIPT.'),
    ).toEqual(['Storm Hits the Coast', 'Aired March 5, 2012 - 16:00:00', 'THIS IS A RUSH TRANSCRIPT.']);
    expect(
      sentencesOf(
        'Police fire tear gas March 29, 2010 | By Dana Lowe, Ledger Crowds filled the square on Monday.',
      ),
    ).toEqual([
      'Police fire tear gas',
      'March 29, 2010 |',
      'By Dana Lowe, Ledger Crowds filled the square on Monday.',
    ]);
    expect(sentencesOf('By Ann Lowe, Health Editor WASHINGTON | Thu May 7, 2009 7:41 pm EDT')).toEqual([
      'By Ann Lowe, Health Editor',
      'WASHINGTON | Thu May 7, 2009 7:41 pm EDT',
    ]);
    expect(sentencesOf('Wednesday 6 April 2005 12.47 BST It looks like her book.')).toEqual([
      'Wednesday 6 April 2005 12.47 BST',
      'It looks like her book.',
    ]);
  });

  it('opens a sentence at a story highlight\'s "NEW:" mark run into the text before it', () => {
    expect(
      sentencesOf(
        'By the Wire Staff Anchor recounts being attacked in Cairo NEW: The vice president blames the media NEW: "We are staying," a protester says',
      ),
    ).toEqual([
      'By the Wire Staff Anchor recounts being attacked in Cairo',
      'NEW: The vice president blames the media',
      'NEW: "We are staying," a protester says',
    ]);
    expectCutBetween([
      ['Police fired on the crowd in Cairo', 'NEW: 11 protesters are killed'],
      ['The rebel leader speaks to CNN', 'NEW: The United Nations cites reports'],
    ]);
    expectWhole([
      "WHAT'S NEW: Apple unveils a phone.",
      'THE NEW: Section opens today.',
      'The sign on the door read NEW: open late.',
    ]);
  });

  it('cuts a live blog\'s pointer ending in "here:" off from the sentence run into it', () => {
    expectCutBetween([
      [
        'You can read more detail of the judgment, which explains her conclusions, here:',
        'The judge said it made sense that the screams came from him.',
      ],
      ['The heads of argument can be read in full here:', '“This was no accident,” the prosecutor wrote.'],
      ['The full text of the ruling is published here:', 'Three judges heard the appeal on Thursday.'],
    ]);
    expectWhole([
      'He told reporters here: "We will appeal on Monday."',
      'The message is clear here: Nobody is above the law.',
      'You can see the coast from here: The cliffs are white.',
      'You can read more detail of the judgment here: the judge said it made sense.',
    ]);
  });

  it('leaves a date and time that are part of a sentence in it', () => {
    expectWhole([
      'The polls closed on Friday 8 July 2005 15.00 BST at the latest.',
      'The vote closed at 1:47 pm IST on Tue Sep 13, 2011 in Cairo.',
      'The interview was Aired March 4, 2012 - 18:00 ET by mistake, the network said.',
      'The vote is on March 29, 2010 | Bytes and pieces.',
    ]);
  });
});
