import { describe, expect, it } from 'vitest';
import { countBy, getOrCreate, groupBy, mostCommon, pushTo } from '../../scripts/util/collections.ts';
import { forEachLimited } from '../../scripts/util/concurrency.ts';

describe('collections', () => {
  it('getOrCreate stores what it makes once', () => {
    const map = new Map<string, number[]>();
    getOrCreate(map, 'a', () => []).push(1);
    getOrCreate(map, 'a', () => [99]).push(2);
    expect(map.get('a')).toEqual([1, 2]);
  });

  it('pushTo and groupBy keep first-appearance order', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'b', 1);
    pushTo(map, 'a', 2);
    pushTo(map, 'b', 3);
    expect([...map]).toEqual([['b', [1, 3]], ['a', [2]]]);
    expect([...groupBy(['xa', 'yb', 'xc'], (s) => s[0])]).toEqual([['x', ['xa', 'xc']], ['y', ['yb']]]);
    expect([...countBy('abca', (c) => c)]).toEqual([['a', 2], ['b', 1], ['c', 1]]);
  });

  it('mostCommon: highest count, first seen on a tie unless a tie-break is given', () => {
    expect(mostCommon(['b', 'a', 'a', 'b', 'c'])).toBe('b');
    expect(mostCommon(['b', 'a', 'a', 'b', 'c'], String, (x, y) => x.localeCompare(y))).toBe('a');
    expect(mostCommon(['c', 'a', 'a'])).toBe('a');
    expect(mostCommon<string>([])).toBeUndefined();
    expect(mostCommon([{ n: 'x', i: 1 }, { n: 'x', i: 2 }], (o) => o.n)).toEqual({ n: 'x', i: 1 });
  });
});

describe('forEachLimited', () => {
  it('never runs more than the limit at once and visits every item with its index', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachLimited([10, 11, 12, 13, 14], 2, async (item, index) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(item - index);
      running--;
    });
    expect(peak).toBe(2);
    expect(seen).toEqual([10, 10, 10, 10, 10]);
  });

  it('rejects when a task fails', async () => {
    await expect(forEachLimited([1, 2], 4, async (n) => { if (n === 2) throw new Error('boom'); })).rejects.toThrow('boom');
  });
});
