import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace ledger:verify`: recomputes every account's balance from its
 * entries and checks the ledger's invariants (each journal balanced per
 * currency, guarded accounts not negative, the trial balance zero). Exits 1
 * on any problem.
 */
export default class LedgerVerify extends BaseCommand {
  static commandName = 'ledger:verify'
  static description = 'Recompute every ledger balance from the entries and check every invariant'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: LedgerVerifier } = await import('#money/services/ledger_verifier')
    const verifier = await this.app.container.make(LedgerVerifier)
    const problems = await verifier.verify()
    if (problems.length === 0) {
      this.logger.success(
        'The ledger is sound: every balance matches its entries and every journal balances'
      )
      return
    }
    for (const problem of problems) this.logger.error(`${problem.check}: ${problem.detail}`)
    this.exitCode = 1
  }
}
