/**
 * `sources.yml`: where articles come from. Each source has a name, a kind, its location (a URL or a folder), the
 * outlet name used when an item does not give one, how often it is polled, and whether it may reach private
 * addresses. When the file does not exist the corpus folder is the only source, so a fresh checkout still runs.
 * Every problem names the file and the field (`sources[2].url`), so a person can fix it in one go.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../errors';

export const SOURCE_KINDS = ['folder', 'feed', 'wordpress', 'sitemap', 'ninjs', 'newsml', 'push'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds read from a URL; the others from a folder (push from the HTTP server). */
const URL_KINDS: readonly SourceKind[] = ['feed', 'wordpress', 'sitemap'];
const PATH_KINDS: readonly SourceKind[] = ['folder', 'ninjs', 'newsml'];

export interface SourceConfig {
  name: string;
  kind: SourceKind;
  /** feed, wordpress (the site root), sitemap. */
  url: string | null;
  /** folder, ninjs, newsml: an absolute path. */
  path: string | null;
  /** Used when an item does not name its outlet. */
  outlet: string | null;
  /** Milliseconds between polls; 0 only when asked (and at start). */
  everyMs: number;
  /** Private and loopback addresses allowed for this source's own host (tests, an internal CMS). */
  internal: boolean;
}

export const DEFAULT_EVERY_MS = 10 * 60_000;
export const DEFAULT_FOLDER_SOURCE = 'corpus';

/** A sources file newsdesk cannot use: names the file and the field. */
export class SourcesFileError extends ConfigError {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super('SOURCES_FILE', `${file}: ${field}: ${problem}`);
    this.name = 'SourcesFileError';
  }
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/i;
const EVERY = /^(\d+(?:\.\d+)?)\s*(s|m|h)$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** `90s`, `10m`, `1h`, or a number of minutes. */
export function parseEvery(raw: unknown): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw * 60_000;
  if (typeof raw !== 'string') return null;
  const m = EVERY.exec(raw.trim());
  if (!m) return null;
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** The sources when there is no sources file: the corpus folder. */
export function defaultSources(corpusDir: string, everyMs = DEFAULT_EVERY_MS): SourceConfig[] {
  const folder = { name: DEFAULT_FOLDER_SOURCE, kind: 'folder' as const, url: null, path: corpusDir };
  return [{ ...folder, outlet: null, everyMs, internal: false }];
}

export function loadSourcesFile(file: string, corpusDir: string): SourceConfig[] {
  if (!existsSync(file)) return defaultSources(corpusDir);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SourcesFileError(file, 'file', `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  return parseSources(data, file);
}

export function parseSources(data: unknown, file: string): SourceConfig[] {
  const list = (data as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(list) || list.length === 0)
    throw new SourcesFileError(file, 'sources', 'must be a list with at least one source');
  const names = new Set<string>();
  return list.map((entry, i) => {
    const source = sourceOf(entry, `sources[${i}]`, file);
    if (names.has(source.name))
      throw new SourcesFileError(file, `sources[${i}].name`, `"${source.name}" is used twice`);
    names.add(source.name);
    return source;
  });
}

function sourceOf(entry: unknown, at: string, file: string): SourceConfig {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new SourcesFileError(file, at, 'must be a set of "field: value" lines');
  const e = entry as Record<string, unknown>;
  const fail = (field: string, problem: string) => new SourcesFileError(file, `${at}.${field}`, problem);
  if (typeof e.name !== 'string' || !NAME.test(e.name))
    throw fail('name', 'must be letters, digits, "-" or "_" (at most 40), for example: site-feed');
  if (typeof e.kind !== 'string' || !(SOURCE_KINDS as readonly string[]).includes(e.kind))
    throw fail('kind', `must be one of ${SOURCE_KINDS.join(', ')}, got ${JSON.stringify(e.kind)}`);
  const kind = e.kind as SourceKind;
  const everyMs = e.every === undefined ? DEFAULT_EVERY_MS : parseEvery(e.every);
  if (everyMs === null)
    throw fail('every', `must be a duration such as 90s, 10m or 1h, got ${JSON.stringify(e.every)}`);
  if (e.internal !== undefined && typeof e.internal !== 'boolean')
    throw fail('internal', 'must be true or false');
  if (e.outlet !== undefined && e.outlet !== null && typeof e.outlet !== 'string')
    throw fail('outlet', 'must be text');
  return {
    name: e.name,
    kind,
    url: URL_KINDS.includes(kind) ? urlOf(e.url, fail) : null,
    path: PATH_KINDS.includes(kind) ? pathOf(e.path, file, fail) : null,
    outlet: typeof e.outlet === 'string' && e.outlet.trim() ? e.outlet.trim() : null,
    everyMs,
    internal: e.internal === true,
  };
}

function urlOf(raw: unknown, fail: (field: string, problem: string) => Error): string {
  if (typeof raw !== 'string') throw fail('url', 'is required for this kind (an http or https address)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail('url', `is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw fail('url', `must start with http:// or https://, got "${raw}"`);
  return url.href;
}

function pathOf(raw: unknown, file: string, fail: (field: string, problem: string) => Error): string {
  if (typeof raw !== 'string' || raw.trim() === '')
    throw fail('path', 'is required for this kind (a folder)');
  return resolve(dirname(file), raw);
}
