// Values read once per article (or its analysis) and key: a long document asks the same question of
// its whole body thousands of times, and a scan per ask made generation quadratic in its length.
// Held in a WeakMap, so they go with the article.

/** `make()` for this owner and key, computed on first ask and kept while the owner lives. */
export function perOwner<O extends object, K, V>(store: WeakMap<O, Map<K, V>>, owner: O, key: K, make: () => V): V {
  let byKey = store.get(owner);
  if (!byKey) store.set(owner, (byKey = new Map()));
  return cached(byKey, key, make);
}

/** `make()` for this key, computed on first ask and kept in `map` (a reader's own per-article store). */
export function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
}
