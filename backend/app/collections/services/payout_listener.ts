import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#money/money_events'

/**
 * A farmer whose pay of a payout run left gets their statement by SMS:
 * money announces it after the commit, and this queues the job (the sweep
 * queues any the process missed). Subscribed once, at start.
 */
export function followFarmerPayouts() {
  emitter.on('money:farmer_payout_sent', async ({ payoutId }) => {
    const { default: PayoutRunService } = await import('#collections/services/payout_run_service')
    const runs = await app.container.make(PayoutRunService)
    await runs.queueStatements([payoutId])
  })
}
