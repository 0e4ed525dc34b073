import type { SayFrom } from '../core/messages';
import type { Facade } from './facade';
import type { PageConfig } from './page-config';
import type { LoadPart } from './part-loader';
import type { ScriptTagMessages } from './parts/messages';
import type { Plan } from './plan';

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
  /** Stops what the boot does for the plan (its gate, links, floating button): the instance does it now. */
  stop(): void;
  /** The way back that asked for the core (a link, the floating button): the settings open for it. */
  opener?: HTMLElement | null | undefined;
  /** Says `consentry:ready`. */
  ready(): void;
}
