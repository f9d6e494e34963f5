import type { TargetListSpec } from '../../generated/x-im';

/**
 * The users a body lists, in its order.
 *
 * @param body - the validated packet
 * @param spec - the list's field, and the field of each item naming the user (absent: the items are the IDs)
 */
export function targetsOf(body: object, spec: TargetListSpec): readonly string[] {
  const items = (body as Record<string, unknown>)[spec.list] as readonly unknown[];
  const { account } = spec;
  return Object.freeze(
    account === undefined
      ? (items as string[])
      : items.map((item) => (item as Record<string, string>)[account] as string),
  );
}
