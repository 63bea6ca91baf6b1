import { describeProblem } from '../../../src/core/problems/describe-problem';
import { fillTemplate } from '../../../src/core/problems/fill-template';

describe('fillTemplate', () => {
  it('fills named placeholders and shows a missing one as <name>', () => {
    const filled = fillTemplate('az x --name {account} --resource-group {resourceGroup}', {
      account: 'lake1',
    });

    expect(filled).toBe('az x --name lake1 --resource-group <resourceGroup>');
  });

  it('writes numbers as text', () => {
    expect(fillTemplate('{count} dataflows', { count: 3 })).toBe('3 dataflows');
  });
});

describe('describeProblem', () => {
  it('fills the message and every text of the fix', () => {
    const described = describeProblem('TLS_TOO_OLD', {
      account: 'lake1',
      resourceGroup: 'rg-1',
      actualTls: 'TLS 1.0 (not set)',
    });

    expect(described.code).toBe('TLS_TOO_OLD');
    expect(described.message).toBe(
      'The storage account lake1 accepts TLS 1.0 (not set); Power BI needs TLS 1.2 or higher.',
    );
    expect(described.fix.cli).toBe(
      'az storage account update --name lake1 --resource-group rg-1 --subscription <subscriptionId> ' +
        '--min-tls-version TLS1_2',
    );
    expect(described.fix.docsUrl).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });

  it('leaves out fix fields the catalogue entry does not have', () => {
    const described = describeProblem('WORKSPACE_BUSY');

    expect(described.fix).not.toHaveProperty('cli');
    expect(described.fix).not.toHaveProperty('portalPath');
  });
});
