import { OperationRegistry } from '../../../src/core/binding/operation-registry';

describe('OperationRegistry', () => {
  it('returns what was remembered under a key', () => {
    const registry = new OperationRegistry<string>();

    registry.remember('op-1', 'first');

    expect(registry.get('op-1')).toBe('first');
    expect(registry.get('op-2')).toBeUndefined();
  });

  it('forgets the oldest entry once past its capacity', () => {
    const registry = new OperationRegistry<number>(2);

    registry.remember('a', 1);
    registry.remember('b', 2);
    registry.remember('c', 3);

    expect(registry.get('a')).toBeUndefined();
    expect(registry.get('b')).toBe(2);
    expect(registry.get('c')).toBe(3);
    expect(registry.size).toBe(2);
  });

  it('keeps 1,000 operations by default', () => {
    const registry = new OperationRegistry<number>();

    for (let i = 0; i <= 1000; i += 1) registry.remember(`op-${i}`, i);

    expect(registry.size).toBe(1000);
    expect(registry.get('op-0')).toBeUndefined();
    expect(registry.get('op-1')).toBe(1);
  });

  it('forgets a key only while it still holds the given value', () => {
    const registry = new OperationRegistry<string>();
    registry.remember('op-1', 'old');
    registry.remember('op-1', 'new');

    registry.forget('op-1', 'old');

    expect(registry.get('op-1')).toBe('new');
  });

  it.each([0, -1, 1.5])('rejects a capacity of %p', (capacity) => {
    expect(() => new OperationRegistry(capacity)).toThrow(RangeError);
  });
});
