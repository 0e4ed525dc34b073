import type { Finding } from './spec';

/**
 * `config.policy.operator.address (notStated: ruAddress), …`: where each finding is and its
 * code (README's Law packs and `validateConfig()` explain them), for a console line written
 * without the words (explain.ts), which only a wrong or warned config downloads.
 */
export function findingsText(findings: readonly Finding[], root = 'config'): string {
  return findings.map((f) => `${root}${f.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')} (${[f.code, ...(f.args ?? [])].join(': ')})`).join(', ');
}
