/**
 * Time limits of the heavy tests, sized for a slow, shared 2-core machine on which another full `npm test` runs at
 * the same time (CONTRIBUTING.md, "Time limits: heavy tests declare theirs"). vitest's 5 s default stays for every
 * other unit test: a plain domain test that needs longer is a problem to look at, not a limit to raise. Each heavy
 * test or suite names one of these, with a comment saying what makes it slow.
 *
 * Each limit is five times or more the slowest run of that kind of work measured while two `npm test` ran at once
 * on the busy machine (load average about 25 on 2 cores), so only a hang fails: starting tsx 15 s, Electronegativity
 * 21 s, ESLint's first lint 21 s, electron-builder's validation 11 s, a Vite build of the renderer 35 s, a whole
 * workbook round trip 8 s, a hundred hashed audit chains 5 s, the year-end e2e walk 28 s, the upgrade cut-offs 36 s.
 * The printing limit covers several LibreOffice conversions in one test (two template conversions took 33 s with the
 * machine's load average above 20); each conversion also stops itself after 240 s (test/e2e/libreoffice.ts).
 */
export const TIMEOUT = {
  /** Starts another process (tsx, Electronegativity): node's start-up and a TypeScript transform come first. */
  process: 120_000,
  /** Runs ESLint, TypeScript or electron-builder's loader and validator in this process: loading the tool dominates. */
  tooling: 120_000,
  /** Builds bundles with Vite (the renderer or the Electron main and preload). */
  bundle: 180_000,
  /** Writes and reads whole workbooks or documents, or drives the Dexie database on fake-indexeddb. */
  heavyIo: 60_000,
  /** A property test whose hundred generated cases each hash a chain or parse a whole document. */
  propertyRuns: 30_000,
  /**
   * A property test that, for each of a hundred or more generated years, runs the engine again under every
   * perturbation it checks (the ranking's robustness: rank ranges, pair margins). The slowest took 3.4 s with the
   * machine's load average at 15 and 30.7 s with two `npm test` at once (load about 17): 30 s would not hold.
   */
  perturbations: 120_000,
  /** An e2e test that walks a whole cycle through a dozen screens (the year-end review): several times a usual one. */
  longJourney: 180_000,
  /**
   * An e2e test that opens every screen of the app in turn and checks each whole page with axe-core (the
   * accessibility test, once per window size): eighteen screens rendered, scanned and photographed. 41 s measured
   * with the machine's load average at 13, one run alone.
   */
  everyScreen: 600_000,
  /** An e2e test that loads the whole app again and again (the fault tests' cut-offs): many page loads in one test. */
  pageLoads: 300_000,
  /**
   * Prints exported files with LibreOffice headless (a process start, then seconds a file) or renders many PDF pages
   * with poppler's tools, one process each. One LibreOffice run is stopped after 240 s (test/e2e/libreoffice.ts).
   */
  printing: 600_000,
  /** An e2e test that builds workbooks of hundreds of thousands of cells in node and hands each to the page. */
  hostileFiles: 180_000,
} as const;
