import { describe, expect, test, vi } from 'vitest';
import { createSSRApp, defineComponent } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { testApp } from './testing/app';
import { serverRenderTests } from '../adapters/testing/server-render';
import { useConsent } from './index';

describe('consentry/vue on the server (Node: no document, no window)', () => {
  serverRenderTests((setup) => renderToString(testApp(setup)));

  test('useConsent() without the plugin says what is missing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Orphan = defineComponent({ setup: () => (useConsent(), () => null) });
    await expect(renderToString(createSSRApp(Orphan))).rejects.toThrow('[consentry] useConsent() needs the plugin: app.use(consentry, { config }).');
  });
});
