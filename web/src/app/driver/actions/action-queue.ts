import { DriverDatabase, QueuedAction } from '../offline-db';

/** The driver's requests made offline, kept in IndexedDB in the order they were made. */
export class ActionQueue {
  constructor(private readonly db: DriverDatabase) {}

  add(action: Omit<QueuedAction, 'id' | 'createdAt'>): Promise<number> {
    return this.db.add('actions', { ...action, createdAt: new Date().toISOString() });
  }

  /** Every waiting action, oldest first. */
  all(): Promise<QueuedAction[]> {
    return this.db.getAll('actions');
  }

  remove(id: number): Promise<void> {
    return this.db.delete('actions', id);
  }
}
