import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectTextLanguage, normaliseLang } from '../../scripts/article/language/detect-language.ts';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { decoded } from './helpers.ts';

const seedDir = path.resolve(import.meta.dirname, '../../../shared/seed');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];

const lang = (text: string, file = 'a.txt') => detectLanguage(parseArticle(decoded(file, text)));

const UKRAINIAN = ` date 2025-08-24 Російський президент Володимир путін і далі намагається отримати поступки від Сполучених Штатів у двосторонніх відносинах. Водночас очільник Кремля не налаштований брати участь у мирному процесі щодо України.

Про це повідомляє 24 Канал з посиланням на звіт американського Інституту вивчення війни.

Як путін намагається отримати поступки від США?

– пишуть аналітики.`;

describe('normaliseLang', () => {
  it('normalises common spellings', () => {
    expect(normaliseLang('ua')).toBe('uk');
    expect(normaliseLang('rus')).toBe('ru');
    expect(normaliseLang('RU-ru')).toBe('ru');
    expect(normaliseLang('en_US')).toBe('en');
    expect(normaliseLang('English')).toBe('en');
    expect(normaliseLang('klingon')).toBeNull();
    expect(normaliseLang(5)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('lets a valid declared lang win', () => {
    expect(lang('---\nlang: ua\ndate: 2025-01-01\n---\nЭто русский текст, ещё и ещё.', 'a.md')).toBe('uk');
    expect(lang('---\nlang: en\ndate: 2025-01-01\n---\nЭто русский текст.', 'a.md')).toBe('en');
  });
  it('ignores an invalid declared lang and detects', () => {
    expect(lang('---\nlang: xx-klingon\ndate: 2025-01-01\n---\nЭто русский текст, объявленный странно.', 'a.md')).toBe('ru');
  });
  it('detects Ukrainian from a paraphrase of the seed', () => {
    expect(lang(UKRAINIAN)).toBe('uk');
  });
  it('keeps a Russian text that quotes Ukrainian words Russian', () => {
    expect(lang(' date 2025-01-01 Демонстранты скандировали «Слава Україні» и «Героям слава», а затем разошлись по домам. Полиция объявила, что задержанных нет.')).toBe('ru');
  });
  it('tells short texts apart by function words and never crashes on empty', () => {
    expect(detectTextLanguage('він сказав, що прийде')).toBe('uk');
    expect(detectTextLanguage('он сказал, что придет')).toBe('ru');
    expect(detectTextLanguage('Путин')).toBe('ru');
    expect(detectTextLanguage('')).toBe('en');
    expect(detectTextLanguage('12345 !!!')).toBe('en');
    expect(lang('')).toBeTypeOf('string');
  });
  it('detects Latin-script languages', () => {
    expect(lang(' date 2025-01-01 The president met his Russian counterpart in Alaska on Friday, officials said.')).toBe('en');
    expect(lang(' date 2025-01-01 Der Präsident traf sich am Freitag mit seinem russischen Amtskollegen in Alaska.')).toBe('de');
    expect(detectTextLanguage('ok')).toBe('en');
  });
  it.skipIf(seeds.length === 0)('detects the seed article as Russian', () => {
    const text = readFileSync(path.join(seedDir, seeds[0]), 'utf8');
    expect(lang(text, seeds[0])).toBe('ru');
  });
});
