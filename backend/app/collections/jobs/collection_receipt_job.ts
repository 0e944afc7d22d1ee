import { inject } from '@adonisjs/core'
import ReceiptService from '#collections/services/receipt_service'

export interface CollectionReceiptData {
  collectionId: string
}

/**
 * The receipt SMS of one collection. Queued with the collection's id as the
 * job's id (one job per collection); retried with backoff while the SMS
 * provider refuses; ReceiptService sends it at most once.
 */
@inject()
export default class CollectionReceiptJob {
  static queue = 'collections.receipt'
  static options = { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 30 * 60 }

  constructor(private receipts: ReceiptService) {}

  async handle(data: CollectionReceiptData) {
    return { outcome: await this.receipts.send(data.collectionId) }
  }
}
