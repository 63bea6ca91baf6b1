import { checkResultModel } from '../../src/bot/cards/check-result-model';
import { allPassed, blocked, notRegistered, regionWarning } from './sample-check-results';
import { AZURE_TARGET, checkInput, TENANT_TARGET } from './sample-view-models';

describe('checkResultModel', () => {
  it('lists failures first, then checks that could not run, warnings, and passes last', () => {
    const model = checkResultModel(checkInput({ verdict: 'blocked', results: blocked() }));

    const statuses = model.checks.map((c) => c.status);
    expect(statuses.slice(0, 4)).toEqual(['fail', 'fail', 'unknown', 'pass']);
    // Within one status the core's order stays.
    const failed = model.checks.slice(0, 2).map((c) => c.id);
    expect(failed).toEqual(['HIERARCHICAL_NAMESPACE', 'FIREWALL']);
  });

  it('labels each status with its icon and word', () => {
    const results = [...blocked(), ...regionWarning().filter((r) => r.status === 'warn')];
    const model = checkResultModel(checkInput({ verdict: 'blocked', results }));

    expect(new Set(model.checks.map((c) => c.statusLabel))).toEqual(
      new Set(['❌ Fail', '❔ Unknown', '⚠️ Warning', '✅ Pass']),
    );
  });

  it('drops the fix and problem code of a passed check even when the core sent one', () => {
    const [first, ...rest] = allPassed();
    const fix = { summary: 'stale', docsUrl: 'https://learn.microsoft.com/' };
    const passedWithFix = { ...first!, problem: 'TENANT_MISMATCH', fix };
    const model = checkResultModel(checkInput({ results: [passedWithFix, ...rest] }));

    expect(model.checks[0]).toMatchObject({ status: 'pass', problem: null, fix: null });
  });

  it('keeps the problem code and fix of a check that did not pass', () => {
    const model = checkResultModel(checkInput({ verdict: 'blocked', results: blocked() }));

    expect(model.checks[0]).toMatchObject({
      problem: 'HNS_DISABLED',
      fix: expect.objectContaining({ cli: expect.stringContaining('--hns true') }),
    });
  });

  it('counts what blocks the bind in the verdict line', () => {
    const model = checkResultModel(checkInput({ verdict: 'blocked', results: blocked() }));

    expect(model.verdictText).toBe(
      'Binding is blocked: 2 checks failed, 1 check could not run. Fix them, then check again.',
    );
    expect(model.verdictStyle).toBe('attention');
  });

  it('speaks of one blocking check in the singular', () => {
    const oneFailure = blocked().filter((r) => r.id !== 'FIREWALL' && r.id !== 'OWNER_ROLE');
    const model = checkResultModel(checkInput({ verdict: 'blocked', results: oneFailure }));

    expect(model.verdictText).toBe('Binding is blocked: 1 check failed. Fix it, then check again.');
  });

  it('says how many checks passed when ready', () => {
    const model = checkResultModel(checkInput());

    expect(model.verdictText).toBe(
      'All 11 checks passed. Sales can be connected to contosolakenew.',
    );
    expect(model.acceptedWarnings).toBeNull();
    expect(model.registrationStep).toBeNull();
  });

  it('names the accepted warnings only when confirmation is needed', () => {
    const results = regionWarning();
    const confirm = checkResultModel(checkInput({ verdict: 'needs-confirmation', results }));
    const blockedToo = checkResultModel(checkInput({ verdict: 'blocked', results }));

    expect(confirm.verdictText).toBe('No check failed, but 1 warning needs your decision.');
    expect(confirm.acceptedWarnings).toBe('Selecting Bind anyway accepts this warning: Region.');
    expect(blockedToo.acceptedWarnings).toBeNull();
  });

  it('gives the registration step with the chosen subscription, group and account', () => {
    const model = checkResultModel(
      checkInput({ verdict: 'needs-registration', results: notRegistered() }),
    );

    expect(model.registrationStep).toBe(
      'In Power BI, open the workspace Sales and go to Workspace settings → Azure connections' +
        ' → Storage → Connect to Azure, and choose subscription Analytics Prod, resource group' +
        ' rg-lake, account contosolakenew. Then select Check again.',
    );
  });

  it('labels the target by account name or as tenant default storage', () => {
    const azure = checkResultModel(checkInput({ storage: AZURE_TARGET }));
    const tenant = checkResultModel(checkInput({ storage: TENANT_TARGET }));
    const unnamed = checkResultModel(
      checkInput({ storage: { kind: 'tenant-default', accountName: null } }),
    );

    expect([azure.targetLabel, tenant.targetLabel, unnamed.targetLabel]).toEqual([
      'contosolakenew',
      'tenant default storage (contosolake)',
      'tenant default storage',
    ]);
  });

  it("leaves the caller's results and target untouched", () => {
    const results = blocked();
    const before = JSON.stringify(results);
    const storage = { ...AZURE_TARGET };
    const model = checkResultModel(checkInput({ verdict: 'blocked', results, storage }));
    model.checks[0]!.fix!.summary = 'changed';
    model.storage.accountName = 'changed';

    expect(JSON.stringify(results)).toBe(before);
    expect(storage.accountName).toBe('contosolakenew');
  });
});
