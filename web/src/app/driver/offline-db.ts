import { Injectable, inject } from '@angular/core';
import { DBSchema, IDBPDatabase, openDB } from 'idb';
import { Session } from '../core/auth/session';
import { PositionPoint } from '../core/realtime/realtime-types';

/** A request made while offline, replayed in order when back online. */
export interface QueuedAction {
  id?: number;
  /** What the driver did, for the pending list (translation key + values). */
  kind: 'duty' | 'status' | 'proof';
  orderId: number | null;
  /** The order as the driver calls it (cargo and places), for the pending list; absent on old entries. */
  orderName?: string;
  /** Built from a documented path when the action was made (OfflineActions.run). */
  url: string;
  /** A JSON body, or multipart parts (Blobs are stored as they are). */
  json?: unknown;
  form?: { name: string; value: string | Blob; fileName?: string }[];
  label: string;
  createdAt: string;
}

interface DriverDb extends DBSchema {
  /** GPS points not yet acknowledged; the auto-increment key is the wire `seq`. */
  positions: { key: number; value: PositionPoint };
  actions: { key: number; value: QueuedAction };
}

export type DriverDatabase = IDBPDatabase<DriverDb>;

/**
 * One database per driver on this device, so a phone handed to another
 * driver never sends the first one's points or actions as the second's.
 */
export function openDriverDb(userId: number | string): Promise<DriverDatabase> {
  return openDB<DriverDb>(`njia-driver-${userId}`, 1, {
    upgrade(db) {
      db.createObjectStore('positions', { keyPath: 'seq', autoIncrement: true });
      db.createObjectStore('actions', { keyPath: 'id', autoIncrement: true });
    },
  });
}

/** The signed-in driver's database, opened once per user. */
@Injectable({ providedIn: 'root' })
export class DriverStorage {
  private readonly session = inject(Session);
  private opened: { userId: number | string; db: Promise<DriverDatabase> } | null = null;

  /** Null when nobody is signed in. */
  db(): Promise<DriverDatabase> | null {
    const userId = this.session.user()?.id;
    if (userId === undefined) return null;
    if (this.opened?.userId !== userId) this.opened = { userId, db: openDriverDb(userId) };
    return this.opened.db;
  }
}
