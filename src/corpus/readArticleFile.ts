/**
 * Reads one corpus file safely: refuses what cannot be an article (binary, not UTF-8, empty, too large) with a
 * reason a person can act on, instead of throwing.
 */
import { readFile } from 'node:fs/promises';

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; reason: string };

export const REASONS = {
  empty: 'empty file',
  blank: 'no text (only white space)',
  binary: 'binary file (contains NUL bytes), not an article',
  notUtf8: 'not valid UTF-8 (a Latin-1 or Windows-1252 file? convert it: iconv -f latin1 -t utf-8)',
  tooLarge: (bytes: number, max: number) =>
    `too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${(max / 1024 / 1024).toFixed(1)} MB)`,
  unreadable: (message: string) => `cannot be read (${message})`,
} as const;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly; a leading BOM is dropped and nothing else changes. */
export function decodeArticleBytes(bytes: Buffer): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty };
  if (bytes.includes(0)) return { ok: false, reason: REASONS.binary };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: REASONS.notUtf8 };
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
    return decodeArticleBytes(await readFile(path));
  } catch (err) {
    return { ok: false, reason: REASONS.unreadable((err as NodeJS.ErrnoException).code ?? String(err)) };
  }
}
