// The config's checker and resolver: needed when this browser has not checked this config before.
// Its findings carry no words: the `messages` part explains them when there are any.
import { prepare } from '../check-config';
import type { FirstVisit } from '../first-visit';
import { startChecked } from '../first-visit';

/** A first visit's start: checks the page's config and starts from it, or says what is wrong and fails closed. */
export function checkHere(visit: FirstVisit): Promise<void> {
  const { page, load } = visit;
  const found = prepare(page.config, load);
  if (found.memo) return startChecked(visit, found.memo);
  return load<typeof import('./messages')>('messages').then((m) => {
    const issues = m.explain(found.findings, page.config);
    console.error(`[consentry] ${m.formatIssues(issues)}`);
    visit.fail(0, issues);
  });
}
