import { parseConsoleLine } from '../../src/console/parseLine';

/** The request as names, so a table can say which command a line reaches. */
function named(line: string) {
  const r = parseConsoleLine(line);
  return r.kind === 'command' ? { kind: r.command.name, text: r.text } : r;
}

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
    ['/profile Mara Voss', { kind: 'profile', text: 'Mara Voss' }],
    ['/digest', { kind: 'digest', text: '' }],
    ['/digest since 2025-08-01', { kind: 'digest', text: 'since 2025-08-01' }],
    ['El Mencho bounty', { kind: 'ask', text: 'El Mencho bounty' }],
    ['/ask Who is Geoffrey Corn?', { kind: 'ask', text: 'Who is Geoffrey Corn?' }],
  ])('%j → %j', (line, request) => {
    expect(named(line)).toEqual(request);
  });
});
