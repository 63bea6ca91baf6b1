import { groupSchema, groupUserSchema } from '../../src/azure/power-bi-schemas';
import { parsePowerBi } from '../../src/azure/power-bi-parse';
import { UpstreamError } from '../../src/core/upstream-error';

describe('Power BI body validation', () => {
  it('maps a group without storage or capacity to nulls', () => {
    const body = { id: 'g1', name: 'Sales', isReadOnly: false, isOnDedicatedCapacity: false };

    expect(parsePowerBi(groupSchema, body, 'groups/g1')).toEqual({
      id: 'g1',
      name: 'Sales',
      isOnDedicatedCapacity: false,
      capacityId: null,
      dataflowStorageId: null,
    });
  });

  it('maps groupUserAccessRight and graphId of a workspace user', () => {
    const body = {
      identifier: 'ada@contoso.example',
      groupUserAccessRight: 'Admin',
      graphId: 'oid1',
    };

    expect(parsePowerBi(groupUserSchema, body, 'users')).toEqual({
      identifier: 'ada@contoso.example',
      accessRight: 'Admin',
      graphId: 'oid1',
    });
  });

  it('rejects an unknown access right as MalformedResponse naming the field', () => {
    const body = { identifier: 'x', groupUserAccessRight: 'Owner' };

    const error = catchError(() => parsePowerBi(groupUserSchema, body, 'groups/g1/users'));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: 'powerbi', code: 'MalformedResponse' });
    expect(String((error as UpstreamError).cause)).toContain('groupUserAccessRight');
    expect(String((error as UpstreamError).cause)).not.toContain('Owner');
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
