import { PositionPoint } from '../../core/realtime/realtime-types';
import { DriverDatabase } from '../offline-db';

export type NewPoint = Omit<PositionPoint, 'seq'>;

/**
 * GPS points waiting for the server's acknowledgement, in IndexedDB so they
 * survive a lost connection, a closed tab and a restarted phone. A point
 * leaves the queue only when a batch holding it is acknowledged.
 */
export class PositionQueue {
  constructor(private readonly db: DriverDatabase) {}

  /** Stores a point and returns its `seq` (increasing, never reused on this device). */
  async add(point: NewPoint): Promise<number> {
    return this.db.add('positions', point as PositionPoint);
  }

  /** The oldest `limit` points, in the order they were recorded. */
  async oldest(limit: number): Promise<PositionPoint[]> {
    return this.db.getAll('positions', undefined, limit);
  }

  /** Forgets acknowledged (or refused for good) points. */
  async remove(seqs: readonly number[]): Promise<void> {
    const tx = this.db.transaction('positions', 'readwrite');
    await Promise.all([...seqs.map((seq) => tx.store.delete(seq)), tx.done]);
  }

  count(): Promise<number> {
    return this.db.count('positions');
  }
}
