import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#money/money_events'
import PayoutRunService from '#collections/services/payout_run_service'

/**
 * A farmer whose pay of a payout run left gets their statement by SMS, and
 * one whose pay could not be sent, or was taken back by the provider, is
 * told so (once per failed try, once per reversal):
 * money announces it after the commit, and this queues the job (the sweep
 * queues any the process missed). Subscribed once, at start; the service is
 * made at each event, so it is the container's binding of that moment.
 */
export default class FarmerPayoutListener {
  listen() {
    emitter.on('money:farmer_payout_sent', async ({ payoutId }) => {
      const runs = await app.container.make(PayoutRunService)
      await runs.queueStatements([payoutId])
    })
    emitter.on('money:farmer_payout_failed', async ({ payoutId, attempt }) => {
      const runs = await app.container.make(PayoutRunService)
      await runs.queueFailureNotice(payoutId, attempt)
    })
    emitter.on('money:farmer_payout_reversed', async ({ payoutId }) => {
      const runs = await app.container.make(PayoutRunService)
      await runs.queueFailureNotice(payoutId, null)
    })
  }
}
