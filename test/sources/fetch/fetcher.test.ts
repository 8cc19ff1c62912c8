import { createMemoryLogger } from '../../../src/logger';
import { isPrivateAddress } from '../../../src/sources/fetch/addresses';
import { Fetcher, type FetcherOptions, retryAfterMs } from '../../../src/sources/fetch/fetcher';
import { parseRobots, robotsAllow } from '../../../src/sources/fetch/robots';
import { serve, startSite } from '../../support/site';

const LOCAL = '127.0.0.1';

function fetcher(options: Partial<FetcherOptions> = {}): Fetcher {
  return new Fetcher({
    logger: createMemoryLogger(),
    hostIntervalMs: 0,
    backoffMs: 20,
    retries: 2,
    timeoutMs: 2000,
    maxRetryWaitMs: 3000,
    ...options,
  });
}

describe('the polite fetcher', () => {
  it('sends the ETag back and reports an unchanged answer as not modified', async () => {
    const site = await startSite({ '/feed.xml': serve('<rss/>', 'application/rss+xml', '"v1"') });
    const f = fetcher();
    const first = await f.get({ url: `${site.origin}/feed.xml`, internalHost: LOCAL, validators: null });
    expect(first).toMatchObject({ ok: true, status: 200, notModified: false });
    const validators = first.ok ? first.validators : null;
    expect(validators).toEqual({ etag: '"v1"', lastModified: null });
    const second = await f.get({ url: `${site.origin}/feed.xml`, internalHost: LOCAL, validators });
    expect(second).toMatchObject({ ok: true, status: 304, notModified: true, validators });
    expect(site.hits('/feed.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"']);
  });

  it('waits as long as a 429 asks (Retry-After) and then reads the answer', async () => {
    let calls = 0;
    const site = await startSite({
      '/busy': (_req, res) => {
        calls++;
        if (calls === 1) {
          res.writeHead(429, { 'retry-after': '1' });
          res.end('slow down');
        } else serve('fine', 'text/plain')(_req, res);
      },
    });
    const outcome = await fetcher().get({ url: `${site.origin}/busy`, internalHost: LOCAL });
    expect(outcome).toMatchObject({ ok: true, status: 200 });
    const [a, b] = site.hits('/busy');
    expect((b?.at ?? 0) - (a?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('gives up on a Retry-After longer than it will wait, saying so', async () => {
    const site = await startSite({
      '/later': (_req, res) => {
        res.writeHead(503, { 'retry-after': '3600' });
        res.end();
      },
    });
    const outcome = await fetcher().get({ url: `${site.origin}/later`, internalHost: LOCAL });
    expect(outcome).toMatchObject({ ok: false, reason: 'HTTP 503 (asked to wait 3600 s)' });
    expect(site.hits('/later')).toHaveLength(1);
  });

  it('retries a 500 with backoff, then fails with the status', async () => {
    const site = await startSite({
      '/broken': (_req, res) => {
        res.writeHead(500);
        res.end('oops');
      },
    });
    const outcome = await fetcher().get({ url: `${site.origin}/broken`, internalHost: LOCAL });
    expect(outcome).toMatchObject({ ok: false, reason: 'HTTP 500' });
    expect(site.hits('/broken')).toHaveLength(3);
  });

  it('stops reading a body over the size cap (a 30 MB answer, declared or not)', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const site = await startSite({
      '/huge-declared': (_req, res) => {
        res.writeHead(200, { 'content-length': String(30 * chunk.length) });
        for (let i = 0; i < 30; i++) res.write(chunk);
        res.end();
      },
      '/huge-chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        let sent = 0;
        const more = () => {
          while (sent < 30) {
            sent++;
            if (!res.write(chunk)) {
              res.once('drain', more);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => undefined);
        more();
      },
    });
    const f = fetcher({ maxBytes: 5 * 1024 * 1024 });
    for (const path of ['/huge-declared', '/huge-chunked']) {
      const outcome = await f.get({ url: `${site.origin}${path}`, internalHost: LOCAL });
      expect(outcome).toMatchObject({
        ok: false,
        reason: expect.stringContaining('larger than the 5.0 MB limit'),
      });
    }
  });

  it('gives up on a response slower than its timeout', async () => {
    const site = await startSite({
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first bytes…');
      },
    });
    const outcome = await fetcher({ timeoutMs: 300, retries: 0 }).get({
      url: `${site.origin}/slow`,
      internalHost: LOCAL,
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'no complete answer within 300 ms' });
  });

  it('refuses loopback unless the source is internal, and a redirect to another loopback host even then', async () => {
    const site = await startSite({
      '/ok': serve('hello', 'text/plain'),
      '/hop': (_req, res) => {
        res.writeHead(302, { location: `http://localhost:${site.port}/ok` });
        res.end();
      },
    });
    const f = fetcher();
    expect(await f.get({ url: `${site.origin}/ok` })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('refused: 127.0.0.1 is a private or loopback address'),
    });
    expect(await f.get({ url: `${site.origin}/ok`, internalHost: LOCAL })).toMatchObject({ ok: true });
    expect(await f.get({ url: `${site.origin}/hop`, internalHost: LOCAL })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('refused: localhost is a private or loopback address'),
    });
    expect(site.hits('/ok')).toHaveLength(1);
  });

  it('follows a bounded number of redirects and only to http or https', async () => {
    const site = await startSite({
      '/loop': (_req, res) => {
        res.writeHead(301, { location: '/loop' });
        res.end();
      },
      '/ftp': (_req, res) => {
        res.writeHead(302, { location: 'ftp://files.example/x' });
        res.end();
      },
    });
    const f = fetcher({ maxRedirects: 3 });
    expect(await f.get({ url: `${site.origin}/loop`, internalHost: LOCAL })).toMatchObject({
      ok: false,
      reason: 'more than 3 redirects',
    });
    expect(site.hits('/loop')).toHaveLength(4);
    expect(await f.get({ url: `${site.origin}/ftp`, internalHost: LOCAL })).toMatchObject({
      ok: false,
      reason: 'redirect: only http and https are fetched, not ftp:',
    });
    expect(await f.get({ url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
  });

  it('obeys robots.txt, fetched once per site', async () => {
    const site = await startSite({
      '/robots.txt': serve('User-agent: *\nDisallow: /private/\n', 'text/plain'),
      '/private/memo': serve('secret', 'text/plain'),
      '/public': serve('open', 'text/plain'),
    });
    const f = fetcher();
    expect(await f.get({ url: `${site.origin}/private/memo`, internalHost: LOCAL })).toMatchObject({
      ok: false,
      reason: 'robots.txt disallows it',
    });
    expect(await f.get({ url: `${site.origin}/public`, internalHost: LOCAL })).toMatchObject({ ok: true });
    expect(site.hits('/private/memo')).toHaveLength(0);
    expect(site.hits('/robots.txt')).toHaveLength(1);
  });

  it('paces requests to one host', async () => {
    const site = await startSite({ '/a': serve('a', 'text/plain') });
    const f = fetcher({ hostIntervalMs: 250 });
    await Promise.all([1, 2, 3].map(() => f.get({ url: `${site.origin}/a`, internalHost: LOCAL })));
    const times = site.hits('/a').map((r) => r.at);
    expect(times).toHaveLength(3);
    expect((times[2] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(480);
  });
});

describe('robots rules', () => {
  const text =
    'User-agent: newsdesk\nDisallow: /drafts\nAllow: /drafts/public$\n\nUser-agent: *\nDisallow: /\n';
  it('takes our group over *, the longest match winning', () => {
    const rules = parseRobots(text, 'newsdesk/0.1');
    expect(robotsAllow(rules, '/news/today')).toBe(true);
    expect(robotsAllow(rules, '/drafts/x')).toBe(false);
    expect(robotsAllow(rules, '/drafts/public')).toBe(true);
    expect(robotsAllow(parseRobots(text, 'otherbot'), '/news')).toBe(false);
  });
});

describe('addresses and Retry-After', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['169.254.169.254', true],
    ['192.168.0.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['fd00::1', true],
    ['93.184.216.34', false],
    ['2606:2800:220:1::1', false],
  ])('%s private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-12-02T08:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 02 Dec 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
