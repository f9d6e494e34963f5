/**
 * The known command a misspelt one most likely meant: the same name in another case
 * (`sns.callbackfriendadd`), or one at most two edits away (`Sns.CallbackFriendAdded`).
 * Undefined when no known command is that close, as with a command IM added after this
 * version of the package.
 *
 * @param command - a command that is not known
 * @param known - the known commands
 */
export function nearestCommand(command: string, known: Iterable<string>): string | undefined {
  const lower = command.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    if (name.toLowerCase() === lower) return name;
    const distance = editDistance(command, name, 2);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `limit + 1` as
 * soon as it is clear there are more than `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
