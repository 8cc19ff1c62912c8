/**
 * Reads one corpus file safely: refuses what cannot be an article (binary, not UTF-8, empty, too large) with a
 * reason a person can act on, instead of throwing.
 */
import { readFile } from 'node:fs';
import { promisify } from 'node:util';
import { decodeWindows1252 } from './windows1252';

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * The callback `readFile`, promised: the promise API's own opens a FileHandle per file, which costs the main
 * thread several times as much per file when a build reads thousands.
 */
const readBytes = promisify(readFile);

export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; reason: string };

export const REASONS = {
  empty: 'empty file',
  blank: 'no text (only white space)',
  binary: 'binary file (contains NUL bytes), not an article',
  notUtf8: 'neither UTF-8 nor Windows-1252 (Latin-1) text: control characters where letters should be',
  tooLarge: (bytes: number, max: number) =>
    `too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${(max / 1024 / 1024).toFixed(1)} MB)`,
  unreadable: (message: string) => `cannot be read (${message})`,
} as const;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Bytes Windows-1252 leaves undefined, and C0 controls other than tab, line feed, form feed and return. */
const notText = (code: number) =>
  code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
const hasNonText = (text: string) => {
  for (let i = 0; i < text.length; i++) if (notText(text.charCodeAt(i))) return true;
  return false;
};

/**
 * Decodes UTF-8 strictly; a leading BOM is dropped and nothing else changes. Bytes that are not UTF-8 are read as
 * Windows-1252 (the superset of Latin-1 that older CMS exports use) when that gives text.
 */
export function decodeArticleBytes(bytes: Buffer): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty };
  if (bytes.includes(0)) return { ok: false, reason: REASONS.binary };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const latin = decodeWindows1252(bytes);
    if (latin === null || hasNonText(latin)) return { ok: false, reason: REASONS.notUtf8 };
    text = latin;
  }
  if (text.trim() === '') return { ok: false, reason: REASONS.blank };
  return { ok: true, text, bytes };
}

export async function readArticleFile(
  path: string,
  size: number,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ReadResult> {
  if (size > maxBytes) return { ok: false, reason: REASONS.tooLarge(size, maxBytes) };
  try {
    return decodeArticleBytes(await readBytes(path));
  } catch (err) {
    return { ok: false, reason: REASONS.unreadable((err as NodeJS.ErrnoException).code ?? String(err)) };
  }
}
