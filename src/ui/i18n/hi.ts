import type { BannerTexts } from './en';

// Sentences end with the danda (।); lists take "और" and a postposition after the whole list.
export const t: BannerTexts = {
  bannerTitle: 'कुकीज़ और आपका डेटा',
  listPair: '{a} और {b}',
  listLast: '{rest} और {last}',
  article: '',
  quote: '“{x}”',
  intro: '{operator} कुकीज़ इस्तेमाल करता है।',
  introNecessaryOnly: '{operator} सिर्फ़ वही कुकीज़ इस्तेमाल करता है, जिनके बिना साइट नहीं चलती।',
  necessary: '{title} (हमेशा चालू): {description}',
  optional: 'सिर्फ़ आपकी सहमति से: {categories}।',
  whoElse: 'सहमति मिलने पर डेटा {recipients} को भी मिलेगा।',
  crossBorderConsent: 'सहमति मिलने पर आपका डेटा विदेश भी भेजा जाएगा (सीमा-पार हस्तांतरण): {recipients}।',
  crossBorderAlways: 'आपका डेटा विदेश भी भेजा जाता है (सीमा-पार हस्तांतरण): {recipients}।',
  change: 'आप कुकी सेटिंग्स में कभी भी अपनी पसंद बदल सकते हैं।',
  withdrawAnyTime: 'सहमति कुकी सेटिंग्स में कभी भी, उतनी आसानी से वापस लें।',
  complainLine: 'शिकायत पहले हमसे ({contact}), फिर {authority} से।',
  minimumAge: 'सहमति की न्यूनतम उम्र {age} साल है।',
  underAge: 'उम्र {age} से कम है', // a label of its own, after the links: "(my) age is under {age}"
  gpcNotice: 'आपके ब्राउज़र ने Global Privacy Control सिग्नल भेजा है, इसलिए ये बंद रहेंगे: {categories}।',
  notStated: 'देश नहीं बताया गया',
  policyLink: 'गोपनीयता नीति',
  consentLink: 'व्यक्तिगत डेटा के प्रसंस्करण के लिए सहमति',
  privacyChoices: 'आपकी गोपनीयता पसंद',
  acceptAll: 'सभी स्वीकार करें',
  rejectAll: 'सभी अस्वीकार करें',
  settings: 'सेटिंग्स',
  closeBanner: 'बिना चुने बंद करें',
  language: 'भाषा',
  reloadText: 'आपकी पसंद सहेज ली गई है। इसे लागू करने के लिए पेज फिर से लोड करें।',
  reload: 'पेज फिर से लोड करें',
  dismiss: 'छिपाएँ',
};

export const lang = 'hi';

export const countries: Record<string, string> = {
  US: 'संयुक्त राज्य अमेरिका', RU: 'रूस', IN: 'भारत',
};

export const providers: Record<string, string> = { google: 'Google LLC', yandex: 'Yandex LLC' };
