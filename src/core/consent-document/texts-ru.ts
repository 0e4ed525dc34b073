import type { ConsentTexts } from './texts-en';

// The terms of 152-FZ Art. 3(3) and Art. 9 part 4, as a Russian consent says them.
export const texts: ConsentTexts = {
  title: 'Согласие на обработку персональных данных',
  intro:
    'Я свободно, своей волей и в своём интересе даю согласие на обработку моих персональных данных на условиях ниже — отдельно по каждой цели, которую я разрешаю на сайте кнопкой «Принять все» или кнопкой «Сохранить выбор» в настройках cookie. Цели, которые от этого выбора не зависят, описаны в политике обработки персональных данных.',
  quote: '«{x}»',
  operator: 'Оператор',
  address: 'Адрес: {x}.',
  noAddress: 'Адрес оператора в Политике не указан.',
  registration: 'Регистрационные данные: {x}.',
  purposes: 'Цели обработки и персональные данные (согласие даётся отдельно по каждой цели)',
  purpose: '{title} (категория {category}). Персональные данные: {data}.',
  noData: 'не перечислены',
  notStated: 'страна не указана',
  actions: 'Действия с персональными данными',
  actionList: 'Перечень действий: {x}.',
  noActions: 'Перечень действий с персональными данными в Политике не указан.',
  methods: 'Способы обработки: {x}.',
  recipients: 'Кто получает персональные данные',
  recipient: '{name} ({country}), для категории {category}.',
  noRecipients: 'Никто, кроме оператора.',
  crossBorder: 'Трансграничная передача',
  abroad: 'Есть: {x}.',
  notAbroad: 'Нет.',
  unknownCountry: 'Страна не указана для: {x}.',
  term: 'Срок действия согласия',
  noTerm: 'Срок действия согласия в Политике не указан.',
  withdraw: 'Как отозвать согласие',
  withdrawHere: 'В любой момент кнопкой «Отклонить все» в настройках cookie на сайте: отзыв действует сразу. Кроме того:',
  policy: 'Политика обработки персональных данных',
  policyLine: '{url}, редакция {revision}.',
  collection: 'сбор',
  recording: 'запись',
  systematisation: 'систематизация',
  accumulation: 'накопление',
  storage: 'хранение',
  clarification: 'уточнение (обновление, изменение)',
  extraction: 'извлечение',
  use: 'использование',
  transfer: 'передача (распространение, предоставление, доступ)',
  depersonalisation: 'обезличивание',
  blocking: 'блокирование',
  deletion: 'удаление',
  destruction: 'уничтожение',
};

export const countries: Readonly<Record<string, string>> = {
  RU: 'Россия', US: 'США', IN: 'Индия', DE: 'Германия', NL: 'Нидерланды', IE: 'Ирландия', FI: 'Финляндия', GB: 'Великобритания', FR: 'Франция', KZ: 'Казахстан', BY: 'Беларусь', CN: 'Китай', SG: 'Сингапур',
};

export const providers: Readonly<Record<string, string>> = { google: 'Google LLC', yandex: 'ООО «Яндекс»' };
