/** loadOnce: one fetch per key while it runs and after, nothing kept from a failure. */
import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../../src/ui/shell/load-once';

describe('loadOnce', () => {
  it('fetches a key once, however often it is asked for, and then has it at once', async () => {
    const fetch = vi.fn((key: string) => Promise.resolve(`value of ${key}`));
    const cache = loadOnce(fetch);
    expect(cache.loaded('a')).toBeUndefined();
    const [first, second] = await Promise.all([cache.load('a'), cache.load('a')]);
    expect(first).toBe('value of a');
    expect(second).toBe('value of a');
    expect(await cache.load('a')).toBe('value of a');
    expect(cache.loaded('a')).toBe('value of a');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('has what was given to it without fetching', async () => {
    const fetch = vi.fn(() => Promise.resolve('fetched'));
    const cache = loadOnce(fetch, { nb: 'given' });
    expect(cache.loaded('nb')).toBe('given');
    expect(await cache.load('nb')).toBe('given');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('forgets a failed load, so the next try fetches again', async () => {
    const fetch = vi
      .fn<(key: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('back online');
    const cache = loadOnce(fetch);
    await expect(cache.load('a')).rejects.toThrow('offline');
    expect(cache.loaded('a')).toBeUndefined();
    expect(await cache.load('a')).toBe('back online');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
