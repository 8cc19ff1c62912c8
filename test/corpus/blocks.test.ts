import { splitBlocks } from '../../src/corpus/blocks';

const blocksOf = (text: string, from = 0) => splitBlocks(text, from).map((b) => text.slice(b.start, b.end));

describe('splitBlocks', () => {
  it('gives one block per line when paragraphs are single lines without blank lines between', () => {
    expect(blocksOf('First paragraph.\nSubheading\nSecond paragraph.\n')).toEqual([
      'First paragraph.',
      'Subheading',
      'Second paragraph.',
    ]);
  });

  it('joins the lines of each block when the prose is hard-wrapped (short lines, blank lines between)', () => {
    expect(
      blocksOf('The council voted on Tuesday to fund\nRiverton repairs to the bridge.\n\nNext paragraph.'),
    ).toEqual(['The council voted on Tuesday to fund\nRiverton repairs to the bridge.', 'Next paragraph.']);
  });

  it('keeps long one-paragraph lines apart, but joins a line that starts in lower case', () => {
    const long = `${'A long paragraph line that goes on. '.repeat(4)}`.trim();
    expect(blocksOf(`${long}\nSubheading\n${long}\ncontinued in lower case.`)).toEqual([
      long,
      'Subheading',
      `${long}\ncontinued in lower case.`,
    ]);
  });

  it('goes on past a blank line after a quote closed by a comma ("…,” ¶ Ny said in a statement.")', () => {
    const text = [
      'The prosecutor spoke on Friday.',
      '“This assessment remains unchanged,”',
      'Ny said in a statement. The appeal is due in March.',
      '“It is over.”',
      'Her lawyer agreed.',
    ].join('\n\n');
    expect(blocksOf(text)).toEqual([
      'The prosecutor spoke on Friday.',
      '“This assessment remains unchanged,”\n\nNy said in a statement. The appeal is due in March.',
      '“It is over.”',
      'Her lawyer agreed.',
    ]);
  });

  it('goes on after a line that ends with a comma and a closing mark, with or without a space ("…, ”")', () => {
    const long = `${'A long paragraph line that goes on. '.repeat(4)}`.trim();
    expect(blocksOf(`${long}\n“We will win, ”\nTrump said.\n${long}`)).toEqual([
      long,
      '“We will win, ”\nTrump said.',
      long,
    ]);
  });

  it('keeps apart a line after a comma-closed quote that is a sentence of its own, a quote or a "Q:"', () => {
    const text = [
      'The choir closed with the old hymn.',
      '“Abide with me, fast falls the eventide,”',
      'Mayor Tom Reyes said the city would pay for the repairs.',
      '“We will win, ”',
      '“And we will win again.”',
      'Q: Would you run again, ”',
      'A: Never.',
    ].join('\n\n');
    expect(blocksOf(text)).toHaveLength(7);
  });

  it('starts at the body offset and trims white space, including \\r', () => {
    const text = '---\ntitle: x\n---\n\r\n  Body line.  \r\n';
    expect(blocksOf(text, 17)).toEqual(['Body line.']);
  });
});
