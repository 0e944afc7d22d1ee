import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PayoutPolicy from '#money/policies/payout_policy'
import LedgerReportService from '#money/services/ledger_report_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import LedgerReportTransformer from '#money/transformers/ledger_report_transformer'
import { orderLedgerValidator } from '#money/validators/ledger_report'

/** The console's read of the ledger (admins): totals per currency, an order's journals, its verification. */
@inject()
export default class AdminLedgerController {
  constructor(
    private reports: LedgerReportService,
    private verifier: LedgerVerifier
  ) {}

  /** GET /api/v1/admin/ledger/totals */
  async totals({ bouncer }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const totals = await this.reports.totals()
    return { data: totals.map((total) => LedgerReportTransformer.total(total)) }
  }

  /** GET /api/v1/admin/orders/:id/ledger */
  async order({ bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params } = await request.validateUsing(orderLedgerValidator)
    const journals = await this.reports.ofOrder(params.id)
    return { data: journals.map((journal) => LedgerReportTransformer.journal(journal)) }
  }

  /** GET /api/v1/admin/ledger/verification: recomputes every balance and checks every invariant now. */
  async verification({ bouncer }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const checkedAt = new Date().toISOString()
    return LedgerReportTransformer.verification(checkedAt, await this.verifier.verify())
  }
}
