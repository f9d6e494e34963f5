import { FRIEND_ADD, knownCommands } from './commands';
import type { FriendAddEvent } from './event';
import { parseOptions, type CallbackOptions } from './options';
import { buildRouter, type CallbackMiddleware, type RouterSpec } from './router';

/** Options of {@link friendAddCallback}. */
export type FriendAddCallbackOptions = CallbackOptions;

/** The middleware returned by {@link friendAddCallback}. */
export type FriendAddCallbackMiddleware = CallbackMiddleware<{ 'Sns.CallbackFriendAdd': FriendAddEvent }>;

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
export function friendAddCallback(options: FriendAddCallbackOptions): FriendAddCallbackMiddleware {
  const config = parseOptions(options, 'friendAddCallback');
  return buildRouter(config, {
    commands: { [FRIEND_ADD]: knownCommands()[FRIEND_ADD] } as unknown as RouterSpec['commands'],
    otherCommands: undefined,
    handles: (command) => command === FRIEND_ADD,
    beforeCallbackFallback: 'allow',
    factory: 'friendAddCallback',
  });
}
