/** Text made safe to put inside a regular expression: each character that means something there is escaped. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
