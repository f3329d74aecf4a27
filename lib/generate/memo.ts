// Values read once per article (or its analysis) and key: a long document asks the same question of
// its whole body thousands of times, and a scan per ask made generation quadratic in its length.
// Held in a WeakMap, so they go with the article.

/** `make()` for this owner and key, computed on first ask and kept while the owner lives. */
export function perOwner<O extends object, K, V>(store: WeakMap<O, Map<K, V>>, owner: O, key: K, make: () => V): V {
  let byKey = store.get(owner);
  if (!byKey) store.set(owner, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key)!;
}
