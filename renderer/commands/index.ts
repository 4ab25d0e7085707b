/**
 * The command layer (docs/architecture.md, "Commands"): every write of the app by name. Features call `send('name',
 * ...)` for a write that reaches the database or a file, and `perform('name', change)` for a change of the open year
 * (kept in memory and saved shortly after, so the grid answers within a frame). Only this layer and the store's
 * loaders import renderer/db.
 */
import { createCommandApp } from './command-app';
import { registerClusterCommands, type ClusterHandlers } from './cluster-commands';
import { registerDataCommands, type DataHandlers } from './data-commands';
import { registerYearCommands, type YearHandlers } from './year-commands';

export type Handlers = ClusterHandlers & YearHandlers & DataHandlers;

const app = createCommandApp<Handlers>();
registerClusterCommands(app);
registerYearCommands(app);
registerDataCommands(app);

/** Runs a named command: `await send('unit-add', draft)` gives a Result with the Vietnamese reason of a refusal. */
export const send = app.send;
export const commandNames = app.names;

export type { ClusterDraft, UnitDraft } from './cluster-commands';
export { perform, undo, redo, YEAR_EDITS, type YearEditName } from './year-edits';
export { AUTOSAVE_DELAY_MS, discardUnsaved, hasUnsavedChanges, installSaveListeners } from './year-save-queue';
export type { HandoverReceipt } from './data-commands';
