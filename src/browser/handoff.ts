import type { SayFrom } from '../core/messages';
import type { ConfigIssue } from '../core/types';
import type { UiHost } from '../ui/host';
import type { Facade } from './facade';
import type { Memo } from './memo';
import type { PageConfig } from './page-config';
import type { LoadPart } from './part-loader';
import type { ScriptTagMessages } from './parts/messages';
import type { Applied, Plan } from './plan';

/** What the boot file hands the core chunk: the page, the loader, and what the boot did already. */
export interface Handoff {
  page: PageConfig;
  load: LoadPart;
  say: SayFrom<ScriptTagMessages>;
  nonce: string | undefined;
  /** `data-config-checked` on the script tag: the digest `consentry check` printed. */
  digest: string | undefined;
  /** No stored choice, on a site that asks first (a first visit): its file is on its way already. */
  undecided: boolean;
  /** The first visit's language, whose file the boot asked for. */
  lang: string;
  facade: Facade;
  /** The plan the boot applied (a returning visit), which the instance starts from as done. */
  plan: Plan | undefined;
  /**
   * Stops what the boot does for the plan (its gate, links, floating button): the instance does
   * it now. `destroyed`: `destroy()` came first, and what was drawn before the core goes too.
   */
  stop(destroyed?: boolean): void;
  /** The way back that asked for the core (a link, the floating button): the settings open for it. */
  opener?: HTMLElement | null | undefined;
  /** Says `consentry:ready`. */
  ready(): void;
  /**
   * Fails closed: the console says why, and `window.consentry` refuses everything optional. `to`:
   * what fails, the facade unless the core's instance (start-core.ts: one copy of this, 0.03 KB off the core chunk).
   */
  fail(error: unknown, issues?: ConfigIssue[], to?: { fail(issues: ConfigIssue[]): void }): void;
  /** Fetches the core (once) and starts it; a way back passes itself, and the settings open for it. */
  core(opener?: HTMLElement | null): void;
  /** Runs a plan's gate and ways back until the core takes over (the stop it returns), while `holding` says the cookie is as the plan was made for. */
  apply(plan: Applied, holding: () => boolean): () => void;
  /** The refused frames the boot's gate held before the core (held-frames.ts). */
  frames?: HeldFrames;
  /** A first visit's config, checked before the core came (its banner is up without it): the core starts from it. */
  memo?: Memo;
  /**
   * That banner, handed to the core's widget loader: from now on it answers the banner's host
   * (its settings, its teardown); the banner goes if the core found a choice.
   */
  banner?: (host: UiHost) => void;
}

/** Refused frames on a page the boot file runs, before the core, and what the core takes over of them. */
export interface HeldFrames {
  /** Each frame behind a placeholder, with what takes it away, or `0` once loaded. */
  held: Map<HTMLIFrameElement, (() => void) | 0>;
  /** A placeholder's "Always allow" before the core: run by the core once its instance is ready, against its state. */
  grants: Array<() => void>;
  /** The core's gate's, once it has taken the frames over: their placeholders' buttons load with it. */
  load?: (frame: HTMLIFrameElement) => void;
}
