/** The hard attributions in the seed articles, each checked where it happens. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/corpus/parseArticle';
import { type ExtractedQuote, extractQuotes } from '../../src/quotes/extractQuotes';

const CORPUS = join(__dirname, '../../corpus');

function quotesOf(id: string): ExtractedQuote[] {
  const text = readFileSync(join(CORPUS, `${id}.txt`), 'utf8');
  return extractQuotes(parseArticle({ id, file: `${id}.txt`, text }).article);
}

function find(quotes: ExtractedQuote[], words: string): ExtractedQuote {
  const found = quotes.find((q) => q.text.includes(words));
  if (!found) throw new Error(`no quote containing "${words}"`);
  return found;
}

describe('hard seed attributions', () => {
  const rs = quotesOf('rollingstone-attack-plans-mexico');
  const lt = quotesOf('latintimes-attack-plans-cartels');
  const cn = quotesOf('curiousnuggets-directive-cartels');
  const mh = quotesOf('mhtntimes-ready-to-invade');

  it('"Could happen," he said: "he" is the president who just told reporters, not the last named speaker', () => {
    expect(find(rs, 'Could happen')).toMatchObject({
      speaker: 'Donald Trump',
      mention: 'he',
      role: 'President',
    });
    expect(find(rs, 'stranger things')).toMatchObject({ speaker: 'Donald Trump', cue: 'adding' });
  });

  it('the official claimed: the definite description is Hegseth, the speaker of the paragraphs before', () => {
    expect(find(lt, "I can't reveal anything")).toMatchObject({
      speaker: 'Pete Hegseth',
      mention: 'the official',
    });
  });

  it('Quoting a senior administration official, Rolling Stone reported: the official, not the outlet', () => {
    expect(find(lt, 'not a negotiating tactic')).toMatchObject({
      speaker: 'a senior administration official',
    });
  });

  it('candidate Trump "never" proposed: a one-word quote inside reported speech belongs to James Blair', () => {
    const q = find(rs, '“never”');
    expect(q).toMatchObject({ speaker: 'James Blair', role: 'White House deputy chief of staff' });
    expect(q.text).toBe('with a straight face that candidate Trump “never” proposed invading Mexico.');
  });

  it('"El Mencho is the only person worth doing it," he says: Ritondale, two paragraphs after he was named', () => {
    expect(find(rs, 'El Mencho is the only person')).toMatchObject({
      speaker: 'Stefano Ritondale',
      mention: 'he',
    });
  });

  it('"keep fragile trade talks alive": the experts who told Rolling Stone, kept as a description', () => {
    expect(find(mh, 'fragile trade talks alive')).toMatchObject({
      speaker: 'Experts who monitor cartel activity',
      named: false,
      mention: 'Experts who monitor cartel activity',
    });
  });

  it('"the agent says": the federal agent introduced earlier; Treviño\'s follow-on quote keeps Treviño', () => {
    expect(find(rs, 'countless guys')).toMatchObject({
      speaker: 'A federal agent working on the southern border',
    });
    expect(find(rs, 'circling overhead')).toMatchObject({ speaker: 'Mica Treviño', cue: null });
    expect(find(cn, 'circling overhead')).toMatchObject({
      speaker: 'one intelligence source',
      cue: 'put it',
    });
  });

  it('Corn: surname resolved to the full name, role from the first appositive', () => {
    expect(find(rs, 'only tool is a hammer')).toMatchObject({
      speaker: 'Geoffrey Corn',
      mention: 'Corn',
      role: 'director of the Center for Military Law and Policy at Texas Tech University School of Law',
    });
    expect(find(lt, 'really easy')).toMatchObject({ speaker: 'Geoffrey Corn', mention: 'he' });
  });
});
