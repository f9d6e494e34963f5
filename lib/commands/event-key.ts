import { createHash } from 'node:crypto';

/**
 * A callback's identity, the same for every delivery of it, whichever instance receives it:
 * the command, then the body fields that IM's docs say identify one occurrence (its schema's
 * `x-im.key`, e.g. `MsgKey`, or `GroupId` and `MsgSeq`), as
 * `C2C.CallbackAfterSendMsg:MsgKey=48374_2837546_1557481126`; a field marked `?` (`TopicId?`)
 * joins them when the body has it. Without such fields, or when one is missing, a digest of the whole body: `Sns.CallbackFriendAdd:sha256=...`, the SHA-256 of
 * its canonical JSON (keys sorted), so the same content gives the same key however its keys
 * were ordered.
 *
 * @param command - the callback command
 * @param body - the validated packet
 * @param fields - the identifying fields, as dotted paths, `?` after those that may be absent; undefined for none
 */
export function eventKey(command: string, body: object, fields: readonly string[] | undefined): string {
  if (fields !== undefined) {
    const parts: string[] = [];
    for (const field of fields) {
      const optional = field.endsWith('?');
      const name = optional ? field.slice(0, -1) : field;
      const value = valueAt(body, name);
      if (typeof value === 'string' || typeof value === 'number') {
        parts.push(`${name}=${encodeURIComponent(String(value))}`);
      } else if (!optional || value !== undefined) {
        // A documented field that is missing or not a plain value: the body itself is the identity.
        return digestKey(command, body);
      }
    }
    return `${command}:${parts.join('&')}`;
  }
  return digestKey(command, body);
}

function valueAt(body: object, path: string): unknown {
  let value: unknown = body;
  for (const name of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, name)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

function digestKey(command: string, body: object): string {
  return `${command}:sha256=${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;
}

/**
 * JSON with every object's keys sorted. Iterative rather than recursive, so a body nested
 * 100,000 levels deep (IM's own are shallow; a forged one need not be) cannot overflow the stack.
 *
 * @param root - a parsed JSON value
 */
export function canonicalJson(root: unknown): string {
  const out: string[] = [];
  // Each entry is a value to write, or a string to write as it is (punctuation).
  const pending: { readonly value: unknown; readonly raw?: true }[] = [{ value: root }];
  while (pending.length > 0) {
    const { value, raw } = pending.pop() as { value: unknown; raw?: true };
    if (raw === true) {
      out.push(value as string);
    } else if (value === null || typeof value !== 'object') {
      out.push(scalarJson(value));
    } else if (Array.isArray(value)) {
      const items: { value: unknown; raw?: true }[] = [{ value: '[', raw: true }];
      value.forEach((item: unknown, index) => {
        if (index > 0) items.push({ value: ',', raw: true });
        items.push({ value: item });
      });
      items.push({ value: ']', raw: true });
      for (let i = items.length - 1; i >= 0; i--) pending.push(items[i] as { value: unknown; raw?: true });
    } else {
      const record = value as Record<string, unknown>;
      const items: { value: unknown; raw?: true }[] = [{ value: '{', raw: true }];
      Object.keys(record)
        .sort()
        .forEach((name, index) => {
          items.push({ value: `${index > 0 ? ',' : ''}${JSON.stringify(name)}:`, raw: true });
          items.push({ value: record[name] });
        });
      items.push({ value: '}', raw: true });
      for (let i = items.length - 1; i >= 0; i--) pending.push(items[i] as { value: unknown; raw?: true });
    }
  }
  return out.join('');
}

/**
 * A value that is not an object, as JSON. A body parsed by `JSON.parse` holds only strings,
 * numbers, booleans and null; another parser an app put before the router might leave a
 * bigint (kept by its digits) or undefined (kept by its type), written as strings rather than
 * thrown on.
 */
function scalarJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    default:
      return JSON.stringify(typeof value === 'bigint' ? `bigint:${value.toString()}` : typeof value);
  }
}
