import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import accountsConfig from '#config/accounts'
import type { PayoutNumberState } from '#money/transformers/payout_number_transformer'
import OtpService from '#accounts/services/otp_service'
import AuditService from '#audit/services/audit_service'
import PayoutNumber from '#money/models/payout_number'
import { maskedPhone } from '#money/transformers/payment_transformer'
import moneyConfig from '#config/money'
import QueueService from '#core/services/queue_service'
import { timeZoneOfPhone } from '#core/phone'
import SmsService from '#sms/services/sms_service'
import { payoutNumberReplacedSms } from '#money/payout_texts'

/**
 * Where a carrier is paid (README, "Payout number"): a number its owner
 * names and proves with the one-time code sent to it; until then, the
 * owner's own sign-in phone. A new number holds the carrier's payouts for
 * PAYOUT_NUMBER_COOLING_HOURS, so whoever took over a session cannot have
 * money sent to their own number before the owner notices.
 */
@inject()
export default class PayoutNumberService {
  constructor(
    private otp: OtpService,
    private audit: AuditService,
    private sms: SmsService,
    private queue: QueueService
  ) {}

  /** The carrier's confirmed payout number, if it named one. */
  current(organisationId: number, client?: TransactionClientContract) {
    return PayoutNumber.query({ client })
      .where('organisation_id', organisationId)
      .whereNotNull('confirmed_at')
      .orderBy('confirmed_at', 'desc')
      .orderBy('id', 'desc')
      .first()
  }

  /** The number waiting for its code, while the code is good (only the latest request counts). */
  async pending(organisationId: number) {
    const latest = await PayoutNumber.query()
      .where('organisation_id', organisationId)
      .orderBy('id', 'desc')
      .first()
    if (!latest || latest.confirmedAt) return null
    const expiresAt = latest.createdAt.plus({ seconds: accountsConfig.otp.ttlSeconds })
    return expiresAt > DateTime.now() ? { number: latest, expiresAt } : null
  }

  /** What the carrier's owner and dispatchers see: where payouts go, what waits for a code, any hold. */
  async state(organisationId: number): Promise<PayoutNumberState> {
    const current = await this.current(organisationId)
    const organisation = await Organisation.find(organisationId)
    const owner = organisation?.ownerId ? await User.find(organisation.ownerId) : null
    return {
      current,
      ownerPhone: owner?.phone ?? null,
      pending: await this.pending(organisationId),
      coolingUntil: this.coolingUntil(current),
    }
  }

  /** Until when the carrier's payouts wait after a change of number (null: they do not). */
  coolingUntil(number: PayoutNumber | null) {
    if (!number?.confirmedAt) return null
    const until = number.confirmedAt.plus({ hours: moneyConfig.payouts.numberCoolingHours })
    return until > DateTime.now() ? until : null
  }

  /** The owner names a number: a code is texted to it (in the owner's language). */
  async request(organisationId: number, owner: User, phone: string) {
    const current = await this.current(organisationId)
    if (current?.phone === phone) {
      throw new DomainException('This is already the payout number.', {
        status: 409,
        code: 'E_ALREADY_PAYOUT_NUMBER',
        field: 'phone',
      })
    }
    await this.otp.request(phone, owner.locale, 'payout_number')
    return PayoutNumber.create({ organisationId, phone, requestedBy: owner.id })
  }

  /**
   * The code that number received confirms it: from now on the carrier is
   * paid there, after the cooling period. Audited (numbers masked).
   */
  async confirm(organisationId: number, owner: User, code: string) {
    const pending = await this.pending(organisationId)
    const waiting = pending?.number
    if (!waiting) {
      throw new DomainException('No payout number waits for a code: ask for one first.', {
        status: 409,
        code: 'E_NO_PENDING_NUMBER',
      })
    }
    await this.otp.verify(waiting.phone, code, 'payout_number')
    return db.transaction(async (trx) => {
      const before = await this.current(organisationId, trx)
      const organisation = await Organisation.findOrFail(organisationId, { client: trx })
      const ownerNow = organisation.ownerId
        ? await User.find(organisation.ownerId, { client: trx })
        : null
      waiting.useTransaction(trx)
      waiting.confirmedAt = DateTime.now()
      // Payouts went to the previous number, else to the owner's phone: that one is warned.
      const replaced = before?.phone ?? ownerNow?.phone ?? null
      waiting.replacedPhone = replaced !== waiting.phone ? replaced : null
      await waiting.save()
      await this.audit.record(
        {
          action: 'payout_number.changed',
          actor: { id: owner.id, role: owner.role, name: owner.name },
          subject: { type: 'organisation', id: organisationId, name: organisation.name },
          before: { phone: maskedPhone(before?.phone ?? null) },
          after: {
            phone: maskedPhone(waiting.phone),
            coolingHours: moneyConfig.payouts.numberCoolingHours,
          },
        },
        trx
      )
      if (waiting.replacedPhone) {
        trx.after('commit', () => this.#queueAlert(waiting.id))
      }
      return waiting
    })
  }

  async #queueAlert(payoutNumberId: number) {
    // Lazily: the job imports this service.
    const { default: PayoutNumberAlertJob } = await import('#money/jobs/payout_number_alert_job')
    await this.queue.send(
      PayoutNumberAlertJob,
      { payoutNumberId },
      { singletonKey: `payout-number:${payoutNumberId}:alert` }
    )
  }

  /**
   * The money alerts not sent: confirmed payout numbers whose warning to the
   * number they replaced has not gone (its job still retries, or gave up).
   * Read from the numbers themselves, so none is hidden among other failed jobs.
   */
  unsentAlerts() {
    return PayoutNumber.query()
      .join('organisations', 'organisations.id', 'payout_numbers.organisation_id')
      .whereNotNull('payout_numbers.replaced_phone')
      .whereNotNull('payout_numbers.confirmed_at')
      .whereNull('payout_numbers.alert_sms_id')
      .select('payout_numbers.*', 'organisations.name as organisation_name')
      .orderBy('payout_numbers.confirmed_at')
      .limit(200)
  }

  /**
   * An admin sends an unsent alert now (once, as the job would: the number
   * records the message); 404 when it is not unsent, 502 when the SMS fails again.
   */
  async sendAlertAgain(payoutNumberId: number) {
    const number = await this.unsentAlerts().where('payout_numbers.id', payoutNumberId).first()
    if (!number) throw DomainException.notFound('Unsent alert')
    try {
      await this.alertReplaced(number.id)
    } catch {
      throw new DomainException('The text message could not be sent; try again shortly.', {
        status: 502,
        code: 'E_SMS_FAILED',
      })
    }
  }

  /**
   * Texts the number a confirmed payout number replaced, in the owner's
   * language, once (a retried job finds `alertSmsId` set): whoever holds
   * the old phone learns that payouts move, and when.
   */
  async alertReplaced(payoutNumberId: number) {
    const number = await PayoutNumber.find(payoutNumberId)
    if (!number?.replacedPhone || !number.confirmedAt || number.alertSmsId) return 'nothing'
    const organisation = await Organisation.findOrFail(number.organisationId)
    const owner = organisation.ownerId ? await User.find(organisation.ownerId) : null
    const locale = owner?.locale ?? 'en'
    const until = number.confirmedAt
      .plus({ hours: moneyConfig.payouts.numberCoolingHours })
      .setZone(timeZoneOfPhone(number.replacedPhone))
      .setLocale(locale)
      .toLocaleString(DateTime.DATETIME_MED)
    const text = payoutNumberReplacedSms(locale, {
      carrier: organisation.name,
      number: maskedPhone(number.phone)!,
      until,
    })
    const message = await this.sms.send(number.replacedPhone, text, { fit: true })
    if (message.status === 'failed') throw new Error(`payout number ${number.id}: alert not sent`)
    await PayoutNumber.query()
      .where('id', number.id)
      .whereNull('alert_sms_id')
      .update({ alert_sms_id: message.id })
    return 'sent'
  }
}
