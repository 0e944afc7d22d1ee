import emitter from '@adonisjs/core/services/emitter'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { MoneyEvents } from '#money/money_events'

/**
 * The one place money's application events leave from (money_events.ts).
 * Inside a transaction the event waits for the commit: nobody hears of a
 * payment that was rolled back.
 */
export default class MoneyEventService {
  emit<Name extends keyof MoneyEvents>(
    name: Name,
    payload: MoneyEvents[Name],
    trx?: TransactionClientContract
  ) {
    const announce = () => void emitter.emit(name, payload as never)
    if (trx && !trx.isCompleted) trx.after('commit', announce)
    else announce()
  }
}
