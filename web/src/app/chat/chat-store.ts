import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { Session } from '../core/auth/session';
import { Socket } from '../core/realtime/socket';
import type { ChatMessage, ChatReceipt } from '../core/api/api-types';
import type { Ack, ChatReceiptEvent } from '../core/realtime/realtime-types';
import { readStored, writeStored } from '../core/storage';

/** A text written while offline or not yet acknowledged: sent again, with the same id, until it is. */
interface Pending {
  clientId: string;
  body: string;
  at: string;
}

type SendAck = Ack & { message?: ChatMessage };

/**
 * One order's conversation: the history from REST (paged back), new
 * messages, receipts and typing live from the socket, and texts queued on
 * the device until the server acknowledges them. Each text keeps its client
 * id across retries, so the server stores it once however often it is sent.
 */
@Injectable()
export class ChatStore {
  private readonly api = inject(Api);
  private readonly socket = inject(Socket);
  private readonly session = inject(Session);

  private orderId = 0;
  readonly messages = signal<ChatMessage[]>([]);
  readonly pending = signal<Pending[]>([]);
  readonly hasMore = signal(false);
  readonly readOnly = signal(false);
  readonly typing = signal<string | null>(null);
  readonly error = signal<ApiError | null>(null);
  readonly unavailable = signal(false);
  private readonly receipts = signal<ChatReceipt[]>([]);
  private typingTimer?: ReturnType<typeof setTimeout>;
  private flushing: Promise<void> | null = null;
  private lastTypingSent = 0;

  readonly me = computed(() => this.session.user()?.id ?? 0);
  /** The newest of my messages someone else received, and read. */
  readonly seen = computed(() => {
    const others = this.receipts().filter((r) => r.userId !== this.me());
    return {
      delivered: Math.max(0, ...others.map((r) => r.deliveredUpTo)),
      read: Math.max(0, ...others.map((r) => r.readUpTo)),
    };
  });

  constructor() {
    const subscriptions = [
      this.socket.chatMessages$.subscribe((m) => m.orderId === this.orderId && this.add(m)),
      this.socket.chatReceipts$.subscribe((r) => r.orderId === this.orderId && this.receipt(r)),
      this.socket.chatTyping$.subscribe((t) => {
        if (t.orderId !== this.orderId || t.userId === this.me()) return;
        clearTimeout(this.typingTimer);
        this.typing.set(t.typing ? (t.name ?? '…') : null);
        if (t.typing) this.typingTimer = setTimeout(() => this.typing.set(null), 6000);
      }),
      // Back online: what waited is sent now, once.
      this.socket.connects$.subscribe(() => void this.flush()),
    ];
    inject(DestroyRef).onDestroy(() => {
      subscriptions.forEach((s) => s.unsubscribe());
      clearTimeout(this.typingTimer);
    });
  }

  async open(orderId: number): Promise<void> {
    this.orderId = orderId;
    this.pending.set(loadPending(this.key()));
    try {
      const page = await this.api.get('/api/v1/orders/{id}/chat/messages', {
        path: { id: orderId },
      });
      this.messages.set(page.data);
      this.hasMore.set(page.meta.hasMore);
      this.readOnly.set(page.meta.readOnly);
      this.receipts.set(page.meta.receipts);
      this.unavailable.set(false);
      this.markRead();
      await this.flush();
    } catch (error) {
      const refused = toApiError(error);
      // 403/409: no conversation for this user or this state; keep quiet about it.
      this.unavailable.set([403, 404, 409].includes(refused.status));
      if (!this.unavailable()) this.error.set(refused);
      if (refused.status === 0) this.unavailable.set(false);
    }
  }

  async older(): Promise<void> {
    const first = this.messages()[0];
    if (!first) return;
    const page = await this.api.get('/api/v1/orders/{id}/chat/messages', {
      path: { id: this.orderId },
      query: { before: first.id },
    });
    this.messages.update((list) => [...page.data, ...list]);
    this.hasMore.set(page.meta.hasMore);
  }

  /** Queues the text on the device first, then sends it. */
  async send(body: string): Promise<void> {
    const text = body.trim();
    if (!text) return;
    const item: Pending = { clientId: newClientId(), body: text, at: new Date().toISOString() };
    this.setPending([...this.pending(), item]);
    await this.flush();
  }

  /** A photo or a voice note (multipart over REST). */
  async attach(kind: 'photo' | 'voice', file: Blob, name: string): Promise<void> {
    const form = new FormData();
    form.set('clientId', newClientId());
    form.set('kind', kind);
    form.set('file', file, name);
    this.error.set(null);
    try {
      const message = await this.api.post('/api/v1/orders/{id}/chat/messages', {
        path: { id: this.orderId },
        body: form,
      });
      this.add(message);
    } catch (error) {
      this.error.set(toApiError(error, ['file']));
    }
  }

  typed(): void {
    const now = Date.now();
    if (now - this.lastTypingSent < 3000) return;
    this.lastTypingSent = now;
    void this.socket.emitWithAck('chat:typing', { orderId: this.orderId, typing: true });
  }

  /**
   * Every text still waiting, oldest first, by the socket (REST when it is
   * down). One flush at a time: a reconnection during a flush joins it, so
   * a text is never in flight twice.
   */
  flush(): Promise<void> {
    this.flushing ??= this.flushAll().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async flushAll(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const item = this.pending().find((p) => !tried.has(p.clientId));
      if (!item) return;
      tried.add(item.clientId);
      const payload = { orderId: this.orderId, clientId: item.clientId, body: item.body };
      let message: ChatMessage | undefined;
      if (this.socket.connected()) {
        const ack = await this.socket.emitWithAck<SendAck>('chat:send', payload);
        if (ack.ok) message = ack.message;
        else if (!['E_OFFLINE', 'E_TIMEOUT'].includes(ack.error.code)) {
          this.drop(item, ack.error.message);
          continue;
        }
      } else {
        try {
          message = await this.api.post('/api/v1/orders/{id}/chat/messages', {
            path: { id: this.orderId },
            body: { clientId: item.clientId, body: item.body },
          });
        } catch (error) {
          const refused = toApiError(error);
          const reason = refused.formErrors[0]?.message ?? '';
          if (refused.status >= 400 && refused.status < 500) {
            this.drop(item, reason);
            continue;
          }
          return; // offline: keep it and the ones after it for the next connection
        }
      }
      if (!message) return;
      this.setPending(this.pending().filter((p) => p.clientId !== item.clientId));
      this.add(message);
    }
  }

  private drop(item: Pending, message: string): void {
    this.setPending(this.pending().filter((p) => p.clientId !== item.clientId));
    this.error.set({
      status: 422,
      fieldErrors: {},
      formErrors: [{ code: 'E_REFUSED', message }],
      retryAfter: null,
    });
  }

  private add(message: ChatMessage): void {
    if (this.messages().some((m) => m.id === message.id)) return;
    this.messages.update((list) => [...list, message].sort((a, b) => a.id - b.id));
    if (message.sender.id !== this.me()) {
      this.typing.set(null);
      this.markRead();
    }
  }

  private receipt(r: ChatReceiptEvent): void {
    this.receipts.update((list) => {
      const known = list.find((x) => x.userId === r.userId);
      const next: ChatReceipt = {
        userId: r.userId,
        deliveredUpTo: Math.max(known?.deliveredUpTo ?? 0, r.deliveredUpTo ?? 0, r.readUpTo ?? 0),
        readUpTo: Math.max(known?.readUpTo ?? 0, r.readUpTo ?? 0),
      };
      return [...list.filter((x) => x.userId !== r.userId), next];
    });
  }

  /** The panel is open: what arrived is read. */
  private markRead(): void {
    const last = this.messages().at(-1);
    if (!last || last.sender.id === this.me() || this.readOnly()) return;
    void this.socket.emitWithAck('chat:read', { orderId: this.orderId, upTo: last.id });
  }

  private setPending(list: Pending[]): void {
    this.pending.set(list);
    writeStored(this.key(), list.length ? JSON.stringify(list) : null);
  }

  private key(): string {
    return `njia.chat.pending.${this.me()}.${this.orderId}`;
  }
}

function newClientId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `c${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`
  );
}

function loadPending(key: string): Pending[] {
  try {
    const list = JSON.parse(readStored(key) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
