import iconv from 'iconv-lite';

/*
 * Which single-byte Cyrillic encoding (if any) bytes that are not UTF-8 are in.
 * Each candidate decodes a sample; the high bytes (≥ 0x80) must come out as
 * Cyrillic letters, mostly lowercase, as running text is. cp1251 text read as
 * KOI8-R turns into mostly CAPITALS and vice versa, which is what tells them apart.
 */

const CANDIDATES = ['windows-1251', 'koi8-r', 'koi8-u'] as const;
export type CyrillicEncoding = (typeof CANDIDATES)[number];

const SAMPLE_BYTES = 65_536;
/** Share of high bytes that must decode to Cyrillic letters. */
const MIN_LETTER_SHARE = 0.7;
/** Share of those letters that may sit inside Latin words (brand names like «iPhoneа» are rare). */
const MAX_MIXED_SHARE = 0.2;

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

function score(text: string, sample: Uint8Array): { letters: number; lower: number; high: number; mixed: number } {
  let letters = 0;
  let lower = 0;
  let high = 0;
  // High bytes glued to ASCII letters ("cafй"): Latin-1 text, not Cyrillic, whose words are all high bytes.
  let mixed = 0;
  // Single-byte encodings: char i came from byte i.
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] < 0x80) continue;
    high++;
    const c = text.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) {
      letters++;
      if (isAsciiLetter(sample[i - 1]) || isAsciiLetter(sample[i + 1])) mixed++;
      if ((c >= 0x0430 && c <= 0x045f) || c === 0x0491) lower++;
    }
  }
  return { letters, lower, high, mixed };
}

export function guessCyrillicEncoding(bytes: Uint8Array): CyrillicEncoding | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const buf = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  let best: CyrillicEncoding | null = null;
  let bestValue = -Infinity;
  for (const enc of CANDIDATES) {
    const s = score(iconv.decode(buf, enc), sample);
    if (s.high === 0 || s.letters / s.high < MIN_LETTER_SHARE || s.mixed / s.letters > MAX_MIXED_SHARE) continue;
    // Lowercase letters weigh double; strictly better needed to move off the earlier (more common) encoding.
    const value = s.letters + s.lower;
    if (value > bestValue) {
      best = enc;
      bestValue = value;
    }
  }
  return best;
}
