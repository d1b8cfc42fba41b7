// A value computed once per key and kept in a map the caller owns (the cast's per-article answers).

/** The value kept for `key` in `cache`, computed by `compute` the first time. */
export function cached<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = compute();
  cache.set(key, value);
  return value;
}
