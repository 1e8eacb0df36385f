/**
 * Crude ending-stripping stemmer for ru/uk/en, used only to look words up in
 * the gazetteer (Москве/Москва → «москв», Україні/Україна → «україн»), so one
 * nominative list matches every case form without a Ukrainian dictionary.
 * Abbreviations (all caps) keep their exact spelling.
 */

// Longest first so «ией» wins over «ей» and «ого» over «о».
const ENDINGS = [
  'ями', 'ами', 'ией', 'ією', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ові', 'еві', 'єві',
  'ою', 'ею', 'єю', 'ий', 'ій', 'ый', 'ой', 'ей', 'ия', 'ія', 'ии', 'ії', 'ию', 'ію', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях',
  'ым', 'им', 'ых', 'их', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ої', 'ої', 'ий',
  'ы', 'и', 'і', 'ї', 'а', 'я', 'у', 'ю', 'е', 'є', 'о', 'ь', 'й',
];

const LETTERS = /\p{L}/u;

/** True for abbreviations such as НАТО, США, ISW (two or more letters, no lowercase). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (!LETTERS.test(ch)) continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}

export function stemWord(word: string): string {
  if (isAllCaps(word)) return word.replace(/\./g, '');
  let w = word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ]/g, "'");
  if (/^[a-z0-9.'-]+$/.test(w)) return w.replace(/'s$/, '').replace(/\./g, '');
  for (const ending of ENDINGS) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  return w;
}
