import { CoreError } from '../../../src/core/problems/core-error';

describe('CoreError', () => {
  it('carries name, code, params and cause, with the catalogue text as message', () => {
    const cause = new Error('internal detail');
    const params = { field: 'workspaceId' };

    const error = new CoreError('INVALID_REQUEST', params, { cause });

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CoreError');
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.params).toEqual({ field: 'workspaceId' });
    expect(error.params).not.toBe(params);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('The request is missing workspaceId.');
  });
});
