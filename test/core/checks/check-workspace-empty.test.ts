import { checkWorkspaceEmpty } from '../../../src/core/checks/check-workspace-empty';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { Dataflow } from '../../../src/core/model';

const dataflows = (...names: string[]): Dataflow[] =>
  names.map((name, index) => ({ objectId: `df-${index}`, name, modelUrl: null }));

describe('checkWorkspaceEmpty', () => {
  it('passes when the workspace has no dataflows', () => {
    const result = checkWorkspaceEmpty({ dataflows: known([]) });

    expect(result).toMatchObject({ id: 'WORKSPACE_EMPTY', status: 'pass' });
    expect(result.expected).toBe('no dataflows');
    expect(result.actual).toBe('no dataflows');
  });

  it('fails with WORKSPACE_HAS_DATAFLOWS and lists the dataflows by name', () => {
    const result = checkWorkspaceEmpty({ dataflows: known(dataflows('Orders', 'Customers')) });

    expect(result).toMatchObject({ status: 'fail', problem: 'WORKSPACE_HAS_DATAFLOWS' });
    expect(result.expected).toBe('no dataflows');
    expect(result.actual).toBe('2 dataflows: Orders, Customers');
    expect(result.fix?.summary).toContain('Export');
  });

  it('names five dataflows and counts the rest when there are many', () => {
    const result = checkWorkspaceEmpty({
      dataflows: known(dataflows('a', 'b', 'c', 'd', 'e', 'f', 'g')),
    });

    expect(result.actual).toBe('7 dataflows: a, b, c, d, e and 2 more');
  });

  it('is unknown when dataflows cannot be listed', () => {
    const result = checkWorkspaceEmpty({ dataflows: unreadable('401 Unauthorized') });

    expect(result).toMatchObject({ status: 'unknown', expected: 'no dataflows' });
    expect(result.actual).toBe('could not be read (401 Unauthorized)');
  });
});
