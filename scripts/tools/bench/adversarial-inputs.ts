/**
 * Hostile articles for the adversarial benchmark, each at several sizes so
 * the timings show whether analysis stays linear: one sentence of 50,000
 * capitalised words (a worst case for name-finding), 100,000 letters with no
 * space (one giant token), 10,000 nested quotes (quote/attribution
 * matching), and a markdown paragraph of 20,000 `*a` (micromark's emphasis
 * resolution is quadratic in one paragraph; the page renderer guards it).
 */
export interface AdversarialInput {
  kind: 'capitalised-words' | 'no-spaces' | 'nested-quotes' | 'emphasis-runs';
  /** Units: words, letters, quote levels or `*a` pairs. */
  units: number;
  /** File extension: how the article is read. */
  ext: 'txt' | 'md';
  text: string;
}

const NAMES = ['Владимир', 'Путин', 'Зеленский', 'Трамп', 'Макрон', 'Стубб', 'Лавров', 'Петров', 'Ковальчук', 'Шевченко', 'Москва', 'Киев'];
const FULL: Record<AdversarialInput['kind'], number> = { 'capitalised-words': 50_000, 'no-spaces': 100_000, 'nested-quotes': 10_000, 'emphasis-runs': 20_000 };
const FIRST_PARAGRAPH = 'Обычный первый абзац статьи о встрече Путина и Трампа.';

function article(kind: AdversarialInput['kind'], units: number): Pick<AdversarialInput, 'ext' | 'text'> {
  if (kind === 'emphasis-runs') return { ext: 'md', text: `---\ntitle: Звёздочки\ndate: 2025-08-24\n---\n\n${FIRST_PARAGRAPH}\n\n${'*a'.repeat(units)}\n` };
  const body = kind === 'capitalised-words' ? capitalisedWords(units) : kind === 'no-spaces' ? noSpaces(units) : nestedQuotes(units);
  return { ext: 'txt', text: ` date 2025-08-24 ${FIRST_PARAGRAPH}\n\n${body}\n` };
}

function capitalisedWords(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(NAMES[(i * 7 + (i >> 3)) % NAMES.length]);
  return `${words.join(' ')}.`;
}

function noSpaces(n: number): string {
  const letters = 'абвгдежзиклмнопрстуфхцчшщэюяПутин';
  let s = '';
  for (let i = 0; i < n; i++) s += letters[(i * 13) % letters.length];
  return s;
}

function nestedQuotes(n: number): string {
  const open = ['«', '„', '"', '“'];
  const close = ['»', '“', '"', '”'];
  let head = '';
  let tail = '';
  for (let i = 0; i < n; i++) {
    head += `${open[i % 4]}Путин сказал `;
    tail = `${close[i % 4]}, – заявил Песков` + tail;
  }
  return `${head}мир${tail}.\n\n– пишут аналитики.`;
}

export function adversarialInputs(fractions: readonly number[] = [0.25, 0.5, 1, 2]): AdversarialInput[] {
  const out: AdversarialInput[] = [];
  for (const kind of Object.keys(FULL) as Array<AdversarialInput['kind']>) {
    for (const f of fractions) {
      const units = Math.round(FULL[kind] * f);
      out.push({ kind, units, ...article(kind, units) });
    }
  }
  return out;
}
