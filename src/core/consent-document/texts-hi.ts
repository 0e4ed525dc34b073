import type { ConsentTexts } from './texts-en';

// Sentences end with the danda (।), as in the widget's Hindi texts.
export const texts: ConsentTexts = {
  title: 'व्यक्तिगत डेटा के प्रसंस्करण के लिए सहमति',
  intro:
    'मैं स्वतंत्र रूप से, अपनी इच्छा से और अपने हित में, नीचे दी गई शर्तों पर अपने व्यक्तिगत डेटा के प्रसंस्करण के लिए सहमति देता/देती हूँ — हर उस उद्देश्य के लिए अलग से, जिसकी अनुमति मैं साइट पर “सभी स्वीकार करें” से, या कुकी सेटिंग्स में “पसंद सहेजें” से देता/देती हूँ। जो उद्देश्य इस पसंद पर निर्भर नहीं हैं, उनका वर्णन गोपनीयता नीति में है।',
  quote: '“{x}”',
  operator: 'ऑपरेटर',
  address: 'पता: {x}।',
  noAddress: 'गोपनीयता नीति में ऑपरेटर का पता नहीं बताया गया है।',
  registration: 'पंजीकरण: {x}।',
  purposes: 'उद्देश्य और व्यक्तिगत डेटा (हर उद्देश्य के लिए सहमति अलग से दी जाती है)',
  purpose: '{title} (श्रेणी {category})। व्यक्तिगत डेटा: {data}।',
  noData: 'नहीं बताया गया',
  notStated: 'देश नहीं बताया गया',
  actions: 'व्यक्तिगत डेटा के साथ क्या किया जाता है',
  actionList: 'कार्य: {x}।',
  noActions: 'गोपनीयता नीति में व्यक्तिगत डेटा के साथ किए जाने वाले कार्य नहीं बताए गए हैं।',
  methods: 'तरीके: {x}।',
  noMethods: 'गोपनीयता नीति में प्रसंस्करण के तरीकों का वर्णन नहीं है।',
  recipients: 'व्यक्तिगत डेटा किसे मिलता है',
  recipient: '{name} ({country}), श्रेणी {category} के लिए।',
  recipientAlways: '{name} ({country}), साइट पर मैं चाहे जो भी चुनूँ।',
  recipientAlwaysFor: '{name} ({country}), साइट पर मैं चाहे जो भी चुनूँ: {purpose}।',
  noRecipients: 'ऑपरेटर के अलावा किसी को नहीं।',
  crossBorder: 'सीमा-पार हस्तांतरण',
  abroad: 'हाँ: {x}।',
  notAbroad: 'नहीं।',
  unknownCountry: 'इनका देश नहीं बताया गया है: {x}।',
  noCountry: 'गोपनीयता नीति में ऑपरेटर का देश नहीं बताया गया है, इसलिए यह नहीं कहा जा सकता कि व्यक्तिगत डेटा विदेश जाता है या नहीं।',
  term: 'यह सहमति कब तक मान्य है',
  noTerm: 'गोपनीयता नीति में नहीं बताया गया है कि यह सहमति कब तक मान्य है।',
  withdraw: 'यह सहमति कैसे वापस लें',
  withdrawHere: 'कभी भी, साइट की कुकी सेटिंग्स में “सभी अस्वीकार करें” से: सहमति तुरंत वापस हो जाती है। इसके अलावा:',
  policy: 'गोपनीयता नीति',
  policyLine: '{url}, संशोधन {revision}।',
  collection: 'संग्रह',
  recording: 'रिकॉर्ड करना',
  systematisation: 'व्यवस्थित करना',
  accumulation: 'संचय',
  storage: 'भंडारण',
  clarification: 'स्पष्टीकरण (अद्यतन, परिवर्तन)',
  extraction: 'निकालना',
  use: 'उपयोग',
  transfer: 'हस्तांतरण (वितरण, प्रदान करना, पहुँच)',
  depersonalisation: 'पहचान हटाना',
  blocking: 'रोक लगाना',
  deletion: 'मिटाना',
  destruction: 'नष्ट करना',
};

export const countries: Readonly<Record<string, string>> = {
  RU: 'रूस', US: 'संयुक्त राज्य अमेरिका', IN: 'भारत', DE: 'जर्मनी', NL: 'नीदरलैंड', IE: 'आयरलैंड', FI: 'फ़िनलैंड', GB: 'यूनाइटेड किंगडम', FR: 'फ़्रांस', KZ: 'कज़ाख़स्तान', BY: 'बेलारूस', CN: 'चीन', SG: 'सिंगापुर',
};

export const providers: Readonly<Record<string, string>> = { google: 'Google LLC', yandex: 'Yandex LLC' };
