import { isGivenName, SSA_FEMALE_NAMES, SSA_MALE_NAMES } from '../../src/quotes/nameGenders';

describe('first names from the US records', () => {
  it.each(['nate', 'gérard', 'tucker', 'lou', 'kennedy'])(
    '"%s" is a first name, whatever its accents',
    (word) => {
      expect(isGivenName(word)).toBe(true);
    },
  );

  it.each(['xi', 'gao', 'powell', 'pistorius'])('"%s" is no first name in the records', (word) => {
    expect(isGivenName(word)).toBe(false);
  });

  it('no name is listed for both sexes, and names another language gives the other sex are in neither list', () => {
    expect([...SSA_MALE_NAMES].filter((n) => SSA_FEMALE_NAMES.has(n))).toEqual([]);
    for (const name of ['andrea', 'jean', 'jan', 'valery', 'kim']) {
      expect([SSA_MALE_NAMES.has(name), SSA_FEMALE_NAMES.has(name)]).toEqual([false, false]);
    }
  });
});
