/**
 * Conservative pronoun links: a sentence that opens with «Он/Она» (uk
 * «Він/Вона», en «He/She») refers to the person the previous sentence is
 * about, when that is unambiguous: the one person of matching gender there,
 * or the one whose mention there is unmistakably nominative (the subject).
 */
import type { LocalMention } from '../../model/model.ts';
import { CASE } from './name-morphology.ts';
import type { PeopleContext } from './people-context.ts';
import { PRONOUNS } from './person-cues.ts';

export function linkPronouns(ctx: PeopleContext): void {
  const { words, people, groups } = ctx;
  // Case of each name mention, by start offset (from the name reading).
  const caseAt = new Map<number, number>();
  groups.forEach((g) => g.spans.forEach((s, i) => caseAt.set(s.start, g.cases[i])));
  const bySentence = new Map<number, { person: number; mention: LocalMention }[]>();
  people.forEach((p, person) => {
    for (const mention of p.mentions) {
      const list = bySentence.get(mention.sentence) ?? [];
      list.push({ person, mention });
      bySentence.set(mention.sentence, list);
    }
  });
  for (const w of words) {
    if (!w.cap || !(w.index === 0 || words[w.index - 1].sentence !== w.sentence)) continue;
    const gender = PRONOUNS[w.lower];
    if (!gender || w.sentence === 0) continue;
    const prevSentence = w.sentence - 1;
    const byPerson = new Map<number, boolean>();
    const notSubject = new Set<number>();
    for (const { person, mention } of bySentence.get(prevSentence) ?? []) {
      const g = people[person].parts?.gender;
      if ((g && g !== gender) || mention.kind === 'pronoun') continue;
      const nominative = mention.kind === 'role' || caseAt.get(mention.start) === CASE.nomn;
      byPerson.set(person, (byPerson.get(person) ?? false) || nominative);
      const c = caseAt.get(mention.start) ?? 0;
      if (mention.kind === 'name' && c !== 0 && !(c & CASE.nomn)) notSubject.add(person);
    }
    const candidates = [...byPerson].map(([person, nominative]) => ({ person, nominative }));
    // Several people there: only the one unmistakable subject, and only when every other is unmistakably not one.
    const subjects = candidates.filter((c) => c.nominative);
    const others = candidates.filter((c) => !c.nominative).every((c) => notSubject.has(c.person));
    const pick = candidates.length === 1 ? candidates[0] : subjects.length === 1 && others ? subjects[0] : null;
    if (!pick) continue;
    people[pick.person].mentions.push({ start: w.start, end: w.end, text: w.text, kind: 'pronoun', sentence: w.sentence });
  }
}
