/** Which full names of one surname can be one person's: nicknames and initials agree, other first names never. */
import { NICKNAMES, samePersonName } from '../../src/quotes/sameName';

describe('samePersonName', () => {
  it.each([
    ['Chuck Schumer', 'Charles E. Schumer'],
    ['Bill Clinton', 'William Jefferson Clinton'],
    ['Jim Comey', 'James Comey'],
    ['Mike Pence', 'Michael R. Pence'],
    ['Tom Vilsack', 'Thomas J. Vilsack'],
    ['Jeb Bush', 'John Ellis Bush'],
    ['Bob Dole', 'Robert Dole'],
    ['Ted Kennedy', 'Edward M. Kennedy'],
    ['Florida Sen. Marco Rubio', 'Marco Rubio'],
    ['L. Paul Bremer', 'Paul Bremer'],
    ['Willard Mitt Romney', 'Mitt Romney'],
    ['H. Ross Perot', 'Ross Perot'],
    ['Hillary Rodham Clinton', 'Hillary Clinton'],
    ['French President François Hollande', 'Francois Hollande'],
    ['Joseph R. Biden Jr.', 'Joe Biden Jr.'],
  ])('%s and %s can be one person', (a, b) => {
    expect(samePersonName(a, b)).toBe(true);
    expect(samePersonName(b, a)).toBe(true);
  });

  it.each([
    ['Linda Lay', 'Kenneth Lay'],
    ['June Steenkamp', 'Reeva Steenkamp'],
    ['Hillary Clinton', 'Bill Clinton'],
    ['Carl Pistorius', 'Oscar Pistorius'],
    ['Joan Marsh', 'John Marsh'],
    ['Vermont Sen. Bernie Sanders', 'Jane Sanders'],
    // One first letter is not enough: a family of one surname.
    ['Josefa Gonzalez', 'Juan Miguel Gonzalez'],
    ['Marta Ruiz', 'Miguel Ruiz'],
    // A generation after a name: a father and a son, two of a line.
    ['Donald Trump Jr', 'Donald Trump'],
    ['Willie Young Jr.', 'Willie Young III'],
  ])('%s and %s are two people', (a, b) => {
    expect(samePersonName(a, b)).toBe(false);
    expect(samePersonName(b, a)).toBe(false);
  });

  it('every nickname joins its name, whatever its first letter', () => {
    for (const [formal, nicks] of Object.entries(NICKNAMES)) {
      for (const nick of nicks) expect(samePersonName(`${nick} Smith`, `${formal} Smith`)).toBe(true);
    }
  });
});
