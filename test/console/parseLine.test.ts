import { parseConsoleLine } from '../../src/console/parseLine';

describe('parseConsoleLine', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['quit', { kind: 'quit' }],
    ['EXIT', { kind: 'quit' }],
    ['help', { kind: 'help' }],
    ['/help', { kind: 'help' }],
    ['search timeshare  fraud', { kind: 'search', text: 'timeshare fraud' }],
    ['/search El Mencho', { kind: 'search', text: 'El Mencho' }],
    ['/whosaid could happen', { kind: 'whosaid', text: 'could happen' }],
    ['whosaid  “could happen”', { kind: 'whosaid', text: '“could happen”' }],
    ['/timeline tariff', { kind: 'timeline', text: 'tariff' }],

    ['/digest', { kind: 'digest', text: '' }],
    ['/digest since 2025-08-01', { kind: 'digest', text: 'since 2025-08-01' }],
    ['El Mencho bounty', { kind: 'ask', text: 'El Mencho bounty' }],
    ['/ask Who is Geoffrey Corn?', { kind: 'ask', text: 'Who is Geoffrey Corn?' }],
  ])('%j → %j', (line, request) => {
    expect(parseConsoleLine(line)).toEqual(request);
  });
});
