/** "Did you mean …?": the known word closest to a misspelt one, if any is close enough. */

/** Edit distance (insert, delete, replace one character), case-insensitive. */
export function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const u = b.toLowerCase();
  let prev = Array.from({ length: u.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= u.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === u[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[u.length]!;
}

/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance && d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
