/**
 * The items in groups of equal key, each group in the items' order, the groups in the order their first items come.
 * A group is made with its first item (a list made empty and then pushed to keeps room for 17).
 */
export function groupsByKey<T>(items: Iterable<T>, keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}
