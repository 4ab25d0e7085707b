/**
 * Time limits of the heavy tests, sized for a slow, shared 2-core machine on which another full `npm test` runs at
 * the same time (CONTRIBUTING.md, "Tests"). vitest's 5 s default stays for everything else: a plain domain test that
 * needs longer is a problem to look at, not a limit to raise. Each heavy test or suite names one of these with a
 * comment saying what makes it slow.
 *
 * Sized at about ten times what the work took on a busy machine, so only a real hang fails (measured in the
 * under-load runs of `npm test` recorded in CONTRIBUTING.md): starting tsx ≈ 1–4 s, a Vite bundle ≈ 5–25 s, ESLint's
 * first lint or electron-builder's validation ≈ 1.5–6 s, a whole workbook or IndexedDB data set ≈ 0.3–3 s.
 */
export const TIMEOUT = {
  /** Starts another process (tsx, Electronegativity): node's start-up and a TypeScript transform come first. */
  process: 120_000,
  /** Runs ESLint, TypeScript or electron-builder's loader and validator in this process: loading the tool dominates. */
  tooling: 60_000,
  /** Builds bundles with Vite (the renderer or the Electron main and preload). */
  bundle: 180_000,
  /** Writes and reads whole workbooks or documents, or drives the Dexie database on fake-indexeddb. */
  heavyIo: 30_000,
  /** A property test whose hundred generated cases each hash a chain or parse a whole document. */
  propertyRuns: 30_000,
  /** An e2e test that walks a whole cycle through a dozen screens (the year-end review): several times a usual one. */
  longJourney: 180_000,
  /** An e2e test that loads the whole app again and again (the fault tests' cut-offs): many page loads in one test. */
  pageLoads: 300_000,
} as const;
