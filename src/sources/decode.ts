/**
 * Bytes to text for what sources deliver: the charset the response or the document declares (HTTP
 * Content-Type, an XML declaration, an HTML meta tag), else UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (the superset of Latin-1 that old CMS exports are written in).
 */
import { decodeWindows1252 } from '../corpus/windows1252';

const DECLARED = [/<\?xml[^>]*encoding=["']([\w-]+)["']/i, /<meta[^>]+charset=["']?([\w-]+)/i];

function labelOf(contentType: string | null, head: string): string | null {
  const fromHeader = contentType ? /charset=["']?([\w-]+)/i.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader;
  for (const pattern of DECLARED) {
    const m = pattern.exec(head);
    if (m?.[1]) return m[1];
  }
  return null;
}

const WINDOWS_1252 = /^(?:windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii|l1)$/i;

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  if (WINDOWS_1252.test(label)) return decodeWindows1252(bytes) ?? Buffer.from(bytes).toString('latin1');
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = labelOf(contentType, head);
  if (label) {
    const text = tryDecode(bytes, label, false);
    if (text !== null) return text.replace(/^\uFEFF/, '');
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  return (utf8 ?? (tryDecode(bytes, 'windows-1252', false) as string)).replace(/^\uFEFF/, '');
}
