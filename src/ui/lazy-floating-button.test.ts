import { beforeEach, expect, test, vi } from 'vitest';
import type { Consent } from '../core/types';
import { lazyFloatingButton } from './lazy-floating-button';

// The real button (floating-button.ts) draws into the page; here it records what it is told.
const drawn: string[] = [];
vi.mock('./floating-button', () => ({
  floatingButton: () => {
    drawn.push('drawn');
    return { setHidden: (hidden: boolean) => void drawn.push(hidden ? 'hidden' : 'shown'), remove: () => void drawn.push('removed') };
  },
}));

beforeEach(() => void drawn.splice(0));
const consent = {} as Consent;
const options = { floatingButton: 'bottom-right' };

test('the button drawn once its code has arrived is as it was last told: shown', async () => {
  const button = lazyFloatingButton(consent, options, () => {});
  button.setHidden(false);
  expect(drawn).toEqual([]); // its code is a lazy chunk
  await vi.waitFor(() => expect(drawn).toEqual(['drawn', 'shown']));
  button.setHidden(true);
  button.remove();
  expect(drawn).toEqual(['drawn', 'shown', 'hidden', 'removed']);
});

test('hidden while the banner is up, it arrives hidden', async () => {
  lazyFloatingButton(consent, options, () => {}).setHidden(true);
  await vi.waitFor(() => expect(drawn).toEqual(['drawn', 'hidden']));
});

test('removed before its code arrived (the widget destroyed), it is never drawn', async () => {
  lazyFloatingButton(consent, options, () => {}).remove();
  await new Promise((done) => setTimeout(done, 20));
  expect(drawn).toEqual([]);
});
