import { afterEach, expect, test, vi } from 'vitest';
import { createBinding } from './binding';
import { reportUnknownGateNames } from './gate-names';
import { testConfig } from '../core/testing/config-fixture';
import { fakeEnv } from '../core/testing/fake-env';
import type { ConsentryConfig } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

vi.mock('../ui/index', () => ({ mountUi: () => ({ open() {}, destroy() {} }) }));
afterEach(() => vi.restoreAllMocks());

async function started(config: ConsentryConfig = testConfig()) {
  const binding = createBinding({ config, options: { store: memoryStore(), outbox: memoryOutbox(), env: fakeEnv().env }, ui: false });
  const stop = binding.start();
  await vi.waitFor(() => expect(binding.getSnapshot().consent).not.toBeNull());
  return { binding, stop };
}

test('a gate naming a category or service the config lacks is reported once, with the names it has', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { binding, stop } = await started();
  for (let i = 0; i < 3; i++) {
    reportUnknownGateNames(binding.getSnapshot(), { category: 'analytic' });
    reportUnknownGateNames(binding.getSnapshot(), { service: 'video' });
  }
  await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
  await new Promise((resolve) => setTimeout(resolve, 50)); // the later calls' words have come too
  expect(warn.mock.calls.map((c) => c[0])).toEqual([
    '[consentry] <ConsentGate category="analytic"> never opens: its config\'s categories list no category "analytic" (they list: "necessary", "analytics", "marketing").',
    '[consentry] <ConsentGate service="video"> never opens: its config\'s categories list no service "video" (they list: "stats-tool", "ads-tool").',
  ]);
  stop();
});

test('a name that is a built-in object property ("toString", "constructor") is unknown too', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { binding, stop } = await started();
  reportUnknownGateNames(binding.getSnapshot(), { category: 'toString', service: 'constructor' });
  await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
  expect(warn.mock.calls.map((c) => c[0] as string)).toEqual([
    expect.stringContaining('<ConsentGate category="toString"> never opens'),
    expect.stringContaining('<ConsentGate service="constructor"> never opens'),
  ]);
  stop();
});

test('known names, an instance not started yet and a config that failed closed report nothing', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { binding, stop } = await started();
  reportUnknownGateNames(binding.getSnapshot(), { category: 'marketing', service: 'ads-tool' });
  reportUnknownGateNames(createBinding({ config: testConfig() }).getSnapshot(), { category: 'before-start' });
  const broken = testConfig();
  delete (broken as Partial<ConsentryConfig>).policy;
  const closed = await started(broken);
  expect(closed.binding.getSnapshot().consent!.ok).toBe(false);
  reportUnknownGateNames(closed.binding.getSnapshot(), { category: 'analytics' });
  await new Promise((resolve) => setTimeout(resolve, 50)); // the words would have come by now
  expect(warn).not.toHaveBeenCalled();
  stop();
  closed.stop();
});
