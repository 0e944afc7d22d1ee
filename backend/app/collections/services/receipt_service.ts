import { inject } from '@adonisjs/core'
import SmsService from '#sms/services/sms_service'
import Organisation from '#accounts/models/organisation'
import Farmer from '#collections/models/farmer'
import MilkCollection from '#collections/models/milk_collection'
import RouteStop from '#collections/models/route_stop'
import CollectionCentre from '#collections/models/collection_centre'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import type { RejectionReason } from '#collections/quality_rules'
import { receiptText } from '#collections/texts'
import collectionsConfig from '#config/collections'
import { SmsNotSentError } from '#sms/sms_not_sent_error'

export type ReceiptOutcome = 'sent' | 'already_sent' | 'not_a_collection'

/**
 * The receipt SMS of one collection, sent once. Only its job sends it (one
 * job per collection, its id the collection's: pg-boss runs it on one worker
 * at a time), and the message is noted on the collection, so a retry after
 * a sent receipt sends nothing. No transaction is held while the provider
 * answers (up to 15 s).
 */
@inject()
export default class ReceiptService {
  constructor(
    private sms: SmsService,
    private totals: CollectionTotalsService
  ) {}

  /** `resend`: the farmer asked for it again (USSD); the first receipt stays noted. */
  async send(collectionId: string, options: { resend?: boolean } = {}): Promise<ReceiptOutcome> {
    const collection = await MilkCollection.find(collectionId)
    if (!collection || collection.kind !== 'collection') return 'not_a_collection'
    if (collection.receiptSmsId && !options.resend) return 'already_sent'

    const text = await this.textOf(collection)
    const farmer = await Farmer.findOrFail(collection.farmerId)
    const message = await this.sms.send(farmer.phone, text)
    if (message.status === 'failed') {
      throw new SmsNotSentError(`receipt of ${collection.id} not sent: ${message.error}`)
    }
    if (!collection.receiptSmsId) {
      await MilkCollection.query()
        .where('id', collection.id)
        .whereNull('receipt_sms_id')
        .update({ receipt_sms_id: message.id })
    }
    return 'sent'
  }

  async textOf(collection: MilkCollection) {
    const farmer = await Farmer.findOrFail(collection.farmerId)
    const organisation = await Organisation.findOrFail(collection.cooperativeId)
    const stop = collection.stopId ? await RouteStop.find(collection.stopId) : null
    const centre = collection.centreId ? await CollectionCentre.find(collection.centreId) : null
    const replaced = collection.replacesId ? await MilkCollection.find(collection.replacesId) : null
    return receiptText(farmer.locale, {
      cooperative: organisation.name,
      litres: collection.quantityLitres,
      date: collection.collectedOn.toISODate()!,
      shift: collection.shift,
      place: centre?.name ?? stop?.name ?? organisation.name,
      grade: collection.outcome === 'accepted' ? collection.grade : null,
      rejectionReason: collection.rejectionReason as RejectionReason | null,
      periodTotal: await this.totals.periodTotal(
        farmer.id,
        collection.period,
        collection.collectedAt
      ),
      reference: collection.reference,
      corrects: replaced?.reference ?? null,
    })
  }

  /** Collections whose receipt nothing sent yet, a while after they were stored. */
  async unsent(limit = 500) {
    return MilkCollection.query()
      .where('kind', 'collection')
      .whereNull('receipt_sms_id')
      .where(
        'created_at',
        '<',
        new Date(Date.now() - collectionsConfig.receiptSweepAfterSeconds * 1000)
      )
      .where('created_at', '>', new Date(Date.now() - 2 * 86_400_000))
      .orderBy('created_at')
      .limit(limit)
  }
}
