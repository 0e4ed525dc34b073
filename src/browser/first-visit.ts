import type { SayFrom } from '../core/messages';
import type { ConfigIssue, Consent } from '../core/types';
import type { Memo } from './memo';
import { remember } from '../storage/checked-configs';
import type { PageConfig } from './page-config';
import type { LoadPart } from './part-loader';
import type { ScriptTagMessages } from './parts/messages';

/**
 * What the part that checks a config this browser has not checked (in the banner's file) is
 * handed, by the core or, on a first visit, by the start that shows the banner without the core:
 * that part finishes the start, so a visit without a banner does not download how a first visit begins.
 */
export interface FirstVisit {
  page: PageConfig;
  /** The memo's key for this config (`memoKey`). */
  key: string;
  /** No stored choice, on a site that asks first: the checked config is kept once they decide. */
  undecided: boolean;
  consent: Consent;
  load: LoadPart;
  say: SayFrom<ScriptTagMessages>;
  /** Starts from a checked config: the instance, its plugins and the widget (or, on a first visit, the banner without them). */
  start(memo: Memo): void;
  /** Fails closed: nothing optional runs. */
  fail(error: unknown, issues?: ConfigIssue[]): void;
}

/** Starts from a config found valid here or by `consentry check`, and remembers it once this visitor has a choice. */
export function startChecked(visit: FirstVisit, memo: Memo): Promise<void> {
  const { key, undecided, consent } = visit;
  if (!undecided) remember(key, memo);
  // In a task of its own: the checker, then the start with the banner, are each under 50 ms on
  // a slow phone, where together they made one long task (input waits on it).
  return new Promise((next) => setTimeout(next)).then(() => {
    visit.start(memo);
    if (!undecided) return;
    const off = consent.on('change', ({ state }) => {
      if (!state.decided) return;
      off();
      setTimeout(() => remember(key, memo)); // after the decision's own work: the click is not slower
    });
  });
}
