import type { Socket as IoSocket } from 'socket.io-client';

type Handler = (...args: unknown[]) => void;

/**
 * A stand-in for socket.io-client's Socket in unit tests: the test drives
 * the connection (`serverConnect`, `serverDisconnect`) and answers emits
 * through `answer`.
 */
export class FakeIoSocket {
  connected = false;
  active = true;
  readonly emitted: { event: string; payload: unknown }[] = [];
  /** How the "server" answers an emit; `undefined` = never answers (timeout). */
  answer: (event: string, payload: unknown) => unknown = () => ({ ok: true });
  private readonly handlers = new Map<string, Handler[]>();

  constructor(readonly auth: { token: string }) {}

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  connect(): this {
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.active = false;
    if (this.connected) this.serverDisconnect();
    return this;
  }

  timeout(_ms: number) {
    return { emitWithAck: (event: string, payload: unknown) => this.emitWithAck(event, payload) };
  }

  emitWithAck(event: string, payload: unknown): Promise<unknown> {
    this.emitted.push({ event, payload });
    const reply = this.answer(event, payload);
    return reply === undefined ? Promise.reject(new Error('timeout')) : Promise.resolve(reply);
  }

  /** The server accepted the (re)connection. */
  serverConnect(): void {
    this.connected = true;
    this.fire('connect');
  }

  serverDisconnect(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  /** The server emitted an event to this socket. */
  fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  asIo(): IoSocket {
    return this as unknown as IoSocket;
  }
}

/** A SOCKET_IO_LOADER that records every socket it makes. */
export function fakeSocketIo() {
  const sockets: FakeIoSocket[] = [];
  const loader = () =>
    Promise.resolve((opts: { auth?: unknown }) => {
      const socket = new FakeIoSocket(opts.auth as { token: string });
      sockets.push(socket);
      return socket.asIo();
    });
  return { sockets, loader };
}
