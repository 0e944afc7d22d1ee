import { Injectable, inject, signal } from '@angular/core';
import { DBSchema, IDBPDatabase, openDB } from 'idb';
import { Api, Body } from '../core/api/api-client';
import { Session } from '../core/auth/session';

export type CollectionInput = Body<'/api/v1/collections/sync', 'post'>['collections'][number];

/** A collection recorded on this phone, waiting for the server (or refused by it). */
export interface QueuedCollection {
  /** The UUID made here: the server stores it once however often it is sent. */
  id: string;
  body: CollectionInput;
  farmerName: string;
  /** Set when the server refused it: shown, never sent again. */
  error?: { code: string; message: string; field?: string };
}

interface CollectionsDb extends DBSchema {
  queue: { key: string; value: QueuedCollection };
}

/** Collections sent per request (the API takes up to 500). */
const BATCH = 100;

/**
 * The clerk's collections, kept in IndexedDB until the server has them,
 * like the driver's GPS queue: one database per user on this phone; a
 * collection leaves the queue only when the server answers `stored` or
 * `duplicate`, so no network, a closed tab or a restarted phone loses
 * nothing, and sending twice stores once.
 */
@Injectable({ providedIn: 'root' })
export class CollectionQueue {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private opened: { userId: number | string; db: Promise<IDBPDatabase<CollectionsDb>> } | null =
    null;
  private syncing: Promise<void> | null = null;
  private again = false;

  /** Waiting to be sent. */
  readonly waiting = signal<QueuedCollection[]>([]);
  /** Refused by the server, with its reason. */
  readonly refused = signal<QueuedCollection[]>([]);
  /** Stored by the server since the page opened (newest first). */
  readonly stored = signal<{ id: string; farmerName: string; reference: string }[]>([]);

  constructor() {
    globalThis.addEventListener?.('online', () => void this.sync());
  }

  private db(): Promise<IDBPDatabase<CollectionsDb>> | null {
    const userId = this.session.user()?.id;
    if (userId === undefined) return null;
    if (this.opened?.userId !== userId) {
      this.opened = {
        userId,
        db: openDB<CollectionsDb>(`njia-collections-${userId}`, 1, {
          upgrade(db) {
            db.createObjectStore('queue', { keyPath: 'id' });
          },
        }),
      };
    }
    return this.opened.db;
  }

  /** Reads the queue back (after a restart) and sends what waits. */
  async load(): Promise<void> {
    const db = await this.db();
    if (!db) return;
    const all = await db.getAll('queue');
    this.waiting.set(all.filter((item) => !item.error));
    this.refused.set(all.filter((item) => item.error));
  }

  /** Keeps a new collection on the phone first, then tries to send it. */
  async add(body: Omit<CollectionInput, 'id'>, farmerName: string): Promise<string> {
    const db = await this.db();
    if (!db) throw new Error('Not signed in');
    const id = crypto.randomUUID();
    await db.put('queue', { id, body: { ...body, id }, farmerName });
    await this.load();
    void this.sync();
    return id;
  }

  async dismiss(id: string): Promise<void> {
    const db = await this.db();
    await db?.delete('queue', id);
    await this.load();
  }

  /**
   * Sends what waits, in batches; one sync at a time. A collection added
   * while one runs gets a second pass right after it.
   */
  sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = this.run().finally(() => {
      this.syncing = null;
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    });
    return this.syncing;
  }

  private async run(): Promise<void> {
    const db = await this.db();
    if (!db) return;
    for (;;) {
      const batch = (await db.getAll('queue')).filter((item) => !item.error).slice(0, BATCH);
      if (batch.length === 0) break;
      let answer;
      try {
        answer = await this.api.post('/api/v1/collections/sync', {
          body: { collections: batch.map((item) => item.body) },
        });
      } catch {
        break; // No network or a server error: everything stays queued for the next try.
      }
      const byId = new Map(batch.map((item) => [item.id, item]));
      for (const result of answer.results) {
        const item = byId.get(result.id);
        if (!item) continue;
        if (result.status === 'refused') {
          await db.put('queue', { ...item, error: result.error });
        } else {
          await db.delete('queue', item.id);
          if (result.collection) {
            const reference = result.collection.reference;
            this.stored.update((list) => [
              { id: item.id, farmerName: item.farmerName, reference },
              ...list.slice(0, 19),
            ]);
          }
        }
      }
    }
    await this.load();
  }
}
