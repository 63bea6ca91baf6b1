/** Where a connect conversation stands. Kept in dialog state, small on purpose: stored per chat. */
export type FlowStep =
  'workspace' | 'mode' | 'subscription' | 'resourceGroup' | 'account' | 'result' | 'done';

export interface Named {
  id: string;
  name: string;
}

export interface FlowState {
  flowId: string;
  step: FlowStep;
  workspace?: Named;
  subscription?: Named;
  resourceGroup?: string;
  accountName?: string;
  target?: 'account' | 'tenant-default';
  /** Identifies the check run whose card may bind; repeated clicks reuse it. */
  operationId?: string;
}
