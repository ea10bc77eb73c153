/**
 * Loads each key's value once and keeps it: `loaded(key)` has it when done, `load(key)` starts the
 * load or returns the one under way. A failed load is forgotten, so it may be tried again.
 */
export function loadOnce<K extends string, V>(
  fetch: (key: K) => Promise<V>,
  preloaded: Partial<Record<K, V>> = {},
) {
  const loaded: Partial<Record<K, V>> = { ...preloaded };
  const loading: Partial<Record<K, Promise<V>>> = {};
  return {
    loaded: (key: K): V | undefined => loaded[key],
    load(key: K): Promise<V> {
      const ready = loaded[key];
      if (ready !== undefined) return Promise.resolve(ready);
      loading[key] ??= fetch(key).then(
        (value) => {
          loaded[key] = value;
          return value;
        },
        (error: unknown) => {
          delete loading[key];
          throw error;
        },
      );
      return loading[key];
    },
  };
}
