import type { Capacity, StorageAccount, Workspace } from '../model';
import { sameId } from '../same-id';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { Fact } from './fact';
import { normaliseRegion } from './normalise-region';

export interface RegionFacts {
  account: Fact<StorageAccount>;
  workspace: Fact<Workspace>;
  capacities: Fact<Capacity[]>;
  /** ARM name of the Power BI home region, from the tenant profile. */
  homeRegion: string;
}

const ID = 'REGION';
const TITLE = 'Region';

/**
 * Passes when the account is in the region of the workspace's capacity or, for a workspace
 * on no capacity the user can see, in the Power BI home region.
 */
export function checkRegion(facts: RegionFacts): CheckResult {
  const expected = expectedRegion(facts);
  if ('reason' in expected) {
    const heading: CheckHeading = { id: ID, title: TITLE, expected: 'the workspace region' };
    return unknownResult(heading, expected.reason);
  }

  const heading: CheckHeading = { id: ID, title: TITLE, expected: expected.label };
  if (!facts.account.ok) return unknownResult(heading, facts.account.reason);

  const accountRegion = facts.account.value.location;
  if (normaliseRegion(accountRegion) === normaliseRegion(expected.region)) {
    return passResult(heading, accountRegion);
  }
  return problemResult(heading, 'fail', accountRegion, 'REGION_MISMATCH', {
    accountRegion,
    expectedRegion: expected.region,
  });
}

type ExpectedRegion = { region: string; label: string } | { reason: string };

function expectedRegion(facts: RegionFacts): ExpectedRegion {
  const home = { region: facts.homeRegion, label: `${facts.homeRegion} (Power BI home region)` };
  if (!facts.workspace.ok) return { reason: facts.workspace.reason };

  const capacityId = facts.workspace.value.capacityId;
  if (capacityId === null) return home;
  if (!facts.capacities.ok) return { reason: facts.capacities.reason };

  const capacity = facts.capacities.value.find((c) => sameId(c.id, capacityId));
  // Limitation: a capacity the user cannot list (no capacity rights) falls back to the home
  // region, because no public API reveals that capacity's region to this user.
  if (!capacity) return home;
  const label = `${capacity.region} (capacity ${capacity.displayName})`;
  return { region: capacity.region, label };
}
