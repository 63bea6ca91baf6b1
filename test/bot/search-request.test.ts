import { parseSearchRequest } from '../../src/bot/dialogs/search-request';

describe('parseSearchRequest', () => {
  it('reads the query, paging and the flow id from the associated inputs', () => {
    const request = parseSearchRequest({
      queryText: 'lake',
      dataset: 'storageAccounts',
      queryOptions: { skip: 15, top: 15 },
      data: { flowId: 'flow-1', accountName: '' },
    });
    expect(request).toEqual({ queryText: 'lake', skip: 15, top: 15, flowId: 'flow-1' });
  });

  it('refuses another dataset', () => {
    expect(parseSearchRequest({ queryText: 'x', dataset: 'npm' })).toBeNull();
  });

  it('refuses a page size beyond the ceiling', () => {
    const value = {
      queryText: 'x',
      dataset: 'storageAccounts',
      queryOptions: { skip: 0, top: 5000 },
    };
    expect(parseSearchRequest(value)).toBeNull();
  });

  it('defaults paging to the first fifteen', () => {
    const request = parseSearchRequest({ dataset: 'storageAccounts' });
    expect(request).toMatchObject({ queryText: '', skip: 0, top: 15, flowId: undefined });
  });
});
