import type { ProcessingAction } from '../types';

/** 152-FZ Art. 3(3)'s actions with personal data, in its order (the consent document lists them so). */
export const ACTIONS: readonly ProcessingAction[] = [
  'collection', 'recording', 'systematisation', 'accumulation', 'storage', 'clarification', 'extraction',
  'use', 'transfer', 'depersonalisation', 'blocking', 'deletion', 'destruction',
];
