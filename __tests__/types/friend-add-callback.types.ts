// Compile-time checks, never run: `npm run typecheck` (part of `npm test`) compiles this file, so
// a line marked @ts-expect-error that starts compiling (or a typed line that stops) fails the run.
import type { Request } from 'express';
import express from 'express';
import { friendAddCallback, type FriendAddEvent, type FriendAddPacket } from '../../lib';
import type { CallbackMiddleware } from '../../lib';

const quiet = { warn: () => undefined, error: () => undefined };

// Listeners are typed by command, req.timCallback by declaration merging, and the middleware mounts on Express.
export function friendAddTyping() {
  const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: process.env['NO_SUCH_TOKEN'], logger: quiet });
  friendAdd.on('Sns.CallbackFriendAdd', (event, req) => {
    const from: string = event.pairs[0].From_Account;
    const initiator: string | undefined = event.pairs[0].Initiator_Account;
    const forced: number | undefined = event.body.ForceFlag;
    const command: 'Sns.CallbackFriendAdd' = event.command;
    const fromReq: FriendAddEvent | undefined = req.timCallback;
    const request: Request = req;
    // @ts-expect-error pairs carry only documented fields
    void event.pairs[0].Remark;
    // @ts-expect-error ForceFlag is a number
    const wrong: string = event.body.ForceFlag;
    return [from, initiator, forced, command, fromReq, request, wrong];
  });
  // Calls that must not compile; never run, since they would throw.
  const invalidCalls = () => {
    // @ts-expect-error only handled commands can be listened to
    friendAdd.on('Sns.CallbackFriendDelete', () => undefined);
    // @ts-expect-error options are checked
    friendAddCallback({ sdkAppID: 1 });
  };

  const app = express();
  app.use('/im/callback', friendAdd);
  const asMiddleware: CallbackMiddleware<{ 'Sns.CallbackFriendAdd': FriendAddEvent }> = friendAdd;
  const packet: FriendAddPacket = {
    CallbackCommand: 'Sns.CallbackFriendAdd',
    PairList: [{ From_Account: 'a', To_Account: 'b' }],
  };
  // @ts-expect-error PairList is never empty
  const empty: FriendAddPacket = { CallbackCommand: 'Sns.CallbackFriendAdd', PairList: [] };
  return [asMiddleware, packet, empty, invalidCalls];
}
