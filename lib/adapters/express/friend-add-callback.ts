import { knownCommand } from '../../commands/registry';
import type { FriendAddEvent } from '../../generated/events';
import { CallbackPipeline } from '../../pipeline/callback-pipeline';
import type { CallbackOptions } from '../../pipeline/options';
import { parseOptions } from '../../pipeline/parse-options';
import type { CallbackMiddleware } from '../../pipeline/router-types';
import type { DefaultListenerRequest } from './request-type';
import { routerFunction } from './router-function';

/** Options of {@link friendAddCallback}. */
export type FriendAddCallbackOptions = CallbackOptions;

/** The middleware returned by {@link friendAddCallback}. */
export type FriendAddCallbackMiddleware<Req = DefaultListenerRequest> = CallbackMiddleware<
  { 'Sns.CallbackFriendAdd': FriendAddEvent },
  Req
>;

const FRIEND_ADD = 'Sns.CallbackFriendAdd';

/**
 * Creates an Express middleware for IM's `Sns.CallbackFriendAdd` callback (after friends were
 * added). Mount it with `app.use` on the callback path; requests for other commands pass
 * through untouched, so other callback handlers can share the path. It is the router of
 * `createCallbackRouter` limited to this one command, which it handles even with no listener.
 *
 * @param options - at least `sdkAppId`; see {@link CallbackOptions}
 * @returns the middleware, with `.on` and `.off` for listeners
 * @throws TypeError when an option is missing, malformed or unknown
 *
 * @example
 * const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: process.env.IM_CALLBACK_TOKEN });
 * friendAdd.on('Sns.CallbackFriendAdd', async (event) => { ... });
 * app.use('/im/callback', friendAdd);
 */
export function friendAddCallback<Req = DefaultListenerRequest>(
  options: FriendAddCallbackOptions,
): FriendAddCallbackMiddleware<Req> {
  const config = parseOptions(options, 'friendAddCallback');
  const pipeline = new CallbackPipeline(config, {
    commands: new Map([[FRIEND_ADD, knownCommand(FRIEND_ADD)]]),
    otherCommands: undefined,
    handles: (command) => command === FRIEND_ADD,
    factory: 'friendAddCallback',
  });
  return routerFunction(pipeline);
}
