/**
 * Optional YAML front matter (`---` … `---`) at the top of an article. Known fields are validated one by one: a bad
 * field is dropped with a warning that names it, and the article still loads.
 */

import { parse as parseYaml } from 'yaml';
import { isIsoDay } from '../dates/isoDay';

export interface FrontMatter {
  /** Only the fields the file actually sets (an explicit `title: null` is kept as null). */
  fields: Partial<{
    title: string | null;
    outlet: string | null;
    authors: string[];
    url: string | null;
    published: string | null;
  }>;
  /** Offset of the first character after the front matter (0 when there is none). */
  bodyStart: number;
  present: boolean;
  problems: string[];
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const isRealDay = isIsoDay;

function optionalString(value: unknown, field: string, problems: string[]): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  problems.push(`front matter field "${field}" must be text, got ${typeof value}; ignored`);
  return undefined;
}

function authorsOf(value: unknown, problems: string[]): string[] | undefined {
  if (value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value) && value.every((a) => typeof a === 'string')) return value.map((a) => a.trim());
  problems.push('front matter field "authors" must be a name or a list of names; ignored');
  return undefined;
}

function publishedOf(value: unknown, problems: string[]): string | null | undefined {
  if (value === null) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  if (isRealDay(text)) return text;
  problems.push(`front matter field "published" must be a date as YYYY-MM-DD, got "${text}"; ignored`);
  return undefined;
}

function fieldsOf(data: Record<string, unknown>, problems: string[]): FrontMatter['fields'] {
  const fields: FrontMatter['fields'] = {};
  for (const key of ['title', 'outlet', 'url'] as const) {
    if (!(key in data)) continue;
    const value = optionalString(data[key], key, problems);
    if (value !== undefined) fields[key] = value;
  }
  if ('authors' in data) {
    const authors = authorsOf(data.authors, problems);
    if (authors !== undefined) fields.authors = authors;
  }
  if ('published' in data) {
    const published = publishedOf(data.published, problems);
    if (published !== undefined) fields.published = published;
  }
  return fields;
}

export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: {}, bodyStart: 0, present: false, problems: [] };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      fields: {},
      bodyStart: 0,
      present: false,
      problems: ['front matter has no closing "---"; read as text'],
    };
  }
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(rest.slice(0, closing.index));
  } catch (err) {
    problems.push(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); ignored`);
    return { fields: {}, bodyStart, present: true, problems };
  }
  if (data === null || data === undefined) return { fields: {}, bodyStart, present: true, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push('front matter must be a set of "field: value" lines; ignored');
    return { fields: {}, bodyStart, present: true, problems };
  }
  return { fields: fieldsOf(data as Record<string, unknown>, problems), bodyStart, present: true, problems };
}
