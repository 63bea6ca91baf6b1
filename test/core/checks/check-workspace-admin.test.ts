import { checkWorkspaceAdmin } from '../../../src/core/checks/check-workspace-admin';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { WorkspaceAccessRight, WorkspaceUser } from '../../../src/core/model';
import { ACTOR, IDS } from '../fakes/sample-world';

const user = (graphId: string | null, accessRight: WorkspaceAccessRight): WorkspaceUser => ({
  graphId,
  identifier: `${graphId ?? 'group'}@contoso.example`,
  accessRight,
});

describe('checkWorkspaceAdmin', () => {
  it('passes when the actor, by object id, is Admin', () => {
    const result = checkWorkspaceAdmin({
      actor: ACTOR,
      users: known([user(IDS.colleague, 'Member'), user(IDS.actor.toUpperCase(), 'Admin')]),
    });

    expect(result).toMatchObject({ id: 'WORKSPACE_ADMIN', status: 'pass' });
    expect(result.expected).toBe('Admin');
    expect(result.actual).toBe('Admin');
  });

  it('fails with NOT_WORKSPACE_ADMIN and shows the role the actor has', () => {
    const result = checkWorkspaceAdmin({
      actor: ACTOR,
      users: known([user(IDS.actor, 'Contributor'), user(IDS.colleague, 'Admin')]),
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'NOT_WORKSPACE_ADMIN' });
    expect(result.expected).toBe('Admin');
    expect(result.actual).toBe('Contributor');
  });

  it('fails and says "not a member" when the actor is not listed', () => {
    const result = checkWorkspaceAdmin({
      actor: ACTOR,
      users: known([user(IDS.colleague, 'Admin'), user(null, 'Admin')]),
    });

    expect(result.status).toBe('fail');
    expect(result.actual).toBe('not a member');
  });

  it('does not trust a display name: only the object id counts', () => {
    const impostor: WorkspaceUser = {
      graphId: IDS.colleague,
      identifier: ACTOR.displayName,
      accessRight: 'Admin',
    };
    const result = checkWorkspaceAdmin({ actor: ACTOR, users: known([impostor]) });

    expect(result.status).toBe('fail');
  });

  it('is unknown when workspace users cannot be listed', () => {
    const users = unreadable<WorkspaceUser[]>('404 PowerBIEntityNotFound');
    const result = checkWorkspaceAdmin({ actor: ACTOR, users });

    expect(result).toMatchObject({ status: 'unknown', expected: 'Admin' });
    expect(result.actual).toBe('could not be read (404 PowerBIEntityNotFound)');
  });
});
