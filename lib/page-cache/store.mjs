/**
 * Kept pages, least recently used first out once their bytes pass `maxBytes`. A Map keeps its
 * insertion order, so moving an entry to the end on every read is the whole LRU.
 *
 * @template {{ bytes: number, expires: number }} Entry
 */
export class PageStore {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /**
   * @param {string} key
   * @param {number} now milliseconds
   * @returns {Entry | undefined} a fresh entry; an expired one is dropped
   */
  get(key, now) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Counts bytes an entry took on after it was kept (an encoding made on first demand); nothing
   * if the entry has left the store meanwhile.
   *
   * @param {string} key
   * @param {Entry} entry
   * @param {number} bytes
   */
  grow(key, entry, bytes) {
    entry.bytes += bytes;
    if (this.entries.get(key) !== entry) return;
    this.bytes += bytes;
    this.evict();
  }

  /**
   * @param {string} key
   * @param {Entry} entry
   */
  set(key, entry) {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  /** Lets the least recently used entries go until the store is within its size. */
  evict() {
    for (const [oldest, { bytes }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes;
    }
  }
}
