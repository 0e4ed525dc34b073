// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HELD_EVENT, heldChoices } from './held-choices';

describe('heldChoices()', () => {
  const listeners: Array<(event: Event) => void> = [];
  const holder = (wait: Promise<unknown>) => {
    const listener = (event: Event) => (event as CustomEvent<Array<Promise<unknown>>>).detail.push(wait);
    listeners.push(listener);
    window.addEventListener(HELD_EVENT, listener);
  };
  afterEach(() => {
    for (const listener of listeners.splice(0)) window.removeEventListener(HELD_EVENT, listener);
  });

  it('is undefined when no view holds a choice, so the caller decides at once', () => {
    expect(heldChoices()).toBeUndefined();
  });

  it('settles only once every held choice has settled, made or failed', async () => {
    let make = () => {};
    let fail = (_: Error) => {};
    holder(new Promise<void>((done) => (make = done)));
    holder(new Promise<void>((_, reject) => (fail = reject)));
    const order: string[] = [];
    const after = heldChoices()!;
    void after.then(() => order.push('after'));
    make();
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual([]);
    fail(new Error('no decisions'));
    await after;
    expect(order).toEqual(['after']);
  });
});
