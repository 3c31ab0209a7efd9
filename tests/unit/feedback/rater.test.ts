import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { ratedItems } from '../../../src/domain/feedback/payload';
import {
  DEFAULT_GROUP_MINIMUM,
  groupMinimum,
  raterGroup,
  raterMinutes,
  raterPages,
  readRaterProgress,
  savedProgress,
} from '../../../src/domain/feedback/rater';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const index = indexBank(networkLeadershipBank('2.0.0'));
const items = ratedItems(index);
const first = items[0]!.id;

describe('the rater flow’s bank facts', () => {
  it('pages the rated sections in bank order, every rated statement once', () => {
    const pages = raterPages(index);
    expect(pages.map((page) => page.section.id)).toEqual(['roles', 'lever-skills']);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it('takes 7 seconds a statement, rounded up to whole minutes: 85 statements are 10 minutes', () => {
    expect(raterMinutes(index)).toBe(10);
  });

  it('finds the invitation’s group and its minimum (3 when the bank leaves it out)', () => {
    const manager = raterGroup(index, 'manager');
    expect(manager && groupMinimum(manager)).toBe(1);
    expect(groupMinimum({ id: 'peers', name: { en: 'peers' } })).toBe(DEFAULT_GROUP_MINIMUM);
    expect(raterGroup(index, 'neighbours')).toBeUndefined();
  });
});

describe('saved rater progress', () => {
  it('reads back what it saves', () => {
    const progress = { answers: { [first]: 4, [items[1]!.id]: null }, comments: { roles: 'Ja.' }, page: 2 };
    expect(readRaterProgress(JSON.parse(JSON.stringify(savedProgress(progress))), index)).toEqual(progress);
  });

  it('drops what does not fit the bank and clamps the page; refuses what is not progress at all', () => {
    const read = readRaterProgress(
      {
        formatVersion: 1,
        answers: { [first]: 9, [items[1]!.id]: 2, 'trust-orientation-1': 5, __proto__: 1 },
        comments: { roles: 'x'.repeat(2_500), mindset: 'niet gevraagd', 'lever-skills': 3 },
        page: 40,
      },
      index,
    );
    expect(read).toEqual({ answers: { [items[1]!.id]: 2 }, comments: { roles: 'x'.repeat(2_000) }, page: 2 });
    for (const value of [
      null,
      [],
      'text',
      { formatVersion: 2, answers: {}, comments: {}, page: 0 },
      { formatVersion: 1 },
    ])
      expect(readRaterProgress(value, index)).toBeNull();
  });
});
