/**
 * A browser has one realm: what IndexedDB gives back is made of the page's own Float64Array and ArrayBuffer. vitest's
 * jsdom environment has two: its globals are jsdom's, while Node's structuredClone (which fake-indexeddb copies values
 * with) builds Node's. Dexie then fails to recognise a stored typed array as one (its deep copy in update() and
 * modify() checks the constructor) and turns it into a plain object, which no browser does. Under jsdom, the binary
 * types are pointed back at the ones Node's structuredClone builds, so the tests see the browser's behaviour.
 */
const BINARY_TYPES = [
  'ArrayBuffer',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;

if (typeof window !== 'undefined' && typeof structuredClone === 'function') {
  const globals = globalThis as unknown as Record<string, new (length: number) => object>;
  for (const name of BINARY_TYPES) {
    const local = globals[name];
    if (!local) continue;
    const cloned = (structuredClone(new local(0)) as { constructor: new (length: number) => object }).constructor;
    if (cloned !== local) globals[name] = cloned;
  }
}
