import { AccountDirectory } from '../../src/bot/account-directory';

const names = (list: { value: string }[] | null) => list?.map((choice) => choice.value) ?? null;
const choice = (value: string) => ({ value, title: value });

describe('AccountDirectory', () => {
  const accounts = ['contosolake', 'archive', 'lakehouse', 'fwlake', 'blob'].map(choice);

  it('answers names starting with the query first, then names containing it', () => {
    const directory = new AccountDirectory();
    directory.remember('ada', 'flow-1', accounts);

    expect(names(directory.search('ada', 'flow-1', 'LAKE', 0, 10))).toEqual([
      'lakehouse',
      'contosolake',
      'fwlake',
    ]);
  });

  it('pages with skip and top', () => {
    const directory = new AccountDirectory();
    directory.remember('ada', 'flow-1', accounts);

    expect(names(directory.search('ada', 'flow-1', '', 1, 2))).toEqual(['archive', 'lakehouse']);
  });

  it('keeps lists apart per user and flow', () => {
    const directory = new AccountDirectory();
    directory.remember('ada', 'flow-1', accounts);

    expect(directory.search('ben', 'flow-1', 'lake', 0, 10)).toBeNull();
    expect(directory.search('ada', 'flow-2', 'lake', 0, 10)).toBeNull();
  });

  it('forgets a list once it is older than its time to live', () => {
    let now = 1_000;
    const directory = new AccountDirectory({ ttlMs: 500, now: () => now });
    directory.remember('ada', 'flow-1', accounts);
    now = 1_400;
    expect(directory.search('ada', 'flow-1', 'blob', 0, 10)).not.toBeNull();
    now = 1_600;
    expect(directory.search('ada', 'flow-1', 'blob', 0, 10)).toBeNull();
  });

  it('drops the least recently loaded list beyond its limit', () => {
    const directory = new AccountDirectory({ maxLists: 2 });
    directory.remember('ada', 'a', accounts);
    directory.remember('ada', 'b', accounts);
    directory.remember('ada', 'c', accounts);

    expect(directory.search('ada', 'a', '', 0, 1)).toBeNull();
    expect(names(directory.search('ada', 'c', '', 0, 1))).toEqual(['contosolake']);
  });
});
