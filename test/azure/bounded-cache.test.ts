import { BoundedCache } from '../../src/azure/bounded-cache';

describe('BoundedCache', () => {
  it('builds a value once and then returns the same one', () => {
    const cache = new BoundedCache<object>(2);
    const first = cache.getOrCreate('a', () => ({}));
    expect(cache.getOrCreate('a', () => ({}))).toBe(first);
  });

  it('drops the least recently used entry when full', () => {
    const cache = new BoundedCache<string>(2);
    cache.getOrCreate('a', () => 'a1');
    cache.getOrCreate('b', () => 'b1');
    cache.getOrCreate('a', () => 'a2'); // a is now the most recent
    cache.getOrCreate('c', () => 'c1'); // evicts b

    expect(cache.size).toBe(2);
    expect(cache.getOrCreate('a', () => 'a3')).toBe('a1');
    expect(cache.getOrCreate('b', () => 'b2')).toBe('b2');
  });

  it('refuses a capacity below one', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});
