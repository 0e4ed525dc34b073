// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createConsent } from '../../index';
import { optOutConfig } from '../../core/testing/law-configs';
import { memoryOutbox } from '../../storage/memory-store';
import { mountUi } from '../index';
import { widgetDom } from '../testing/widget-dom';

beforeAll(widgetDom);
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const link = () => document.querySelector('consentry-widget')?.shadowRoot?.querySelector<HTMLElement>('[data-consentry=choices]');
const rect = (top: number, left: number, height: number, width: number) => ({ top, left, bottom: top + height, right: left + width, height, width, x: left, y: top }) as DOMRect;

/**
 * WCAG 2.4.11 (GUIDE §3): the opt-out site's "Your Privacy Choices" is fixed at the bottom left of
 * every page, where a footer's links are: tabbing to one must not leave it behind the link. As
 * the banner and the reload offer do (page-spacing.ts), the page gets room at its end, and a
 * focused element under the link is scrolled clear of it.
 */
test('an opt-out site’s choices link never hides the page’s focused element (2.4.11): room at the end, and a link under it scrolled clear', async () => {
  const observed: Element[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: () => void) {}
      observe(target: Element) {
        observed.push(target);
        this.callback();
      }
      disconnect() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => (fn(0), 0));
  const scrollBy = vi.fn();
  vi.stubGlobal('scrollBy', scrollBy);
  const footer = document.createElement('a');
  footer.href = '/terms';
  footer.textContent = 'Terms';
  document.body.append(footer);

  const consent = createConsent(optOutConfig(), { outbox: memoryOutbox() });
  await consent.ready;
  const ui = mountUi(consent);
  await vi.waitFor(() => expect(link()).toBeTruthy());
  expect(observed).toContain(link());
  expect(document.adoptedStyleSheets).toHaveLength(1); // the page's room for it

  // A 720 px high viewport: the link 40 px high, 12 px from the bottom left; the footer's link behind it.
  link()!.getBoundingClientRect = () => rect(668, 12, 40, 190);
  footer.getBoundingClientRect = () => rect(680, 20, 20, 60);
  footer.focus();
  expect(scrollBy).toHaveBeenCalledWith({ top: 40, behavior: 'instant' }); // its bottom (700) 8 px above the link's top (668)

  ui.destroy();
  consent.destroy();
  expect(document.adoptedStyleSheets).toEqual([]); // gone with the widget
});
