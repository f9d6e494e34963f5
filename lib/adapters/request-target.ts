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
 * the first `/` after the host (a URL without one before its query has the path `/`).
 *
 * @param url - an absolute URL, such as a Web `Request`'s
 * @param path - the path to compare with
 */
export function isUrlPath(url: string, path: string): boolean {
  const authority = url.indexOf('//') + 2;
  const start = url.indexOf('/', authority);
  // A `?` before that `/` starts the query of a URL without a path, `http://host?a=/b`: a
  // Request's URL is never written so, but a target as received in absolute-form may be.
  return start === -1 || url.lastIndexOf('?', start) >= authority ? path === '/' : isPath(url, path, start);
}

/**
 * Whether a `node:http` request target (`req.url`) has the path `path`: a target in
 * origin-form (`/im/callback?...`), or in absolute-form (`http://host/im/callback?...`), which
 * RFC 9112 §3.2.2 says a server must accept, and Express serves.
 *
 * @param target - the request target as received
 * @param path - the path to compare with
 */
export function isTargetPath(target: string, path: string): boolean {
  // Nearly every target is in origin-form and is answered by the first compare; only one that
  // does not start with `/` has a path to find first.
  return isPath(target, path) || (target.charCodeAt(0) !== 0x2f && isUrlPath(target, path));
}
