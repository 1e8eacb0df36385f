/**
 * International organisations, movements, parliaments and media that world
 * news keeps naming, for the gazetteer (known-places-orgs.ts reads it):
 * concept | ru | uk | en | other forms…, one a line. The dictionary (az)
 * knows few of them, and several read as common words or people.
 */
export const WORLD_ORGS = `
greenpeace | Гринпис | Грінпіс | Greenpeace
al-qaeda | Аль-Каида | Аль-Каїда | Al-Qaeda | Аль-Кайда | Al Qaeda
taliban | Талибан | Талібан | Taliban
hamas | ХАМАС | ХАМАС | Hamas | Хамас
hezbollah | Хезболла | Хезбола | Hezbollah | Хизбалла
isis | ИГИЛ | ІДІЛ | ISIS | Исламское государство | Ісламська держава | Islamic State
bundestag | Бундестаг | Бундестаг | Bundestag
knesset | Кнессет | Кнесет | Knesset
european-parliament | Европарламент | Європарламент | European Parliament | Европейский парламент | Європейський парламент
council-of-europe | Совет Европы | Рада Європи | Council of Europe
echr | ЕСПЧ | ЄСПЛ | ECHR | Європейський суд з прав людини
icc | МУС | МКС | ICC | Международный уголовный суд | Міжнародний кримінальний суд | International Criminal Court
interpol | Интерпол | Інтерпол | Interpol
europol | Европол | Європол | Europol
amnesty | Amnesty International | Amnesty International | Amnesty International | Международная амнистия | Міжнародна амністія
human-rights-watch | Human Rights Watch | Human Rights Watch | Human Rights Watch | Хьюман Райтс Вотч
red-cross | Красный Крест | Червоний Хрест | Red Cross | Международный комитет Красного Креста | Міжнародний комітет Червоного Хреста
unesco | ЮНЕСКО | ЮНЕСКО | UNESCO
unicef | ЮНИСЕФ | ЮНІСЕФ | UNICEF
wto | ВТО | СОТ | WTO | Всемирная торговая организация | Світова організація торгівлі
opec | ОПЕК | ОПЕК | OPEC
world-bank | Всемирный банк | Світовий банк | World Bank
ebrd | ЕБРР | ЄБРР | EBRD
mossad | Моссад | Моссад | Mossad
scotland-yard | Скотланд-Ярд | Скотланд-Ярд | Scotland Yard | Скотленд-Ярд
wikileaks | WikiLeaks | WikiLeaks | WikiLeaks | Викиликс
roscosmos | Роскосмос | Роскосмос | Roscosmos
rosatom | Росатом | Росатом | Rosatom
rosneft | Роснефть | Роснафта | Rosneft
lukoil | Лукойл | Лукойл | Lukoil | ЛУКОЙЛ
sberbank | Сбербанк | Сбербанк | Sberbank
aeroflot | Аэрофлот | Аерофлот | Aeroflot
esa | ЕКА | ЄКА | ESA | Европейское космическое агентство | Європейське космічне агентство
`;
