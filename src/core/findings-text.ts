import type { Finding } from './spec';

/**
 * `config.policy.operator.address (notStated: ruAddress), …`: where each finding is and its
 * code (README's Law packs and `validateConfig()` explain them), for a console line written
 * without the words (explain.ts), which only a wrong or warned config downloads.
 */
export function findingsText(findings: readonly Finding[], root = 'config'): string {
  return findings.map((f) => `${root}${segments(f)} (${findingCode(f)})`).join(', ');
}

const segments = (f: Finding) => f.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');

/** `policy.operator.address`, as `consent.issues` gives a path (`config` for the config itself). */
export const findingPath = (f: Finding): string => segments(f).replace(/^\./, '') || 'config';

/** `notStated: ruAddress`: the finding's code and what it names. */
export const findingCode = (f: Finding): string => [f.code, ...(f.args ?? [])].join(': ');
