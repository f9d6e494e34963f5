import { computeSign } from '../../lib';

/** The test vector of IM's docs: token, RequestTime and the Sign they give. */
export const docVector = {
  token: 'xxxxyyyy',
  requestTime: 1669872112,
  sign: '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061',
} as const;

/** The clock of the doc vector, in milliseconds. */
export const docNowMs = docVector.requestTime * 1000;

export const SDK_APP_ID = 1400000000;

/** Parameters of a callback URL; `undefined` leaves one out. */
export interface CallbackQueryParams {
  SdkAppid?: string | number | undefined;
  CallbackCommand?: string | undefined;
  contenttype?: string | undefined;
  ClientIP?: string | undefined;
  OptPlatform?: string | undefined;
  Sign?: string | undefined;
  RequestTime?: string | number | undefined;
}

/**
 * A callback URL as IM builds it: path plus query. With `token`, Sign and RequestTime are
 * added for `requestTime` (the doc vector's time by default).
 */
export function callbackUrl(
  path: string,
  params: CallbackQueryParams = {},
  signing?: { token: string; requestTime?: number },
): string {
  const query: CallbackQueryParams = {
    SdkAppid: SDK_APP_ID,
    CallbackCommand: 'Sns.CallbackFriendAdd',
    contenttype: 'json',
    ClientIP: '127.0.0.1',
    OptPlatform: 'RESTAPI',
    ...(signing && {
      Sign: computeSign(signing.token, signing.requestTime ?? docVector.requestTime),
      RequestTime: signing.requestTime ?? docVector.requestTime,
    }),
    ...params,
  };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.append(name, String(value));
  return `${path}?${search.toString()}`;
}
