/**
 * The capital of each country whose capital is in world-places.data.ts: "the
 * Latvian capital", «столица Латвии» name the city. One pair a line:
 * ISO 3166 alpha-2 code, world-places concept.
 */
export const CAPITALS = `
RU moscow
UA kyiv
US washington
GB london
FR paris
DE berlin
BE brussels
CH bern
AT vienna
IT rome
ES madrid
PT lisbon
PL warsaw
CZ prague
SK bratislava
HU budapest
RO bucharest
MD chisinau
LT vilnius
LV riga
EE tallinn
FI helsinki
SE stockholm
NO oslo
DK copenhagen
BY minsk
GE tbilisi
AM yerevan
AZ baku
KZ astana
TR ankara
SA riyadh
QA doha
AE abu-dhabi
IR tehran
EG cairo
CN beijing
JP tokyo
IN new-delhi
CA ottawa
`;
