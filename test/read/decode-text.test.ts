import iconv from 'iconv-lite';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../scripts/article/read/decode-text.ts';

const RU = 'Российский президент Владимир Путин продолжает пытаться получить уступки.\nВторая строка текста.\n';
const UK = 'Російський президент намагається отримати поступки від Сполучених Штатів, пишуть аналітики.\n';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytesOf = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

describe('decodeText', () => {
  it('decodes UTF-8 unchanged (CRLF kept) with the sha256 of the raw bytes', () => {
    const raw = utf8('Строка\r\nвторая');
    const { decoded, problems } = decodeText('a.txt', raw);
    expect(problems).toEqual([]);
    expect(decoded).toEqual({ file: 'a.txt', text: 'Строка\r\nвторая', encoding: 'utf-8', hash: createHash('sha256').update(raw).digest('hex') });
  });
  it('strips a UTF-8 BOM silently', () => {
    const { decoded, problems } = decodeText('a.txt', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(RU)));
    expect(problems).toEqual([]);
    expect(decoded?.text).toBe(RU);
  });
  it('rejects empty and whitespace-only files', () => {
    for (const raw of [new Uint8Array(0), utf8('  \n\t\r\n '), new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])]) {
      const { decoded, problems } = decodeText('e.txt', raw);
      expect(decoded).toBeNull();
      expect(problems).toEqual([{ file: 'e.txt', severity: 'error', message: expect.stringMatching(/^empty file/) }]);
    }
  });
  it('rejects binary files and names the format', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const r = decodeText('img.txt', png);
    expect(r.decoded).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/binary file.*PNG/) });
    const junk = new Uint8Array(200).map((_, i) => (i * 7) % 32);
    expect(decodeText('junk.txt', junk).problems[0].message).toMatch(/binary file/);
  });
  it('decodes UTF-16 LE and BE, with and without BOM, with a warning', () => {
    const cases: Array<[string, Uint8Array]> = [
      ['utf-16le', concat(new Uint8Array([0xff, 0xfe]), bytesOf(RU, 'utf-16le'))],
      ['utf-16be', concat(new Uint8Array([0xfe, 0xff]), bytesOf(RU, 'utf-16be'))],
      ['utf-16le', bytesOf(RU, 'utf-16le')],
      ['utf-16be', bytesOf(RU, 'utf-16be')],
      ['utf-16le', bytesOf('Plain English text, nothing else.\n', 'utf-16le')],
    ];
    for (const [enc, raw] of cases) {
      const { decoded, problems } = decodeText('w.txt', raw);
      expect(decoded?.encoding).toBe(enc);
      expect(decoded?.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/UTF-16.*converted.*UTF-8/) });
    }
    expect(decodeText('w.txt', concat(new Uint8Array([0xff, 0xfe]), bytesOf(RU, 'utf-16le'))).decoded?.text).toBe(RU);
  });
  it('decodes cp1251 and KOI8-R Cyrillic with a warning naming the encoding', () => {
    for (const [enc, text] of [['windows-1251', RU], ['windows-1251', UK], ['koi8-r', RU], ['koi8-u', UK]] as const) {
      const { decoded, problems } = decodeText('c.txt', bytesOf(text, enc));
      expect(decoded?.text).toBe(text);
      expect(decoded?.encoding).toBe(enc);
      expect(problems).toHaveLength(1);
      expect(problems[0].severity).toBe('warning');
      expect(problems[0].message).toContain(enc);
      expect(problems[0].message).toMatch(/Re-save it as UTF-8/);
    }
  });
  it('keeps invalid UTF-8 that is not Cyrillic as UTF-8 with replacement chars and the line of the first bad byte', () => {
    const raw = concat(utf8('первая строка\nвторая '), new Uint8Array([0xff, 0xfe, 0x41]), utf8(' конец\n'));
    const { decoded, problems } = decodeText('bad.txt', raw);
    expect(decoded?.encoding).toBe('utf-8');
    expect(decoded?.text).toContain('\uFFFD');
    expect(decoded?.text.startsWith('первая строка\nвторая ')).toBe(true);
    expect(problems).toEqual([{ file: 'bad.txt', severity: 'warning', line: 2, message: expect.stringMatching(/invalid UTF-8 on line 2/) }]);
  });
  it('does not take Latin-1 Western text for Cyrillic', () => {
    const { decoded, problems } = decodeText('fr.txt', bytesOf('Le café près de la rivière était fermé.\nÇa arrive.\n', 'latin1'));
    expect(decoded?.encoding).toBe('utf-8');
    expect(problems).toEqual([{ file: 'fr.txt', severity: 'warning', line: 1, message: expect.stringMatching(/invalid UTF-8 on line 1/) }]);
  });
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(utf8('ok ё 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1); // truncated
  });
});
