/** Caps that keep every page small however large the corpus grows. */
export const LIMITS = {
  reports: 300,
  unlinked: 50,
  quotes: 30,
  coMentioned: 15,
  personEvents: 200,
  personPlans: 100,
  related: 10,
  homeList: 12,
  sentenceChars: 360,
  graphNodes: 2000,
};
