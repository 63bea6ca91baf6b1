import type { Dataflow } from '../model';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { Fact } from './fact';

const HEADING: CheckHeading = {
  id: 'WORKSPACE_EMPTY',
  title: 'Workspace has no dataflows',
  expected: 'no dataflows',
};

/** How many dataflow names a result spells out before summarising the rest. */
const NAMES_SHOWN = 5;

/** Passes when the workspace has no dataflows; a failure lists them by name. */
export function checkWorkspaceEmpty(facts: { dataflows: Fact<Dataflow[]> }): CheckResult {
  if (!facts.dataflows.ok) return unknownResult(HEADING, facts.dataflows.reason);

  const dataflows = facts.dataflows.value;
  if (dataflows.length === 0) return passResult(HEADING, 'no dataflows');

  const names = listNames(dataflows.map((dataflow) => dataflow.name));
  const count = dataflows.length;
  const actual = `${count} dataflow${count === 1 ? '' : 's'}: ${names}`;
  return problemResult(HEADING, 'fail', actual, 'WORKSPACE_HAS_DATAFLOWS', { count, names });
}

function listNames(names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const hidden = names.length - NAMES_SHOWN;
  return hidden > 0 ? `${shown} and ${hidden} more` : shown;
}
