/**
 * Windows-1252, the superset of Latin-1 that older CMS exports are written in. Decoded by hand: Node built with
 * small ICU reads the "windows-1252" label as plain Latin-1, turning curly quotes and dashes into controls.
 */
const HIGH: readonly (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
];

/** The text, or null when a byte is one Windows-1252 leaves undefined. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = '';
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) out += String.fromCharCode(byte);
    else {
      const code = HIGH[byte - 0x80];
      if (code === null || code === undefined) return null;
      out += String.fromCharCode(code);
    }
  }
  return out;
}
