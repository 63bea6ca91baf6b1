import { describeScope } from '../../../src/core/checks/describe-scope';

const ACCOUNT_SCOPE = '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Storage/x/y';

describe('describeScope', () => {
  it.each([
    ['/subscriptions/s1/resourceGroups/rg-lake', 'resource group rg-lake'],
    ['/subscriptions/s1/', 'subscription s1'],
    ['/providers/Microsoft.Management/managementGroups/corp', 'management group corp'],
    ['/', 'the root scope'],
    [ACCOUNT_SCOPE, ACCOUNT_SCOPE],
  ])('names %j as %j', (scope, name) => {
    expect(describeScope(scope)).toBe(name);
  });
});
