import env from '#start/env'
import dbConfig, { databaseMode } from '#config/database'

/** A cron expression from the environment; `off` removes the schedule. */
function cron(value: string | undefined, fallback: string) {
  if (value === 'off') return null
  return value ?? fallback
}

/** Job handlers, one file per job in a capability's jobs/ folder. Typed here: jobs use the queue, whose type reads this file. */
const jobs: (() => Promise<{ default: unknown }>)[] = [
  () => import('#orders/jobs/auto_complete_orders_job'),
  () => import('#notifications/jobs/notify_event_job'),
  () => import('#notifications/jobs/deliver_notification_job'),
  () => import('#notifications/jobs/paper_expiry_job'),
  () => import('#collections/jobs/collection_receipt_job'),
  () => import('#collections/jobs/receipt_sweep_job'),
  () => import('#collections/jobs/payout_statement_job'),
  () => import('#collections/jobs/payout_failure_job'),
  () => import('#money/jobs/confirm_payment_job'),
  () => import('#money/jobs/reconcile_payments_job'),
  () => import('#money/jobs/send_payout_job'),
  () => import('#money/jobs/apply_payout_callback_job'),
  () => import('#money/jobs/confirm_notified_payout_job'),
  () => import('#money/jobs/payout_sweep_job'),
  () => import('#tracking/jobs/gps_partitions_job'),
  () => import('#money/jobs/stuck_payouts_job'),
  () => import('#money/jobs/check_payout_reversal_job'),
  () => import('#money/jobs/payout_number_alert_job'),
]

const connection = dbConfig.connections.postgres.connection as { connectionString: string }

/**
 * Background jobs: pg-boss on the same PostgreSQL as Lucid (its tables live
 * in their own `pgboss` schema, created and migrated by pg-boss itself).
 */
export default {
  /**
   * `inline`: the API process also runs the workers and the schedules (one
   * process is all `make dev` needs). `off`: the API only enqueues and
   * `node ace queue:work` runs them (docker-compose's worker service).
   */
  mode: env.get('QUEUE_MODE') ?? 'inline',
  connectionString: connection.connectionString,
  schema: 'pgboss',
  /**
   * The embedded database is one PGlite session multiplexed over a few
   * sockets (database/embedded_postgis.ts): keep the queue's share small.
   */
  poolMax: env.get('QUEUE_POOL_MAX') ?? (databaseMode === 'embedded' ? 2 : 4),
  /** How often workers look for new jobs. */
  pollingIntervalSeconds: 2,
  /** Defaults for every queue; a job can override them (`static options`). */
  retry: { retryLimit: 5, retryDelay: 10, retryBackoff: true, retryDelayMax: 15 * 60 },
  /** Grace for running jobs on shutdown, inside docker stop's 10 s; then they fail and are retried. */
  stopTimeoutMs: 8_000,
  jobs,
  schedules: {
    /** The check that completes delivered orders nobody answered (AUTO_COMPLETE_AFTER_HOURS). */
    autoCompleteOrders: cron(env.get('AUTO_COMPLETE_CRON'), '*/5 * * * *'),
    /** Papers expiring in 30, 7 and 1 days tell their owners (PAPER_EXPIRY_CRON). */
    paperExpiry: cron(env.get('PAPER_EXPIRY_CRON'), '0 6 * * *'),
    /** gps_pings partitions made ahead and dropped past retention (TRACKING_PARTITIONS_CRON). */
    gpsPartitions: cron(env.get('TRACKING_PARTITIONS_CRON'), '17 * * * *'),
  },
}
