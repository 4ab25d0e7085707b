/**
 * The one Content-Security-Policy of the app (no inline script, no eval).
 *
 * Used by the Electron `app://` protocol as a response header (electron/protocol.ts) and by the renderer build
 * as a `<meta http-equiv>` tag, so the desktop app and the web build run under the same policy.
 * `frame-ancestors` is honoured only as a header; browsers ignore it in a meta tag, which is harmless.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
