// When to re-check an edited document: at once after a quiet spell, then at most once per
// interval while typing continues (the last edit always gets a check), and a result is published
// only when no newer version of the document has been published already.

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

interface Slot {
  timer?: unknown;
  lastRun: number;
}

/** Per-key throttle: leading run (on the next turn of the event loop) and a trailing one. */
export class Throttle {
  private slots = new Map<string, Slot>();

  constructor(
    private readonly interval: number,
    private readonly run: (key: string) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  schedule(key: string): void {
    const slot = this.slots.get(key) ?? { lastRun: -Infinity };
    this.slots.set(key, slot);
    if (slot.timer !== undefined) return; // a run is already due and will see the newest text
    const wait = Math.max(0, slot.lastRun + this.interval - this.timers.now());
    slot.timer = this.timers.setTimeout(() => {
      slot.timer = undefined;
      slot.lastRun = this.timers.now();
      this.run(key);
    }, wait);
  }

  /** Runs a pending check now (e.g. before answering a request that needs fresh results). */
  flush(key: string): boolean {
    const slot = this.slots.get(key);
    if (slot?.timer === undefined) return false;
    this.timers.clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.lastRun = this.timers.now();
    this.run(key);
    return true;
  }

  pending(key: string): boolean {
    return this.slots.get(key)?.timer !== undefined;
  }

  cancel(key: string): void {
    const slot = this.slots.get(key);
    if (slot?.timer !== undefined) this.timers.clearTimeout(slot.timer);
    this.slots.delete(key);
  }

  dispose(): void {
    for (const key of [...this.slots.keys()]) this.cancel(key);
  }
}

/**
 * Results keyed by document and version: a result for an older version than the one already
 * published is stale and dropped. A file read from disk has no version (-1): it replaces another
 * result from disk but never an editor's (forget the key when the editor closes the document).
 */
export class VersionGate<T> {
  private latest = new Map<string, { version: number; value: T }>();

  /** Stores the result unless a newer version is already stored; returns whether it was taken. */
  offer(uri: string, version: number, value: T): boolean {
    const current = this.latest.get(uri);
    if (current && current.version > version) return false;
    this.latest.set(uri, { version, value });
    return true;
  }

  get(uri: string, version?: number): T | undefined {
    const current = this.latest.get(uri);
    if (!current) return undefined;
    if (version !== undefined && current.version !== version) return undefined;
    return current.value;
  }

  versionOf(uri: string): number | undefined {
    return this.latest.get(uri)?.version;
  }

  delete(uri: string): void {
    this.latest.delete(uri);
  }

  keys(): string[] {
    return [...this.latest.keys()];
  }
}
