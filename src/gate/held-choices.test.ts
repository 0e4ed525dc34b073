// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HELD_EVENT, heldChoices } from './held-choices';

describe('heldChoices()', () => {
  const listeners: Array<(event: Event) => void> = [];
  const holder = (wait: Promise<boolean>) => {
    const listener = (event: Event) => (event as CustomEvent<Array<Promise<boolean>>>).detail.push(wait);
    listeners.push(listener);
    window.addEventListener(HELD_EVENT, listener);
  };
  afterEach(() => {
    for (const listener of listeners.splice(0)) window.removeEventListener(HELD_EVENT, listener);
  });

  it('is undefined when no view holds a choice, so the caller decides at once', () => {
    expect(heldChoices()).toBeUndefined();
  });

  it('settles only once every held wait has ended, made or failed: false when no newer choice was made', async () => {
    let make = (_: boolean) => {};
    let fail = (_: Error) => {};
    holder(new Promise<boolean>((done) => (make = done)));
    holder(new Promise<boolean>((_, reject) => (fail = reject)));
    const order: unknown[] = [];
    const after = heldChoices()!;
    void after.then((superseded) => order.push(superseded));
    make(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual([]);
    fail(new Error('no decisions'));
    expect(await after).toBe(false);
    expect(order).toEqual([false]);
  });

  it('is true when a choice clicked after the ask was made meanwhile, so the asker gives way', async () => {
    holder(Promise.resolve(false));
    holder(Promise.resolve(true));
    expect(await heldChoices()).toBe(true);
  });
});
