import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { Api } from '../core/api/api-client';
import { Session } from '../core/auth/session';
import { Connectivity } from '../core/network/connectivity';
import { Socket } from '../core/realtime/socket';
import type { Notification } from '../core/api/api-types';
import { readStored, writeStored } from '../core/storage';

/** A notification as kept on the device (the list opens offline). */
export interface AppNotification extends Pick<
  Notification,
  'kind' | 'title' | 'body' | 'orderId' | 'count' | 'read'
> {
  id: string;
  /** The page it is about, as the server says for this reader. */
  link: string;
  receivedAt: string;
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
      this.save(page.data.map(toNotification));
      this.unreadTotal.set(page.meta.unread);
    } catch {
      // Offline or refused: the kept list stays.
    }
  }

  receive(message: Notification): void {
    if (!this.session.signedIn()) return;
    const n = toNotification(message);
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
      this.unreadTotal.set(unread);
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
      this.unreadTotal.set(unread);
    } catch {
      // Offline: the server catches up at the next refresh.
    }
  }

  private save(list: AppNotification[]): void {
    this.list.set(list);
    writeStored(KEY, list.length ? JSON.stringify(list) : null);
  }
}

/** What the device keeps of a notification the server sent. */
export function toNotification(n: Notification): AppNotification {
  return {
    id: String(n.id),
    kind: n.kind,
    title: n.title,
    body: n.body,
    orderId: n.orderId,
    link: n.link,
    count: n.count,
    receivedAt: n.createdAt,
    read: n.read,
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
