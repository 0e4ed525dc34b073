// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { createApp, h } from 'vue';
import { testConfig } from '../core/testing/config-fixture';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { ConsentGate, consentry } from './index';

vi.mock('../ui/index', () => ({ mountUi: () => ({ open() {}, destroy() {} }) }));

test('<ConsentGate service="video"> (a service no category lists) says on the console that it never opens, once', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const app = createApp(() => h(ConsentGate, { service: 'video' }, { default: () => 'on', fallback: () => 'off' }));
  app.use(consentry, { config: testConfig(), options: { store: memoryStore(), outbox: memoryOutbox() }, ui: false });
  app.mount(document.body.appendChild(document.createElement('div')));
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('<ConsentGate service="video"> never opens')));
  expect(warn).toHaveBeenCalledTimes(1);
  app.unmount();
});
