/**
 * fast-check arbitraries for hostile article files, shared by the CI fuzz
 * tests (test/reliability) and `npm run fuzz`, so both explore the same space.
 *
 * An article is built in three layers, each of which can go wrong on purpose:
 * text (news-like sentences mixed with hostile fragments) → layout (seed .txt,
 * markdown with frontmatter, or nothing) → bytes (UTF-8, UTF-16, cp1251,
 * KOI8-R, mixed, truncated, bit-flipped or plain random).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** Words a news article is made of, in the three languages, names in several case forms. */
const WORDS = {
  names: [
    'Владимир Путин', 'Путина', 'Путину', 'путін', 'Володимир Зеленський', 'Зеленского', 'Сергей Лавров', 'Лаврова',
    'Марко Рубио', 'Дональд Трамп', 'Трампа', 'Дональд Трамп-младший', 'Эммануэль Макрон', 'Урсула фон дер Ляйен',
    'Vladimir Putin', 'Donald Trump', 'Alexander Stubb', "O'Brien", 'Mike Johnson', 'В. В. Путин', 'Жан-Ив Ле Дриан',
  ],
  places: ['Киев', 'Киеве', 'Київ', 'Києві', 'Аляска', 'на Аляске', 'Женеве', 'Geneva', 'Хельсинки', 'Washington', 'Белом доме'],
  orgs: ['МИД России', 'НАТО', 'ЕС', 'ISW', 'Кремль', 'Верховная рада', 'European Commission', 'ООН'],
  verbs: ['заявил', 'встретился с', 'провел переговоры с', 'позвонил', 'зустрівся з', 'заявив', 'said', 'met', 'called', 'отменил встречу с', 'посетил'],
  filler: ['в', 'и', 'что', 'по', 'после', 'встреча', 'переговоры', 'санкции', 'в понедельник', '24 августа', 'у', 'the', 'on', 'talks', 'in', 'з', 'та', 'не'],
  attributions: ['– заявил Путин.', '– пишут аналитики.', '— сказал Зеленский.', '- said Trump.', '– резюмировали в ISW.'],
};

/** Fragments that have broken text pipelines before: markup, controls, invisible and look-alike characters. */
export const HOSTILE_FRAGMENTS = [
  '«', '»', '"', '“', '”', '„', '‘', "'", '(', ')', '[[', ']]', '|', '#', '> ', '* ', '- ', '1. ', '```', '---', '***',
  '<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '&amp;', '\\', '`',
  '\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\r', '\r\n', '\t', '\f', '\v', '\u2028', '\u2029',
  '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202e', '\u2066',
  '\u0301', '\u0306', 'й', 'й', 'ё', 'ё', 'ʼ', '’', 'Пyтин', 'Зeленский', 'Рutin', 'Лавров\u00adа', 'Пу\u200bтин',
  '👍🏽', '👨‍👩‍👧', '🇺🇦', '\ud800', '\udfff', '\ufffd', '𝐏𝐮𝐭𝐢𝐧', 'ﬁ', 'Ⅻ', '١٢٣', 'שלום', 'مرحبا', '中文',
  ' date 2025-08-24 ', ' date 2025-13-45 ', ' date 2025-08 ', 'date', '?', '…', '...', '.', '!', ',', ' – ', ' — ',
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** One news-like sentence, sometimes with a quote and an attribution. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(
    pick(WORDS.names),
    pick(WORDS.verbs),
    fc.oneof(pick(WORDS.names), pick(WORDS.places), pick(WORDS.orgs)),
    fc.array(fc.oneof(pick(WORDS.filler), pick(WORDS.places), pick(WORDS.orgs)), { maxLength: 6 }),
    fc.constantFrom('.', '?', '!', '…', ''),
    fc.constantFrom('plain', 'quoted', 'indirect', 'question'),
  )
  .map(([name, verb, object, filler, end, shape]) => {
    const core = `${name} ${verb} ${object} ${filler.join(' ')}`.trim();
    if (shape === 'quoted') return `«${core}${end}», – ${verb} ${name}.`;
    if (shape === 'indirect') return `${name} ${verb}, что ${core.toLowerCase()}${end || '.'}`;
    if (shape === 'question') return `${core}?`;
    return `${core}${end}`;
  });

/** A paragraph: sentences with hostile fragments spliced in. */
export const paragraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 2, arbitrary: pick(HOSTILE_FRAGMENTS) }, { weight: 1, arbitrary: pick(WORDS.attributions) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((glue) => parts.join(glue)));

/** Several paragraphs joined by blank lines (or not quite blank lines). */
export const body: fc.Arbitrary<string> = fc
  .array(paragraph, { minLength: 0, maxLength: 10 })
  .chain((paragraphs) => fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\n\n\n\n').map((glue) => paragraphs.join(glue)));

const isoDate = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2025-08', '2025', '2025-02-30', '2025-13-45', '0000-00-00', '25-08-2025', '', 'завтра'),
);

const yamlValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  pick(WORDS.names),
  fc.constantFrom('"unterminated', "'", '[2025', '{a: 1', '|', '>', '&anchor', '*alias', '!!binary AAAA', '- x', 'null', '~', 'yes', '2025-08-24', '---'),
);

/** YAML frontmatter, valid or broken: unbalanced fences, bad types, hostile values. */
const frontmatter: fc.Arbitrary<string> = fc
  .record({
    title: fc.option(fc.oneof(yamlValue, fc.constant('"]] | --- <script>"')), { nil: undefined }),
    date: fc.option(isoDate, { nil: undefined }),
    lang: fc.option(fc.constantFrom('ru', 'uk', 'en', 'de', '', 'RU', 'xx-YY', '[ru]'), { nil: undefined }),
    source: fc.option(yamlValue, { nil: undefined }),
    url: fc.option(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'ftp://x', 'http://', 'data:text/html,<b>'), { nil: undefined }),
    tags: fc.option(fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }).map((tags) => JSON.stringify(tags)), yamlValue), { nil: undefined }),
    open: fc.constantFrom('---\n', '---\r\n', '--- \n', '---'),
    close: fc.constantFrom('---\n', '---\r\n', '...\n', '', '--\n', '---'),
  })
  .map(({ open, close, ...fields }) => {
    const lines = Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}: ${value}`);
    return `${open}${lines.join('\n')}\n${close}`;
  });

/** Article text in one of the two formats, or in neither. */
export const articleText: fc.Arbitrary<{ ext: 'txt' | 'md'; text: string }> = fc.oneof(
  fc.tuple(isoDate, body).map(([date, text]) => ({ ext: 'txt' as const, text: ` date ${date} ${text}` })),
  fc.tuple(frontmatter, body).map(([head, text]) => ({ ext: 'md' as const, text: `${head}${text}` })),
  fc.tuple(fc.constantFrom('txt' as const, 'md' as const), body).map(([ext, text]) => ({ ext, text })),
);

/** Unicode rewrites applied to a whole text: normalisation forms and invisible characters inside words. */
const unicodeRewrite = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.normalize('NFD'),
  (text) => text.normalize('NFKC'),
  (text) => text.replace(/([а-яё])([а-яё])/g, '$1\u00ad$2'),
  (text) => text.replace(/([а-яё])([а-яё])/g, '$1\u200b$2'),
  (text) => text.replace(/у/g, 'y').replace(/е/g, 'e').replace(/о/g, 'o'),
  (text) => text.replace(/'/g, 'ʼ'),
  (text) => `\u200f${text.replace(/ /g, ' \u200e')}`,
);

const ENCODINGS = ['win1251', 'koi8-r', 'utf16le', 'utf16be', 'latin1'] as const;

function encode(text: string, encoding: 'utf8' | 'bom' | (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const bytes = iconv.encode(text, encoding);
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]);
  if (encoding === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
  return bytes;
}

/** Byte-level damage applied after encoding. */
const byteMutation = fc.oneof(
  { weight: 6, arbitrary: fc.constant((bytes: Uint8Array) => bytes) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length * at))) },
  {
    weight: 1,
    arbitrary: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map(
      (flips) => (bytes: Uint8Array) => {
        const copy = Uint8Array.from(bytes);
        for (const [at, value] of flips) if (copy.length) copy[Math.floor(at * (copy.length - 1))] = value;
        return copy;
      },
    ),
  },
);

/** The bytes of one article file. */
export const articleBytes: fc.Arbitrary<{ ext: 'txt' | 'md'; bytes: Uint8Array }> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(articleText, unicodeRewrite, fc.constantFrom('utf8', 'utf8', 'utf8', 'bom', ...ENCODINGS), byteMutation)
      .map(([{ ext, text }, rewrite, encoding, mutate]) => ({ ext, bytes: mutate(encode(rewrite(text), encoding)) })),
  },
  {
    // Mixed encodings: a UTF-8 file with a cp1251 or KOI8-R paragraph pasted in.
    weight: 2,
    arbitrary: fc.tuple(articleText, body, fc.constantFrom('win1251' as const, 'koi8-r' as const)).map(([{ ext, text }, pasted, encoding]) => ({
      ext,
      bytes: Buffer.concat([encode(text, 'utf8'), encode(`\n\n${pasted}`, encoding)]),
    })),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('txt' as const, 'md' as const), fc.uint8Array({ maxLength: 2000 })).map(([ext, bytes]) => ({ ext, bytes })) },
);

/** A file name that is safe to create on Linux but hostile to naive id and path code. */
export const hostileFileName: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('..', '...', 'CON', 'nul', 'PRN.tar', 'aux', 'COM1', '-rf', '~', '$HOME', '%2e%2e', 'a:b', '*', '?', '"q"', '<x>', 'x|y', ' space ', '.hidden', 'Путин на Аляске', 'Путін', '👍', 'e\u0301', 'é', '\u202eevil', 'a\tb', 'line\nbreak', 'bell\u0007', 'ünïcödé', 'ＦＵＬＬ'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    ),
    fc.constantFrom('.txt' as const, '.md' as const),
  )
  // Linux forbids only '/' and NUL in a name; a leading dot would hide the file by design.
  .map(([stem, ext]) => `${stem.replace(/[/\0]/g, '_').replace(/^\./, '_')}${ext}`)
  .filter((name) => Buffer.byteLength(name) <= 255);

/** A folder of articles: distinct relative paths → bytes. */
export const corpus = (maxFiles: number): fc.Arbitrary<Array<{ file: string; bytes: Uint8Array }>> =>
  fc
    .uniqueArray(fc.tuple(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 1, maxLength: 12 }), articleBytes), {
      minLength: 1,
      maxLength: maxFiles,
      selector: ([name, { ext }]) => `${name}.${ext}`,
    })
    .map((items) => items.map(([name, { ext, bytes }]) => ({ file: `articles/${name}.${ext}`, bytes })));

/** Very large inputs, too slow for many CI cases but cheap for `npm run fuzz --large`. */
export const largeArticle: fc.Arbitrary<{ ext: 'txt' | 'md'; text: string }> = fc.oneof(
  sentence.map((s) => ({ ext: 'txt' as const, text: ` date 2025-08-24 ${s.replace(/\.$/, '')} ${'Путин Трамп Зеленский '.repeat(50_000)}` })),
  fc.integer({ min: 10_000, max: 100_000 }).map((n) => ({ ext: 'txt' as const, text: ` date 2025-08-24 ${'Путин заявил.\n\n'.repeat(n)}` })),
  fc.integer({ min: 100, max: 5_000 }).map((depth) => ({ ext: 'md' as const, text: `---\ntitle: deep\n---\n${'> '.repeat(depth)}${'- '.repeat(depth)}${'['.repeat(depth)}Путин${']'.repeat(depth)}\n` })),
);

/** A well-formed article (seed .txt or .md with sane frontmatter): the background corpus for crash and determinism tests. */
export const cleanArticle: fc.Arbitrary<{ ext: 'txt' | 'md'; text: string }> = fc
  .tuple(
    fc.date({ min: new Date('2024-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([date, paragraphs, markdown]) => {
    const text = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');
    return markdown
      ? { ext: 'md' as const, text: `---\ntitle: ${JSON.stringify(paragraphs[0][0].slice(0, 60))}\ndate: ${date}\n---\n${text}\n` }
      : { ext: 'txt' as const, text: ` date ${date} ${text}\n` };
  });

/** `count` clean articles, the same for the same seed: `articles/NNN.ext` → text. */
export function sampleCleanCorpus(count: number, seed: number): Array<{ file: string; text: string }> {
  return fc.sample(cleanArticle, { numRuns: count, seed }).map(({ ext, text }, index) => ({ file: `articles/synthetic/${String(index).padStart(4, '0')}.${ext}`, text }));
}
