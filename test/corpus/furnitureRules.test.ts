import { foldsTo } from '../../src/corpus/furnitureRules';
import { random } from '../support/random';

/** The fold a line and a title or outlet are compared in, written out again. */
const fold = (s: string) =>
  s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Characters that fold in every way: combining marks, ligatures, full-width letters, odd spaces, İ, Kelvin sign. */
const CHARS = [
  'a',
  'b',
  'A',
  'B',
  'e',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u0301',
  'é',
  'ﬁ',
  'fi',
  'Ａ',
  'İ',
  'i̇',
  'K',
  'k',
  '’',
  "'",
  '“',
  '"',
  '…',
  '...',
];

describe('foldsTo', () => {
  it('folds case, curly quotes, white space and compatibility forms', () => {
    expect(foldsTo('  THE ﬁrst “Day”’s  news ', 'The first "day"\'s news')).toBe(true);
    expect(foldsTo('The first day', 'The first days')).toBe(false);
  });

  it('agrees with comparing the folded strings, on random strings of characters that fold', () => {
    const next = random(7);
    const pick = () => CHARS[Math.floor(next() * CHARS.length)] as string;
    const text = (n: number) => Array.from({ length: Math.floor(next() * n) }, pick).join('');
    let equal = 0;
    for (let i = 0; i < 5000; i++) {
      const other = text(6);
      // Half the lines are the other string changed only in ways the fold undoes.
      const line =
        next() < 0.5
          ? text(8)
          : other
              .replace(/ /g, () => (next() < 0.5 ? '\t ' : '\u00a0'))
              .replace(/fi/g, 'ﬁ')
              .toUpperCase();
      const same = fold(line) === fold(other);
      if (same) equal++;
      expect([line, other, foldsTo(line, other)]).toEqual([line, other, same]);
    }
    expect(equal).toBeGreaterThan(500);
  });
});
