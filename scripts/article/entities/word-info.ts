/** What the dictionaries say about a word as a possible part of a person's name (see name-morphology.ts). */

export type Gender = 'm' | 'f' | null;

/** One reading of a word as part of a name: nominative lemma (lowercase), gender, possible cases. */
export interface NameReading {
  lemma: string;
  gender: Gender;
  cases: number;
  score: number;
}

export interface WordInfo {
  first: NameReading[];
  last: NameReading[];
  patronymic: NameReading[];
  /** Summed dictionary score of readings as a geographic / organisation name. */
  geo: number;
  org: number;
  /** Summed dictionary score of ordinary-word readings (not proper names). */
  common: number;
  /** Dictionary knows the word as an adjective (Российский, Соединенных). */
  adjective: boolean;
  /** Preposition, conjunction, pronoun, particle… */
  functionWord: boolean;
  /** Any reading straight from the dictionary (not predicted). */
  known: boolean;
  /** Predicted adjectival surname reading (Зеленским → зеленский), when the word is unknown. */
  adjectival: NameReading[];
  /** Possible cases of any noun reading (for agreement of unknown words). */
  nounCases: number;
  /** Every noun reading is plural («представители»): not an apposition to one person. */
  plural: boolean;
  /** The dictionary reads it as a preposition (в, у, для…). */
  preposition: boolean;
  /** A Ukrainian spelling of an ordinary Russian word, not a name (Позицію = позицию). */
  ukCommon: boolean;
  /** The Ukrainian lexicon lists the word as an ordinary word as well as a name (Влада, Віра, Надія). */
  ukAlsoCommon?: boolean;
}
