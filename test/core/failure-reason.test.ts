import { failureReason } from '../../src/core/failure-reason';
import { UpstreamError } from '../../src/core/upstream-error';

describe('failureReason', () => {
  it('gives the status and code of an UpstreamError', () => {
    expect(failureReason(new UpstreamError('arm', 403, 'AuthorizationFailed'))).toBe(
      '403 AuthorizationFailed',
    );
  });

  it('says "cancelled" for an aborted call', () => {
    const controller = new AbortController();
    controller.abort();

    expect(failureReason(controller.signal.reason)).toBe('cancelled');
  });

  it.each([new Error('password=hunter2'), 'a string', undefined])(
    'hides anything else behind "unexpected error" (%p)',
    (error) => {
      expect(failureReason(error)).toBe('unexpected error');
    },
  );
});
