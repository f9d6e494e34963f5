import type { CallbackMiddleware } from './callback-middleware';
import { createCallbackMiddleware } from './callback-middleware';
import { FRIEND_ADD, friendAddCommand } from './commands/friend-add';
import type { FriendAddEvent } from './event';
import { parseOptions, type CallbackOptions } from './options';

/** Options of {@link friendAddCallback}. */
export type FriendAddCallbackOptions = CallbackOptions;

/** The middleware returned by {@link friendAddCallback}. */
export type FriendAddCallbackMiddleware = CallbackMiddleware<{ 'Sns.CallbackFriendAdd': FriendAddEvent }>;

/**
 * Creates an Express middleware for IM's `Sns.CallbackFriendAdd` callback (after friends were
 * added). Mount it with `app.use` on the callback path; requests for other commands pass
 * through untouched, so other callback handlers can share the path.
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
  return createCallbackMiddleware<{ 'Sns.CallbackFriendAdd': FriendAddEvent }>(config, { [FRIEND_ADD]: friendAddCommand() }, 'friendAddCallback');
}
