/** Plain-text rendering of `ask` answers: each intent as its own command renders it, with "not found" made plain. */
import type { AskAnswer } from '../../answers/ask';
import type { FactoidSentence } from '../../answers/factoid';
import type { ProfileAnswer } from '../../answers/profile';
import type { AppliedFilter } from '../../commands/filters';
import { MSG } from '../../messages';
import { readableValue } from '../readableDate';
import { renderTimelineText } from './renderDates';
import { renderWhoSaidText } from './renderQuotes';
import { citationLine, renderHits, renderSearchText } from './renderText';

/** The sentence with the answering words marked *like this*. */
export function marked(s: FactoidSentence): string {
  let out = '';
  let at = 0;
  for (const h of [...s.highlights].sort((a, b) => a.start - b.start)) {
    out += `${s.sentence.slice(at, h.start)}*${h.text}*`;
    at = h.end;
  }
  return out + s.sentence.slice(at);
}

export function renderProfileText(p: ProfileAnswer): string {
  if (!p.found) return MSG.noProfile(p.name);
  const lines = [MSG.profileHeading(p.name)];
  for (const r of p.roles) lines.push(`  ${r.role}`, `      ${citationLine(r.citation)}`);
  if (p.quotes.length) lines.push('', MSG.profileQuotes);
  for (const q of p.quotes) lines.push(`  ${q.quote}`, `      ${citationLine(q.citation)}`);
  lines.push('', MSG.profileArticles(p.articles.length));
  for (const c of p.articles) lines.push(`  ${citationLine(c)}`);
  return lines.join('\n');
}

/** An answer to `ask`, with the filters it was asked with (a timeline's hint asks with them again). */
type AskedAnswer = AskAnswer & { filters?: readonly AppliedFilter[] };

function renderFound(a: AskedAnswer): string {
  switch (a.intent) {
    case 'whosaid':
      return renderWhoSaidText(a.answer);
    case 'timeline':
      return `${a.noDatePrinted ? `${MSG.noDatePrinted}\n` : ''}${renderTimelineText({ ...a.answer, filters: a.filters })}`;
    case 'profile':
      return renderProfileText(a.answer);
    case 'search':
      return renderSearchText(a.answer);
    case 'factoid': {
      const { answer, supporting, date } = a.answer;
      if (!answer) return MSG.cannotAnswer;
      const lines = [marked(answer), `    ${citationLine(answer.citation)}`];
      if (date) lines.unshift(MSG.whenDate(readableValue(date.value), date.articles));
      for (const s of supporting)
        lines.push('', MSG.alsoPrinted, marked(s), `    ${citationLine(s.citation)}`);
      const others = a.answer.otherFigures ?? [];
      if (others.length) lines.push('', MSG.otherFigures);
      for (const s of others) lines.push(marked(s), `    ${citationLine(s.citation)}`);
      return lines.join('\n');
    }
  }
}

export function renderAskText(a: AskedAnswer): string {
  if (a.found) return renderFound(a);
  if (a.intent === 'whosaid') return renderWhoSaidText(a.answer);
  const lines: string[] = [MSG.cannotAnswer];
  if (a.suggestions.length) lines.push('', MSG.closestPassages, '', renderHits(a.suggestions));
  return lines.join('\n');
}
