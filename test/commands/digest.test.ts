import { digestCommand, parseDigestWindow } from '../../src/commands/digest';
import { isIsoDay } from '../../src/dates/isoDay';
import { DigestDeadlineError, DigestTooLargeError } from '../../src/digest/service';
import { MSG } from '../../src/messages';
import { ferryArchive } from '../support/ferry';
import { servicesFor } from '../support/services';

describe('isIsoDay', () => {
  it.each([
    ['2025-08-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-45', false],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['2025-8-1', false],
    ['20250801', false],
    ['yesterday', false],
    [' 2025-08-01', false],
  ])('%s → %s', (value, day) => {
    expect(isIsoDay(value)).toBe(day);
  });
});

describe('the digest window a person asked for', () => {
  it('nothing: since the last digest (no since, no until)', () => {
    expect(parseDigestWindow({ text: '' })).toEqual({ ok: true, input: {} });
    expect(parseDigestWindow({ text: '   ' })).toEqual({ ok: true, input: {} });
  });

  it('"since D" in the words, in any case', () => {
    expect(parseDigestWindow({ text: 'since 2025-08-01' })).toEqual({
      ok: true,
      input: { since: '2025-08-01' },
    });
    expect(parseDigestWindow({ text: '2025-08-01' })).toEqual({ ok: true, input: { since: '2025-08-01' } });
    expect(parseDigestWindow({ text: 'SINCE  2025-08-01 ' })).toEqual({
      ok: true,
      input: { since: '2025-08-01' },
    });
  });

  it('--since and --until from the command line', () => {
    expect(parseDigestWindow({ text: '', since: '2025-08-01', until: '2025-08-03' })).toEqual({
      ok: true,
      input: { since: '2025-08-01', until: '2025-08-03' },
    });
  });

  it.each([
    ['since last tuesday', 'last tuesday'],
    ['since 2025-13-45', '2025-13-45'],
    ['since', 'since'],
    ['yesterday', 'yesterday'],
    ['since 2025-08-01 until 2025-08-03', '2025-08-01 until 2025-08-03'],
  ])('refuses %j, naming %j and showing an example', (text, named) => {
    expect(parseDigestWindow({ text })).toEqual({
      ok: false,
      problem: 'invalid',
      message: MSG.badSince(named),
    });
  });

  it('refuses an option that is not a calendar day, naming the option', () => {
    expect(parseDigestWindow({ text: '', since: '2025-13-45' })).toEqual({
      ok: false,
      problem: 'invalid',
      message: MSG.badDayOption('--since', '2025-13-45'),
    });
    expect(parseDigestWindow({ text: '', until: '2025-02-30' })).toMatchObject({
      message: MSG.badDayOption('--until', '2025-02-30'),
    });
  });
});

describe('the digest command when the digest cannot be made', () => {
  it.each([
    [new DigestTooLargeError(4200, 1000), MSG.digestTooLarge(4200, 1000)],
    [new DigestDeadlineError(20), MSG.tookTooLong(20)],
  ])('answers %s with a message saying what to do', async (error, message) => {
    const services = { ...servicesFor(ferryArchive()), digest: async () => Promise.reject(error) };
    expect(await digestCommand.answer(services, { since: '2000-01-01' })).toEqual({
      ok: false,
      problem: 'refused',
      message,
    });
  });

  it('lets any other failure through', async () => {
    const services = {
      ...servicesFor(ferryArchive()),
      digest: async () => Promise.reject(new Error('disk gone')),
    };
    await expect(digestCommand.answer(services, {})).rejects.toThrow('disk gone');
  });
});
