import { Counter } from 'prom-client'
import { metricsRegistry } from '#core/metrics'

/** Pay-in outcomes per provider (success rate = received / all). */
export const paymentsTotal = new Counter({
  name: 'money_payments_total',
  help: 'Pay-ins that reached a final state, by provider and outcome',
  labelNames: ['provider', 'outcome'] as const,
  registers: [metricsRegistry],
})

/** Callbacks refused: unknown token, unreadable, or not matching what we asked. */
export const callbacksRefusedTotal = new Counter({
  name: 'money_callbacks_refused_total',
  help: 'Provider callbacks that changed nothing, by provider and reason',
  labelNames: ['provider', 'reason'] as const,
  registers: [metricsRegistry],
})

/** Payout and refund outcomes per provider (success rate = sent / all). */
export const payoutsTotal = new Counter({
  name: 'money_payouts_total',
  help: 'Payouts and refunds that reached a result, by provider and outcome',
  labelNames: ['provider', 'outcome'] as const,
  registers: [metricsRegistry],
})
