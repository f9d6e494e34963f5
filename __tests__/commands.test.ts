import { isMessageElement, type MessageElement } from 'tencent-im-callback';
import { nearestCommand } from '../lib/commands/command-names';
import { describeErrors, validatorOf } from '../lib/commands/validate';
import { KNOWN_COMMANDS } from '../lib/commands/registry';
import c2cBeforeSend from '../schemas/c2c/before-send-msg.schema.json';

describe('nearestCommand', () => {
  it.each([
    ['sns.callbackfriendadd', 'Sns.CallbackFriendAdd'],
    ['SNS.CALLBACKFRIENDADD', 'Sns.CallbackFriendAdd'],
    ['Sns.CallbackFriendAdded', 'Sns.CallbackFriendAdd'],
    ['Sns.CallbackFreindAdd', 'Sns.CallbackFriendAdd'], // two letters swapped
    ['Sns.CallbackFriendAd', 'Sns.CallbackFriendAdd'],
    ['Group.CallbackAfterSendMsgs', 'Group.CallbackAfterSendMsg'],
  ])('takes %s for %s', (misspelt, meant) => {
    expect(nearestCommand(misspelt, KNOWN_COMMANDS)).toBe(meant);
  });

  it.each([
    'Room.CallbackAfterCreateRoom',
    'Live.CallbackAfterCreateRoom',
    'Group.CallbackAfterSomethingNew',
    'Sns.CallbackFriendAddedTwice',
    '',
  ])('finds no known command near %j', (command) => {
    expect(nearestCommand(command, KNOWN_COMMANDS)).toBeUndefined();
  });

  it('prefers the closest of several near commands', () => {
    expect(
      nearestCommand('Group.CallbackAfterRecallMsh', ['Group.CallbackAfterRecallMxx', 'Group.CallbackAfterRecallMsg']),
    ).toBe('Group.CallbackAfterRecallMsg');
  });
});

describe('isMessageElement', () => {
  const elements: MessageElement[] = [
    { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
    { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } },
    { MsgType: 'TIMRelayElem', MsgContent: { Title: 'history' } },
  ];

  it('narrows to one documented type', () => {
    const texts = elements.filter((element) => isMessageElement(element, 'TIMTextElem')).map((e) => e.MsgContent.Text);
    expect(texts).toEqual(['hi']);
    expect(elements.map((element) => isMessageElement(element, 'TIMFaceElem'))).toEqual([false, true, false]);
  });
});

describe('describeErrors on message bodies', () => {
  const validate = validatorOf<object>(c2cBeforeSend.$id);
  const packet = (element: unknown) => ({
    CallbackCommand: 'C2C.CallbackBeforeSendMsg',
    From_Account: 'a',
    To_Account: 'b',
    MsgBody: [element],
  });

  it('names the field of the element whose MsgType matched', () => {
    expect(validate(packet({ MsgType: 'TIMTextElem', MsgContent: { Text: 7 } }))).toBe(false);
    expect(describeErrors(validate.errors ?? [])).toBe('/MsgBody/0/MsgContent/Text must be string');
  });

  it.each([
    [{ MsgType: 7 }, '/MsgBody/0/MsgType must be string'],
    [{ MsgType: 'TIMTextElem' }, '/MsgBody/0/MsgContent is required'],
    [{ MsgType: 'TIMSomethingNew', MsgContent: 'x' }, '/MsgBody/0/MsgContent must be object'],
    ['hello', '/MsgBody/0 must be object'],
  ])('names what is wrong with %j', (element, message) => {
    expect(validate(packet(element))).toBe(false);
    expect(describeErrors(validate.errors ?? [])).toBe(message);
  });
});
