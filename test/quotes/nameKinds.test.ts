import { nameKind, recordedSexOf } from '../../src/quotes/nameKinds';

describe('nameKind', () => {
  it.each(['Fairfax County', 'Miami-Dade County', 'Mexico City', 'Gaza Strip'])(
    '"%s" is a place by its last word',
    (name) => {
      expect(nameKind(name)).toBe('place');
    },
  );

  it.each(['Angus King', 'Tom Alder', 'Valley', 'Jo Parish', 'Tom Valley'])('"%s" is a person', (name) => {
    expect(nameKind(name)).toBe('person');
  });

  it.each([
    'Tour de France',
    'Tours de France',
    'Bank of France',
    'Tour of Britain',
    'TC Energy',
    'CVS Health',
    'Down Low Restaurant',
    'Team Trump',
    'Team Sky',
    'Cleveland Indians',
    'Fox Business',
  ])('"%s" is a body or an event, never a "he"', (name) => {
    expect(nameKind(name)).toBe('organisation');
  });

  it.each(['Muslim Americans', 'Senate Democrats', 'Iraqi Kurds', 'Young Republicans', 'Australians'])(
    '"%s" is a group of people, never one person',
    (name) => {
      expect(nameKind(name)).toBe('group');
    },
  );

  it.each(['Bernie Sanders', 'Ruth Jones', 'Dan Hughes', 'Nick Catholic', 'Ted Poles'])(
    '"%s" is a person: a surname in -s is no plural of a people',
    (name) => {
      expect(nameKind(name)).toBe('person');
    },
  );

  it.each([
    'Charles de Gaulle',
    'Dominique de Villepin',
    'Prince of Wales',
    'Duke of York',
    'Joan of Arc',
    'Lord Mayor of Manchester',
    'Abdullah of Jordan',
    'H.W. Brands',
    'Jonas Gahr Store',
  ])('"%s" is a person: a first name or a title before the link', (name) => {
    expect(nameKind(name)).toBe('person');
  });

  it.each([
    ['Oscar Pistorius', 'male'],
    ['Aimee Mullins', 'female'],
    ['Rachel Berg', 'female'],
    ['Lu Kang', null],
    ['Andrea Pirlo', null],
    ['Jean Dujardin', null],
    ['Jordan Peele', null],
    ['Oscar', null],
  ])('the US records give "%s" the sex %s', (name, sex) => {
    expect(recordedSexOf(name)).toBe(sex);
  });
});
