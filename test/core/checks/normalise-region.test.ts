import { normaliseRegion } from '../../../src/core/checks/normalise-region';

describe('normaliseRegion', () => {
  it.each([
    ['West Europe', 'westeurope'],
    ['westeurope', 'westeurope'],
    ['West-Central US', 'westcentralus'],
    ['  North  Europe ', 'northeurope'],
  ])('reduces %j to %j', (region, normalised) => {
    expect(normaliseRegion(region)).toBe(normalised);
  });

  it('keeps different regions different', () => {
    expect(normaliseRegion('West US 2')).not.toBe(normaliseRegion('West US'));
  });
});
