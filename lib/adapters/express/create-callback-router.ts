import { knownCommands, otherCommand } from '../../commands/registry';
import { CallbackPipeline } from '../../pipeline/callback-pipeline';
import type { CallbackRouterOptions } from '../../pipeline/options';
import { parseOptions } from '../../pipeline/parse-options';
import type { CallbackRouter } from '../../pipeline/router-types';
import type { DefaultListenerRequest } from './request-type';
import { routerFunction } from './router-function';

/**
 * Creates the router for all of an app's IM callbacks on one URL: Express middleware (mount
 * it with `app.use`), which `createNodeHandler` also serves on plain `node:http`. Commands
 * with a schema get typed events; any other command is reached by its string. A command with
 * no listener goes to `next()` (or is answered OK with `unhandled: 'ack'`).
 *
 * `Req` is what listeners get as their second argument: Express's `Request` by default when
 * the app has Express's types, else `IncomingMessage`. A router for `createNodeHandler` in an
 * app that has Express's types says so: `createCallbackRouter<IncomingMessage>(options)`.
 *
 * @param options - at least `sdkAppId`; see {@link CallbackRouterOptions}
 * @returns the router, with `on`, `off`, `onAny` and `offAny`
 * @throws TypeError when an option is missing, malformed or unknown
 *
 * @example
 * const im = createCallbackRouter({ sdkAppId: 1400000000, token: process.env.IM_CALLBACK_TOKEN });
 * im.on('Sns.CallbackFriendDelete', (event) => unlink(event.pairs));
 * im.on('Sns.CallbackPrevFriendAdd', (event) => event.deny('id2', 38001, 'blocked by policy'));
 * app.use('/im/callback', im);
 */
export function createCallbackRouter<Req = DefaultListenerRequest>(
  options: CallbackRouterOptions,
): CallbackRouter<Req> {
  const config = parseOptions(options, 'createCallbackRouter');
  const ack = config.unhandled === 'ack';
  const pipeline = new CallbackPipeline(config, {
    commands: knownCommands(),
    otherCommands: otherCommand(),
    handles: (_command, hasListeners) => ack || hasListeners,
    factory: 'createCallbackRouter',
  });
  return routerFunction(pipeline);
}
