import env from '#start/env'

/** Dairy collections (app/collections). */
export default {
  /** Collections accepted in one sync request. */
  maxBatch: 500,
  /** How far in the future a device's clock may be (minutes of skew). */
  clockSkewMinutes: 5,
  /** How old a collection may be when it syncs (a phone offline for days). */
  maxAgeDays: 14,
  /** The time zone the cooperative's days and months are counted in. */
  timeZone: env.get('COLLECTIONS_TIME_ZONE') ?? 'Africa/Nairobi',
  /** Receipts not sent this many seconds after the collection are queued again by the sweep. */
  receiptSweepAfterSeconds: 30,
  /** Cron of the sweep that queues receipts nothing queued (a crash between commit and send). */
  receiptSweepCron: env.get('RECEIPT_SWEEP_CRON') ?? '* * * * *',
}
