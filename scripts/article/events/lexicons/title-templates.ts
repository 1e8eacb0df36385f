/**
 * How an event's title is worded per type: the noun in ru, uk and en; the
 * case the people take after the noun in ru/uk (`between`: «между X и Y»,
 * `none`: the title names no people); the English word before the people;
 * the preposition and case of the place per language (`-`: no place).
 * One row a type, columns set apart by `|`; `#` starts a comment line.
 */
export const TITLE_TABLE = `
# type     | ru noun                | uk noun                | en noun                 | people  | en joiner | ru place | uk place | en place
meeting    | Встреча                | Зустріч                | Meeting                 | gen     | of        | в loc    | у loc    | in
talks      | Переговоры             | Переговори             | Talks                   | gen     | between   | в loc    | у loc    | in
summit     | Саммит                 | Саміт                  | Summit                  | none    | of        | в loc    | у loc    | in
visit      | Визит                  | Візит                  | Visit                   | gen     | of        | в acc    | до gen   | to
call       | Телефонный разговор    | Телефонна розмова      | Phone call              | gen     | between   | -        | -        | -
signing    | Подписание соглашения  | Підписання угоди       | Signing of an agreement | between | between   | в loc    | у loc    | in
election   | Выборы                 | Вибори                 | Election                | none    | of        | в loc    | у loc    | in
statement  | Заявление              | Заява                  | Statement               | gen     | by        | -        | -        | -
attack     | Удар                   | Удар                   | Strike                  | none    | by        | по dat   | по loc   | on
sanctions  | Санкции                | Санкції                | Sanctions               | none    | by        | -        | -        | -
ruling     | Решение суда по делу   | Рішення суду у справі  | Court ruling            | gen     | on        | -        | -        | -
match      | Матч                   | Матч                   | Match                   | none    | of        | в loc    | у loc    | in
other      | Событие                | Подія                  | Event                   | gen     | of        | в loc    | у loc    | in
`;

/** Places that take «на» (islands, peninsulas, regions), in any of ru/uk/en spellings of the nominative. */
export const ON_PLACES = /^(?:Аляска|Кипр|Кіпр|Куба|Мальта|Гавайи|Гаваї|Сицилия|Сицилія|Крит|Бали|Балі|Камчатка|Сахалин|Сахалін|Урал|Кавказ|Балканы|Балкани|Донбасс|Донбас|Филиппины|Філіппіни)$/u;
