import { Binder } from '../../../src/core/binding/binder';
import { settleMicrotasks } from '../fakes/call-gate';
import { IDS, accountRequest } from '../fakes/sample-world';
import { bind, bindSetup } from './bind-setup';

const ASSIGN = 'powerBi.assignToDataflowStorage';

describe('Binder.bindWorkspace, concurrent and repeated', () => {
  it('answers busy to a second bind of the same workspace while the first runs', async () => {
    const setup = bindSetup();
    const gate = setup.cloud.hold();

    const first = bind(setup);
    await settleMicrotasks();
    const second = await bind(setup, { operationId: 'op-2' });
    gate.releaseAll();

    expect(second).toEqual({ kind: 'busy', problem: 'WORKSPACE_BUSY', workspaceId: IDS.workspace });
    expect((await first).kind).toBe('bound');
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(1);
  });

  it('returns the first outcome to a repeated operation id and assigns once', async () => {
    const setup = bindSetup();
    const gate = setup.cloud.hold();

    const first = bind(setup);
    const inFlightRepeat = bind(setup);
    gate.releaseAll();
    const outcome = await first;
    const lateRepeat = await bind(setup);

    expect(outcome.kind).toBe('bound');
    expect(await inFlightRepeat).toBe(outcome);
    expect(lateRepeat).toBe(outcome);
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(1);
  });

  it('runs a new operation id once the previous bind has finished', async () => {
    const setup = bindSetup();

    await bind(setup);
    const again = await bind(setup, { operationId: 'op-2' });

    expect(again.kind).toBe('bound');
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(2);
  });

  it('does not replay an outcome to another user who sends the same operation id', async () => {
    const setup = bindSetup();
    const colleague = { oid: IDS.colleague, displayName: 'Bob' };

    const mine = await bind(setup);
    const request = accountRequest({ actor: colleague });
    const theirs = await bind(setup, {}, request, setup.cloud.portsFor(IDS.colleague));

    expect(mine.kind).toBe('bound');
    expect(theirs).toMatchObject({ kind: 'refused', reason: 'blocked' });
  });

  it('forgets an operation that threw, and frees the workspace, so a retry runs', async () => {
    const setup = bindSetup();
    setup.cloud.failOn(ASSIGN, new TypeError('adapter bug'));

    await expect(bind(setup)).rejects.toThrow('adapter bug');
    setup.cloud.recover(ASSIGN);
    const retry = await bind(setup);

    expect(retry.kind).toBe('bound');
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(2);
  });

  it('keeps the memory of each Binder instance to itself', async () => {
    const setup = bindSetup();

    await bind(setup);
    await bind({ ...setup, binder: new Binder() });

    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(2);
  });
});
