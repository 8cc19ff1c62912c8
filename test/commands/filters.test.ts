import { parseFilters } from '../../src/commands/filters';

const TODAY = '2025-08-13';

describe('parseFilters', () => {
  it('takes since:, until:, outlet: and by: out of the words, and says what each was read as', () => {
    const r = parseFilters('cartel since:2025-08-01 outlet:"Rolling Stone" by:Okafor', {}, TODAY);
    if (!r.ok) throw new Error(r.message);
    expect(r.text).toBe('cartel');
    expect(r.filter).toEqual({ since: '2025-08-01', outlet: 'Rolling Stone', by: 'Okafor' });
    expect(r.applied.map((a) => a.name)).toEqual(['since', 'outlet', 'by']);
  });

  it('reads multi-word dates without quotes, and keeps the words after them', () => {
    const r = parseFilters('since:Aug 1 ferry fares until:last week', {}, TODAY);
    if (!r.ok) throw new Error(r.message);
    expect(r.text).toBe('ferry fares');
    expect(r.filter).toEqual({ since: '2025-08-01', until: '2025-08-10' });
    const y = parseFilters('ferry since:yesterday', {}, TODAY);
    expect(y.ok && y.filter.since).toBe('2025-08-12');
  });

  it('accepts smart quotes, any case in the name, and the same filter as an option', () => {
    const r = parseFilters('ferry OUTLET:“The Riverton Ledger”', { since: 'Aug 1' }, TODAY);
    if (!r.ok) throw new Error(r.message);
    expect(r.filter).toEqual({ since: '2025-08-01', outlet: 'The Riverton Ledger' });
  });

  it('refuses an unknown filter and a date it cannot read, naming them', () => {
    const unknown = parseFilters('cartel colour:red', {}, TODAY);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('"colour"');
    const bad = parseFilters('cartel since:2025-13-45', {}, TODAY);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/since.*2025-13-45/);
    const flag = parseFilters('cartel', { until: 'someday' }, TODAY);
    expect(flag.ok).toBe(false);
  });

  it('refuses a window that ends before it starts, an empty value and a filter given twice differently', () => {
    expect(parseFilters('x since:2025-08-10 until:2025-08-01', {}, TODAY).ok).toBe(false);
    expect(parseFilters('x outlet:""', {}, TODAY).ok).toBe(false);
    expect(parseFilters('x by:Okafor by:Lund', {}, TODAY).ok).toBe(false);
  });

  it('leaves links, times and a colon followed by a space alone', () => {
    const text = 'He said: see https://example.org/a at 10:30';
    const r = parseFilters(text, {}, TODAY);
    expect(r).toMatchObject({ ok: true, text, applied: [] });
  });
});
