import { inject } from '@adonisjs/core'
import ReceiptService from '#collections/services/receipt_service'
import FarmerSmsJob from '#collections/jobs/farmer_sms_job'

export interface CollectionReceiptData {
  collectionId: string
}

/**
 * The receipt SMS of one collection. Queued with the collection's id as the
 * job's id (one job per collection); ReceiptService sends it at most once.
 */
@inject()
export default class CollectionReceiptJob extends FarmerSmsJob<CollectionReceiptData> {
  static queue = 'collections.receipt'

  constructor(private receipts: ReceiptService) {
    super()
  }

  protected send(data: CollectionReceiptData) {
    return this.receipts.send(data.collectionId)
  }
}
