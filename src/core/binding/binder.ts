import { assertRequest, requireText } from '../assert-request';
import type { ConnectRequest, DetachRequest } from '../connect-request';
import type { TenantProfile } from '../model';
import type { CloudPorts } from '../ports';
import type { BindOutcome, WorkspaceBusy } from './bind-outcome';
import type { DetachOutcome } from './detach-outcome';
import { OperationRegistry } from './operation-registry';
import { performBind, type BindOptions } from './perform-bind';
import { performDetach, type DetachOptions } from './perform-detach';
import { WorkspaceLock } from './workspace-lock';

/** Sizing of one Binder. */
export interface BinderOptions {
  /** How many operations to remember for de-duplication; 1,000 unless told otherwise. */
  rememberedOperations?: number;
}

type Remembered =
  | { operation: 'bind'; outcome: Promise<BindOutcome> }
  | { operation: 'detach'; outcome: Promise<DetachOutcome> };

/**
 * Runs binds and detaches one at a time per workspace, and answers a repeated operation id
 * (Teams re-delivers invokes, users double-click) with the outcome of its first delivery,
 * even while that delivery is still running. Each instance has its own lock and memory.
 */
export class Binder {
  private readonly lock = new WorkspaceLock();
  private readonly operations: OperationRegistry<Remembered>;

  constructor(options: BinderOptions = {}) {
    this.operations = new OperationRegistry(options.rememberedOperations);
  }

  /**
   * Attaches the workspace to the target after re-running every check (see performBind).
   * Gets `busy` while another operation holds the workspace. Throws a CoreError for a
   * blank id, and the abort reason when aborted before anything changed.
   */
  async bindWorkspace(
    ports: CloudPorts,
    profile: TenantProfile,
    request: ConnectRequest,
    options: BindOptions,
  ): Promise<BindOutcome> {
    assertRequest(request);
    requireText(options.operationId, 'operationId');

    const key = operationKey('bind', request, options.operationId);
    const known = this.operations.get(key);
    if (known?.operation === 'bind') return known.outcome;

    const work = (): Promise<BindOutcome> => performBind(ports, profile, request, options);
    return this.run(key, request.workspaceId, work, bindEntry);
  }

  /**
   * Detaches the workspace from its dataflow storage (see performDetach), under the same
   * lock and de-duplication as bindWorkspace.
   */
  async detachWorkspace(
    ports: CloudPorts,
    request: DetachRequest,
    options: DetachOptions,
  ): Promise<DetachOutcome> {
    assertRequest(request);
    requireText(options.operationId, 'operationId');

    const key = operationKey('detach', request, options.operationId);
    const known = this.operations.get(key);
    if (known?.operation === 'detach') return known.outcome;

    const work = (): Promise<DetachOutcome> => performDetach(ports, request, options);
    return this.run(key, request.workspaceId, work, detachEntry);
  }

  private run<T>(
    key: string,
    workspaceId: string,
    work: () => Promise<T>,
    entryFor: (outcome: Promise<T>) => Remembered,
  ): Promise<T | WorkspaceBusy> {
    const release = this.lock.tryAcquire(workspaceId);
    // Busy is not remembered: a re-delivery after the other operation ends should run.
    if (release === null) return Promise.resolve(busy(workspaceId));

    const outcome = work().finally(release);
    const entry = entryFor(outcome);
    this.operations.remember(key, entry);
    // A throw is no outcome worth replaying: a retry re-runs the checks, and assigning the
    // same account again is harmless.
    outcome.catch(() => this.operations.forget(key, entry));
    return outcome;
  }
}

function bindEntry(outcome: Promise<BindOutcome>): Remembered {
  return { operation: 'bind', outcome };
}

function detachEntry(outcome: Promise<DetachOutcome>): Remembered {
  return { operation: 'detach', outcome };
}

function busy(workspaceId: string): WorkspaceBusy {
  return { kind: 'busy', problem: 'WORKSPACE_BUSY', workspaceId };
}

/** Scoped by actor and workspace, so an id replayed by someone else never reveals an outcome. */
function operationKey(
  operation: Remembered['operation'],
  request: DetachRequest,
  operationId: string,
): string {
  return [operation, request.actor.oid, request.workspaceId.toLowerCase(), operationId].join('|');
}
