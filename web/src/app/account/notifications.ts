import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { Session } from '../core/auth/session';
import { Socket } from '../core/realtime/socket';
import type { NotificationMessage } from '../core/realtime/realtime-types';
import { readStored, writeStored } from '../core/storage';

export interface AppNotification {
  /** The server's id when it sent one, else a local one. */
  id: string;
  title: string;
  body: string | null;
  orderId: number | null;
  receivedAt: string;
  read: boolean;
}

const KEY = 'njia.notifications';
const KEEP = 50;

/**
 * The user's notifications as the socket delivers them (`notification` on
 * room `user:<id>`), newest first, kept on the device (the last 50) so the
 * list survives a reload and opens offline. Cleared on sign-out.
 */
@Injectable({ providedIn: 'root' })
export class Notifications {
  private readonly session = inject(Session);
  readonly list = signal<AppNotification[]>(load());
  readonly unread = computed(() => this.list().filter((n) => !n.read).length);

  constructor() {
    inject(Socket).notifications$.subscribe((message) => this.receive(message));
    // The next person to sign in on this phone does not see them.
    effect(() => {
      if (!this.session.signedIn()) untracked(() => this.list().length && this.save([]));
    });
  }

  receive(message: NotificationMessage, now = new Date()): void {
    if (!this.session.signedIn()) return;
    const n = toNotification(message, now);
    if (this.list().some((known) => known.id === n.id)) return;
    this.save([n, ...this.list()].slice(0, KEEP));
  }

  markAllRead(): void {
    this.save(this.list().map((n) => ({ ...n, read: true })));
  }

  clear(): void {
    this.save([]);
  }

  private save(list: AppNotification[]): void {
    this.list.set(list);
    writeStored(KEY, list.length ? JSON.stringify(list) : null);
  }
}

/** Any payload becomes a line a person can read: title, body, the order it is about. */
export function toNotification(message: NotificationMessage, now: Date): AppNotification {
  const text = (key: string) =>
    typeof message[key] === 'string' && message[key] ? (message[key] as string) : null;
  const data = (message['data'] ?? {}) as Record<string, unknown>;
  const orderId = Number(message['orderId'] ?? data['orderId']);
  const title = text('title') ?? text('message') ?? text('body') ?? text('type') ?? '…';
  const body = text('title') ? (text('body') ?? text('message')) : null;
  return {
    id: String(message['id'] ?? `${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`),
    title,
    body,
    orderId: Number.isFinite(orderId) && orderId > 0 ? orderId : null,
    receivedAt: text('createdAt') ?? now.toISOString(),
    read: false,
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
