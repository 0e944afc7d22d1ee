import { inject } from '@adonisjs/core'
import { createHash } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import logger from '@adonisjs/core/services/logger'
import DomainException from '#core/exceptions/domain_exception'
import QueueService from '#core/services/queue_service'
import type User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import SmsService from '#sms/services/sms_service'
import Payout from '#money/models/payout'
import LedgerService from '#money/services/ledger_service'
import PayoutService from '#money/services/payout_service'
import { owners } from '#money/ledger_accounts'
import { providerName } from '#money/payment_providers'
import Cooperative from '#collections/models/cooperative'
import Farmer from '#collections/models/farmer'
import FarmerPayoutRun from '#collections/models/farmer_payout_run'
import FarmerPayoutLine from '#collections/models/farmer_payout_line'
import StatementService from '#collections/services/statement_service'
import ClosedPeriodService from '#collections/services/closed_period_service'
import CooperativeAccessService from '#collections/services/cooperative_access_service'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import { payoutFailedText, payoutReversedText, payoutStatementText } from '#collections/texts'
import FarmerAdjustment from '#collections/models/farmer_adjustment'
import AuditService from '#audit/services/audit_service'
import { SmsNotSentError } from '#sms/sms_not_sent_error'

/** What one farmer's statement comes to, as a line of a run. */
interface Due {
  farmerId: number
  litres: number
  gross: number
  deductions: number
  bonuses: number
  net: number
}

export type PayoutStatementOutcome = 'sent' | 'already_sent' | 'not_sent_yet' | 'not_a_run'
export type PayoutFailureOutcome = 'sent' | 'not_failed' | 'not_a_run'

const AMOUNTS = ['litres', 'gross', 'deductions', 'bonuses', 'net'] as const

/**
 * A cooperative's payout runs (issue 13 part 5): a manager prepares the
 * farmers' pay for a period that is over, from their statements (the rate
 * chart, deductions and bonuses: StatementService is the one computation),
 * and approves it once. Approval closes the period, owes the farmers the
 * total in the ledger and creates one `farmer` payout per farmer owed
 * something, in one transaction; money's payout jobs send them (retries,
 * kill switch, limits) and each farmer gets their statement by SMS when
 * their pay has left.
 */
@inject()
export default class PayoutRunService {
  constructor(
    private statements: StatementService,
    private payouts: PayoutService,
    private ledger: LedgerService,
    private sms: SmsService,
    private totals: CollectionTotalsService,
    private queue: QueueService,
    private periods: ClosedPeriodService,
    private access: CooperativeAccessService,
    private audit: AuditService
  ) {}

  list(cooperative: Cooperative) {
    return FarmerPayoutRun.query()
      .where('cooperative_id', cooperative.organisationId)
      .orderBy('period', 'desc')
  }

  async find(id: number) {
    const run = await FarmerPayoutRun.find(id)
    if (!run) throw DomainException.notFound('Payout run')
    return run
  }

  /** The run's lines with their farmers and payouts, by member number. */
  async lines(run: FarmerPayoutRun) {
    const lines = await FarmerPayoutLine.query()
      .where('run_id', run.id)
      .preload('farmer')
      .preload('payout')
    return lines.sort((a, b) => a.farmer.memberNumber.localeCompare(b.farmer.memberNumber))
  }

  /**
   * Prepares the period's run, or prepares its draft again (collections or
   * deductions changed): one line per farmer with milk or adjustments in it.
   */
  async prepare(user: User, cooperative: Cooperative, period: string) {
    if (period >= this.totals.today().period) {
      throw new DomainException(`The period ${period} is not over yet; pay it once it is.`, {
        status: 409,
        code: 'E_PERIOD_NOT_OVER',
        field: 'period',
      })
    }
    const dues = await this.#dues(cooperative, period)
    return db.transaction(async (trx) => {
      // Two managers preparing the same new period at once: the second waits for the first.
      await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [
        `payout-run:${cooperative.organisationId}:${period}`,
      ])
      let run = await FarmerPayoutRun.query({ client: trx })
        .where({ cooperative_id: cooperative.organisationId, period })
        .forUpdate()
        .first()
      if (run?.status === 'approved') throw approvedAlready(run)
      run ??= new FarmerPayoutRun().merge({
        cooperativeId: cooperative.organisationId,
        period,
        status: 'draft',
        currency: cooperative.currency,
      })
      run.useTransaction(trx)
      run.merge({
        preparedById: user.id,
        totalAmount: totalOf(dues),
        secondApproverRequired:
          (await this.access.managerCount(cooperative.organisationId, trx)) >= 2,
      })
      await run.save()
      await FarmerPayoutLine.query({ client: trx }).where('run_id', run.id).delete()
      if (dues.length > 0) {
        await FarmerPayoutLine.createMany(
          dues.map((due) => ({ ...due, runId: run!.id })),
          { client: trx }
        )
      }
      return run
    })
  }

  /**
   * Approves a draft once: the lines must still be what the statements say
   * (else 409, prepare it again), the period closes, the ledger owes the
   * farmers the total, and each farmer owed something gets a payout to
   * their payout number. A second approval moves nothing.
   */
  async approve(user: User, run: FarmerPayoutRun) {
    const provider = this.payouts.providerFor(run.currency)
    if (!provider) {
      throw new DomainException(`No mobile money provider pays out ${run.currency} here yet.`, {
        status: 409,
        code: 'E_PROVIDER_UNAVAILABLE',
      })
    }
    const organisation = await Organisation.findOrFail(run.cooperativeId)
    const approved = await db.transaction(async (trx) => {
      // From here until the commit, writes into the cooperative's periods wait, and the
      // statements read below see every one committed before: none lands in the month unpaid.
      const cooperative = await this.periods.lockForClosing(run.cooperativeId, trx)
      const locked = await FarmerPayoutRun.query({ client: trx })
        .where('id', run.id)
        .forUpdate()
        .firstOrFail()
      if (locked.status === 'approved') throw approvedAlready(locked)
      if (locked.preparedById === user.id && (await this.secondApproverRequired(locked, trx))) {
        // Refused: nothing of the approval is written, so the refusal is audited after the rollback.
        return null
      }
      const dues = await this.#dues(cooperative, run.period, trx)
      const lines = await FarmerPayoutLine.query({ client: trx }).where('run_id', locked.id)
      if (!sameDues(lines, dues)) {
        throw new DomainException(
          'Collections or deductions changed since this run was prepared; prepare it again and review it.',
          { status: 409, code: 'E_RUN_CHANGED' }
        )
      }
      locked.useTransaction(trx)
      locked.merge({ status: 'approved', approvedById: user.id, approvedAt: DateTime.now() })
      await locked.save()
      await this.audit.record(
        {
          action: 'payout_run.approved',
          actor: actorOf(user),
          subject: { type: 'farmer_payout_run', id: locked.id },
          after: {
            cooperativeId: locked.cooperativeId,
            period: locked.period,
            totalAmount: locked.totalAmount,
            currency: locked.currency,
            preparedById: locked.preparedById,
          },
        },
        trx
      )
      await this.#closePeriod(cooperative, run.period, trx)
      await this.#carryDeficits(user, cooperative, locked, lines, trx)

      const owed = lines.filter((line) => line.net > 0)
      const total = totalOf(owed)
      if (total === 0) return locked
      const owner = owners.organisation(run.cooperativeId)
      await this.ledger.post(
        {
          idempotencyKey: `payout_run:${locked.id}:approved`,
          kind: 'farmer_payout_run_approved',
          memo: `${organisation.name} farmers ${run.period}`,
          legs: [
            {
              account: { owner, purpose: 'cooperative_receivable' },
              amount: total,
              currency: run.currency,
            },
            {
              account: { owner, purpose: 'farmer_payable' },
              amount: -total,
              currency: run.currency,
            },
          ],
        },
        trx
      )
      const farmers = await Farmer.query({ client: trx }).whereIn(
        'id',
        owed.map((line) => line.farmerId)
      )
      const byId = new Map(farmers.map((farmer) => [farmer.id, farmer]))
      for (const line of owed) {
        const farmer = byId.get(line.farmerId)!
        const payout = await this.payouts.create(
          {
            kind: 'farmer',
            idempotencyKey: `payout_run:${locked.id}:farmer:${farmer.id}`,
            organisationId: run.cooperativeId,
            provider,
            amount: line.net,
            currency: run.currency,
            phone: farmer.payoutPhone,
            requestedBy: user.id,
            reason: `${organisation.name} milk ${run.period} ${farmer.memberNumber}`.slice(0, 100),
          },
          trx
        )
        line.useTransaction(trx)
        line.payoutId = payout.id
        await line.save()
      }
      return locked
    })
    if (approved) return approved
    await this.audit.record({
      action: 'payout_run.approval_refused',
      actor: actorOf(user),
      subject: { type: 'farmer_payout_run', id: run.id },
      reason: 'two-person rule: the manager who prepared the run may not approve it',
      after: { cooperativeId: run.cooperativeId, period: run.period },
    })
    throw new DomainException(
      'You prepared this run: another manager of the cooperative must review and approve it.',
      { status: 403, code: 'E_SECOND_APPROVER' }
    )
  }

  /**
   * The two-person rule: when the cooperative has two managers or more, the
   * one who approves a run is not the one who last prepared it. A
   * cooperative with one manager cannot have a second pair of eyes: its
   * manager approves alone (the page says so). The managers are counted
   * when the run is prepared (kept on the run) and again at approval, and
   * two at either time require a second one: removing the other manager
   * after preparing does not let one approve their own run, and a manager
   * who joined since is asked to review it. Preparing again is seen by the
   * other manager (the run shows who prepared it) and each refusal and
   * approval is audited.
   */
  async secondApproverRequired(run: FarmerPayoutRun, client?: TransactionClientContract) {
    if (run.secondApproverRequired) return true
    return (await this.access.managerCount(run.cooperativeId, client)) >= 2
  }

  /** A farmer's payout of this run that failed, sent again (money's rules: a new key after a final failure). */
  async retry(run: FarmerPayoutRun, lineId: number) {
    return db.transaction(async (trx) => {
      const line = await FarmerPayoutLine.query({ client: trx })
        .where({ id: lineId, run_id: run.id })
        .first()
      if (!line?.payoutId) throw DomainException.notFound('Payout')
      const payout = await Payout.query({ client: trx })
        .where('id', line.payoutId)
        .forUpdate()
        .firstOrFail()
      await this.payouts.retry(payout, trx)
      return line
    })
  }

  /** The farmer's last paid or paying lines, newest period first (USSD). */
  async lastPayouts(farmer: Farmer, limit = 3) {
    return FarmerPayoutLine.query()
      .where('farmer_id', farmer.id)
      .whereNotNull('payout_id')
      .join('farmer_payout_runs', 'farmer_payout_runs.id', 'farmer_payout_lines.run_id')
      .select('farmer_payout_lines.*', 'farmer_payout_runs.period as run_period')
      .preload('payout')
      .orderBy('farmer_payout_runs.period', 'desc')
      .limit(limit)
  }

  /**
   * The statement SMS of a farmer's payout that went through, sent once
   * (noted on the line; only its job sends it).
   */
  async sendStatement(payoutId: number): Promise<PayoutStatementOutcome> {
    const line = await FarmerPayoutLine.findBy('payout_id', payoutId)
    if (!line) return 'not_a_run'
    if (line.statementSmsId) return 'already_sent'
    const payout = await Payout.findOrFail(payoutId)
    if (payout.status !== 'sent') return 'not_sent_yet'
    const run = await FarmerPayoutRun.findOrFail(line.runId)
    const farmer = await Farmer.findOrFail(line.farmerId)
    const organisation = await Organisation.findOrFail(run.cooperativeId)
    const statement = await this.statements.statement(farmer, run.period)
    const text = payoutStatementText(farmer.locale, {
      cooperative: organisation.name,
      period: run.period,
      litresByGrade: statement.litresByGrade,
      gross: line.gross,
      deductions: line.deductions,
      bonuses: line.bonuses,
      paid: payout.amount,
      currency: payout.currency,
      phone: payout.phone,
      provider: providerName(payout.provider),
      receipt: payout.providerReceipt ?? '',
      memberNumber: farmer.memberNumber,
    })
    const message = await this.sms.send(farmer.phone, text, { fit: true })
    if (message.status === 'failed') {
      throw new SmsNotSentError(`statement of payout ${payoutId} not sent`)
    }
    await FarmerPayoutLine.query()
      .where('id', line.id)
      .whereNull('statement_sms_id')
      .update({ statement_sms_id: message.id })
    return 'sent'
  }

  /**
   * Tells a farmer their pay of a run could not be sent, or was taken back
   * by the provider after it was sent (in their language), while the payout
   * is still so; the job is queued once per failed try, once per reversal.
   */
  async sendFailureNotice(
    payoutId: number,
    what: 'failed' | 'reversed' = 'failed'
  ): Promise<PayoutFailureOutcome> {
    const line = await FarmerPayoutLine.findBy('payout_id', payoutId)
    if (!line) return 'not_a_run'
    const payout = await Payout.findOrFail(payoutId)
    if (payout.status !== what) return 'not_failed'
    const run = await FarmerPayoutRun.findOrFail(line.runId)
    const farmer = await Farmer.findOrFail(line.farmerId)
    const organisation = await Organisation.findOrFail(run.cooperativeId)
    const text = (what === 'failed' ? payoutFailedText : payoutReversedText)(farmer.locale, {
      cooperative: organisation.name,
      period: run.period,
      amount: payout.amount,
      currency: payout.currency,
      phone: payout.phone,
      memberNumber: farmer.memberNumber,
    })
    const message = await this.sms.send(farmer.phone, text, { fit: true })
    if (message.status === 'failed') {
      throw new SmsNotSentError(`failure notice of payout ${payoutId} not sent`)
    }
    return 'sent'
  }

  /**
   * The failure notice of one failed try (or the reversal's, attempt null),
   * queued once (the job's id is the try's, or the reversal's).
   */
  async queueFailureNotice(payoutId: number, attempt: number | null) {
    const { default: PayoutFailureJob } = await import('#collections/jobs/payout_failure_job')
    const cause =
      attempt === null ? `payout-reversed:${payoutId}` : `payout-failed:${payoutId}:${attempt}`
    const key = createHash('sha256').update(cause).digest('hex')
    const id = `${key.slice(0, 8)}-${key.slice(8, 12)}-4${key.slice(13, 16)}-8${key.slice(17, 20)}-${key.slice(20, 32)}`
    try {
      await this.queue.send(PayoutFailureJob, { payoutId, attempt }, { id })
    } catch (error) {
      logger.warn({ err: error, payoutId }, 'payout failure notice not queued')
    }
  }

  /** One statement job per payout at a time; the line's note keeps a second from sending. */
  async queueStatements(payoutIds: number[]) {
    // Imported here: the job injects this service.
    const { default: PayoutStatementJob } = await import('#collections/jobs/payout_statement_job')
    for (const payoutId of payoutIds) {
      try {
        await this.queue.send(
          PayoutStatementJob,
          { payoutId },
          { singletonKey: `payout-statement:${payoutId}` }
        )
      } catch (error) {
        logger.warn({ err: error, payoutId }, 'payout statement not queued; the sweep will')
      }
    }
  }

  /** Payouts that went through a while ago and whose statement nothing sent (the sweep). */
  async unsentStatements(limit = 500) {
    const rows: { payout_id: number }[] = await db
      .from('farmer_payout_lines')
      .join('payouts', 'payouts.id', 'farmer_payout_lines.payout_id')
      .whereNull('farmer_payout_lines.statement_sms_id')
      .where('payouts.status', 'sent')
      .where('payouts.settled_at', '<', new Date(Date.now() - 60_000))
      .where('payouts.settled_at', '>', new Date(Date.now() - 2 * 86_400_000))
      .select('farmer_payout_lines.payout_id')
      .limit(limit)
    return rows.map((row) => row.payout_id)
  }

  /** Each farmer with milk or adjustments in the period, from their statement. */
  async #dues(
    cooperative: Cooperative,
    period: string,
    client?: TransactionClientContract
  ): Promise<Due[]> {
    const farmers = await Farmer.query({ client })
      .where('cooperative_id', cooperative.organisationId)
      .where((query) =>
        query
          .whereExists((sub) =>
            sub
              .from('milk_collections')
              .whereColumn('milk_collections.farmer_id', 'farmers.id')
              .where('milk_collections.period', period)
          )
          .orWhereExists((sub) =>
            sub
              .from('farmer_adjustments')
              .whereColumn('farmer_adjustments.farmer_id', 'farmers.id')
              .where('farmer_adjustments.period', period)
          )
      )
      .orderBy('id')
    const dues: Due[] = []
    for (const farmer of farmers) {
      const statement = await this.statements.statement(farmer, period, client)
      if (!statement.priced) {
        throw new DomainException(`Set the prices of ${period} before paying it.`, {
          status: 409,
          code: 'E_NO_PRICES',
          field: 'period',
        })
      }
      const deductions = statement.adjustments
        .filter((a) => a.kind !== 'bonus')
        .reduce((sum, a) => sum + a.amount, 0)
      const bonuses = statement.adjustments
        .filter((a) => a.kind === 'bonus')
        .reduce((sum, a) => sum + a.amount, 0)
      const litres = Object.values(statement.litresByGrade).reduce((sum, v) => sum + v, 0)
      dues.push({
        farmerId: farmer.id,
        litres: Math.round(litres * 100) / 100,
        gross: statement.gross,
        deductions,
        bonuses,
        net: statement.net,
      })
    }
    return dues
  }

  /**
   * A farmer whose deductions were above their pay owes the difference: it
   * is taken off next month's statement (a `carried` deduction, named in
   * the reader's language from its month), not forgotten. Written in the approval's transaction,
   * with the cooperative locked, so it happens once.
   */
  async #carryDeficits(
    user: User,
    cooperative: Cooperative,
    run: FarmerPayoutRun,
    lines: FarmerPayoutLine[],
    trx: TransactionClientContract
  ) {
    const owing = lines.filter((line) => line.net < 0)
    if (owing.length === 0) return
    const next = DateTime.fromFormat(run.period, 'yyyy-MM').plus({ months: 1 }).toFormat('yyyy-MM')
    if (this.periods.isClosed(cooperative, this.periods.lastDayOf(next))) {
      throw new DomainException(
        `${next} is closed already: what farmers owe from ${run.period} cannot be carried to it.`,
        { status: 409, code: 'E_PERIOD_CLOSED' }
      )
    }
    await FarmerAdjustment.createMany(
      owing.map((line) => ({
        cooperativeId: run.cooperativeId,
        farmerId: line.farmerId,
        period: next,
        kind: 'carried' as const,
        amount: -line.net,
        note: null,
        createdById: user.id,
      })),
      { client: trx }
    )
  }

  /** Nothing is added to or corrected in a period once its pay is approved (ClosedPeriodService). */
  async #closePeriod(locked: Cooperative, period: string, trx: TransactionClientContract) {
    const lastDay = this.periods.lastDayOf(period)
    if (this.periods.isClosed(locked, lastDay)) return
    locked.useTransaction(trx)
    locked.closedThrough = DateTime.fromISO(lastDay)
    await locked.save()
  }
}

const actorOf = (user: User) => ({ id: user.id, role: user.role, name: user.name })

function totalOf(dues: Pick<Due, 'net'>[]) {
  return dues.reduce((sum, due) => sum + Math.max(due.net, 0), 0)
}

function sameDues(lines: FarmerPayoutLine[], dues: Due[]) {
  if (lines.length !== dues.length) return false
  const byFarmer = new Map(lines.map((line) => [line.farmerId, line]))
  return dues.every((due) => {
    const line = byFarmer.get(due.farmerId)
    return line !== undefined && AMOUNTS.every((key) => Number(line[key]) === due[key])
  })
}

function approvedAlready(run: FarmerPayoutRun) {
  return new DomainException(`The payout run of ${run.period} is already approved.`, {
    status: 409,
    code: 'E_RUN_APPROVED',
  })
}
