// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD } from '../core/version';
import type { Memo } from './memo';
import { memoKey } from './memo';
import { recall as recallAny, remember } from '../storage/checked-configs';

const recall = (key: string) => recallAny<Memo>(key);

const memo = (name: string) => ({ config: { cookie: { name } } }) as unknown as Memo;

afterEach(() => localStorage.clear());

describe('the checked-config memo', () => {
  it('gives back what was remembered for the same text and library version', () => {
    remember(memoKey('{"a":1}'), memo('one'));
    expect(recall(memoKey('{"a":1}'))).toEqual(memo('one'));
  });

  it('has nothing for a changed config, so it is checked again (an invalid edit fails closed)', () => {
    remember(memoKey('{"a":1}'), memo('one'));
    expect(recall(memoKey('{"a":1} '))).toBeUndefined();
    expect(recall(memoKey('{"a":2}'))).toBeUndefined();
  });

  it('has nothing for the same text checked by another library version or build', () => {
    localStorage.setItem('consentry.configs', JSON.stringify([[`0.0.0-other\n{"a":1}`, memo('old')]]));
    expect(memoKey('{"a":1}')).toBe(`${BUILD}\n{"a":1}`);
    expect(recall(memoKey('{"a":1}'))).toBeUndefined();
  });

  it('keeps the four configs checked last', () => {
    for (const n of [1, 2, 3, 4, 5]) remember(memoKey(`{"n":${n}}`), memo(`c${n}`));
    expect(recall(memoKey('{"n":1}'))).toBeUndefined();
    expect(recall(memoKey('{"n":5}'))).toEqual(memo('c5'));
    expect(recall(memoKey('{"n":2}'))).toEqual(memo('c2'));
  });

  it('treats unreadable storage as nothing remembered, and starts it over', () => {
    localStorage.setItem('consentry.configs', '{not json');
    expect(recall(memoKey('{}'))).toBeUndefined();
    remember(memoKey('{}'), memo('fresh'));
    expect(recall(memoKey('{}'))).toEqual(memo('fresh'));
  });
});
