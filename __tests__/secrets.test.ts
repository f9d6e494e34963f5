import express from 'express';
import request from 'supertest';
import { computeSign, createCallbackRouter, friendAddCallback } from 'tencent-im-callback';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { recordingLogger } from './helpers/app';

const token = 'TOKEN-must-never-leak-7d41';
const now = 1669872112;
const expectedSign = computeSign(token, now);

/** Every way a request can be refused, each as [name, request builder]. */
const rejections: [string, (app: express.Express) => request.Test][] = [
  [
    '405 wrong method',
    (app) =>
      request(app).get(
        buildCallbackRequest({ command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token, requestTime: now }).url,
      ),
  ],
  ['403 another app', (app) => post(app, { sdkAppId: 1 })],
  ['403 no SdkAppid', (app) => request(app).post('/im/callback?CallbackCommand=Sns.CallbackFriendAdd').send('{}')],
  ['401 unsigned', (app) => post(app, { token: undefined })],
  ['401 wrong Sign', (app) => post(app, { token: 'guess' })],
  ['401 stale RequestTime', (app) => post(app, { requestTime: now - 3600 })],
  [
    '401 malformed RequestTime',
    (app) =>
      request(app)
        .post(
          `/im/callback?SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd&Sign=${'0'.repeat(64)}&RequestTime=x`,
        )
        .send('{}'),
  ],
  [
    '401 Sign repeated',
    (app) =>
      request(app)
        .post(`${built({}).url}&Sign=${'1'.repeat(64)}`)
        .send(built({}).body),
  ],
  [
    '400 CallbackCommand repeated',
    (app) =>
      request(app)
        .post(`${built({}).url}&CallbackCommand=Other`)
        .send(built({}).body),
  ],
  ['400 invalid JSON', (app) => post(app, { body: '{' })],
  ['400 empty body', (app) => post(app, { body: '' })],
  ['400 schema violation', (app) => post(app, { body: { CallbackCommand: 'Sns.CallbackFriendAdd', PairList: [] } })],
  ['400 command mismatch', (app) => post(app, { body: { CallbackCommand: 'Sns.CallbackFriendDelete', PairList: [] } })],
  ['413 too large', (app) => post(app, { body: samplePacket('Sns.CallbackFriendAdd', { count: 200 }) })],
  ['415 compressed', (app) => post(app, {}).set('Content-Encoding', 'gzip')],
];

function built(overrides: object) {
  return buildCallbackRequest({
    command: 'Sns.CallbackFriendAdd',
    sdkAppId: 1400000000,
    token,
    requestTime: now,
    ...overrides,
  });
}
function post(app: express.Express, overrides: object) {
  const cb = built(overrides);
  return request(app).post(cb.url).set(cb.headers).send(cb.body);
}

describe('secrets', () => {
  it.each(rejections)(
    '%s: no reply, log line or error message contains the token or the expected Sign',
    async (name, send) => {
      const logger = recordingLogger();
      const onError = jest.fn();
      const app = express();
      const options = { sdkAppId: 1400000000, token, now: () => now * 1000, logger, onError, bodyLimit: 2048 };
      app.use(
        '/im/callback',
        createCallbackRouter(options).on('Sns.CallbackFriendAdd', () => undefined),
      );
      app.use('/other', friendAddCallback(options));
      const response = await send(app);
      expect(response.status).toBe(Number(name.slice(0, 3)));
      expect(response.body.ActionStatus).toBe('FAIL');
      const everything = JSON.stringify([
        response.text,
        response.headers,
        logger.debug.mock.calls,
        logger.warn.mock.calls,
        logger.error.mock.calls,
        onError.mock.calls,
      ]);
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(expectedSign);
      expect(logger.debug).toHaveBeenCalledTimes(1);
    },
  );
});
