import { describe, expect, it } from 'vitest';
import { PageStore } from './store.mjs';

const page = (bytes: number, expires = Number.POSITIVE_INFINITY) => ({ bytes, expires });

describe('PageStore', () => {
  it('lets the least recently used pages go once it holds more bytes than allowed', () => {
    const store = new PageStore(100);
    store.set('a', page(40));
    store.set('b', page(40));
    expect(store.get('a', 0)).toBeDefined(); // a is now the most recent
    store.set('c', page(40));
    expect(store.get('b', 0)).toBeUndefined();
    expect(store.get('a', 0)).toBeDefined();
    expect(store.get('c', 0)).toBeDefined();
    expect(store.bytes).toBe(80);
  });

  it('forgets a page once it expires', () => {
    const store = new PageStore(100);
    store.set('a', page(10, 1000));
    expect(store.get('a', 999)).toBeDefined();
    expect(store.get('a', 1000)).toBeUndefined();
    expect(store.bytes).toBe(0);
  });

  it('replaces a page kept twice, and never keeps one larger than the whole store', () => {
    const store = new PageStore(100);
    store.set('a', page(10));
    store.set('a', page(30));
    expect(store.bytes).toBe(30);
    store.set('huge', page(101));
    expect(store.get('huge', 0)).toBeUndefined();
    expect(store.bytes).toBe(30);
  });

  it('counts bytes a page takes on later, and lets others go for them', () => {
    const store = new PageStore(100);
    const a = page(40);
    store.set('a', a);
    store.set('b', page(40));
    store.grow('b', store.get('b', 0)!, 30);
    expect(store.get('a', 0)).toBeUndefined();
    expect(store.bytes).toBe(70);
    // A page already gone counts for nothing.
    store.grow('a', a, 50);
    expect(store.bytes).toBe(70);
  });
});
