import { RULES } from '../../src/dates/rules';
import { LiteralScanner } from '../../src/text/literalScanner';
import { PatternGates, requiredText } from '../../src/text/requiredText';
import { random } from '../support/random';

const ATOMS = [
  'a',
  'b',
  'A',
  'B',
  '1',
  ' ',
  '-',
  '\\.',
  '[ab]',
  '[^a]',
  '[a-c1]',
  '\\d',
  '\\s',
  '\\w',
  '\\b',
  '.',
];
const QUANTIFIERS = ['', '', '', '?', '*', '+', '{2}', '{1,2}', '{0,2}', '+?'];

/** A random pattern of the syntax the date rules use: literals, classes, groups, lookarounds, alternation. */
function randomPattern(next: () => number, depth = 0): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const parts: string[] = [];
  const length = 1 + Math.floor(next() * 4);
  for (let i = 0; i < length; i++) {
    const roll = next();
    let atom = pick(ATOMS);
    if (depth < 2 && roll < 0.15)
      atom = `(?:${randomPattern(next, depth + 1)}|${randomPattern(next, depth + 1)})`;
    else if (depth < 2 && roll < 0.22) atom = `(${randomPattern(next, depth + 1)})`;
    else if (depth < 2 && roll < 0.27)
      atom = `${pick(['(?=', '(?!', '(?<=', '(?<!'])}${randomPattern(next, depth + 1)})`;
    parts.push(
      atom + (atom.startsWith('(?=') || atom.startsWith('(?<') || atom === '\\b' ? '' : pick(QUANTIFIERS)),
    );
  }
  return parts.join('');
}

const TEXT_CHARS = 'abAB1 -.xcé’';
const randomText = (next: () => number) =>
  Array.from(
    { length: Math.floor(next() * 14) },
    () => TEXT_CHARS[Math.floor(next() * TEXT_CHARS.length)],
  ).join('');

/** Every match of the pattern, starting at any position (not only those a left-to-right scan finds). */
function allMatches(pattern: RegExp, text: string): string[] {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const out: string[] = [];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) out.push(m[0]);
  }
  return out;
}

describe('requiredText', () => {
  it('reads the words every match holds, lower-cased, without the optional parts and lookarounds', () => {
    expect(requiredText(/\bsaid\b/g)).toEqual(['said']);
    expect(requiredText(/Monday/)).toEqual(['monday']);
    expect(requiredText(/(?<=Mr\. )Smith(?! Jr)/)).toEqual(['smith']);
    expect(requiredText(/(?:very\s+)?big\s+(?:news|deal)/i)).toEqual(['deal', 'news']);
    expect(requiredText(/said|\w+ed/)).toEqual(['ed', 'said']);
    expect(requiredText(/(January|June|July)\s+\d+/)).toEqual(['january', 'july', 'june']);
    // "june", "june.", "jun." all hold "jun": the shorter string is enough.
    expect(requiredText(/\b(?:june|jun)\.?/i)).toEqual(['jun']);
    expect(requiredText(/\b(1[6-9]|20)\d\d\b/)).toEqual(['16', '17', '18', '19', '20']);
  });

  it('gives no list when a match may hold nothing it can name, or the syntax is not known', () => {
    expect(requiredText(/\d*/)).toBeNull();
    expect(requiredText(/said|\w+/)).toBeNull();
    expect(requiredText(/(?:said)?/)).toBeNull();
    expect(requiredText(/\p{Lu}said/u)).toBeNull();
    expect(requiredText(/(?<w>a)\k<w>/)).toBeNull();
    expect(requiredText(/caf\u00e9/)).toBeNull();
  });

  it('never leaves out a match: on random patterns and texts, each match holds one of the strings', () => {
    const next = random(19);
    let gated = 0;
    let checked = 0;
    for (let p = 0; p < 3000; p++) {
      const pattern = new RegExp(randomPattern(next), next() < 0.5 ? 'gi' : 'g');
      const needs = requiredText(pattern);
      if (needs === null) continue;
      gated++;
      for (let t = 0; t < 25; t++) {
        const text = randomText(next);
        for (const match of allMatches(pattern, text)) {
          checked++;
          const lowered = match.toLowerCase();
          expect([pattern.source, match, needs.some((s) => lowered.includes(s))]).toEqual([
            pattern.source,
            match,
            true,
          ]);
        }
      }
    }
    expect(gated).toBeGreaterThan(1000);
    expect(checked).toBeGreaterThan(5000);
  });

  it('lets every date rule example through its gate', () => {
    const gates = new PatternGates(RULES.map((r) => r.pattern));
    RULES.forEach((rule, i) => {
      for (const example of rule.examples) {
        expect([
          rule.id,
          example.sentence,
          gates.open(example.sentence, 0, example.sentence.length)[i],
        ]).toEqual([rule.id, example.sentence, 1]);
      }
    });
  });

  it('closes a gate only for a pattern that cannot match', () => {
    const gates = new PatternGates([/\bsaid\b/i, /\d+\s+days?/, /x*/]);
    expect([...gates.open('He SAID so.', 0, 11)]).toEqual([1, 0, 1]);
    expect([...gates.open('It took 3 days, she said', 0, 14)]).toEqual([0, 1, 1]);
  });
});

describe('LiteralScanner', () => {
  const found = (scanner: LiteralScanner, text: string, from = 0, to = text.length) => {
    const marks = new Uint8Array(scanner.literals.length);
    scanner.scan(text, from, to, marks);
    return scanner.literals.filter((_, i) => marks[i] === 1);
  };

  it('finds overlapping strings and strings inside others, without regard to ASCII case', () => {
    const scanner = new LiteralScanner(['he', 'she', 'his', 'hers', 'ushers']);
    expect(found(scanner, 'USHERS')).toEqual(['he', 'she', 'hers', 'ushers']);
    expect(found(scanner, 'this')).toEqual(['his']);
  });

  it('looks only in the stretch asked, and a non-ASCII character breaks a string', () => {
    const scanner = new LiteralScanner(['abc', 'day']);
    expect(found(scanner, 'abc today', 1, 9)).toEqual(['day']);
    expect(found(scanner, 'ab’c dáy')).toEqual([]);
  });

  it('refuses strings it cannot look for', () => {
    expect(() => new LiteralScanner(['Day'])).toThrow();
    expect(() => new LiteralScanner(['café'])).toThrow();
  });
});
