import { WorkspaceLock } from '../../../src/core/binding/workspace-lock';

describe('WorkspaceLock', () => {
  it('refuses a second taker until the first releases', () => {
    const lock = new WorkspaceLock();

    const release = lock.tryAcquire('ws-1');
    const second = lock.tryAcquire('WS-1');
    release?.();
    const third = lock.tryAcquire('ws-1');

    expect(release).not.toBeNull();
    expect(second).toBeNull();
    expect(third).not.toBeNull();
  });

  it('locks each workspace on its own', () => {
    const lock = new WorkspaceLock();

    lock.tryAcquire('ws-1');

    expect(lock.tryAcquire('ws-2')).not.toBeNull();
    expect(lock.isHeld('ws-1')).toBe(true);
  });

  it('ignores a second release, so a stale holder cannot free the next one', () => {
    const lock = new WorkspaceLock();
    const stale = lock.tryAcquire('ws-1');
    stale?.();
    lock.tryAcquire('ws-1');

    stale?.();

    expect(lock.isHeld('ws-1')).toBe(true);
  });
});
