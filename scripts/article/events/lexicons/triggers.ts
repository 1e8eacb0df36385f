/**
 * Trigger lexicon: the predicates (verbs and event nouns) that report an event,
 * per language, as ReDoS-safe patterns over lowercased text (tables that
 * trigger-patterns.ts reads).
 *
 * Patterns are stems with short, bounded ending alternations (no nested
 * quantifiers), so inflected forms match without a morphology lookup per
 * token. Each entry says which grammatical form it is, because the form feeds
 * status (past → happened, future → planned) and whether arguments are needed
 * (a bare noun «визит» is an event only with a participant, place or date).
 */
/** What «принял», «прийняв», "received" take when they do not mean hosting someone. */
export const NOT_HOSTED = /[,.;:]|решени|участи|закон|мер[ыу]|пакет|резолюц|документ|бюджет|присяг|отставк|поздравлен|парад|грамот|рішенн|участь|заход|бюджет|присяг|відставк|привітан|decision|part|law|bill|award|prize|letter|call|message|support|aid|funding|invitation/u;

/** What «назначил», «призначив» take when they schedule something rather than appoint someone. */
export const NOT_APPOINTED = /[,.;:]|встреч|переговор|заседани|выбор|дат[уы]|срок|зустріч|перемовин|засіданн|вибор|термін|meeting|talks|session|date/u;

const DOCUMENT_RU = /документ|соглашени|договор|меморандум|декларац|контракт|указ|закон|пакт|хартию|хартии/u;
const DOCUMENT_UK = /документ|угод|договор|договір|меморандум|декларац|контракт|указ|закон|пакт|хартію/u;
const DOCUMENT_EN = /document|agreement|deal|treaty|memorandum|declaration|decree|\blaw\b|\bbill\b|accord|contract|pact|charter/u;
const COURT_RU = /суд|судь[яи]|трибунал/u;
const COURT_UK = /суд|судд[яі]|трибунал/u;
const COURT_EN = /court|judge|tribunal/u;
/** A score, a quoted team name or a competition word: sport, not politics. */
/** A score (2:1, 2-1), not a date range («3–4 листопада»). */
export const SCORE =
  /(?<![\p{L}\p{N}])\d{1,2}\s?[:–-]\s?\d{1,2}(?![\p{N}])(?!\s{0,3}(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;
const SPORT = new RegExp(`${SCORE.source}|«[^»]{1,40}»|матч|турнир|турнір|чемпионат|чемпіонат|кубок|кубка|лиг[аие]|ліг[аи]|\\bcup\\b|league|stadium|\\bfc\\b|\\bmatch\\b|fixture`, 'iu');
/** A result, a title or a fight word: «бой», "the final" is a sports event (tested on the paragraph). */
const SPORT_STRICT = new RegExp(`${SCORE.source}|турнир|турнір|чемпион|чемпіон|кубок|кубка|титул|пояс|нокаут|олимпи|олімпі|гонщик|пелотон|\\bufc\\b|boxing|boxer|champion|\\btitle\\b|\\bbelt\\b|knockout|olympic|grand prix|\\btour\\b`, 'iu');
/** What is launched in a launch event: a rocket, a craft, a mission. */
const SPACE = /ракет|спутник|супутник|корабл|корабел|мисси|місі|космо|орбит|орбіт|старшип|starship|rocket|satellite|spacecraft|mission|orbit|space/u;
const SANCTION_ACTION_RU = /вв[её]л|ввели|ввела|введ|утверд|принял|приняли|приняла|расшир|наложил|объявил|продлил|пакет/u;
const SANCTION_ACTION_UK = /запровад|ввела|ввели|ввів|ухвал|затверд|наклал|розшир|оголоси|продовжи|пакет/u;
const SANCTION_ACTION_EN = /impos|adopt|announc|introduc|approv|slapp|expand|extend|package|new sanctions|sanctioned/u;
const NATION_UK = /нації|народу|українців|громадян|відео/u;

/**
 * One pattern a line: type, form, source (a regex over lowercased text), then
 * options: `weak`, `context:<name>` (see CONTEXTS), `person-after:<chars>`
 * `person-after:<chars>:not-hosted`, `person-after:<chars>:not-scheduled` (see
 * TriggerPattern.personAfter) and `paragraph` (the context is looked for in the paragraph).
 * Columns are set apart by two or more spaces; `#` starts a comment line.
 * Order counts: at one position the first pattern that matches wins.
 */
export const TRIGGER_TABLES: Readonly<Record<'ru' | 'uk' | 'en', string>> = {
  ru: String.raw`
meeting     past        встрет(?:ил|ила|или)(?:ся|сь)
meeting     past        встречал(?:ся|ась|ись)
meeting     future      встрет(?:ятся|ится|имся)
meeting     infinitive  встрет(?:иться|ились)
meeting     present     встреча(?:ется|ются|ться)
meeting     noun        встреч(?:а|и|е|у|ей|ам|ами|ах)?
# «принял присягу», «приняла закон»: before the hosting «принял», which would take the word.
office      past        (?:принял|приняла|принес|принесла)(?:и)? присягу
vote        past        (?:принял|приняла|приняли|одобрил|одобрила|одобрили)(?:а|и)? (?:закон|законопроект)(?:а|ы|ов)?
# «Х принял в Риме министра Y»: hosting a visitor.
meeting     past        принял(?:а|и)?  person-after:50:not-hosted
meeting     noun        переговор(?:ы|ов|ах|ам|ами)
summit      noun        саммит(?:а|е|у|ом|ы|ов|ах)?
visit       noun        визит(?:а|е|у|ом|ы|ов|ами|ах)?
visit       past        (?:посетил|посещал|побывал)(?:а|и)?
visit       future      посет(?:ит|ят|им)
visit       infinitive  посетить
# Arrival is the report of a visit: «прибыл в Рим на саммит».
visit       past        прибыл(?:а|и)? (?:в|во|на)
call        noun        телефонн(?:ый|ого|ом|ому|ым|ые|ых|ыми) (?:разговор|переговор)(?:а|е|у|ом|ы|ов|ах)?
call        noun        разговор(?:а|е|у|ом|ы)? по телефону
call        past        созвонил(?:ся|ась|ись)
call        past        \p{L}{2,20}(?:ли|ла|л) по телефону
call        future      созвон(?:ятся|ится)
call        past        позвонил(?:а|и)?
call        future      позвон(?:ит|ят|ю|им)
call        noun        разговор(?:а|е|у|ом|ы)?  weak
# «договорились поговорить снова»: another call, once a call is reported.
call        infinitive  (?:поговорить|созвониться) (?:снова|ещё раз|еще раз|вновь)  weak
signing     past        подписал(?:а|и)?  context:document
signing     future      подпиш(?:ут|ет|ем)  context:document
signing     infinitive  подписать  context:document
signing     noun        подписани(?:е|я|ю|ем|и)  context:document
vote        noun        выбор(?:ы|ов|ах|ам|ами)
vote        noun        референдум(?:а|е|у|ом|ы)?
attack      noun        удар(?:а|у|ом|ы|ов|ами|ах)?
attack      noun        атак(?:а|и|у|ой|ами|ах)
attack      past        атаковал(?:а|и)?
attack      noun        обстрел(?:а|у|ом|ы|ов|ами|ах)?
attack      past        обстрелял(?:а|и)?
# Shootings, attempts on a life, incursions: an attack whoever the target.
attack      noun        покушени(?:е|я|ю|ем|и)
attack      noun        стрельб(?:а|ы|у|ой|е)
attack      noun        вторжени(?:е|я|ю|ем|и)
attack      past        (?:открыл|открыла|открыли) (?:огонь|стрельбу)
attack      noun        нападени(?:е|я|ю|ем|и)
attack      past        (?:ранен|застрелен)(?:а|ы|н(?:ый|ого|ому|ым|ая|ой|ую|ые|ых))?
sanctions   noun        санкци(?:и|й|ям|ями|ях|я|ю)  context:sanctions-action
sanctions   noun        пакет(?:а|е|ом)?  weak
legal       past        вынес(?:ла|ли)? (?:решение|приговор|вердикт)  context:court
legal       past        (?:приговорил|оправдал|постановил|отклонил|признал)(?:а|и)?  context:court
legal       noun        (?:приговор|вердикт)(?:а|е|ом)?  context:court
sport       past        (?:обыграл|победил|переиграл|разгромил|уступил|сыграл)(?:а|и)?  context:sport
sport       future      (?:сыграет|сыграют|встретится|встретятся)  context:sport
sport       noun        матч(?:а|е|у|ем|и|ей)?
# Offices: appointments, resignations, dismissals, inaugurations (an oath the same day is the same act).
office      past        назначен(?:а|ы|о)?
office      past        назначил(?:а|и)?  person-after:40:not-scheduled
office      noun        назначени(?:е|я|ю|ем|и)
office      noun        отставк(?:а|и|у|ой|е)
office      past        уволен(?:а|ы|о)?
office      past        уволил(?:а|и)?  person-after:40
office      noun        увольнени(?:е|я|ю|ем|и)
office      noun        инаугураци(?:я|и|ю|ей)
office      past        вступил(?:а|и)? в должность
office      past        сложил(?:а|о|и)? (?:свои )?полномочия
vote        noun        голосовани(?:е|я|ю|ем|и)
vote        past        проголосовал(?:а|и)?
vote        past        (?:пере)?избран(?:а|ы)?
vote        past        ветировал(?:а|и)?
legal       past        (?:арестован|задержан|осужден|осуждён|приговорен|приговорён|обвинен|обвинён|экстрадирован)(?:а|ы|о)?
# «Х задержали», «задержали Х»: the person on either side; is-eventful wants one named.
legal       past        (?:арестовал|задержал|экстрадировал)(?:а|и)?
legal       noun        (?:арест|обыск)(?:а|у|ом|е|ы|ов)?
legal       noun        задержани(?:е|я|ю|ем|и)
legal       noun        (?:предъявлено|предъявили|предъявил|предъявила) обвинени(?:е|я)
death       past        (?:умер|скончал(?:ся|ась|ись)|погиб)(?:ла|ли)?
death       past        умерл(?:а|и)
# «смерти X в феврале»: a noun, an event only with the person and a date or place.
death       noun        (?:смерт|гибел)(?:ь|и|ью)
disaster    noun        (?:авари|катастроф)(?:я|и|ю|ей|а|ы|у|ой|е)
disaster    noun        (?:пожар|ливн)(?:а|е|у|ом|ы|ов)?
disaster    noun        (?:землетрясени|наводнени|крушени)(?:е|я|ю|ем|и)
protest     noun        митинг(?:а|е|у|ом|и|ов|ах)?
protest     noun        (?:акци(?:я|и|ю|ей)|акциях) протеста
protest     noun        протест(?:ы|ов|ах|ами)
protest     noun        забастовк(?:а|и|у|ой|е|ам|ах)
protest     noun        демонстраци(?:я|и|ю|ей|ях)
protest     past        (?:бастовал|протестовал)(?:а|и)?
ceremony    noun        церемони(?:я|и|ю|ей|ях)
ceremony    noun        парад(?:а|е|у|ом|ы)?
ceremony    noun        похорон(?:ы|ах|ами|ам)?
ceremony    noun        прощани(?:е|я|ю|ем) с
ceremony    past        (?:похоронил(?:и|а)?|похоронен(?:а|ы|о)?)
award       past        наградил(?:а|и)?  person-after:40
award       past        награжд(?:ен|ена|ены|ён)
award       past        (?:присудил|присудили|присудила|присуждена|присуждён|присужден|вручил|вручили|вручила|вручена|получил|получила|получили) (?:преми|наград|орден|медал)\p{L}{0,3}
award       noun        лауреат(?:ом|а|ами|ы)?
launch      noun        запуск(?:а|е|у|ом|и)?  context:space
launch      past        (?:запустил|стартовал)(?:а|и|о)?  context:space
sport       noun        (?:бой|боя|бою|боем|поедин(?:ок|ка|ке|ком))  context:sport-strict  paragraph
sport       noun        (?:финал|гонк)(?:а|е|у|ом|и|ой)?  context:sport-strict  paragraph
sport       past        (?:нокаутировал|защитил титул|завоевал)(?:а|и)?  context:sport-strict  paragraph
`,
  uk: String.raw`
meeting     past        зустр(?:івся|ілася|ілися|ілись|ічався|ічалася|ічалися)
meeting     future      зустрін(?:уться|еться|емося)
meeting     infinitive  зустр(?:ітися|ітись|ічатися)
meeting     noun        зустріч(?:і|ей|ами|ах|ам|чю)?
office      past        (?:склав|склала|складе|прийняв|прийняла) присягу
vote        past        (?:прийняв|прийняла|прийняли|ухвалив|ухвалила|ухвалили|схвалив|схвалила|схвалили) (?:закон|законопроєкт|законопроект)(?:и|у|ів)?
meeting     past        прийня(?:в|ла|ли)  person-after:50:not-hosted
meeting     noun        (?:переговор(?:и|ів|ах|ам|ами)|перемовин(?:и|ах|ам|ами)?)
summit      noun        саміт(?:у|і|ом|и|ів)?
visit       noun        візит(?:у|і|ом|и|ів|ами)?
visit       past        (?:відвіда|побува)(?:в|ла|ли)
visit       future      відвіда(?:є|ють|ємо)
visit       infinitive  (?:відвідати|побувати)
visit       past        прибу(?:в|ла|ли) (?:до|в|у|на)
call        noun        телефонн(?:а|ої|у|ій|ою|і|их) розмов(?:а|и|у|і|ою)?
call        noun        розмов(?:а|и|у|і|ою) телефоном
call        past        (?:зателефонува|поговори|подзвони)(?:в|ла|ли)
call        future      (?:зателефону(?:ю|є|ють|ємо)|подзвон(?:ю|ить|ять|имо))
call        past        \p{L}{2,20}(?:ли|ла|в) (?:по )?телефон(?:ом|у)
call        noun        розмов(?:а|и|у|і|ою)  weak
call        infinitive  (?:знову поговорити|поговорити знову|ще раз поговорити|поговорити ще раз)  weak
signing     past        підписа(?:в|ла|ли)  context:document
signing     future      підпиш(?:уть|е|емо)  context:document
signing     infinitive  підписати  context:document
signing     noun        підписання(?:м)?  context:document
vote        noun        вибор(?:и|ів|ах|ам|ами)
vote        noun        референдум(?:у|і|ом|и)?
attack      noun        удар(?:у|ом|и|ів|ами|ах)?
attack      noun        атак(?:а|и|у|ою|ами|ах)
attack      past        атакува(?:в|ла|ли)
attack      noun        обстріл(?:у|ом|и|ів|ами|ах)?
attack      past        обстріля(?:в|ла|ли)
attack      noun        замах(?:у|ом|и|ів)?
attack      noun        стрілянин(?:а|и|у|ою|і)
attack      noun        вторгненн(?:я|ям|і)
attack      past        (?:відкрив|відкрила|відкрили) (?:вогонь|стрілянину)
attack      noun        напад(?:у|ом|і)?
attack      past        (?:поранен|застрелен)(?:ий|ого|ому|им|а|ої|у|і|их|о)
sanctions   noun        санкці(?:ї|й|ям|ями|ях|я|ю)  context:sanctions-action
sanctions   noun        пакет(?:у|і|ом)?  weak
legal       past        (?:винес|ухвали)(?:ла|ли|в)? (?:рішення|вирок|вердикт)  context:court
legal       past        виніс (?:рішення|вирок|вердикт)  context:court
legal       past        (?:засуди|виправда|відхили|постанови|визна)(?:в|ла|ли)  context:court
legal       noun        (?:вирок|вердикт)(?:у|ом)?  context:court
sport       past        (?:обігра|переміг|перемогли|перемогла|розгроми|поступи|зігра)(?:в|ла|ли)?  context:sport
sport       future      (?:зіграє|зіграють)  context:sport
sport       noun        матч(?:у|і|ем|і|ів)?
office      past        призначен(?:о|а|ий|і)
office      past        призначи(?:в|ла|ли)  person-after:40:not-scheduled
office      noun        призначенн(?:я|ям|і)
office      noun        відставк(?:а|и|у|ою|і)
office      past        звільни(?:в|ла|ли)  person-after:40
office      past        звільнен(?:о|а|ий|і) (?:з|із) посади
office      noun        інавгураці(?:я|ї|ю|єю)
office      past        (?:вступи|заступи)(?:в|ла) на посаду
office      past        скла(?:в|ла|ло|ли) (?:свої )?повноваження
vote        noun        голосуванн(?:я|ям|і)
vote        past        проголосува(?:в|ла|ли)
vote        past        (?:пере)?обран(?:о|ий|а|і)
vote        past        ветува(?:в|ла|ли)
legal       past        (?:заарештова|затрима|засудже|екстрадова)(?:но|ний|на|ні)
legal       past        (?:заарештува|затрима|екстрадува)(?:в|ла|ли)
legal       noun        (?:арешт|обшук)(?:у|ом|і|и|ів)?
legal       noun        затриманн(?:я|ям|і)
legal       noun        (?:повідомили|повідомлено|оголосили|оголошено|вручили|вручено) (?:про )?підозр(?:у|а|и)
legal       noun        обвинуваченн(?:я|ям|і)
death       past        (?:помер|загину(?:в|ла|ли)|помер(?:ла|ли))
death       noun        (?:смерт|загибел)(?:ь|і|ю)
disaster    noun        авар(?:ія|ії|ію|ією)
disaster    noun        катастроф(?:а|и|у|ою|і)
disaster    noun        пожеж(?:а|і|у|ею|ами)
disaster    noun        (?:землетрус|повін|повен)(?:у|і|ь|ом)?
protest     noun        мітинг(?:у|і|ом|и|ів|ах)?
protest     noun        (?:акці(?:я|ї|ю|єю)|акціях) протесту
protest     noun        протест(?:и|ів|ах|ами)
protest     noun        страйк(?:у|і|ом|и|ів|ах)?
protest     noun        демонстраці(?:я|ї|ю|єю|ях)
ceremony    noun        церемоні(?:я|ї|ю|єю|ях)
ceremony    noun        парад(?:у|і|ом|и)?
ceremony    noun        похорон(?:и|ах|ів|ами)?
ceremony    noun        прощанн(?:я|ям|і) з
ceremony    past        (?:поховали|поховано|похован(?:а|ий|і))
award       past        нагороди(?:в|ла|ли)  person-after:40
award       past        нагороджен(?:о|ий|а|і)
award       past        (?:присуди(?:в|ла|ли)|присуджено|вручи(?:в|ла|ли)|вручено|отрима(?:в|ла|ли)) (?:премі|нагород|орден|медал)\p{L}{0,3}
award       noun        лауреат(?:ом|а|ами|и)?
launch      noun        запуск(?:у|і|ом|и)?  context:space
launch      past        (?:запусти|стартува)(?:в|ла|ли|ло)  context:space
sport       noun        (?:бій|бою|боєм|поєдин(?:ок|ку|ком))  context:sport-strict  paragraph
sport       noun        (?:фінал|перегон)(?:у|і|ом|и|ах)?  context:sport-strict  paragraph
sport       past        (?:нокаутува|захисти(?:в|ла) титул|вибори)(?:в|ла|ли)?  context:sport-strict  paragraph
`,
  en: String.raw`
meeting     past        met
# "X hosted the two prime ministers at his residence".
meeting     past        hosted
# "received the award": before the hosting "received", which would take the word.
award       past        (?:received|accepted) (?:[\p{L}-]{1,20} ){0,3}(?:prize|award|medal|order)
meeting     past        received  person-after:40:not-hosted
meeting     present     meet(?:s)?
meeting     noun        meeting(?:s)?
meeting     noun        (?:talks|negotiations)
summit      noun        summit(?:s)?
# "planned … to visit Kharkiv": the infinitive, so that its subject carries over.
visit       infinitive  to visit
visit       noun        visit(?:s)?
visit       past        visited
visit       noun        trip
visit       past        arrived (?:in|at)
call        noun        (?:phone|telephone) (?:call|conversation)s?
call        past        (?:spoke|talked) (?:by|on the|over the) (?:phone|telephone)
call        present     (?:speak|talk)s? (?:by|on the|over the) (?:phone|telephone)
call        past        phoned
# A call with its other side named between the verb and the phone.
call        past        (?:spoke|spoken|talked) (?:to|with) (?:[\p{L}'’-]{2,25} ){1,3}(?:by|on the|over the) (?:phone|telephone)
# "X called Y from the capital": «called» + a name + a
# preposition, time word or the end — not "called for", "called on",
# "called the deal a failure", "called Y a liar".
call        past        called(?=\s{1,3}(?!(?:a|an|the|for|on|off|it|this|that|these|those|such|him|her|them|up|in|out|back|his|their|its)(?![\p{L}]))[\p{L}'’-]{2,25}(?:\s{1,3}[\p{L}'’-]{2,25})?\s{0,3}(?:[,.;]|$|(?:from|on|to discuss|about|after|before|late|last|yesterday|today|earlier|again)(?![\p{L}])))  person-after:4
call        past        \p{L}{2,20}ed (?:by|over the|on the) (?:phone|telephone)
call        noun        (?:call|conversation)s?  weak
call        infinitive  (?:speak|talk) again  weak
signing     past        signed  context:document
signing     present     sign(?:s)?  context:document
signing     noun        signing  context:document
vote        noun        elections?
vote        noun        referend(?:um|ums|a)
attack      noun        strikes?
attack      past        struck
attack      noun        attacks?
attack      past        attacked
attack      noun        (?:shelling|bombing)
attack      past        (?:shelled|bombed)
attack      noun        (?:shooting|shootings|assassination attempt|attempt on (?:his|her|their|the [\p{L}-]{2,20}'s) life|incursion|invasion)
attack      past        (?:was|were|been) (?:shot|wounded|stabbed)
attack      past        opened fire
sanctions   noun        sanctions  context:sanctions-action
sanctions   noun        package  weak
# A sentence or a conviction is a court's act whether or not the court is named.
legal       past        (?:sentenced|convicted|acquitted)
legal       past        (?:ruled|upheld|overturned)  context:court
legal       past        (?:rejected|dismissed) (?:an |the |his |her |their )?(?:appeal|case|lawsuit|claim)  context:court
legal       noun        (?:ruling|verdict)  context:court
sport       past        (?:beat|defeated|thrashed|drew with|lost to|edged)  context:sport
sport       noun        (?:match|fixture)
office      past        (?:appointed|reappointed|inaugurated|ousted|sacked)
office      past        (?:was|were|been|is|has been) named
office      past        sworn in
office      past        (?:resigned|resigns|resign)
office      past        (?:stepped|steps|step|stepping) down
office      past        took office
office      noun        (?:appointment|resignation|inauguration|dismissal)s?
office      past        (?:fired|dismissed)  person-after:30
vote        noun        (?:vote|votes|ballot|ballots|voting)
vote        past        voted
vote        past        (?:passed|approved|adopted) (?:[\p{L}-]{1,20} ){0,2}(?:bill|law|legislation|amendment)
vote        past        (?:re-?elected|elected|vetoed)
legal       past        (?:arrested|detained|indicted|extradited|jailed|imprisoned)
legal       past        charged with
legal       past        sentenced to
legal       past        pleaded (?:not )?guilty
legal       noun        (?:arrest|indictment|detention|trial)s?
death       past        (?:died|dies|passed away)
death       past        (?:was|were) killed
death       noun        death(?= of)
disaster    noun        (?:crash|earthquake|flood|flooding|floods|wildfire|wildfires|blaze|derailment|landslide|hurricane|typhoon|tsunami)
disaster    past        crashed
disaster    noun        fire(?= (?:broke out|destroyed|swept|killed|engulfed|gutted))
protest     noun        (?:protest|protests|rally against|rallies against|demonstration|demonstrations|walkout)
protest     past        (?:protested|marched|rallied)
protest     past        (?:went|go|goes|going|are) on strike
ceremony    noun        (?:ceremony|ceremonies|funeral|funerals|parade|parades|memorial service|commemoration)
ceremony    past        (?:(?:was|were) buried|laid to rest)
award       past        awarded
award       past        won (?:[\p{L}-]{1,20} ){0,4}(?:prize|award|medal)
award       noun        laureate
launch      past        (?:launched|launches|launch)  context:space
launch      noun        (?:lift-?off|liftoff|blast(?:ed)? off)
sport       noun        (?:bout|fight|final|finals|race|grand prix)  context:sport-strict  paragraph
sport       past        (?:knocked out|outpointed|defended (?:his|her|the) title)
`,
};

/** The sentence contexts a table's `context:<name>` stands for, per language. */
export const CONTEXTS: Readonly<Record<'ru' | 'uk' | 'en', Readonly<Record<string, RegExp>>>> = {
  ru: { document: DOCUMENT_RU, court: COURT_RU, sport: SPORT, 'sport-strict': SPORT_STRICT, space: SPACE, 'sanctions-action': SANCTION_ACTION_RU },
  uk: { document: DOCUMENT_UK, court: COURT_UK, sport: SPORT, 'sport-strict': SPORT_STRICT, space: SPACE, 'sanctions-action': SANCTION_ACTION_UK, nation: NATION_UK },
  en: { document: DOCUMENT_EN, court: COURT_EN, sport: SPORT, 'sport-strict': SPORT_STRICT, space: SPACE, 'sanctions-action': SANCTION_ACTION_EN },
};
