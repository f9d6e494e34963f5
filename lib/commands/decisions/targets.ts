import type { TargetListSpec } from '../../generated/x-im';

/**
 * The users a body lists, in its order.
 *
 * @param body - the validated packet
 * @param spec - the list's field, and the field of each item naming the user
 */
export function targetsOf(body: object, spec: TargetListSpec): readonly string[] {
  const items = (body as Record<string, unknown>)[spec.list] as readonly unknown[];
  return Object.freeze(items.map((item) => (item as Record<string, string>)[spec.account] as string));
}
