/**
 * Invented articles for the reliability suite (no dataset text): `count` short news reports spread over the years
 * since 2001, each with a quote, and one article of one long paragraph (a timetable run on for ~100 KB, with
 * dates in it and hardly a sentence end), the kind that used to freeze extraction.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOWNS = ['Harlow', 'Pinecrest', 'Marden', 'Ostby', 'Quillan', 'Redvale', 'Sable Point', 'Tarrow'];
const TOPICS = [
  'ferry fares',
  'school budget',
  'bridge repairs',
  'water rates',
  'library hours',
  'bus routes',
];
const PEOPLE = ['Ana Ruiz', 'Tom Hale', 'Lena Ortiz', 'Joe Varga', 'Maria Kessel', 'Nora Fisk'];

const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

function article(n: number): string {
  const year = 2001 + (n % 25);
  const day = `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  const town = pick(TOWNS, n);
  const topic = pick(TOPICS, n * 7 + 3);
  const person = pick(PEOPLE, n * 5 + 1);
  return [
    '---',
    `title: "${town} council debates ${topic} (${n})"`,
    `outlet: "${pick(['The Harbor Ledger', 'Valley Courier', 'Coast Weekly'], n)}"`,
    `published: ${day}`,
    '---',
    '',
    `The ${town} council met on Tuesday to debate ${topic}, the third such meeting this year.`,
    '',
    `"We cannot put off a decision on ${topic} any longer," said ${person}, who chairs the finance committee.`,
    '',
    `A vote on ${topic} is expected next month, after a public hearing at the ${town} town hall.`,
    '',
  ].join('\n');
}

export function writeSynthCorpus(dir: string, count: number): void {
  for (let n = 0; n < count; n++)
    writeFileSync(join(dir, `synth-${String(n).padStart(4, '0')}.md`), article(n));
}

/** One paragraph of about `bytes` bytes: timetable entries joined by commas and semicolons. */
export function longParagraphArticle(bytes = 100 * 1024): string {
  const entries: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const entry = `route ${n % 40} leaves ${pick(TOWNS, n)} at ${6 + (n % 14)}:${String((n * 7) % 60).padStart(2, '0')} on ${pick(['Monday', 'Wednesday', 'Friday'], n)}, March ${(n % 28) + 1}, 2025, calling at ${pick(TOWNS, n + 3)}`;
    entries.push(entry);
    size += entry.length + 2;
  }
  return [
    '---',
    'title: "The spring ferry and bus timetable"',
    'outlet: "The Harbor Ledger"',
    'published: 2025-02-20',
    '---',
    '',
    `The timetable: ${entries.join('; ')}.`,
    '',
  ].join('\n');
}
