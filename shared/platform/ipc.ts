/**
 * The one typed IPC contract between the renderer and the Electron main process (docs/architecture.md,
 * "The IPC contract"). Each channel names the renderer method that calls it, the zod schema of its single
 * payload and its result type. Main registers handlers typed by it and validates every payload with it
 * (electron/ipc-handlers.ts); the preload exposes exactly these methods (electron/platform-api.ts); the web build
 * implements the same `PlatformApi` (renderer/platform/web-api.ts).
 *
 * IPC is only for what the operating system must do (dialogs, file writes): data stays in Dexie in the renderer.
 * Pure module: no electron, node or DOM import, so it runs in main, preload, renderer and tests alike.
 */
import { z } from 'zod';

/** Largest file the app saves or opens: a hand-over package with attachments stays well below it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Keys that could reach an object's prototype if a payload were ever merged into another object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** zod's Vietnamese messages, per parse: never `z.config`, which would change every schema of the app. */
const vietnameseErrors = z.locales.vi().localeError;

/** Deeper than any legitimate payload; stops a crafted, deeply nested payload before it costs anything. */
const MAX_PAYLOAD_DEPTH = 16;

// Characters Windows and Linux refuse in a file name, plus control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

const fileName = z
  .string()
  .min(1, { error: 'Tên tệp không được để trống.' })
  .max(200, { error: 'Tên tệp dài quá 200 ký tự.' })
  .refine((name) => !UNSAFE_FILE_NAME.test(name) && name !== '.' && name !== '..', {
    error: 'Tên tệp chỉ được là một tên (không chứa thư mục, không có ký tự < > : " / \\ | ? *).',
  });

/** A filter of the native file dialog (same shape as Electron's `FileFilter`). */
const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, { error: 'Phần mở rộng tệp phải là chữ, số hoặc *.' }))
    .min(1)
    .max(20),
});
const fileFilters = z.array(fileFilter).max(10);

const saveFileBase = { suggestedName: fileName, filters: fileFilters };
const tooLarge = { error: `Tệp lớn hơn giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB.` };

/**
 * Save a file through the native save dialog. Text is written as UTF-8 exactly as given (a CSV meant for Excel
 * carries its own "\uFEFF" byte-order mark); binary data is written byte for byte.
 */
export const saveFileRequestSchema = z.discriminatedUnion('encoding', [
  z.strictObject({ ...saveFileBase, encoding: z.literal('utf8'), data: z.string().max(MAX_FILE_BYTES / 4, tooLarge) }),
  z.strictObject({
    ...saveFileBase,
    encoding: z.literal('binary'),
    data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, tooLarge),
  }),
]);

/** Open one file through the native open dialog; a file larger than `maxBytes` is refused, not truncated. */
export const openFileRequestSchema = z.strictObject({
  filters: fileFilters,
  maxBytes: z.int().min(1).max(MAX_FILE_BYTES),
});

export type FileFilter = z.infer<typeof fileFilter>;
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
/** `path` is where the file was written; in the web build, the name given to the browser download. */
export type SaveFileResult = { readonly saved: true; readonly path: string } | { readonly saved: false };
/** `null` when the user cancelled the dialog. */
export type OpenedFile = { readonly name: string; readonly data: Uint8Array } | null;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/** The same refusal in Electron (electron/file-handlers.ts) and in the web build (renderer/platform/web-api.ts). */
export function fileTooLargeMessage(fileName: string, size: number, maxBytes: number): string {
  return `Tệp «${fileName}» nặng ${megabytes(size)}, vượt giới hạn ${megabytes(maxBytes)} cho thao tác này.`;
}

/**
 * A backup file's name carries what the list shows without opening it:
 * "<creation time, ':' and '.' as '-'>_<reason>_<number of clusters>_<8 hex>.json". Nothing else is accepted, so
 * a backup channel can never reach a path outside the backup folder.
 */
export const BACKUP_FILE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z_[A-Za-z]{1,20}_\d{1,6}_[0-9a-f]{8}\.json$/;
const backupFileName = z.string().regex(BACKUP_FILE_NAME, { error: 'Tên bản sao lưu không hợp lệ.' });

/** A stored backup as listed: its name and size in bytes. */
export interface BackupFileInfo {
  readonly name: string;
  readonly size: number;
}

/** One channel: the renderer method that calls it, its payload schema and (type only) its result. */
export interface ChannelSpec<Method extends string, Payload extends z.ZodType, Result> {
  readonly method: Method;
  readonly payload: Payload;
  /** Never set at runtime: carries the result type for `IpcResult`. */
  readonly result?: (result: Result) => void;
}

const channel =
  <Result>() =>
  <Method extends string, Payload extends z.ZodType>(method: Method, payload: Payload): ChannelSpec<Method, Payload, Result> => ({
    method,
    payload,
  });

export const ipcContract = {
  'app:version': channel<string>()('appVersion', z.undefined()),
  'file:save': channel<SaveFileResult>()('saveFile', saveFileRequestSchema),
  'file:open': channel<OpenedFile>()('openFile', openFileRequestSchema),
  // Automatic backups: in Electron, files in the user-data folder written atomically; in the web build,
  // a separate IndexedDB database. The renderer decides what to keep (shared/interchange/backup-policy.ts).
  'backup:write': channel<void>()(
    'writeBackup',
    z.strictObject({ name: backupFileName, text: z.string().max(MAX_FILE_BYTES / 4, tooLarge) }),
  ),
  'backup:list': channel<readonly BackupFileInfo[]>()('listBackups', z.undefined()),
  'backup:read': channel<string | null>()('readBackup', z.strictObject({ name: backupFileName })),
  'backup:delete': channel<void>()('deleteBackups', z.strictObject({ names: z.array(backupFileName).max(1000) })),
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
/** The payload as a handler receives it, after validation. */
export type IpcPayload<K extends IpcChannel> = z.output<IpcContract[K]['payload']>;
/** The payload as the renderer passes it. */
export type IpcRequest<K extends IpcChannel> = z.input<IpcContract[K]['payload']>;
export type IpcResult<K extends IpcChannel> = IpcContract[K] extends ChannelSpec<string, z.ZodType, infer R> ? R : never;

type ApiMethod<K extends IpcChannel> = [IpcRequest<K>] extends [undefined]
  ? () => Promise<IpcResult<K>>
  : (request: IpcRequest<K>) => Promise<IpcResult<K>>;

/** What the renderer calls: `window.cumThiDua` in Electron, the browser implementation in the web build. */
export type PlatformApi = { readonly [K in IpcChannel as IpcContract[K]['method']]: ApiMethod<K> };
export type PlatformMethod = keyof PlatformApi;

/** What main implements: one handler per channel, given the validated payload (Actual's `Handlers` shape). */
export type IpcHandlers = { readonly [K in IpcChannel]: (payload: IpcPayload<K>) => Promise<IpcResult<K>> | IpcResult<K> };

/**
 * What travels back over IPC. Main never throws across IPC (Electron would wrap the message in
 * "Error invoking remote method…"); the preload turns `ok: false` back into an Error with the Vietnamese message.
 */
export type IpcReply<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly message: string };

export function isIpcChannel(name: string): name is IpcChannel {
  return Object.hasOwn(ipcContract, name);
}

export const ipcChannels: readonly IpcChannel[] = Object.keys(ipcContract).filter(isIpcChannel);

/** The renderer method names, in contract order: exactly what the preload and the web build must expose. */
export function platformMethodNames(): readonly PlatformMethod[] {
  return ipcChannels.map((name) => ipcContract[name].method);
}

/**
 * Path of the first own key that could pollute a prototype (`__proto__`, `constructor`, `prototype`), searched
 * through plain objects and arrays of the raw payload; `null` when there is none. Checked before zod because
 * a strict schema reports such a key only where it expects an object, and says nothing about why it matters.
 */
export function findForbiddenKey(value: unknown): string | null {
  const seen = new Set<object>();
  const walk = (node: unknown, path: string, depth: number): string | null => {
    if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node) || seen.has(node)) return null;
    if (depth > MAX_PAYLOAD_DEPTH) return path;
    seen.add(node);
    for (const key of Reflect.ownKeys(node)) {
      const name = String(key);
      if (FORBIDDEN_KEYS.has(name)) return `${path}.${name}`;
      const found = walk(Reflect.get(node, key), `${path}.${name}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(value, 'payload', 0);
}

export type ParsedPayload<T> = { readonly ok: true; readonly payload: T } | { readonly ok: false; readonly message: string };

/** Validate a raw payload against the channel's schema; the message is Vietnamese and names each bad field. */
export function parseIpcPayload<K extends IpcChannel>(channelName: K, raw: unknown): ParsedPayload<IpcPayload<K>> {
  const schema = payloadSchemas[channelName].payload;
  return parseWithSchema(`Dữ liệu gửi tới kênh «${channelName}» không hợp lệ`, schema, raw);
}

/** The contract seen as a mapped type, so indexing it with a generic channel keeps the payload type (TS #47109). */
const payloadSchemas: { readonly [K in IpcChannel]: { readonly payload: z.ZodType<IpcPayload<K>> } } = ipcContract;

function parseWithSchema<T>(prefix: string, schema: z.ZodType<T>, raw: unknown): ParsedPayload<T> {
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== null) {
    return { ok: false, message: `${prefix}: khóa «${forbidden}» bị cấm hoặc dữ liệu lồng quá sâu.` };
  }
  const result = schema.safeParse(raw, { error: vietnameseErrors });
  if (result.success) return { ok: true, payload: result.data };
  const details = result.error.issues.map((issue) => `${['payload', ...issue.path.map(String)].join('.')}: ${issue.message}`);
  return { ok: false, message: `${prefix}: ${details.join('; ')}` };
}
