import type { StoredChoice } from './choice-format';
import { FIELD, FORMAT_VERSION, ITEM } from './choice-format';

/**
 * v2: `2~consentId~revision~created36~updated36~sequence36~flags~cats~services~held`, lists as
 * `key=1|key=0`, `held` the granted services' 6-character hashes run together (service-hash.ts).
 * Only characters js-cookie leaves unescaped, so the cookie stays short.
 */
export function encodeChoice(choice: StoredChoice): string {
  const fields = [
    FORMAT_VERSION,
    choice.consentId,
    choice.revision,
    choice.createdAt.toString(36),
    choice.updatedAt.toString(36),
    choice.sequence.toString(36),
    choice.gpcOverride ? 'g' : '-',
    encodeMap(choice.categories),
    encodeMap(choice.services),
  ];
  // A choice read from a cookie written before services were held is written back as it was.
  if (choice.held !== undefined) fields.push(choice.held);
  return fields.join(FIELD);
}

function encodeMap(map: Record<string, boolean>): string {
  return Object.entries(map)
    .map(([key, value]) => `${key}=${value ? 1 : 0}`)
    .join(ITEM);
}
