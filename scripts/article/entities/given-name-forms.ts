/**
 * A first name standing alone linked to the one person in the text it can
 * stand for: a short everyday form of their full name («Дима» for Дмитрий),
 * or another case form of a foreign name the dictionary does not know
 * («Эван» and «Эвана»).
 */
import { DIMINUTIVES } from './diminutives.data.ts';
import { wordInfo } from './name-morphology.ts';
import { nominativeFromForms } from './surname-forms.ts';

/** The person (by index into `groupFirsts`) a lone first name stands for, and the first name to file it under; null unless exactly one fits. */
export function givenNameOwner(alone: string, groupFirsts: ReadonlyMap<string, number>[], lang: string): { index: number; first: string } | null {
  const fulls = DIMINUTIVES[alone.replace(/ё/g, 'е')] ?? DIMINUTIVES[alone];
  if (fulls) {
    const owners = groupFirsts.flatMap((firsts, index) => {
      const full = fulls.find((f) => firsts.has(f));
      return full ? [{ index, first: full }] : [];
    });
    return owners.length === 1 ? owners[0]! : null;
  }
  // Only a form the dictionary does not know may be another case of the lone name (not Александра for Александр).
  const owners = groupFirsts.flatMap((firsts, index) =>
    [...firsts.keys()].some((f) => f !== alone && !wordInfo(f).known && [f, alone].includes(nominativeFromForms([f, alone], null, lang) ?? '')) ? [{ index, first: alone }] : [],
  );
  return owners.length === 1 ? owners[0]! : null;
}

/** Whether one first name is a short form of the other (Майк, Майкл): one person where the surname agrees. */
export function shortFormOf(a: string, b: string): boolean {
  return (DIMINUTIVES[a]?.includes(b) ?? false) || (DIMINUTIVES[b]?.includes(a) ?? false);
}
