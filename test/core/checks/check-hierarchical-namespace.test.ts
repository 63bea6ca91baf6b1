import { checkHierarchicalNamespace } from '../../../src/core/checks/check-hierarchical-namespace';
import { known, unreadable } from '../../../src/core/checks/fact';
import { IDS, sampleAccount } from '../fakes/sample-world';

describe('checkHierarchicalNamespace', () => {
  it('passes when hierarchical namespace is on', () => {
    const result = checkHierarchicalNamespace({ account: known(sampleAccount()) });

    expect(result).toMatchObject({ id: 'HIERARCHICAL_NAMESPACE', status: 'pass' });
    expect(result.expected).toBe('on');
    expect(result.actual).toBe('on');
  });

  it('fails with HNS_DISABLED and an upgrade command when it is off', () => {
    const result = checkHierarchicalNamespace({
      account: known(sampleAccount({ isHnsEnabled: false })),
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'HNS_DISABLED' });
    expect(result.expected).toBe('on');
    expect(result.actual).toBe('off');
    expect(result.fix?.cli).toBe(
      `az storage account hns-migration start --type upgrade --name ${IDS.account} ` +
        `--resource-group ${IDS.resourceGroup} --subscription ${IDS.subscription}`,
    );
  });

  it('fails and says "not set" when ARM sent no flag', () => {
    const result = checkHierarchicalNamespace({
      account: known(sampleAccount({ isHnsEnabled: null })),
    });

    expect(result.status).toBe('fail');
    expect(result.actual).toBe('off (not set)');
  });

  it('is unknown when the account cannot be read', () => {
    const result = checkHierarchicalNamespace({ account: unreadable('404 ResourceNotFound') });

    expect(result).toMatchObject({ status: 'unknown', problem: 'CHECK_CALL_FAILED' });
    expect(result.expected).toBe('on');
    expect(result.actual).toBe('could not be read (404 ResourceNotFound)');
  });
});
