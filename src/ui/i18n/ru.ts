import type { BannerTexts } from './en';

// Names and lists go where Russian needs no case ending: after a colon, or after a noun
// that carries the case («в надзорный орган: …»), so a config's nominative titles stay right.
export const t: BannerTexts = {
  bannerTitle: 'Cookie и ваши данные',
  listPair: '{a} и {b}',
  listLast: '{rest} и {last}',
  article: '',
  quote: '«{x}»',
  intro: '{operator} использует cookie и похожие технологии.',
  introNecessaryOnly: '{operator} использует только необходимые сайту файлы cookie.',
  optional: 'Только с вашего согласия: {categories}.',
  necessary: 'Необходимые работают всегда.',
  whoElse: 'Кто ещё получит данные, если вы согласитесь: {recipients}.',
  crossBorderConsent: 'С вашего согласия данные уйдут и за рубеж (трансграничная передача): {recipients}.',
  crossBorderAlways: 'Данные передаются и за рубеж (трансграничная передача): {recipients}.',
  change: 'Изменить выбор можно в любой момент в настройках cookie.',
  withdrawAnyTime: 'Отозвать согласие можно в любой момент в настройках cookie, так же просто, как дать.',
  complainLine: 'Жалобы: сначала нам, затем в надзорный орган: {authority}.',
  contactLine: 'Контакты: {contact}.',
  minimumAge: 'Согласие можно дать, только если вам уже исполнилось {age}.',
  gpcNotice: 'Ваш браузер передал сигнал Global Privacy Control, поэтому мы не включаем: {categories}.',
  notStated: 'страна не указана',
  policyLink: 'Политика конфиденциальности',
  acceptAll: 'Принять все',
  rejectAll: 'Отклонить все',
  settings: 'Настроить',
  closeBanner: 'Закрыть, не выбирая',
  language: 'Язык',
  reloadText: 'Выбор сохранён. Обновите страницу, чтобы он вступил в силу.',
  reload: 'Обновить страницу',
  dismiss: 'Скрыть',
};

export const lang = 'ru';

export const countries: Record<string, string> = {
  US: 'США', RU: 'Россия', IN: 'Индия',
};

export const providers: Record<string, string> = { google: 'Google LLC', yandex: 'ООО «Яндекс»' };
