/**
 * The one reader of calendar days written as YYYY-MM-DD, for every edge (front matter, command options, Slack and
 * console text): a day that does not exist ("2025-13-45", "2025-02-30") is refused, never passed on.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as written when it is a real calendar day, else null. */
export function parseIsoDay(value: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? (m[0] as string) : null;
}

export const isIsoDay = (value: string): boolean => parseIsoDay(value) !== null;
