/**
 * Hostile articles for the adversarial benchmark, each at several sizes so
 * the timings show whether analysis stays linear: one sentence of 50,000
 * capitalised words (a worst case for name-finding), 100,000 letters with no
 * space (one giant token), and 10,000 nested quotes (quote/attribution
 * matching).
 */
export interface AdversarialInput {
  kind: 'capitalised-words' | 'no-spaces' | 'nested-quotes';
  /** Units: words, letters or quote levels. */
  units: number;
  text: string;
}

const NAMES = ['Владимир', 'Путин', 'Зеленский', 'Трамп', 'Макрон', 'Стубб', 'Лавров', 'Петров', 'Ковальчук', 'Шевченко', 'Москва', 'Киев'];
const FULL: Record<AdversarialInput['kind'], number> = { 'capitalised-words': 50_000, 'no-spaces': 100_000, 'nested-quotes': 10_000 };

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
      const body = kind === 'capitalised-words' ? capitalisedWords(units) : kind === 'no-spaces' ? noSpaces(units) : nestedQuotes(units);
      out.push({ kind, units, text: ` date 2025-08-24 Обычный первый абзац статьи о встрече Путина и Трампа.\n\n${body}\n` });
    }
  }
  return out;
}
