// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { trapTab } from './focus';

// jsdom lays nothing out: every element counts as rendered.
beforeEach(() => void vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList));
afterEach(() => document.body.replaceChildren());

/** The dialog's shape: a title focused on open (tabindex=-1, out of the Tab order), then its controls. */
function dialog() {
  const box = document.body.appendChild(document.createElement('dialog'));
  box.innerHTML = '<h2 tabindex="-1">Privacy settings</h2><button>Close</button><p>Text</p><button>Save</button><button>Accept all</button>';
  const [title, close, , , accept] = [...box.children] as HTMLElement[];
  return { box, title: title!, close: close!, accept: accept! };
}

function tab(box: Element, shiftKey = false) {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapTab(event, box);
  return event.defaultPrevented;
}

describe('the dialog’s focus trap', () => {
  test('Shift+Tab from the title it opens on goes to the last control, not out of the dialog', () => {
    const { box, title, accept } = dialog();
    title.focus();
    expect(tab(box, true)).toBe(true);
    expect(document.activeElement).toBe(accept);
  });

  test('Tab from the title goes to the first control; the edges wrap; between them the browser moves on', () => {
    const { box, title, close, accept } = dialog();
    title.focus();
    expect(tab(box)).toBe(true);
    expect(document.activeElement).toBe(close);
    expect(tab(box, true)).toBe(true);
    expect(document.activeElement).toBe(accept);
    expect(tab(box)).toBe(true);
    expect(document.activeElement).toBe(close);
    (box.children[3] as HTMLElement).focus();
    expect([tab(box), tab(box, true)]).toEqual([false, false]);
  });
});
