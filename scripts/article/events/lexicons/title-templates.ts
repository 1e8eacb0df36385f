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
summit     | Саммит                 | Саміт                  | Summit                  | none    | of        | в loc    | у loc    | in
visit      | Визит                  | Візит                  | Visit                   | gen     | of        | в acc    | до gen   | to
call       | Телефонный разговор    | Телефонна розмова      | Phone call              | gen     | between   | -        | -        | -
signing    | Подписание соглашения  | Підписання угоди       | Signing of an agreement | between | between   | в loc    | у loc    | in
vote       | Голосование            | Голосування            | Vote                    | none    | of        | в loc    | у loc    | in
office     | Назначение             | Призначення            | Appointment             | gen     | of        | -        | -        | -
legal      | Судебное дело          | Судова справа          | Legal case              | gen     | of        | в loc    | у loc    | in
attack     | Удар                   | Удар                   | Strike                  | none    | by        | по dat   | по loc   | on
sanctions  | Санкции                | Санкції                | Sanctions               | none    | by        | -        | -        | -
protest    | Протест                | Протест                | Protest                 | none    | of        | в loc    | у loc    | in
disaster   | Катастрофа             | Катастрофа             | Disaster                | none    | of        | в loc    | у loc    | in
award      | Награждение            | Нагородження           | Award                   | gen     | of        | в loc    | у loc    | in
sport      | Матч                   | Матч                   | Match                   | none    | of        | в loc    | у loc    | in
launch     | Запуск                 | Запуск                 | Launch                  | none    | of        | в loc    | у loc    | in
ceremony   | Церемония              | Церемонія              | Ceremony                | gen     | of        | в loc    | у loc    | in
death      | Смерть                 | Смерть                 | Death                   | gen     | of        | в loc    | у loc    | in
other      | Событие                | Подія                  | Event                   | gen     | of        | в loc    | у loc    | in
`;

/** Places that take «на» (islands, peninsulas, regions), in any of ru/uk/en spellings of the nominative. */
export const ON_PLACES = /^(?:Аляска|Кипр|Кіпр|Куба|Мальта|Гавайи|Гаваї|Сицилия|Сицилія|Крит|Бали|Балі|Камчатка|Сахалин|Сахалін|Урал|Кавказ|Балканы|Балкани|Донбасс|Донбас|Филиппины|Філіппіни)$/u;
