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

/**
 * Front matter of plain `field: value` lines only, read without the YAML parser (which was most of the time spent
 * parsing an article): each value quoted without escapes or inner quotes, a day as YYYY-MM-DD, a web address, or plain
 * words that YAML reads as text too. Anything else (a list, a comment, an escape, a number, true/false/null as a
 * value or a field, a repeated field, a line of other white space, a carriage return not before a line feed) goes to
 * the YAML parser, so what is read is always what YAML reads.
 */
const SIMPLE_LINE =
  /^([A-Za-z][A-Za-z0-9_]{0,63}):[ \t]+(?:"([^"\\]*)"|'([^']*)'|(\d{4}-\d{2}-\d{2}|https?:\/\/\S*[^\s:]|[A-Za-z][A-Za-z0-9 .,&()/'’-]*?))[ \t]*$/;
/** Plain words that YAML's core schema reads as true, false or null, not text. */
const YAML_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** What YAML takes for a blank line (a line of other white space, such as a no-break space, is not one). */
const BLANK_LINE = /^[ \t]*$/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** The fields of front matter made only of simple lines (see SIMPLE_LINE), or null for the YAML parser. */
export function simpleFrontMatter(yaml: string): Record<string, string> | null {
  if (LONE_CARRIAGE_RETURN.test(yaml)) return null;
  const fields: Record<string, string> = {};
  for (const raw of yaml.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (BLANK_LINE.test(line)) continue;
    const m = SIMPLE_LINE.exec(line);
    const key = m?.[1];
    const value = m?.[2] ?? m?.[3] ?? m?.[4];
    if (!key || value === undefined || Object.hasOwn(fields, key) || YAML_WORDS.test(key)) return null;
    if (m?.[4] !== undefined && YAML_WORDS.test(value)) return null;
    fields[key] = value;
  }
  return fields;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const isRealDay = isIsoDay;

/**
 * A string that holds its own characters: a piece cut from a file's text (by a regular expression or by the YAML
 * parser) may keep the whole text alive as long as it lives (V8 cuts long pieces as views of the string they came
 * from), and the index keeps every article's title for good. A JSON round trip copies every character as it is.
 */
const ownCopy = (piece: string): string => JSON.parse(JSON.stringify(piece)) as string;

function optionalString(value: unknown, field: string, problems: string[]): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return ownCopy(value.trim()) || null;
  if (typeof value === 'number') return String(value);
  problems.push(`front matter field "${field}" must be text, got ${typeof value}; ignored`);
  return undefined;
}

function authorsOf(value: unknown, problems: string[]): string[] | undefined {
  if (value === null) return [];
  if (typeof value === 'string') return value.trim() ? [ownCopy(value.trim())] : [];
  if (Array.isArray(value) && value.every((a) => typeof a === 'string'))
    return value.map((a) => ownCopy(a.trim()));
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
  const yaml = rest.slice(0, closing.index);
  let data: unknown = simpleFrontMatter(yaml);
  if (data !== null)
    return {
      fields: fieldsOf(data as Record<string, unknown>, problems),
      bodyStart,
      present: true,
      problems,
    };
  try {
    data = parseYaml(yaml);
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
