import { describe, expect, it } from 'vitest';
import { LAW_PACKS, LAWS } from '.';
import { OPT_OUT_LAWS } from './opt-out';

describe('OPT_OUT_LAWS', () => {
  it('names exactly the packs of the opt-out model', () => {
    expect([...OPT_OUT_LAWS].sort()).toEqual(LAWS.filter((law) => LAW_PACKS[law].model === 'opt-out').sort());
  });
});
