// Node 20 lacks Map.groupBy / Object.groupBy (Node 21+), which vitest 5's reporter uses when a
// test fails; without this, a failing test shows up as a reporter crash instead of the failure.
if (!Map.groupBy) {
  Map.groupBy = (items, key) => {
    const map = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      if (!map.has(k)) map.set(k, []);
      map.get(k).push(item);
    }
    return map;
  };
}
if (!Object.groupBy) {
  Object.groupBy = (items, key) => {
    const out = Object.create(null);
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      (out[k] ??= []).push(item);
    }
    return out;
  };
}
