// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { createApp, defineComponent, nextTick } from 'vue';
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
  await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
  await new Promise((resolve) => setTimeout(resolve, 50)); // the later renders' words would have come too
  expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
    expect.stringContaining('allowed("analytic") / when("analytic"): the config has no category "analytic" (it has "necessary", "analytics", "marketing")'),
    expect.stringContaining('allowedService("stats-tol"): the config has no service "stats-tol" (it has "stats-tool", "ads-tool")'),
  ]);
  expect(answers.at(-1)).toEqual([false, false, true, true]); // the render's state answers
  app.unmount();
});
