/**
 * What a role phrase means, in any of the project's languages: which kind of
 * office its head noun names (head of state, head of government, minister)
 * and of which country or body. «президент Венгрии», «угорський президент»
 * and "Hungary's president" share one sense, so a role reference without a
 * name in one article can be matched to the person another article names
 * with that office, whatever the language or wording. The tables only say
 * which word stems mean which kind and country.
 */
import { memoByString } from '../../util/memo.ts';
import { isRoleNoun } from './person-cues.ts';

export type RoleKind = 'head' | 'minister' | 'government';

export interface RoleSense {
  kind: RoleKind | null;
  country: string | null;
  /** The role noun, lowercase stem («президент», «диктатор»). */
  head: string;
}

/** A word of a role phrase as the sense reader needs it. */
export interface SenseWord {
  lower: string;
  latin: boolean;
}

// Role nouns whose referent can be resolved: kind by stem.
const HEAD_NOUNS: [RegExp, RoleKind | null][] = [
  [/^(президент|president|диктатор|dictator|лидер|лідер|leader|хозяин|правител|монарх|корол|king)/u, 'head'],
  [/^(премьер|прем['’]єр|prime|канцлер|chancellor|премьер-министр)/u, 'government'],
  [/^(министр|міністр|minister|госсекретар|secretary)/u, 'minister'],
  [/^(глав|голов|очільник|head)/u, null],
];

/** Whether a lowercase word starts like one of the resolvable role nouns (asked of every word of an article). */
export const startsHeadNoun = memoByString((lower) => HEAD_NOUNS.some(([re]) => re.test(lower)));

// Country (or seat of power, or international body) by stem of an adjective, genitive complement or possessive.
const COUNTRIES: [RegExp, string][] = [
  [/^(росси|рф$|российск|кремл|русск|russia|kremlin|росій|кремл)/u, 'ru'],
  [/^(сша$|америк|американск|us$|u\.s|american|white|белого|білого|вашингтон)/u, 'us'],
  [/^(украин|україн|ukrain|банков)/u, 'ua'],
  [/^(финлянд|финск|фінлянд|фінськ|finland|finnish)/u, 'fi'],
  [/^(франци|французск|франц|france|french|елисейск)/u, 'fr'],
  [/^(германи|немецк|німеччин|німецьк|germany|german|фрг$)/u, 'de'],
  [/^(великобритани|британск|британі|британськ|britain|british|uk$)/u, 'gb'],
  [/^(турци|турецк|туреччин|турецьк|turkey|turkish|türkiye)/u, 'tr'],
  [/^(кита|китайск|china|chinese|кнр$)/u, 'cn'],
  [/^(белорус|білорус|belarus|беларус)/u, 'by'],
  [/^(польш|польск|польщ|польськ|poland|polish)/u, 'pl'],
  [/^(израил|ізраїл|israel)/u, 'il'],
  [/^(иран|іран|iran)/u, 'ir'],
  [/^(япони|японск|япон|japan)/u, 'jp'],
  [/^(венгри|венгерск|угорщин|угорськ|hungar)/u, 'hu'],
  [/^(словаки|словацк|словаччин|словацьк|slovak)/u, 'sk'],
  [/^(чехи|чешск|чехі|чеськ|czech)/u, 'cz'],
  [/^(молдави|молдов|молдавск|молдовськ|moldov)/u, 'md'],
  [/^(румыни|румынск|румуні|румунськ|romania)/u, 'ro'],
  [/^(итали|итальянск|італі|італійськ|ital)/u, 'it'],
  [/^(испани|испанск|іспані|іспанськ|spain|spanish)/u, 'es'],
  [/^(канад|canad)/u, 'ca'],
  [/^(индии$|индия$|индийск|інді[їяю]$|індійськ|india$|indian$)/u, 'in'],
  [/^(грузи|грузинск|грузинськ|georgia$|georgian)/u, 'ge'],
  [/^(армени|армянск|вірмен|armenia)/u, 'am'],
  [/^(азербайджан|azerbaijan)/u, 'az'],
  [/^(казахстан|казахск|казахськ|kazakh)/u, 'kz'],
  [/^(таджикистан|таджикск|таджицьк|tajik)/u, 'tj'],
  [/^(узбекистан|узбекск|узбецьк|uzbek)/u, 'uz'],
  [/^(сирии$|сирия$|сирийск|сирі[їяю]$|сирійськ|syria)/u, 'sy'],
  [/^(египт|египетск|єгипт|egypt)/u, 'eg'],
  [/^(саудовск|саудівськ|saudi)/u, 'sa'],
  [/^(литв|литовск|литовськ|lithuania)/u, 'lt'],
  [/^(латви|латвийск|латвійськ|latvia)/u, 'lv'],
  [/^(эстони|эстонск|естоні|естонськ|estonia)/u, 'ee'],
  [/^(сербии$|сербия$|сербск|сербі[їяю]$|сербськ|serbia)/u, 'rs'],
  [/^(австрии$|австрия$|австрийск|австрі[їяю]$|австрійськ|austria)/u, 'at'],
  [/^(нидерланд|нідерланд|netherlands|dutch)/u, 'nl'],
  [/^(бразили|бразильск|бразилі|бразильськ|brazil)/u, 'br'],
  [/^(мексик|mexic)/u, 'mx'],
  [/^(венесуэл|венесуел|venezuel)/u, 've'],
  [/^(кндр$|северокорейск|північнокорейськ)/u, 'kp'],
  [/^(оон$|un$)/u, 'un'],
  [/^(нато$|nato$)/u, 'nato'],
];
// What a «глава X» heads: the state (Кремль, государство), the government, a foreign ministry.
const HEAD_OF: [RegExp, RoleKind][] = [
  [/^(кремл|государств|держав|state|white|белого|білого|елисейск)/u, 'head'],
  [/^(правительств|уряд|кабмин|кабінет|government|cabinet)/u, 'government'],
  [/^(мид$|мзс$|министерств|міністерств|минобороны|минфин|ведомств|дипломат|foreign|ministry)/u, 'minister'],
];

/** The country or body one of the words names, or null. */
export function countryOf(ws: readonly SenseWord[]): string | null {
  for (const w of ws) for (const [re, c] of COUNTRIES) if (re.test(w.lower)) return c;
  return null;
}

/** What the words of a role phrase mean: kind and country. */
export function senseOf(ws: readonly SenseWord[]): RoleSense | null {
  // The first role noun is the head («помощник президента России» is an aide, not a president).
  const headIdx = ws.findIndex((w) => isRoleNoun(w.lower, w.latin ? 'en' : 'ru'));
  if (headIdx < 0) return null;
  let kind: RoleKind | null = null;
  const match = HEAD_NOUNS.find(([re]) => re.test(ws[headIdx]!.lower));
  if (!match) return { kind: null, country: null, head: ws[headIdx]!.lower };
  kind = match[1];
  // «prime minister» heads a government, not a ministry.
  if (ws[headIdx]!.latin && ws.some((w) => w.lower === 'prime')) kind = 'government';
  const rest = ws.slice(headIdx + 1);
  if (kind === null) {
    for (const w of rest) for (const [re, k] of HEAD_OF) if (kind === null && re.test(w.lower)) kind = k;
  }
  return { kind, country: countryOf(ws), head: ws[headIdx]!.lower.replace(/(а|у|ом|е|ы|ой|ем|ю|я)$/u, '') };
}

/**
 * The key under which an office is the same office in every language: only a
 * head of state or of government of a named country (one holder at a time);
 * a minister's portfolio is not read, so ministers of one country stay apart.
 */
export function officeKey(sense: RoleSense | null): string | null {
  if (!sense || !sense.country || (sense.kind !== 'head' && sense.kind !== 'government')) return null;
  return `${sense.kind}|${sense.country}`;
}

/** The office key of a role written as text («президента Молдавии», "Moldova's president"), or null. */
export const officeKeyOfText = memoByString((text: string): string | null => {
  const words = (text.toLowerCase().replace(/['’]s\b/gu, '').match(/[\p{L}.'’-]+/gu) ?? []).map((lower) => ({ lower, latin: /^[a-z.'’-]+$/u.test(lower) }));
  // A former, late or future holder is not the one in office on the article's date.
  if (words.some((w) => NOT_IN_OFFICE.test(w.lower))) return null;
  return officeKey(senseOf(words));
});

/** Words saying the holder is not the one in office now: «бывший», «покойный», «избранный», "former", "late", "elect". */
export const NOT_IN_OFFICE = /^(бывш|экс|колишн|екс|покойн|покійн|будущ|майбутн|избранн|обран|новоизбран|новообран|former|ex-|late$|future|elect$|president-elect|incoming|ушедш|попередн|предыдущ|previous)/u;

/**
 * Nouns that take an office as their object without meaning its holder:
 * «выборы президента», «пост премьера», «кандидат в президенты», "the
 * presidential election", «інавгурація президента».
 */
export const OFFICE_NOT_HOLDER = /^(выбор|избран|пост|должност|кандидат|вибор|посад|election|candida|post$|office$|race$|администрац|адміністрац|administration|инаугурац|інавгурац|inaugura|резиденц|резиденці|residence|аппарат|апарат|офис|офіс|пресс|прес|указ|рішенн|решени|decree)/u;
