import { settleAll } from '../../../src/core/checks/settle-all';
import { UpstreamError } from '../../../src/core/upstream-error';

describe('settleAll', () => {
  it('keeps each answer under its key, failures as reasons', async () => {
    const facts = await settleAll({
      name: async () => 'lake1',
      roles: async () => {
        throw new UpstreamError('arm', 403, 'AuthorizationFailed');
      },
    });

    expect(facts.name).toEqual({ ok: true, value: 'lake1' });
    expect(facts.roles).toEqual({ ok: false, reason: '403 AuthorizationFailed' });
  });

  it('turns a synchronous throw into a failed fact and still runs the other calls', async () => {
    let otherRan = false;

    const facts = await settleAll({
      broken: (): Promise<number> => {
        throw new Error('not async');
      },
      other: async () => {
        otherRan = true;
        return 1;
      },
    });

    expect(facts.broken).toEqual({ ok: false, reason: 'unexpected error' });
    expect(otherRan).toBe(true);
  });
});
