/**
 * Given names whose Russian or Ukrainian form is a different word from the
 * English one, not a transliteration: the church and regnal forms popes,
 * monarchs and saints go by (Francis = Франциск, Charles = Карл, Leo = Лев).
 * Each row is one name; spellings whose skeletons already agree
 * (Benedict = Бенедикт, Peter = Пётр) need no row.
 */
export const GIVEN_NAME_FORMS: readonly (readonly string[])[] = [
  ['Francis', 'Франциск'],
  ['Charles', 'Карл'],
  ['Leo', 'Лев'],
  ['John', 'Иоанн', 'Іоанн', 'Джон'],
  ['Paul', 'Павел', 'Павло'],
  ['Pius', 'Пий', 'Пій'],
  ['Gregory', 'Григорий', 'Григорій'],
  ['William', 'Вильгельм', 'Уильям', 'Вільгельм', 'Вільям'],
  ['Henry', 'Генрих', 'Генріх', 'Генри', 'Генрі'],
  ['Louis', 'Людовик', 'Луи', 'Луї'],
  ['James', 'Яков', 'Джеймс'],
  ['Elizabeth', 'Елизавета', 'Єлизавета', 'Элизабет', 'Елізабет'],
  ['Catherine', 'Екатерина', 'Катерина', 'Кэтрин', 'Кетрін'],
  ['Mary', 'Мария', 'Марія', 'Мэри', 'Мері'],
  ['Nicholas', 'Николай', 'Микола', 'Николас', 'Ніколас'],
  ['Joseph', 'Иосиф', 'Йосип', 'Джозеф'],
  ['Michael', 'Михаил', 'Михайло', 'Майкл'],
  ['Frederick', 'Фридрих', 'Фрідріх', 'Фредерик'],
  ['Mohammed', 'Muhammad', 'Mohammad', 'Мухаммед', 'Мохаммед', 'Мухаммад', 'Мохаммад', 'Магомед', 'Мухамед'],
  ['Ahmed', 'Ahmad', 'Ахмед', 'Ахмад'],
];

/**
 * Names popes and monarchs go by alone (Francis, Leo, Charles): a lone word
 * of these is the given name even where the article reads it as a surname.
 */
export const REGNAL_NAMES: readonly string[] = ['Francis', 'Leo', 'Pius', 'Benedict', 'Бенедикт', 'Charles', 'Elizabeth', 'Gregory'];
