// Compile-time checks of the decision methods, never run: `npm run typecheck` compiles this file,
// so a line marked @ts-expect-error that starts compiling fails the run. Each event has the
// methods of its decision kind and no others.
import { createCallbackRouter } from '../../lib';

const quiet = { warn: () => undefined, error: () => undefined };

export function decisionTyping() {
  const im = createCallbackRouter({ sdkAppId: 1, token: 't', logger: quiet });
  im.on('C2C.CallbackBeforeSendMsg', (event) => {
    event.refuse(120001, 'no links');
    event.discard();
    event.replaceMessage({ MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '***' } }] });
    event.replaceMessage({ CloudCustomData: 'x' });
    // @ts-expect-error a message before-callback answers as a whole, not per target
    event.deny('bob');
    // @ts-expect-error MsgBody holds message elements
    event.replaceMessage({ MsgBody: ['***'] });
  });
  im.on('Group.CallbackBeforeCreateGroup', (event) => {
    event.refuse();
    // @ts-expect-error a gate cannot discard
    event.discard();
  });
  im.on('Group.CallbackBeforeInviteJoinGroup', (event) => {
    const first: string | undefined = event.targets[0];
    if (first !== undefined) event.deny(first);
    event.refuse(10100, 'closed group');
  });
  im.on('OfficialAccount.CallbackBeforeAddSubscriber', (event) => event.deny(event.targets[0] ?? ''));
  im.on('Chatbot.OnC2CSignalMessage', (event) => {
    event.respond('{}');
    // @ts-expect-error RspData is a string
    event.respond({});
  });
  im.on('C2C.CallbackAfterSendMsg', (event) => {
    // @ts-expect-error an after-callback cannot refuse: IM has already delivered the message
    event.refuse();
    return event.body.MsgBody.length;
  });
  im.on('Sns.CallbackFriendAdd', (event) => {
    // @ts-expect-error after-callbacks cannot decide
    event.discard();
  });
  return im;
}
