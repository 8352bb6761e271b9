/**
 * Test doubles for the Electron objects the shell takes injected (used only by *.test.ts).
 * Each records its listeners so a test can fire an event the way Electron would.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }

  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export interface FakePreventable {
  prevented: boolean;
  preventDefault(): void;
}

export function preventable(): FakePreventable {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  destroyed = false;
  readonly sent: Array<[string, unknown]> = [];
  readonly mainFrame = { parent: null, url: '', processId: 1, routingId: 1 };

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}
