import { CallbackRejection, isCallbackRejection } from '../lib';
import { describeErrors } from '../lib/commands/validate';

describe('isCallbackRejection', () => {
  it('recognises rejections, also ones made by another copy of the package', () => {
    expect(isCallbackRejection(new CallbackRejection('sign_mismatch', 'Sign does not match'))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'CallbackRejection', code: 'sign_mismatch', status: 401 });
    expect(isCallbackRejection(foreign)).toBe(true);
  });

  it.each([
    ['a plain error', new Error('x')],
    ['a look-alike object', { name: 'CallbackRejection', code: 'x', status: 400 }],
    ['null', null],
  ])('rejects %s', (_case, value) => {
    expect(isCallbackRejection(value)).toBe(false);
  });

  it('copies the validation errors it is given', () => {
    const original = { instancePath: '/a', schemaPath: '#', keyword: 'type', params: {}, message: 'must be string' };
    const rejection = new CallbackRejection('packet_invalid', 'x', [original]);
    expect(rejection.validationErrors[0]).toEqual(original);
    expect(rejection.validationErrors[0]).not.toBe(original);
  });
});

describe('describeErrors', () => {
  it('falls back to a general sentence when ajv gives no error', () => {
    expect(describeErrors([])).toBe('body does not match the schema');
  });

  it('uses the root and a general sentence when ajv gives no path or message', () => {
    expect(describeErrors([{ instancePath: '', schemaPath: '#', keyword: 'x', params: {} }])).toBe('body is invalid');
  });
});
