import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { DecodedText, Problem } from '../../model/model.ts';
import { guessCyrillicEncoding } from './guess-cyrillic.ts';

/*
 * Bytes → text. Order matters: BOMs first (they are unambiguous), then UTF-16
 * without BOM (its NUL bytes would otherwise look binary), then binary
 * sniffing, then strict UTF-8, then single-byte Cyrillic, then lossy UTF-8.
 * Nothing but the BOM is removed: offsets downstream index this exact text.
 */

type Result = { decoded: DecodedText | null; problems: Problem[] };

/** How much of the file the binary and UTF-16 sniffers look at. */
const SNIFF_BYTES = 8192;

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a .docx/.odt document)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** UTF-16 without BOM: one byte of each pair is almost always 0x00 (Latin) or 0x04 (Cyrillic). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0) evenZero++;
    if (b === 0) oddZero++;
    if (a === 0 || a === 0x04) evenHigh++;
    if (b === 0 || b === 0x04) oddHigh++;
  }
  const pairs = n / 2;
  // Require real NULs too, so Cyrillic cp1251 text full of 0x04-free bytes is never taken for UTF-16.
  if (oddHigh / pairs > 0.7 && evenHigh / pairs < 0.3 && oddZero > 0) return 'utf-16le';
  if (evenHigh / pairs > 0.7 && oddHigh / pairs < 0.3 && evenZero > 0) return 'utf-16be';
  return null;
}

/** What kind of binary the bytes are, or null when they look like text. */
function sniffBinary(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (startsWith(bytes, magic)) return kind;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return 'binary data (it contains NUL bytes)';
    // C0 controls other than tab, newline, vertical tab, form feed, carriage return, and ESC-free text.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls > Math.max(4, n * 0.05) ? 'binary data (it is full of control characters)' : null;
}

/** Length of the valid UTF-8 sequence at i, or 0 when the byte there starts no valid sequence. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const c = bytes[i];
  if (c < 0x80) return 1;
  let need: number;
  let min: number;
  if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
  else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
  else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
  else return 0;
  let cp = c & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Native check first: nearly every file is valid, and the byte walk below is only needed to say where it breaks.
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length; ) {
    const len = utf8SequenceAt(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** Mostly-UTF-8 with a few broken bytes (rather than a single-byte encoding): valid multi-byte sequences outnumber bad bytes. */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let multi = 0;
  let bad = 0;
  const n = Math.min(bytes.length, 65_536);
  for (let i = 0; i < n; ) {
    const len = utf8SequenceAt(bytes, i);
    if (len === 0) {
      bad++;
      i++;
    } else {
      if (len > 1) multi++;
      i += len;
    }
  }
  return multi > bad;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c <= 0x20 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a))) return false;
  }
  return true;
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // TextDecoder is native and fast; iconv-lite covers what this Node's ICU may lack.
  try {
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  }
}

/**
 * Decode raw bytes to text: UTF-8 (BOM stripped), UTF-16 LE/BE, cp1251/KOI8-R
 * detected and decoded with a warning; binary or empty input → null + error.
 */
export function decodeText(file: string, bytes: Uint8Array): Result {
  const hash = sha256Hex(bytes);
  const problems: Problem[] = [];
  const fail = (message: string): Result => ({ decoded: null, problems: [{ file, severity: 'error', message }] });
  const done = (text: string, encoding: string): Result => {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) return fail('empty file: it has no text. Put the article text in it or delete it.');
    return { decoded: { file, text, encoding, hash }, problems };
  };

  if (bytes.length === 0) return fail('empty file: it has no text. Put the article text in it or delete it.');

  let utf16: 'utf-16le' | 'utf-16be' | null = null;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3);
  else if (startsWith(bytes, [0xff, 0xfe])) [utf16, body] = ['utf-16le', bytes.subarray(2)];
  else if (startsWith(bytes, [0xfe, 0xff])) [utf16, body] = ['utf-16be', bytes.subarray(2)];
  else utf16 = sniffUtf16(bytes);

  if (utf16) {
    const text = decodeWith(utf16, body);
    if (sniffBinary(new TextEncoder().encode(text.slice(0, SNIFF_BYTES))) === null) {
      problems.push({
        file,
        severity: 'warning',
        message: `file is in ${utf16.toUpperCase()}, not UTF-8; it was converted. Re-save it as UTF-8 to silence this warning.`,
      });
      return done(text, utf16);
    }
  }

  const binary = sniffBinary(body);
  if (binary) return fail(`binary file: this looks like ${binary}, not text. Articles must be plain-text .txt or .md files in UTF-8; convert it or remove it.`);

  const bad = firstInvalidUtf8(body);
  if (bad < 0) return done(decodeWith('utf-8', body), 'utf-8');

  const cyrillic = isMostlyUtf8(body) ? null : guessCyrillicEncoding(body);
  if (cyrillic) {
    problems.push({
      file,
      severity: 'warning',
      message: `file is in ${cyrillic} (Cyrillic), not UTF-8; it was converted. Re-save it as UTF-8 to silence this warning.`,
    });
    return done(iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), cyrillic), cyrillic);
  }

  const line = lineOfByte(body, bad);
  problems.push({
    file,
    severity: 'warning',
    line,
    message: `invalid UTF-8 on line ${line} (byte ${bad + (body === bytes ? 0 : 3)}): the bad bytes were replaced with "\uFFFD". Re-save the file as UTF-8.`,
  });
  return done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), 'utf-8');
}
