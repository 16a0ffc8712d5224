/**
 * The query side of Chinese substring search. Rows carry `keguan_grams(text)` (every character and every
 * pair of adjacent characters, lower-cased, without whitespace) in a GIN-indexed array; a query's grams
 * must all be present, and a LIKE on the text then confirms the exact substring.
 */
export function queryGrams(query: string): string[] {
  const grams = new Set<string>();
  for (const word of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    const chars = Array.from(word);
    if (chars.length === 1) grams.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

/** The words of a query, each as a LIKE pattern with its wildcards escaped. */
export function likePatterns(query: string): string[] {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
