/**
 * What `make` gives for a text, kept for the `kept` texts most recently made and found again by the text (whose hash
 * V8 keeps with it): for readers asked about the same few files many times in one scan, bounded for a long-lived
 * process. The oldest text made goes first.
 */
export function keptByText<T>(kept: number, make: (text: string) => T): (text: string) => T {
  const made = new Map<string, T>();
  return (text) => {
    let value = made.get(text);
    if (value === undefined) {
      value = make(text);
      if (made.size >= kept) made.delete(made.keys().next().value as string);
      made.set(text, value);
    }
    return value;
  };
}
