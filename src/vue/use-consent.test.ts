// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { createApp, defineComponent, nextTick } from 'vue';
import { expectTyposWarnedOnce } from '../adapters/testing/typo-warnings';
import { testConfig } from '../core/testing/config-fixture';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import type { UseConsent } from './index';
import { consentry, useConsent } from './index';

vi.mock('../ui/index', () => ({ mountUi: () => ({ open() {}, destroy() {} }) }));

test("useConsent()'s allowed('analytic') and allowedService('stats-tol') (typos) say so on the console, once per name, after the instance has started", async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  let latest: UseConsent | undefined;
  const answers: boolean[][] = [];
  const Probe = defineComponent({
    setup() {
      const consent = (latest = useConsent());
      return () => {
        answers.push([consent.allowed('analytic'), consent.allowedService('stats-tol'), consent.allowed('analytics'), consent.allowedService('stats-tool')]);
        return null;
      };
    },
  });
  const app = createApp(Probe);
  app.use(consentry, { config: testConfig(), options: { store: memoryStore(), outbox: memoryOutbox() }, ui: false });
  app.mount(document.body.appendChild(document.createElement('div')));
  await vi.waitFor(() => expect(answers.length).toBeGreaterThan(1)); // rendered again once the instance started
  await latest!.acceptAll(); // renders again: the names are asked again
  await nextTick();
  await expectTyposWarnedOnce(warn);
  expect(answers.at(-1)).toEqual([false, false, true, true]); // the render's state answers
  app.unmount();
});
