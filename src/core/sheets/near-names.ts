/** The names that look like a name nobody has: for "did you mean" in messages. */
import { resemblance } from './headers';
import { foldKey } from '../basics/text';

/** How many near names a message lists. */
const NEAR_NAMES = 5;

/**
 * The names among `names` that look like `name`: those that contain it or that it contains (a comma-separated list
 * of names contains each of them), and those within a small edit distance or with the same words in another order,
 * closest first.
 */
export function nearNames(name: string, names: readonly string[]): string[] {
  const key = foldKey(name);
  if (key === '') return [];
  return names
    .map((candidate) => {
      const other = foldKey(candidate);
      const closeness = other.includes(key) || key.includes(other) ? 0 : resemblance(key, other);
      return { name: candidate, closeness };
    })
    .filter((candidate) => candidate.closeness !== null)
    .sort((a, b) => (a.closeness as number) - (b.closeness as number))
    .slice(0, NEAR_NAMES)
    .map((candidate) => candidate.name);
}
