import { describe, expect, it } from 'vitest';
import { indexBank } from '../../src/domain/bank/model';
import { estimateMinutes, paginate, progress, unansweredItems } from '../../src/domain/questionnaire';
import { tinyBank } from '../helpers/banks';
import { networkLeadershipBank } from '../helpers/network-leadership';

describe('questionnaire pages', () => {
  it('splits each section evenly into pages of at most 7 items', () => {
    const index = indexBank(networkLeadershipBank());
    const pages = paginate(index);
    // roles 24 → 4 × 6; mindset 20 → 7, 7, 6; lever skills 36 → 6 × 6
    expect(pages.map((p) => `${p.section}:${p.items.length}`)).toEqual([
      'roles:6',
      'roles:6',
      'roles:6',
      'roles:6',
      'mindset:7',
      'mindset:7',
      'mindset:6',
      ...Array.from({ length: 6 }, () => 'lever-skills:6'),
    ]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(index.bank.items.map((i) => i.id));
    expect(pages[5]).toMatchObject({ part: 2, parts: 3 });
  });

  it('splits a section of 10 into two pages of 5, and keeps small sections on one page', () => {
    const pages = paginate(indexBank(tinyBank()), 7);
    // roles 10 → 5, 5; mindset 4; extra 1
    expect(pages.map((p) => p.items.length)).toEqual([5, 5, 4, 1]);
    expect(paginate(indexBank(tinyBank()), 3).map((p) => p.items.length)).toEqual([3, 3, 2, 2, 2, 2, 1]);
  });

  it('numbers, pages and lists open statements in one order, even when a bank lists its items out of section order', () => {
    const bank = tinyBank();
    // Move the mindset items to the front of the file: the questionnaire still starts with the roles.
    const mindset = new Set(bank.dimensions.filter((d) => d.section === 'mindset').map((d) => d.id));
    const shuffled = indexBank({
      ...bank,
      items: [
        ...bank.items.filter((i) => mindset.has(i.dimension)),
        ...bank.items.filter((i) => !mindset.has(i.dimension)),
      ],
    });
    const order = paginate(shuffled).flatMap((page) => page.items.map((item) => item.id));
    expect(shuffled.questionnaireItems.map((item) => item.id)).toEqual(order);
    expect(order.slice(0, 3)).toEqual(['c1', 'c2', 'c3']);
    expect(order.map((id) => shuffled.itemNumbers.get(id))).toEqual(order.map((_, i) => i + 1));
    // "First open statement" and the list of open statements follow the same order.
    expect(unansweredItems(shuffled, {}).map((item) => item.id)).toEqual(order);
    expect(unansweredItems(shuffled, { c1: 3 })[0]?.id).toBe('c2');
  });

  it('counts an answer or "not applicable" as answered, and nothing else', () => {
    const index = indexBank(tinyBank());
    const answers = { c1: 4, c2: null, t1: null, x1: 3, nope: 1 };
    // t1 is on a scale without "not applicable" and x1 = 3 is not on its 0/5/10 scale
    expect(progress(index, answers)).toEqual({ answered: 2, total: 15 });
    expect(unansweredItems(index, answers).map((i) => i.id)).toContain('t1');
  });

  it('estimates about ten seconds per statement, rounded to five minutes', () => {
    // 80 items + 4 context questions = 840 s = 14 min → 15
    expect(estimateMinutes(indexBank(networkLeadershipBank()))).toBe(15);
    expect(estimateMinutes(indexBank(tinyBank()))).toBe(5);
  });
});
