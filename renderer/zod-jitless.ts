import { z } from 'zod';

/**
 * The app's Content-Security-Policy forbids eval. Zod's fast path probes for it with `new Function('')`, which throws
 * (caught) but still reports a CSP violation on every start; jitless mode skips the probe and the generated code.
 * Imported first by every bundle entry that parses with zod (the app core and each worker).
 */
z.config({ jitless: true });
