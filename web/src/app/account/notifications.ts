import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { Api } from '../core/api/api-client';
import { Session } from '../core/auth/session';
import { Connectivity } from '../core/network/connectivity';
import { Socket } from '../core/realtime/socket';
import type { NotificationMessage } from '../core/realtime/realtime-types';
import { readStored, writeStored } from '../core/storage';

export interface AppNotification {
  id: string;
  kind: string | null;
  title: string;
  body: string | null;
  orderId: number | null;
  /** The page it is about, as the server says for this reader. */
  link: string | null;
  /** Events it tells of (a burst of bids is one notice). */
  count: number;
  receivedAt: string;
  read: boolean;
}

const KEY = 'njia.notifications';
const KEEP = 50;

/**
 * The user's notifications: the server's list (GET /api/v1/notifications)
 * on sign-in and on every reconnection, then each `notification` the socket
 * delivers (a burst that grows comes again with the same id). Kept on the
 * device (the last 50) so the list opens offline; cleared on sign-out.
 * The unread count is the server's, so the bell is right on every page.
 */
@Injectable({ providedIn: 'root' })
export class Notifications {
  private readonly session = inject(Session);
  private readonly api = inject(Api);
  private readonly connectivity = inject(Connectivity);
  readonly list = signal<AppNotification[]>(load());
  private readonly unreadTotal = signal<number | null>(null);
  readonly unread = computed(() => this.unreadTotal() ?? this.list().filter((n) => !n.read).length);

  constructor() {
    const socket = inject(Socket);
    socket.notifications$.subscribe((message) => this.receive(message));
    socket.connects$.subscribe(() => void this.refresh());
    effect(() => {
      const signedIn = this.session.signedIn();
      const online = this.connectivity.online();
      untracked(() => {
        // The next person to sign in on this phone does not see them.
        if (!signedIn) {
          this.unreadTotal.set(null);
          if (this.list().length) this.save([]);
        } else if (online) void this.refresh();
      });
    });
  }

  /** Reads the newest page and the unread count from the server (silently keeps the old on failure). */
  async refresh(): Promise<void> {
    if (!this.session.signedIn()) return;
    try {
      const page = await this.api.get('/api/v1/notifications', { query: { perPage: KEEP } });
      this.save(page.data.map((n) => toNotification(n as NotificationMessage, new Date())));
      this.unreadTotal.set(page.meta.unread ?? null);
    } catch {
      // Offline or refused: the kept list stays.
    }
  }

  receive(message: NotificationMessage, now = new Date()): void {
    if (!this.session.signedIn()) return;
    const n = toNotification(message, now);
    const known = this.list().find((k) => k.id === n.id);
    if (known && known.count === n.count && !n.read) return; // the same delivery twice
    if (!n.read && (!known || known.read)) this.unreadTotal.update((c) => (c === null ? c : c + 1));
    this.save([n, ...this.list().filter((k) => k.id !== n.id)].slice(0, KEEP));
  }

  async markAllRead(): Promise<void> {
    this.save(this.list().map((n) => ({ ...n, read: true })));
    this.unreadTotal.set(0);
    try {
      const { unread } = await this.api.post('/api/v1/notifications/read', { body: { all: true } });
      this.unreadTotal.set(unread ?? 0);
    } catch {
      // Offline: read here; the server catches up at the next refresh.
    }
  }

  async markRead(id: string): Promise<void> {
    const target = this.list().find((n) => n.id === id);
    if (!target || target.read) return;
    this.save(this.list().map((n) => (n.id === id ? { ...n, read: true } : n)));
    this.unreadTotal.update((c) => (c === null ? c : Math.max(0, c - 1)));
    const numeric = Number(id);
    if (!Number.isSafeInteger(numeric)) return;
    try {
      const { unread } = await this.api.post('/api/v1/notifications/read', {
        body: { ids: [numeric] },
      });
      this.unreadTotal.set(unread ?? 0);
    } catch {
      // Offline: the server catches up at the next refresh.
    }
  }

  private save(list: AppNotification[]): void {
    this.list.set(list);
    writeStored(KEY, list.length ? JSON.stringify(list) : null);
  }
}

/** Any payload becomes a line a person can read: title, body, the page it is about. */
export function toNotification(message: NotificationMessage, now: Date): AppNotification {
  const text = (key: string) =>
    typeof message[key] === 'string' && message[key] ? (message[key] as string) : null;
  const data = (message['data'] ?? {}) as Record<string, unknown>;
  const orderId = Number(message['orderId'] ?? data['orderId']);
  const title = text('title') ?? text('message') ?? text('body') ?? text('type') ?? '…';
  const body = text('title') ? (text('body') ?? text('message')) : null;
  const count = Number(message['count']);
  return {
    id: String(message['id'] ?? `${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`),
    kind: text('kind'),
    title,
    body,
    orderId: Number.isFinite(orderId) && orderId > 0 ? orderId : null,
    link: text('link'),
    count: Number.isFinite(count) && count > 0 ? count : 1,
    receivedAt: text('createdAt') ?? now.toISOString(),
    read: message['read'] === true,
  };
}

function load(): AppNotification[] {
  try {
    const list = JSON.parse(readStored(KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
