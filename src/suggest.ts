/** Levenshtein distance between two strings: the fewest single-character edits from a to b. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The valid ids closest to `input`, best first: ids that contain it or that it
 * contains rank first, then by edit distance; at most `limit`.
 */
export function closest(input: string, valid: readonly string[], limit = 3): string[] {
  const q = input.trim().toLowerCase();
  return valid
    .map((id) => ({ id, score: id.includes(q) || (q.length > 0 && q.includes(id)) ? -1 : editDistance(q, id) }))
    .sort((x, y) => x.score - y.score || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map((x) => x.id);
}
