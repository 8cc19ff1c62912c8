/**
 * "Who is X": a profile of a person from the archive — the roles articles give them, the articles that mention
 * them, and their quotes — each cited. Built from the articles' own words; nothing is summarised.
 */

import type { Article } from '../corpus/types';
import { escapeRegex } from '../text/escapeRegex';
import { foldName, surnameKey } from '../text/terms';
import type { ArchiveReader, PersonRecord } from './archive';
import { type Citation, citationFor } from './citation';

export interface ProfileAnswer {
  name: string;
  found: boolean;
  roles: { role: string; citation: Citation }[];
  articles: Citation[];
  quotes: { quote: string; citation: Citation }[];
}

const MAX_ARTICLES = 20;
/** Roles are taken from the best-matching articles only: later ones add noise, not knowledge. */
const MAX_ROLE_ARTICLES = 5;

function paragraphAt(article: Article, offset: number) {
  return article.paragraphs.find((p) => offset >= p.start && offset < p.end);
}

/** The person a name stands for among those the article names: one of their names, else the same surname. */
export function personNamed(people: readonly PersonRecord[], name: string): PersonRecord | undefined {
  // `?? [p.name]`: a snapshot of an earlier index version (answering while the new one is built) has no variants.
  return (
    people.find((p) => (p.variants ?? [p.name]).some((v) => foldName(v) === foldName(name))) ??
    people.find((p) => surnameKey(p.name) === surnameKey(name))
  );
}

/** The roles an article gives the person (titles and appositive noun phrases), each cited where it is given. */
function rolesIn(article: Article, people: readonly PersonRecord[], name: string): ProfileAnswer['roles'] {
  const person = personNamed(people, name);
  if (!person) return [];
  return person.roles.flatMap((r) => {
    if (typeof r !== 'object') return []; // an earlier index version stored roles as bare strings
    const paragraph = paragraphAt(article, r.start);
    return paragraph ? [{ role: r.text, citation: citationFor(article, paragraph.n, paragraph) }] : [];
  });
}

export async function answerProfile(archive: ArchiveReader, name: string): Promise<ProfileAnswer> {
  const wanted = surnameKey(name);
  const profile: ProfileAnswer = { name, found: false, roles: [], articles: [], quotes: [] };
  const seen = new Set<string>();
  const namesThem = new RegExp(`\\b${escapeRegex(wanted)}\\b`, 'u');
  for (const hit of await archive.searchPassages(name, { limit: 100 })) {
    const article = hit.article;
    if (seen.has(article.id) || seen.size >= MAX_ARTICLES) continue;
    if (!namesThem.test(foldName(article.text.slice(hit.passage.start, hit.passage.end)))) continue;
    seen.add(article.id);
    profile.articles.push(citationFor(article, hit.passage.paragraph, hit.passage));
    const roles =
      seen.size <= MAX_ROLE_ARTICLES ? rolesIn(article, await archive.peopleOf(article.id), name) : [];
    for (const r of roles)
      if (!profile.roles.some((x) => foldName(x.role) === foldName(r.role))) profile.roles.push(r);
    for (const q of await archive.quotesOf(article.id)) {
      if (q.speaker && surnameKey(q.speaker) === wanted) {
        profile.quotes.push({ quote: q.text, citation: citationFor(article, q.paragraph, q) });
      }
    }
  }
  profile.found = profile.articles.length > 0;
  return profile;
}
