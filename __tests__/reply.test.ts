import express from 'express';
import request from 'supertest';
import { sendCallbackReply, type CallbackFailure } from '../lib';

function appReplying(reply: (res: express.Response) => unknown) {
  const app = express();
  app.post('/', (_req, res) => {
    const first = reply(res);
    res.locals['first'] = first;
  });
  return app;
}

describe('sendCallbackReply', () => {
  it.each<[string, Error | CallbackFailure | string | null | undefined, object]>([
    ['nothing', undefined, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }],
    ['null', null, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }],
    ['an Error', new Error('db is down'), { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'db is down' }],
    ['an Error without a message', new RangeError(), { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'RangeError' }],
    ['a string', 'not now', { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'not now' }],
    ['an errorInfo', { errorInfo: 'x' }, { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'x' }],
    [
      'an errorCode and errorInfo',
      { errorCode: 7, errorInfo: 'y' },
      { ActionStatus: 'FAIL', ErrorCode: 7, ErrorInfo: 'y' },
    ],
  ])('answers HTTP 200 with JSON for %s', async (_case, failure, body) => {
    const response = await request(appReplying((res) => sendCallbackReply(res, failure))).post('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual(body);
  });

  it.each([0, 1.5, Number.NaN])('refuses errorCode %p as a programming error', (errorCode) => {
    const res = { headersSent: false, writableEnded: false } as unknown as express.Response;
    expect(() => sendCallbackReply(res, { errorCode, errorInfo: 'x' })).toThrow(/non-zero integer/);
  });

  it('writes nothing and returns false once a reply was sent', async () => {
    const results: boolean[] = [];
    const app = express();
    app.post('/', (_req, res) => {
      results.push(sendCallbackReply(res));
      results.push(sendCallbackReply(res, new Error('late')));
    });
    const response = await request(app).post('/');
    expect(response.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(results).toEqual([true, false]);
  });
});
