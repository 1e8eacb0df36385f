import type { LanguagePack } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const en: LanguagePack = {
  lang: 'en',
  months: MONTHS,
  absoluteDate: (day, month, year) => `${day} ${MONTHS[month - 1]}${year === null ? '' : ` ${year}`}`,
  onDate: (absolute) => `on ${absolute}`,
  today: 'today',
  yesterday: 'yesterday',
  weekdays: ['on Sunday', 'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday'],
  lastWeekday: (weekday) => weekday.replace(/^on /, 'last '),
  lastWeek: 'last week',
  leads: {
    meeting: {
      happened: [
        '{A.r} {A} and {B.r} {B} met {P:loc} {D} to discuss {T}, but signed no final documents.',
        '{A} held talks with {B} {P:loc} {D}, focusing on {T}.',
        '{A} and {B} met {D} {P:loc}. The meeting lasted about two hours.',
      ],
      planned: [
        '{A.r} {A} and {B.r} {B} plan to meet {P:loc} {D} to discuss {T}.',
        'A meeting between {A} and {B} has been scheduled for {DA} {P:loc}.',
      ],
      cancelled: ['A meeting between {A} and {B}, planned for {DA} {P:loc}, has been called off after the two sides failed to agree an agenda.'],
    },
    talks: {
      happened: [
        'Delegations led by {A} and {B} held talks {P:loc} {D} on {T}.',
        '{A.r} {A} and {B.r} {B} held talks {P:loc} {D}, with {T} at the top of the agenda.',
      ],
      planned: ['Talks between {A} and {B} {P:loc} are scheduled for {DA}, with {T} on the agenda.'],
      cancelled: ['Talks between {A} and {B} planned for {DA} {P:loc} will not take place.'],
    },
    call: {
      happened: [
        '{A.r} {A} spoke by phone with {B} {D}. The two discussed {T}.',
        '{A} and {B} held a phone call {D} that lasted about forty minutes.',
      ],
      planned: ['{A} and {B} have agreed to speak by phone {D} to discuss {T}.'],
      cancelled: ['A phone call between {A} and {B} scheduled for {DA} has been postponed indefinitely.'],
    },
    visit: {
      happened: [
        '{A.r} {A} arrived {D} on a visit {P:to}, with {T} on the agenda.',
        '{A} visited {P} {D} and met local officials.',
      ],
      planned: ['{A.r} {A} plans to travel {P:to} {D} to discuss {T}.'],
      cancelled: ['A visit by {A} {P:to}, planned for {DA}, was cancelled at the last minute.'],
    },
    summit: {
      happened: [
        'Leaders including {A}, {B} and {C} gathered {P:loc} {D} for a summit on {T}.',
        'A summit {P:loc} {D} brought together {A}, {B} and {C} to discuss {T}.',
      ],
      planned: ['A summit {P:loc} will take place {D}. {A}, {B} and {C} have confirmed they will attend.'],
      cancelled: ['A summit {P:loc} planned for {DA} has been cancelled. {A}, {B} and {C} had been expected to attend.'],
    },
    signing: {
      happened: [
        '{A.r} {A} and {B.r} {B} signed {DOC} {P:loc} {D}.',
        '{A} and {B} signed {DOC} {P:loc} {D}. The document will take effect after ratification.',
      ],
      planned: ['{A} and {B} plan to sign {DOC} {D}. The ceremony will take place {P:loc}.'],
      cancelled: ['The signing of {DOC} by {A} and {B}, planned for {DA}, has been postponed.'],
    },
    sanctions: {
      happened: [
        '{A.r} {A} announced new sanctions {TGT} {D}. The decision was backed by {B}.',
        '{A} unveiled a package of sanctions {TGT} {D}.',
      ],
      planned: ['{A} plans to present new sanctions {TGT} {D}, {B} said.'],
      cancelled: ['New sanctions {TGT} announced by {A} will not be imposed {DA} after the decision was postponed.'],
    },
  },
  titles: {
    meeting: ['{A.l} and {B.l} meet {P:loc}', '{A.l} meets {B.l} {P:loc}'],
    talks: ['{A.l} and {B.l} hold talks {P:loc}', '{A.l} and {B.l} discuss {T}'],
    call: ['{A.l} and {B.l} speak by phone', '{A.l} holds call with {B.l}'],
    visit: ['{A.l} arrives {P:to}', '{A.l} visits {P}'],
    summit: ['Summit {P:loc}: {A.l}, {B.l} and {C.l}', 'Leaders gather {P:loc}'],
    signing: ['{A.l} and {B.l} sign {DOC}', 'Agreement signed {P:loc}'],
    sanctions: ['{A.l} announces new sanctions', 'New sanctions {TGT}'],
  },
  titlePrefix: { planned: 'Upcoming: ', cancelled: 'Cancelled: ' },
  details: {
    meeting: [
      'Participants described the conversation as "frank and substantive".',
      'After the meeting {A.l} and {B.l} did not take questions from reporters.',
      'The meeting was held behind closed doors and no press conference was planned.',
      'Sources said the two sides agreed to continue contacts at expert level.',
    ],
    talks: [
      'The delegations worked for several hours and took two breaks.',
      'The two sides agreed to set up a working group.',
      'Both delegations described the talks as "difficult but useful".',
    ],
    call: [
      'The call was initiated by {B.l}\'s side.',
      'The press offices only reported the call several hours later.',
      'The two agreed to stay in touch.',
    ],
    visit: [
      'The visit was not announced in advance for security reasons.',
      'During the trip {A.l} held several meetings with business leaders.',
      'The hosts called the visit "historic".',
    ],
    summit: [
      'The final communiqué was negotiated late into the night.',
      'Participants agreed to meet again in six months.',
      'Several bilateral meetings took place on the sidelines of the summit.',
    ],
    signing: [
      'The document took months to prepare and its text has not yet been published.',
      'The signing ceremony lasted no more than ten minutes.',
      'Experts describe the document as a framework, with specific commitments to follow.',
    ],
    sanctions: [
      'The restrictions will affect dozens of companies and several banks.',
      'The new measures take effect thirty days after publication.',
      'Moscow promised "mirror measures" in response.',
    ],
  },
  sourceLines: ['{SRC} reported the news.', 'The news was first reported by {SRC}.', 'Officials confirmed the details to {SRC}.'],
  outlets: ['Northern Herald', 'the Daily Courier', 'Reuters', 'the Evening Ledger', 'Capital Wire'],
  questions: ['What do we know about the meeting?', 'What did {A.l} and {B.l} agree?', 'How did officials {P:loc} react?', 'What happens next?', 'Why does it matter?', 'What do experts say?'],
  quotes: [
    'We are ready for dialogue, but only on equal terms',
    'It was an honest and difficult conversation',
    'No decisions will be taken behind our backs',
    'We expect concrete steps, not new promises',
    'Cooperation in this area is in the interest of both countries',
    'We agreed to continue the work at expert level',
    'The pressure will only increase',
    'Today we took an important step forward',
  ],
  quoteFrames: ['"{Q}," {S.l} said.', '"{Q}," {S} told reporters.', '{S.l} stressed: "{Q}."', '"{Q}," said {S.r} {S}.'],
  analystBlocks: [
    'Both sides are trying to show progress without committing themselves to anything,',
    'The meeting sent a signal to partners but is unlikely to change the situation in the coming months,',
    'Contacts like these matter above all to domestic audiences in both countries,',
  ],
  attributions: ['– analysts wrote.', '– experts noted.', '– the think tank concluded.', '– journalists wrote.'],
  fillers: [
    'Earlier, {C.r} {C} said the negotiations had reached a dead end.',
    '{C} has repeatedly spoken about the need for compromise.',
    'At the same time, {C.r} {C} believes it is too early to draw conclusions.',
    'According to sources, {E.r} {E} was involved in the preparations.',
    '{E.r} {E} commented that the decision had been expected.',
    'The issue of {T} has been discussed for several months.',
    'Experts note that {A.l} and {C.l} hold opposing views.',
    'Several lawmakers backed {A.l}\'s position.',
    'Critics point out that {B.l} has yet to present a concrete plan.',
    'Reporters noted that it was the first time {A.l} had spoken so openly on the issue.',
    'The day before, {C} held consultations with {E}.',
    'People close to {B.l} declined to comment.',
    'Analysts expect the issue to return to the agenda in the autumn.',
    'According to people familiar with the matter, {P} was chosen as neutral ground.',
    'Talk of a new meeting had been circulating since the spring.',
    'Officials have not yet disclosed details of the arrangements.',
  ],
  reactions: [
    '{C.r} {C} called the outcome "modest but encouraging".',
    '{C} said {C|he|she} was counting on the dialogue to continue.',
    '{C.r} {C} was critical, saying both sides had lacked courage.',
  ],
  history: ['{A.l} and {B.l} last met {DH}.', 'The previous conversation between {A.l} and {B.l} took place {DH}.', 'The issue was first discussed {DH}.'],
  topics: ['security guarantees', 'energy cooperation', 'a prisoner exchange', 'reconstruction of infrastructure', 'grain shipments', 'trade tariffs'],
  documents: ['a gas supply agreement', 'a memorandum on defence industry cooperation', 'a free trade agreement', 'an agreement on rebuilding the power grid', 'a declaration on security guarantees'],
  targets: ['on Russian banks', 'on the shadow fleet', 'on buyers of Russian oil', 'on defence manufacturers'],
};
