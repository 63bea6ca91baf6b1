import { findAdministeredWorkspace } from '../../../src/core/choices/administered-workspaces';
import { UpstreamError } from '../../../src/core/upstream-error';
import { FakeCloud } from '../fakes/fake-cloud';
import { ACTOR, IDS, readyWorld } from '../fakes/sample-world';

const OTHER_WORKSPACE = '9f8e7d6c-4444-4c3c-8c3c-0000000000ff';

function cloudWith(accessRight: 'Admin' | 'Member' | null): FakeCloud {
  const world = readyWorld();
  world.workspaces.push({ ...world.workspaces[0]!, id: OTHER_WORKSPACE, name: 'Finance' });
  world.workspaceUsers[OTHER_WORKSPACE] = [
    { graphId: IDS.actor, identifier: 'alice@contoso.example', accessRight: 'Admin' },
  ];
  world.workspaceUsers[IDS.workspace] =
    accessRight === null
      ? []
      : [{ graphId: IDS.actor, identifier: 'alice@contoso.example', accessRight }];
  return new FakeCloud(world);
}

describe('findAdministeredWorkspace', () => {
  it('should return the workspace when the actor administers it, any id casing', async () => {
    const cloud = cloudWith('Admin');
    const { powerBi } = cloud.portsFor(IDS.actor);

    const found = await findAdministeredWorkspace(powerBi, ACTOR, IDS.workspace.toUpperCase());

    expect(found).toMatchObject({ id: IDS.workspace, name: 'Sales' });
  });

  it('should read the list and the chosen workspace users only, however many exist', async () => {
    const cloud = cloudWith('Admin');

    await findAdministeredWorkspace(cloud.portsFor(IDS.actor).powerBi, ACTOR, IDS.workspace);

    expect(cloud.calls.map((call) => [call.method, ...call.args])).toEqual([
      ['powerBi.listWorkspaces'],
      ['powerBi.listWorkspaceUsers', IDS.workspace],
    ]);
  });

  it('should return null when the actor is only a member', async () => {
    const cloud = cloudWith('Member');

    const found = await findAdministeredWorkspace(
      cloud.portsFor(IDS.actor).powerBi,
      ACTOR,
      IDS.workspace,
    );

    expect(found).toBeNull();
  });

  it('should return null, not fail, for a workspace the actor cannot see', async () => {
    const cloud = cloudWith(null);

    const found = await findAdministeredWorkspace(
      cloud.portsFor(IDS.actor).powerBi,
      ACTOR,
      IDS.workspace,
    );

    expect(found).toBeNull();
  });

  it('should throw when the users of a visible workspace cannot be read', async () => {
    const cloud = cloudWith('Admin');
    const refused = new UpstreamError('powerbi', 429, 'TooManyRequests');
    cloud.failOn('powerBi.listWorkspaceUsers', refused);

    const search = findAdministeredWorkspace(
      cloud.portsFor(IDS.actor).powerBi,
      ACTOR,
      IDS.workspace,
    );

    await expect(search).rejects.toBe(refused);
  });
});
