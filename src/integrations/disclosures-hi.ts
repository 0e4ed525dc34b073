import type { ServiceTexts } from './disclosures';

const GOOGLE_COOKIES = [
  ['_ga', '2 वर्ष', 'आगंतुकों को अलग पहचानता है'],
  ['_ga_*', '2 वर्ष', 'विज़िट की स्थिति रखता है'],
  ['_gcl_*', '90 दिन', 'केवल Google विज्ञापनों के साथ: विज्ञापन क्लिक को खरीद से जोड़ता है'],
  ['_gac_gb_*', '90 दिन', 'केवल Google विज्ञापनों के साथ: विज़िट का विज्ञापन अभियान'],
] as const;

export const services: Record<string, ServiceTexts> = {
  'google-analytics': {
    title: 'Google Analytics',
    purpose: 'साइट के उपयोग के आँकड़े: पेज, विज़िट, डिवाइस और अनुमानित स्थान',
    cookies: GOOGLE_COOKIES.slice(0, 2),
  },
  'google-tag-manager': {
    title: 'Google Tag Manager',
    purpose: 'साइट के Google टैग (आँकड़े, विज्ञापन) लोड करता है; ये टैग सूचीबद्ध कुकी सेट कर सकते हैं',
    cookies: GOOGLE_COOKIES,
  },
  'yandex-metrica': {
    title: 'Yandex Metrica',
    purpose: 'साइट के उपयोग के आँकड़े: पेज, विज़िट, क्लिक, डिवाइस और अनुमानित स्थान',
    cookies: [
      ['_ym_uid', '1 वर्ष', 'आगंतुकों को अलग पहचानता है'],
      ['_ym_d', '1 वर्ष', 'पहली विज़िट की तारीख'],
      ['_ym_isad', '20 घंटे', 'विज्ञापन अवरोधकों का पता लगाता है'],
      ['_ym_*', '1 वर्ष तक', 'काउंटर की अन्य तकनीकी स्थिति'],
    ],
  },
  'yandex-webvisor': {
    title: 'Yandex Metrica Webvisor (सत्र रिकॉर्डिंग)',
    purpose: 'विज़िट को दोबारा देखने के लिए पेज पर आपकी गतिविधि, स्क्रॉल और क्लिक रिकॉर्ड करता है; फ़ील्ड में टाइप किया गया पाठ छिपाया जाता है',
    cookies: [['_ym_visorc', '30 मिनट', 'क्या यह विज़िट रिकॉर्ड हो रही है']],
  },
};
