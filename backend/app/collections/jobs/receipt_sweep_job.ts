import { inject } from '@adonisjs/core'
import ReceiptService from '#collections/services/receipt_service'
import CollectionService from '#collections/services/collection_service'
import PayoutRunService from '#collections/services/payout_run_service'
import collectionsConfig from '#config/collections'

/**
 * Every minute: queues the receipt of any collection stored but never
 * queued (the process died between the commit and the queue). The job id is
 * the collection's, so a receipt already queued is not queued again. Payout
 * statements whose payout went through without one are queued again too.
 */
@inject()
export default class ReceiptSweepJob {
  static queue = 'collections.receipt-sweep'
  static schedule =
    collectionsConfig.receiptSweepCron === 'off' ? null : collectionsConfig.receiptSweepCron
  static options = { policy: 'singleton' }

  constructor(
    private receipts: ReceiptService,
    private collections: CollectionService,
    private runs: PayoutRunService
  ) {}

  async handle() {
    const unsent = await this.receipts.unsent()
    await this.collections.queueReceipts(unsent)
    const statements = await this.runs.unsentStatements()
    await this.runs.queueStatements(statements)
    return { queued: unsent.length, statements: statements.length }
  }
}
