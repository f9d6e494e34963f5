// Compile-time checks of the router's typing, never run: `npm run typecheck` compiles this file,
// so a line marked @ts-expect-error that starts compiling (or a typed line that stops) fails the run.
import {
  createCallbackRouter,
  isCallbackEvent,
  isMessageElement,
  type RouterEvent,
  type UntypedCallbackEvent,
} from '../../lib';

const quiet = { warn: () => undefined, error: () => undefined };

// Each command gets its own event type, with no casts.
export function routerTyping() {
  const im = createCallbackRouter({ sdkAppId: 1400000000, token: 't', logger: quiet });
  im.on('Sns.CallbackFriendAdd', (e) => e.pairs[0].Initiator_Account);
  // @ts-expect-error friend-delete pairs have no Initiator_Account
  im.on('Sns.CallbackFriendDelete', (e) => e.pairs[0].Initiator_Account);
  im.on('Sns.CallbackFriendDelete', (e) => e.pairs[0].To_Account.toUpperCase());
  im.on('Sns.CallbackBlackListAdd', (e) => e.pairs.map((pair) => pair.From_Account));
  im.on('Sns.CallbackPrevFriendAdd', (e) => {
    const wording: string | undefined = e.body.FriendItem[0].AddWording;
    e.deny(e.targets[0] ?? '', 38001, wording);
  });
  im.on('Sns.CallbackPrevFriendResponse', (e, req) => {
    const action: string | undefined = req.timCallback.body.ResponseFriendItem[0].ResponseAction;
    e.allow(e.targets[0] ?? '');
    return action;
  });
  // @ts-expect-error after-callbacks cannot decide
  im.on('Sns.CallbackFriendAdd', (e) => e.deny('x'));
  im.on('C2C.CallbackAfterSendMsg', (e) => {
    const from: string = e.body.From_Account;
    const texts = e.body.MsgBody.filter((element) => isMessageElement(element, 'TIMTextElem'));
    return [from, texts.map((element) => element.MsgContent.Text)];
  });
  // A command of a sister product (TUIRoomKit): reached by its name, its body untyped.
  im.on('Room.CallbackAfterCreateRoom', (e) => {
    const body: UntypedCallbackEvent['body'] = e.body;
    const room: unknown = e.body['RoomId'];
    return [body, room];
  });
  // @ts-expect-error untyped bodies need checks before use
  im.on('Room.CallbackAfterDestroyRoom', (e) => e.body['RoomId'].toUpperCase());
  im.onAny((event: RouterEvent) => {
    const command: string = event.command;
    if (isCallbackEvent(event, 'Sns.CallbackBlackListDelete')) return event.pairs.length;
    return command;
  });
  return im;
}

// Options: the token is required (false opts out), and onError may return anything.
export function optionTyping() {
  const errors: unknown[] = [];
  const logged = createCallbackRouter({ sdkAppId: 1, token: 't', onError: (error) => errors.push(error) });
  const unsigned = createCallbackRouter({ sdkAppId: 1, token: false });
  const fromEnvironment = createCallbackRouter({ sdkAppId: 1, token: process.env['IM_CALLBACK_TOKEN'] });
  // @ts-expect-error the token is required: leave it out only by saying token: false
  const forgotten = createCallbackRouter({ sdkAppId: 1 });
  return [logged, unsigned, fromEnvironment, forgotten, errors];
}
