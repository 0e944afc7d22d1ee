import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import Cooperative from '#collections/models/cooperative'
import FarmerPayoutRun from '#collections/models/farmer_payout_run'

/**
 * The one rule of closed periods: nothing is added to, corrected in or
 * repriced in a month whose pay is approved. Every write into a period
 * reads its cooperative `FOR SHARE` in the write's own transaction and asks
 * here; approval reads it `FOR UPDATE` before it reads the statements. So a
 * write either commits before approval reads (and approval sees it, and
 * refuses a run prepared without it) or waits for approval and finds the
 * month closed. A check on a row read before the transaction proves nothing.
 */
export default class ClosedPeriodService {
  /** The cooperatives, kept from closing until `trx` ends (ordered: no deadlock between two writes). */
  async holdOpen(organisationIds: number[], trx: TransactionClientContract) {
    const rows = await Cooperative.query({ client: trx })
      .whereIn('organisation_id', [...new Set(organisationIds)])
      .orderBy('organisation_id')
      .forShare()
    return new Map(rows.map((row) => [row.organisationId, row]))
  }

  /** The cooperative, locked for approval: writes into its periods wait until `trx` ends. */
  lockForClosing(organisationId: number, trx: TransactionClientContract) {
    return Cooperative.query({ client: trx })
      .where('organisation_id', organisationId)
      .forUpdate()
      .firstOrFail()
  }

  /** Whether `day` (an ISO date) is in a closed period. */
  isClosed(cooperative: Cooperative, day: string) {
    return cooperative.closedThrough !== null && day <= cooperative.closedThrough.toISODate()!
  }

  /** The period (`yyyy-MM`) held open, or a 409 when it is closed. */
  async assertOpen(cooperativeId: number, period: string, trx: TransactionClientContract) {
    const held = await this.holdOpen([cooperativeId], trx)
    const cooperative = held.get(cooperativeId)!
    if (this.isClosed(cooperative, this.lastDayOf(period))) {
      throw new DomainException(`The period ${period} is closed.`, {
        status: 409,
        code: 'E_PERIOD_CLOSED',
        field: 'period',
      })
    }
    return cooperative
  }

  /**
   * A manager may close periods by hand, or reopen one by mistake closed,
   * but never reopen a month whose pay is approved (409).
   */
  async assertKeepsPaidClosed(
    organisationId: number,
    closedThrough: string | null,
    trx: TransactionClientContract
  ) {
    await this.lockForClosing(organisationId, trx)
    const paid = await FarmerPayoutRun.query({ client: trx })
      .where({ cooperative_id: organisationId, status: 'approved' })
      .orderBy('period', 'desc')
      .first()
    if (!paid) return
    const paidThrough = this.lastDayOf(paid.period)
    if (closedThrough === null || closedThrough < paidThrough) {
      throw new DomainException(
        `The pay of ${paid.period} is approved; the periods up to ${paidThrough} stay closed.`,
        { status: 409, code: 'E_PERIOD_CLOSED', field: 'closedThrough' }
      )
    }
  }

  /** The last day of a period (`yyyy-MM`), as an ISO date. */
  lastDayOf(period: string) {
    return DateTime.fromFormat(period, 'yyyy-MM').endOf('month').toISODate()!
  }
}
