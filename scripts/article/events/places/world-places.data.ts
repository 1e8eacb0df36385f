/**
 * Places news events happen in, beyond countries (which come from the
 * `i18n-iso-countries` locales): capitals, big and often-named cities,
 * regions, and a few venues, each with the place it lies in, so that a city
 * and its region or country are compatible places of one event, not a
 * conflict (annotation guide, "Place"), and each with its names in ru, uk, en.
 *
 * One a line: concept | within (a concept or an ISO 3166 alpha-2 code) | ru | uk | en | other forms…
 */
export const WORLD_PLACES = `
moscow | RU | Москва | Москва | Moscow
moscow-oblast | RU | Московская область | Московська область | Moscow Oblast | Подмосковье | Підмосков'я
sheremetyevo | moscow-oblast | Шереметьево | Шереметьєво | Sheremetyevo
vnukovo | moscow | Внуково | Внуково | Vnukovo
saint-petersburg | RU | Санкт-Петербург | Санкт-Петербург | Saint Petersburg | St Petersburg | Петербург
yekaterinburg | RU | Екатеринбург | Єкатеринбург | Yekaterinburg | Ekaterinburg
novosibirsk | RU | Новосибирск | Новосибірськ | Novosibirsk
kazan | RU | Казань | Казань | Kazan
sochi | RU | Сочи | Сочі | Sochi
kursk-oblast | RU | Курская область | Курська область | Kursk Oblast | Курщина
kursk | kursk-oblast | Курск | Курськ | Kursk
belgorod-oblast | RU | Белгородская область | Бєлгородська область | Belgorod Oblast
belgorod | belgorod-oblast | Белгород | Бєлгород | Belgorod
kyiv | UA | Киев | Київ | Kyiv | Kiev
kharkiv | UA | Харьков | Харків | Kharkiv | Kharkov
odesa | UA | Одесса | Одеса | Odesa | Odessa
lviv | UA | Львов | Львів | Lviv
dnipro | UA | Днепр | Дніпро | Dnipro
zaporizhzhia | UA | Запорожье | Запоріжжя | Zaporizhzhia
kherson | UA | Херсон | Херсон | Kherson
donetsk-oblast | UA | Донецкая область | Донецька область | Donetsk Oblast
donetsk | donetsk-oblast | Донецк | Донецьк | Donetsk
pokrovsk | donetsk-oblast | Покровск | Покровськ | Pokrovsk
bakhmut | donetsk-oblast | Бахмут | Бахмут | Bakhmut
mariupol | donetsk-oblast | Мариуполь | Маріуполь | Mariupol
luhansk | UA | Луганск | Луганськ | Luhansk
sumy | UA | Сумы | Суми | Sumy
crimea | UA | Крым | Крим | Crimea
washington | US | Вашингтон | Вашингтон | Washington | Washington, D.C.
new-york | US | Нью-Йорк | Нью-Йорк | New York | New York City
manhattan | new-york | Манхэттен | Мангеттен | Manhattan
alaska | US | Аляска | Аляска | Alaska
anchorage | alaska | Анкоридж | Анкоридж | Anchorage
pennsylvania | US | Пенсильвания | Пенсільванія | Pennsylvania
texas | US | Техас | Техас | Texas
austin | texas | Остин | Остін | Austin
wisconsin | US | Висконсин | Вісконсин | Wisconsin
milwaukee | wisconsin | Милуоки | Мілвокі | Milwaukee
illinois | US | Иллинойс | Іллінойс | Illinois
chicago | illinois | Чикаго | Чикаго | Chicago
california | US | Калифорния | Каліфорнія | California
los-angeles | california | Лос-Анджелес | Лос-Анджелес | Los Angeles
san-francisco | california | Сан-Франциско | Сан-Франциско | San Francisco
philadelphia | pennsylvania | Филадельфия | Філадельфія | Philadelphia
pittsburgh | pennsylvania | Питтсбург | Піттсбург | Pittsburgh
massachusetts | US | Массачусетс | Массачусетс | Massachusetts
boston | massachusetts | Бостон | Бостон | Boston
miami | florida | Майами | Маямі | Miami
florida | US | Флорида | Флорида | Florida
london | GB | Лондон | Лондон | London
paris | FR | Париж | Париж | Paris
berlin | DE | Берлин | Берлін | Berlin
munich | DE | Мюнхен | Мюнхен | Munich
brussels | BE | Брюссель | Брюссель | Brussels
the-hague | NL | Гаага | Гаага | The Hague | Den Haag
amsterdam | NL | Амстердам | Амстердам | Amsterdam
geneva | CH | Женева | Женева | Geneva
bern | CH | Берн | Берн | Bern
davos | CH | Давос | Давос | Davos
vienna | AT | Вена | Відень | Vienna
rome | IT | Рим | Рим | Rome
vatican-city | VA | Ватикан | Ватикан | Vatican City | Vatican
madrid | ES | Мадрид | Мадрид | Madrid
lisbon | PT | Лиссабон | Лісабон | Lisbon
warsaw | PL | Варшава | Варшава | Warsaw
prague | CZ | Прага | Прага | Prague
bratislava | SK | Братислава | Братислава | Bratislava
budapest | HU | Будапешт | Будапешт | Budapest
bucharest | RO | Бухарест | Бухарест | Bucharest
chisinau | MD | Кишинёв | Кишинів | Chișinău | Chisinau | Кишинев
vilnius | LT | Вильнюс | Вільнюс | Vilnius
riga | LV | Рига | Рига | Riga
tallinn | EE | Таллин | Таллінн | Tallinn
helsinki | FI | Хельсинки | Гельсінкі | Helsinki
stockholm | SE | Стокгольм | Стокгольм | Stockholm
oslo | NO | Осло | Осло | Oslo
copenhagen | DK | Копенгаген | Копенгаген | Copenhagen
minsk | BY | Минск | Мінськ | Minsk
tbilisi | GE | Тбилиси | Тбілісі | Tbilisi
yerevan | AM | Ереван | Єреван | Yerevan
baku | AZ | Баку | Баку | Baku
astana | KZ | Астана | Астана | Astana
istanbul | TR | Стамбул | Стамбул | Istanbul
ankara | TR | Анкара | Анкара | Ankara
riyadh | SA | Эр-Рияд | Ер-Ріяд | Riyadh | Рияд | Ріяд
jeddah | SA | Джидда | Джидда | Jeddah | Джедда
doha | QA | Доха | Доха | Doha
abu-dhabi | AE | Абу-Даби | Абу-Дабі | Abu Dhabi
dubai | AE | Дубай | Дубай | Dubai
tehran | IR | Тегеран | Тегеран | Tehran
jerusalem | IL | Иерусалим | Єрусалим | Jerusalem
tel-aviv | IL | Тель-Авив | Тель-Авів | Tel Aviv
cairo | EG | Каир | Каїр | Cairo
beijing | CN | Пекин | Пекін | Beijing
tokyo | JP | Токио | Токіо | Tokyo
new-delhi | IN | Нью-Дели | Нью-Делі | New Delhi
ottawa | CA | Оттава | Оттава | Ottawa
alberta | CA | Альберта | Альберта | Alberta
`;
