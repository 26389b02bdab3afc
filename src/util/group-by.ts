/**
 * The items in groups of equal key, each group in the items' order, the groups (the map's entries) in the order their
 * first items come. A group is made with its first item (a list made empty and then pushed to keeps room for 17).
 */
export function groupByKey<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** The groups of {@link groupByKey}, without their keys. */
export function groupsByKey<T>(items: Iterable<T>, keyOf: (item: T) => string): T[][] {
  return [...groupByKey(items, keyOf).values()];
}
