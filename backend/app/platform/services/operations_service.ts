import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import QueueService from '#core/services/queue_service'
import DomainException from '#core/exceptions/domain_exception'
import { healthChecks } from '#start/health'

/** How many failed jobs the operations page lists. */
export const FAILURES_SHOWN = 20
/** The page answers even when a dependency hangs: what has not answered by then is reported so. */
export const DEPENDENCY_TIMEOUT_MS = 3_000

/**
 * What the operators' operations page reads: the health checks of /health,
 * the job queue's depth and its recent failures (which an operator sends
 * again), and the day's figures since 00:00 UTC.
 */
@inject()
export default class OperationsService {
  constructor(private queue: QueueService) {}

  async overview(now = DateTime.utc()) {
    const since = now.startOf('day')
    const [health, queues, failures, today] = await Promise.all([
      within(healthChecks.run(), null),
      within(this.queue.depths(), null),
      within(this.queue.failures(FAILURES_SHOWN), null),
      this.today(since),
    ])
    return { health, queues, failures, today: { since, ...today } }
  }

  /** Sends a failed job again; 404 when there is no such failed job. */
  async retry(queue: string, id: string) {
    const retried = await within(this.queue.retry(queue, id), false)
    if (!retried) throw DomainException.notFound('Failed job')
  }

  async today(since: DateTime) {
    const from = since.toJSDate()
    const count = async (query: ReturnType<typeof db.from>) => {
      const row = await query.count('* as n').first()
      return Number(row?.n ?? 0)
    }
    const [posted, assigned, delivered, withWindow, onTime, gpsPoints, received, failed] =
      await Promise.all([
        count(db.from('orders').where('posted_at', '>=', from)),
        count(db.from('orders').where('assigned_at', '>=', from)),
        count(db.from('orders').where('delivered_at', '>=', from)),
        count(
          db.from('orders').where('delivered_at', '>=', from).whereNotNull('dropoff_window_end')
        ),
        count(
          db
            .from('orders')
            .where('delivered_at', '>=', from)
            .whereRaw('delivered_at <= dropoff_window_end')
        ),
        count(db.from('gps_pings').where('recorded_at', '>=', from)),
        count(db.from('payments').where('created_at', '>=', from).where('status', 'received')),
        count(db.from('payments').where('created_at', '>=', from).where('status', 'failed')),
      ])
    return {
      ordersPosted: posted,
      ordersAssigned: assigned,
      ordersDelivered: delivered,
      deliveredWithWindow: withWindow,
      deliveredOnTime: onTime,
      gpsPoints,
      paymentsReceived: received,
      paymentsFailed: failed,
      paymentSuccessRate: received + failed === 0 ? null : received / (received + failed),
    }
  }
}

/** `work`'s result, or `late` when it fails or takes longer than DEPENDENCY_TIMEOUT_MS. */
async function within<T, L>(work: Promise<T>, late: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late), DEPENDENCY_TIMEOUT_MS)
  })
  try {
    return await Promise.race([work.catch(() => late), timeout])
  } finally {
    clearTimeout(timer)
  }
}
