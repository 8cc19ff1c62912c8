/**
 * The people an article names, for indexing and profiles: a canonical name (the fullest form the article first
 * gives), every variant of the name merged ("Schumer", "Chuck Schumer", "Charles E. Schumer"), the gender when
 * the text tells it, and the roles it gives them — a title or an appositive noun phrase, each with its span.
 * A role is never a clause ("told The Post earlier this week"), an age ("56") or an honorific ("Mr."): the
 * role rules (roleRules.ts) say what is left out, each with examples (a test runs them).
 */
import type { Article, Span } from '../corpus/types';
import type { ExtractedQuote, PeopleRead } from './extractQuotes';
import type { Gender } from './nameKinds';
import { People } from './people';
import { isRole } from './roleRules';
import { genderOfPronoun } from './salience';
import { type Token, tokenize } from './tokens';

export interface PersonRole extends Span {
  text: string;
  kind: 'title' | 'appositive';
}

export interface NamedPerson {
  name: string;
  variants: string[];
  gender: Gender | null;
  roles: PersonRole[];
  /** Offset of the first mention. */
  firstMention: number;
}

/** The gender the article's own pronouns give a person: "“…,” she said" resolved to them. */
function genderFromQuotes(name: string, quotes: readonly ExtractedQuote[]): Gender | null {
  for (const q of quotes) {
    if (q.speaker === name && q.mention) {
      const g = genderOfPronoun(q.mention);
      if (g) return g;
    }
  }
  return null;
}

const sameSpans = (a: readonly Span[], b: readonly Span[]) =>
  a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end);

const overlapping = (spans: readonly Span[], p: Span) =>
  spans.filter((s) => s.end > p.start && s.start < p.end);

/**
 * Each paragraph's tokens as quote extraction made them, where it left out the same quoted spans there (they are
 * then what tokenize gives, but for the index of each quoted span, which reading names does not use); tokenized
 * again elsewhere.
 */
function paragraphTokens(
  article: Pick<Article, 'text' | 'paragraphs'>,
  quoted: readonly Span[],
  read: PeopleRead | undefined,
): Token[][] {
  const made = new Map(read?.paragraphs.map((p, i) => [p, read.tokens[i]]));
  return article.paragraphs.map((p) => {
    const tokens = made.get(p);
    const same = tokens && read && sameSpans(overlapping(read.quoted, p), overlapping(quoted, p));
    return same ? tokens : tokenize(article.text, p, quoted);
  });
}

/**
 * The people an article names, in order of first mention. Names inside the extracted quotes are not read; quote
 * extraction's own reading of the people (`read`) is reused when it read the same paragraphs with the same
 * quoted spans left out (most articles). An article with scare quotes no quote was made of is read again, with
 * the paragraphs whose tokens are unchanged replayed from that reading rather than worked out anew (see
 * People.read).
 */
export function peopleOf(
  article: Pick<Article, 'text' | 'paragraphs'>,
  quotes: readonly ExtractedQuote[],
  read?: PeopleRead,
): NamedPerson[] {
  const quoted = quotes.flatMap((q) => q.quoted).sort((a, b) => a.start - b.start);
  const same = read !== undefined && read.paragraphs === article.paragraphs && sameSpans(read.quoted, quoted);
  const people = same
    ? read.people
    : People.read(article.text, paragraphTokens(article, quoted, read), read?.people);
  return people
    .all()
    .filter((p) => p.name.includes(' ') || p.titles.length > 0 || p.roles.length > 0 || p.evidence)
    .map((p) => ({
      name: p.name,
      variants: p.variants,
      gender: p.gender ?? genderFromQuotes(p.name, quotes),
      roles: p.roleSpans.filter((r) => isRole(r.text)).map((r) => ({ ...r })),
      firstMention: p.at,
    }));
}
