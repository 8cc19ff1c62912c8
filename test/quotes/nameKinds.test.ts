import { nameKind } from '../../src/quotes/nameKinds';

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
});
