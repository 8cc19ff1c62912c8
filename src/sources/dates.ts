/**
 * Publication times as sources give them (ISO 8601, RFC 822 in RSS, W3C-DTF in sitemaps, NewsML's compact
 * forms): the day as the source wrote it (the newsroom's own calendar day, not UTC's) and a comparable instant.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/;
const RFC822 = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The calendar day the time was written in, or null when it is not a date. */
export function dayOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = ISO_DAY.exec(text) ?? COMPACT.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC822.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) + 1;
    return month > 0 ? validDay(Number(rfc[3]), month, Number(rfc[1])) : null;
  }
  return null;
}

/** Milliseconds since the epoch, or null. NewsML's compact `20261201T101500+0000` is read too. */
export function instantOf(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const text = raw.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z|[+-]\d{4})?$/.exec(text);
  const normal = compact
    ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}${compact[7] ?? 'Z'}`
    : text;
  const ms = Date.parse(normal);
  return Number.isNaN(ms) ? null : ms;
}

/** The time as ISO 8601 UTC, or null. */
export function isoOf(raw: string | null | undefined): string | null {
  const ms = instantOf(raw);
  return ms === null ? null : new Date(ms).toISOString();
}
