/** Every shipped language's texts, for tests: each visitor downloads only their own (the `texts-<lang>` parts). */
import * as dialogEn from './dialog-en';
import * as dialogHi from './dialog-hi';
import * as dialogRu from './dialog-ru';
import * as en from './en';
import * as hi from './hi';
import * as ru from './ru';

export const BANNER_PACKS = { en, ru, hi };
export const DIALOG_PACKS = { en: dialogEn, ru: dialogRu, hi: dialogHi };
