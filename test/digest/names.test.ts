import {
  displayName,
  groupNames,
  NOT_PERSON_RULES,
  NOT_ROLE_RULES,
  notPersonRule,
  sameName,
  shownRole,
} from '../../src/digest/names';

describe('not-a-person and not-a-role rules', () => {
  it.each([...NOT_PERSON_RULES, ...NOT_ROLE_RULES].map((r) => [r.id, r] as const))(
    '%s matches its examples, not its counter-examples',
    (_, r) => {
      for (const example of r.examples) expect([example, r.pattern.test(example)]).toEqual([example, true]);
      for (const counter of r.counterExamples)
        expect([counter, r.pattern.test(counter)]).toEqual([counter, false]);
    },
  );

  it('keeps people and refuses units, pronouns and single words', () => {
    expect(notPersonRule('Charles E. Schumer')).toBeNull();
    expect(notPersonRule('Maria de la Cruz')).toBeNull();
    expect(notPersonRule('Department')).not.toBeNull();
    expect(notPersonRule('that')).toBe('not-a-name');
    expect(notPersonRule('Riverton Police Department')).toBe('organisation');
  });
});

describe('one person under two names', () => {
  it('merges a short form with the full name and a middle initial', () => {
    expect(sameName('Chuck Schumer', 'Charles E. Schumer')).toBe(true);
    expect(sameName('Bill Tanner', 'William Tanner Jr.')).toBe(true);
    expect(sameName('Dana Whitcombe', 'Dana L. Whitcombe')).toBe(true);
    expect(sameName('J. Tanner', 'John Tanner')).toBe(true);
    expect(sameName('Chris Lane', 'Christopher Lane')).toBe(true);
  });

  it('keeps two people of one family apart', () => {
    expect(sameName('Maria Lopez', 'Juan Lopez')).toBe(false);
    expect(sameName('Ben Tanner', 'Bill Tanner')).toBe(false);
    expect(sameName('John Tanner', 'James Tanner')).toBe(false);
    expect(sameName('Dana Whitcombe', 'Dana Whitfield')).toBe(false);
  });

  it('groups names exactly as comparing every name with every earlier person would', () => {
    const names = [
      'Charles E. Schumer',
      'Chuck Schumer',
      'Ana Ruiz',
      'C. Schumer',
      'Amy Schumer',
      'Ruiz',
      'A. Ruiz',
      'Andrea Ruiz',
      'Chris Long',
      'Christopher Long',
      'Kate Long',
      'Katherine Long',
      'Ruiz',
      'Tom Okafor Jr.',
    ];
    const pairwise = (all: string[]) => {
      const people: string[][] = [];
      return all.map((name) => {
        const found = people.findIndex((variants) => variants.some((v) => sameName(v, name)));
        if (found >= 0) return (people[found] as string[]).push(name) && found;
        return people.push([name]) - 1;
      });
    };
    for (const order of [names, [...names].reverse(), [...names].sort()])
      expect(groupNames(order)).toEqual(pairwise(order));
  });

  it('groups names and prints the variant used most', () => {
    const names = ['Charles E. Schumer', 'Chuck Schumer', 'Ana Ruiz', 'Chuck Schumer'];
    expect(groupNames(names)).toEqual([0, 0, 1, 0]);
    expect(displayName(['Charles E. Schumer', 'Chuck Schumer', 'Chuck Schumer'])).toBe('Chuck Schumer');
  });
});

describe('shownRole', () => {
  it('prints a role, not a clause, an age or a long description', () => {
    expect(shownRole('the Riverton fire chief')).toBe('the Riverton fire chief');
    expect(shownRole('told the Ledger')).toBeNull();
    expect(shownRole('34')).toBeNull();
    expect(shownRole(null)).toBeNull();
    expect(
      shownRole(
        'a woman who has lived on the street with her two sons, their dogs and a cat for nearly twenty years now, or so',
      ),
    ).toBeNull();
    const longRole =
      'director of the Center for Public Law and Policy at Riverton State University School of Law';
    expect(shownRole(longRole)).toBe(longRole);
  });
});
