import type { Result } from '../../shared/base/result';

/** A write the app can do, by name: arguments in, a Result out (never a throw for something the user caused). */
export type CommandFn = (...args: never[]) => Promise<Result<unknown>>;

/**
 * The registry of named commands (Actual's `app.method('name', fn)` with a typed `send`): every command is registered
 * once under its name, and callers reach it only through `send`, typed from the one `Handlers` map
 * (docs/architecture.md, "Commands").
 */
/** What a room of commands needs to register its own: `method` for its part of the Handlers map. */
export interface CommandRegistrar<H> {
  method<K extends keyof H>(name: K, fn: H[K]): void;
}

export interface CommandApp<H extends Record<keyof H, CommandFn>> extends CommandRegistrar<H> {
  send<K extends keyof H>(name: K, ...args: Parameters<H[K]>): ReturnType<H[K]>;
  /** Names registered so far (tests check that every name of the Handlers map is registered). */
  names(): (keyof H)[];
}

export function createCommandApp<H extends Record<keyof H, CommandFn>>(): CommandApp<H> {
  const methods = new Map<keyof H, CommandFn>();
  return {
    method(name, fn) {
      if (methods.has(name)) throw new Error(`Command "${String(name)}" is registered twice.`);
      methods.set(name, fn);
    },
    send(name, ...args) {
      const fn = methods.get(name) as ((...a: typeof args) => ReturnType<H[typeof name]>) | undefined;
      if (!fn) throw new Error(`Command "${String(name)}" is not registered.`);
      return fn(...args);
    },
    names: () => [...methods.keys()],
  };
}
