import {
  DestroyRef,
  Injectable,
  InjectionToken,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Observable, Subject, first, firstValueFrom, merge, map } from 'rxjs';
import type { ManagerOptions, Socket as IoSocket, SocketOptions } from 'socket.io-client';
import { Session } from '../auth/session';
import { Connectivity } from '../network/connectivity';
import {
  Ack,
  ChatMessageEvent,
  ChatReceiptEvent,
  ChatTypingEvent,
  FleetException,
  NotificationMessage,
  OrderEventMessage,
  PaymentStatusEvent,
  PositionEvent,
  SocketError,
  SocketState,
  WatchAck,
} from './realtime-types';

type Connect = (opts: Partial<ManagerOptions & SocketOptions>) => IoSocket;

/** Loads socket.io-client on first use, so the sign-in route never ships it. */
export const loadSocketIo = (): Promise<Connect> =>
  import('socket.io-client').then((m) => (opts) => m.io(opts));

/** How the service gets `io()`; a test provides a fake. */
export const SOCKET_IO_LOADER = new InjectionToken<() => Promise<Connect>>('SOCKET_IO_LOADER', {
  providedIn: 'root',
  factory: () => loadSocketIo,
});

const ACK_TIMEOUT_MS = 10_000;

function notConnected(): SocketError {
  return { code: 'E_OFFLINE', message: 'Not connected' };
}

/**
 * The app's one Socket.IO connection (docs/realtime.md), authenticated with
 * the session's token. It connects while someone is signed in and the
 * browser is online, reconnects with the new token after a sign-in, and
 * closes on sign-out. Watched rooms are re-joined on every (re)connection
 * because the server does not remember them across nodes.
 */
@Injectable({ providedIn: 'root' })
export class Socket {
  private readonly session = inject(Session);
  private readonly connectivity = inject(Connectivity);
  private readonly load = inject(SOCKET_IO_LOADER);

  private socket: IoSocket | null = null;
  private generation = 0;
  private readonly watchedOrders = new Set<number>();
  private readonly watchedPayments = new Set<number>();
  private readonly watchedRoutes = new Set<number>();
  private watchingFleet = false;

  private readonly connectedSignal = signal(false);
  private readonly activeSignal = signal(false);
  /** The last refusal of the handshake (`E_UNAUTHORIZED`...) or null. */
  readonly lastError = signal<SocketError | null>(null);

  readonly state = computed<SocketState>(() => {
    if (this.connectedSignal()) return 'connected';
    return this.activeSignal() ? 'connecting' : 'offline';
  });
  readonly connected = computed(() => this.state() === 'connected');

  private readonly positionSubject = new Subject<PositionEvent>();
  private readonly orderEventSubject = new Subject<OrderEventMessage>();
  private readonly notificationSubject = new Subject<NotificationMessage>();
  private readonly exceptionSubject = new Subject<FleetException>();
  private readonly chatMessageSubject = new Subject<ChatMessageEvent>();
  private readonly chatReceiptSubject = new Subject<ChatReceiptEvent>();
  private readonly chatTypingSubject = new Subject<ChatTypingEvent>();
  private readonly paymentStatusSubject = new Subject<PaymentStatusEvent>();
  private readonly connectSubject = new Subject<void>();
  private readonly closeSubject = new Subject<void>();

  readonly positions$: Observable<PositionEvent> = this.positionSubject.asObservable();
  private readonly unwatchedSubject = new Subject<string>();
  /** Rooms the server took this user out of (they may no longer see them). */
  readonly unwatched$: Observable<string> = this.unwatchedSubject.asObservable();
  readonly orderEvents$: Observable<OrderEventMessage> = this.orderEventSubject.asObservable();
  readonly notifications$: Observable<NotificationMessage> =
    this.notificationSubject.asObservable();
  readonly exceptions$: Observable<FleetException> = this.exceptionSubject.asObservable();
  /** Chat of the orders the user takes part in (their own room `user:<id>`). */
  readonly chatMessages$: Observable<ChatMessageEvent> = this.chatMessageSubject.asObservable();
  readonly chatReceipts$: Observable<ChatReceiptEvent> = this.chatReceiptSubject.asObservable();
  readonly chatTyping$: Observable<ChatTypingEvent> = this.chatTypingSubject.asObservable();
  /** Payment attempts of the orders whose payments are watched (`watchPayments`). */
  readonly paymentStatus$: Observable<PaymentStatusEvent> =
    this.paymentStatusSubject.asObservable();
  /** Emits on every (re)connection: resend what was not acknowledged. */
  readonly connects$: Observable<void> = this.connectSubject.asObservable();

  /** The last `notification` received, for a badge or a toast. */
  readonly lastNotification = signal<NotificationMessage | null>(null);

  constructor() {
    effect(() => {
      const token = this.session.token();
      const online = this.connectivity.online();
      untracked(() => this.reconcile(token, online));
    });
    inject(DestroyRef).onDestroy(() => this.close());
  }

  /** Joins `order:<id>` now and after every reconnection. */
  watchOrder(orderId: number): Promise<WatchAck> {
    this.watchedOrders.add(orderId);
    return this.emitWhenConnected<WatchAck>('watch', { orderId });
  }

  unwatchOrder(orderId: number): Promise<WatchAck> {
    this.watchedOrders.delete(orderId);
    return this.emitWithAck<WatchAck>('unwatch', { orderId });
  }

  /** Joins `payments:<id>` (the shipper side, platform staff) now and after every reconnection. */
  watchPayments(orderId: number): Promise<WatchAck> {
    this.watchedPayments.add(orderId);
    return this.emitWhenConnected<WatchAck>('payments:watch', { orderId });
  }

  unwatchPayments(orderId: number): Promise<WatchAck> {
    this.watchedPayments.delete(orderId);
    return this.emitWithAck<WatchAck>('payments:unwatch', { orderId });
  }

  /** Joins `route:<id>` (its driver, its cooperative's staff) now and after every reconnection. */
  watchRoute(routeId: number): Promise<WatchAck> {
    this.watchedRoutes.add(routeId);
    return this.emitWhenConnected<WatchAck>('route:watch', { routeId });
  }

  unwatchRoute(routeId: number): Promise<WatchAck> {
    this.watchedRoutes.delete(routeId);
    return this.emitWithAck<WatchAck>('route:unwatch', { routeId });
  }

  /** Joins the caller's fleet room (dispatchers, carrier owners, admins). */
  watchFleet(): Promise<WatchAck> {
    this.watchingFleet = true;
    return this.emitWhenConnected<WatchAck>('watch', { fleet: true });
  }

  unwatchFleet(): Promise<WatchAck> {
    this.watchingFleet = false;
    return this.emitWithAck<WatchAck>('unwatch', { fleet: true });
  }

  /**
   * Emits now and waits for the ack; never buffers while disconnected (a GPS
   * batch must not be sent twice by Socket.IO's own buffer). Resolves with
   * `{ ok: false, error: { code: 'E_OFFLINE' | 'E_TIMEOUT' } }` instead of
   * rejecting.
   */
  async emitWithAck<T extends Ack>(
    event: string,
    payload: unknown,
    timeoutMs = ACK_TIMEOUT_MS,
  ): Promise<T> {
    const socket = this.socket;
    if (!socket?.connected) return { ok: false, error: notConnected() } as T;
    try {
      return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as T;
    } catch {
      return { ok: false, error: { code: 'E_TIMEOUT', message: 'No answer from the server' } } as T;
    }
  }

  private async emitWhenConnected<T extends Ack>(event: string, payload: unknown): Promise<T> {
    if (!this.connectedSignal()) {
      if (!this.activeSignal()) return { ok: false, error: notConnected() } as T;
      const connected = await firstValueFrom(
        merge(
          this.connectSubject.pipe(map(() => true)),
          this.closeSubject.pipe(map(() => false)),
        ).pipe(first()),
      );
      if (!connected) return { ok: false, error: notConnected() } as T;
    }
    return this.emitWithAck<T>(event, payload);
  }

  private reconcile(token: string | null, online: boolean): void {
    if (token === null) {
      // Signed out: the next user starts with no rooms.
      this.watchedOrders.clear();
      this.watchedPayments.clear();
      this.watchedRoutes.clear();
      this.watchingFleet = false;
    }
    // Offline: close at once rather than wait ~45 s for the ping timeout.
    if (token === null || !online) this.close();
    else this.open(token);
  }

  private open(token: string): void {
    this.close();
    const generation = ++this.generation;
    this.activeSignal.set(true);
    this.lastError.set(null);
    this.load().then((connect) => {
      if (generation !== this.generation) return; // signed out or in again meanwhile
      const socket = connect({ auth: { token }, transports: ['websocket', 'polling'] });
      this.socket = socket;
      socket.on('connect', () => {
        this.connectedSignal.set(true);
        this.lastError.set(null);
        this.rejoinRooms(socket);
        this.connectSubject.next();
      });
      socket.on('disconnect', () => {
        this.connectedSignal.set(false);
        this.activeSignal.set(socket.active);
      });
      socket.on('connect_error', (err: Error & { data?: SocketError }) => {
        // A refused handshake is final; a transport failure retries by itself.
        if (!socket.active) {
          this.activeSignal.set(false);
          this.lastError.set(err.data ?? { code: err.message, message: err.message });
        }
      });
      socket.on('position', (p: PositionEvent) => this.positionSubject.next(p));
      socket.on('order:event', (e: OrderEventMessage) => this.orderEventSubject.next(e));
      socket.on('exception', (e: FleetException) => this.exceptionSubject.next(e));
      socket.on('chat:message', (m: ChatMessageEvent) => {
        this.chatMessageSubject.next(m);
        // The device has it: the sender sees "delivered".
        void socket.emitWithAck('chat:delivered', { orderId: m.orderId, upTo: m.id });
      });
      socket.on('chat:receipt', (r: ChatReceiptEvent) => this.chatReceiptSubject.next(r));
      socket.on('chat:typing', (t: ChatTypingEvent) => this.chatTypingSubject.next(t));
      socket.on('payment:status', (p: PaymentStatusEvent) => this.paymentStatusSubject.next(p));
      socket.on('unwatched', ({ room }: { room: string }) => {
        // A payments room the user may no longer read is not asked for again.
        if (room.startsWith('payments:')) this.watchedPayments.delete(Number(room.slice(9)));
        if (room.startsWith('route:')) this.watchedRoutes.delete(Number(room.slice(6)));
        this.unwatchedSubject.next(room);
      });
      socket.on('notification', (n: NotificationMessage) => {
        this.lastNotification.set(n);
        this.notificationSubject.next(n);
      });
    });
  }

  private rejoinRooms(socket: IoSocket): void {
    for (const orderId of this.watchedOrders) void socket.emitWithAck('watch', { orderId });
    if (this.watchingFleet) void socket.emitWithAck('watch', { fleet: true });
    for (const routeId of this.watchedRoutes) void socket.emitWithAck('route:watch', { routeId });
    for (const orderId of this.watchedPayments) {
      void socket.emitWithAck('payments:watch', { orderId });
    }
  }

  private close(): void {
    this.generation++;
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.connectedSignal.set(false);
    this.activeSignal.set(false);
    this.closeSubject.next();
  }
}
