/**
 * Whether a request target's path (the part before any query) is `path`: compared in place,
 * without parsing the target or making a string of its path.
 *
 * @param target - a request target as received (a path, with or without a query), or a whole URL
 * @param path - the path to compare with, such as `/im/callback`
 * @param from - where the target's path starts: 0 for a request target
 */
export function isPath(target: string, path: string, from = 0): boolean {
  const end = from + path.length;
  return target.startsWith(path, from) && (target.length === end || target.charCodeAt(end) === 0x3f);
}

/**
 * Whether an absolute URL's path is `path`, as {@link isPath} compares it: the path starts at
 * the first `/` after the host (a URL without one has the path `/`).
 *
 * @param url - an absolute URL, such as a Web `Request`'s
 * @param path - the path to compare with
 */
export function isUrlPath(url: string, path: string): boolean {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start === -1 ? path === '/' : isPath(url, path, start);
}
