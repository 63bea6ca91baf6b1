import { checkRegion, type RegionFacts } from '../../../src/core/checks/check-region';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { Workspace } from '../../../src/core/model';
import { IDS, sampleAccount } from '../fakes/sample-world';

const workspace = (capacityId: string | null): Workspace => ({
  id: IDS.workspace,
  name: 'Sales',
  isOnDedicatedCapacity: capacityId !== null,
  capacityId,
  dataflowStorageId: null,
});

const facts = (overrides: Partial<RegionFacts> = {}): RegionFacts => ({
  account: known(sampleAccount({ location: 'westeurope' })),
  workspace: known(workspace(IDS.capacity)),
  capacities: known([{ id: IDS.capacity, displayName: 'Contoso P1', region: 'West Europe' }]),
  homeRegion: 'northeurope',
  ...overrides,
});

describe('checkRegion', () => {
  it('passes when the account is in the capacity region, display name against ARM name', () => {
    const result = checkRegion(facts());

    expect(result).toMatchObject({ id: 'REGION', status: 'pass', actual: 'westeurope' });
    expect(result.expected).toBe('West Europe (capacity Contoso P1)');
  });

  it('fails with REGION_MISMATCH when the account is elsewhere than the capacity', () => {
    const result = checkRegion(facts({ account: known(sampleAccount({ location: 'eastus' })) }));

    expect(result).toMatchObject({ status: 'fail', problem: 'REGION_MISMATCH', actual: 'eastus' });
    expect(result.expected).toBe('West Europe (capacity Contoso P1)');
    expect(result.fix?.summary).toContain('West Europe');
  });

  it('compares with the Power BI home region when the workspace has no capacity', () => {
    const result = checkRegion(
      facts({
        workspace: known(workspace(null)),
        account: known(sampleAccount({ location: 'northeurope' })),
      }),
    );

    expect(result).toMatchObject({ status: 'pass', actual: 'northeurope' });
    expect(result.expected).toBe('northeurope (Power BI home region)');
  });

  it('needs no capacity list for a workspace without capacity', () => {
    const result = checkRegion(
      facts({
        workspace: known(workspace(null)),
        capacities: unreadable('403 Forbidden'),
      }),
    );

    expect(result).toMatchObject({ status: 'fail', problem: 'REGION_MISMATCH' });
    expect(result.expected).toBe('northeurope (Power BI home region)');
    expect(result.actual).toBe('westeurope');
  });

  it('falls back to the home region when the capacity is not among those listed', () => {
    const result = checkRegion(facts({ capacities: known([]) }));

    expect(result.status).toBe('fail');
    expect(result.expected).toBe('northeurope (Power BI home region)');
  });

  it('is unknown when the workspace is on a capacity but capacities cannot be read', () => {
    const result = checkRegion(facts({ capacities: unreadable('429 TooManyRequests') }));

    expect(result).toMatchObject({ status: 'unknown', problem: 'CHECK_CALL_FAILED' });
    expect(result.expected).toBe('the workspace region');
    expect(result.actual).toBe('could not be read (429 TooManyRequests)');
  });

  it('is unknown when the workspace cannot be read', () => {
    const result = checkRegion(facts({ workspace: unreadable('404 PowerBIEntityNotFound') }));

    expect(result.status).toBe('unknown');
    expect(result.actual).toBe('could not be read (404 PowerBIEntityNotFound)');
  });

  it('is unknown when the account cannot be read, still naming the expected region', () => {
    const result = checkRegion(facts({ account: unreadable('403 AuthorizationFailed') }));

    expect(result.status).toBe('unknown');
    expect(result.expected).toBe('West Europe (capacity Contoso P1)');
    expect(result.actual).toBe('could not be read (403 AuthorizationFailed)');
  });
});
