/**
 * Whether a request target's path (the part before any query) is `path`: compared in place,
 * without parsing the target or making a string of its path.
 *
 * @param target - a request target as received: a path, with or without a query
 * @param path - the path to compare with, such as `/im/callback`
 */
export function isPath(target: string, path: string): boolean {
  return target.startsWith(path) && (target.length === path.length || target.charCodeAt(path.length) === 0x3f);
}
