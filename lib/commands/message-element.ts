import type { KnownMessageElement, MessageElement } from '../generated/packets/shared/message-element';

/**
 * Narrows a message element to one documented type. (A plain `element.MsgType === 'TIMTextElem'`
 * check cannot narrow the type by itself, since an element of a type IM adds later also has a
 * string `MsgType`.)
 *
 * @param element - an element of a `MsgBody`
 * @param type - the `MsgType` to test for, e.g. `'TIMTextElem'`
 *
 * @example
 * const texts = event.body.MsgBody.filter((e) => isMessageElement(e, 'TIMTextElem')).map((e) => e.MsgContent.Text);
 */
export function isMessageElement<T extends KnownMessageElement['MsgType']>(
  element: MessageElement,
  type: T,
): element is Extract<KnownMessageElement, { MsgType: T }> {
  return element.MsgType === type;
}
