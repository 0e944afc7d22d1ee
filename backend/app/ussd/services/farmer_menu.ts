import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { LOCALES, type Locale } from '#core/locales'
import Organisation from '#accounts/models/organisation'
import Cooperative from '#collections/models/cooperative'
import type Farmer from '#collections/models/farmer'
import MilkCollection from '#collections/models/milk_collection'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import MilkPriceService from '#collections/services/milk_price_service'
import ReceiptService from '#collections/services/receipt_service'
import PayoutRunService from '#collections/services/payout_run_service'
import { formatMoney } from '#core/money_format'
import { litres, monthName, SHIFT_NAMES, shortDate } from '#collections/texts'
import PinGuard from '#ussd/services/pin_guard'
import { USSD_TEXTS, clip } from '#ussd/texts'
import { end, isScreen, type Screen, type Walk } from '#ussd/menu_walk'

/**
 * A farmer's menu: today's and this month's milk, expected pay and payouts
 * (behind the PIN), a receipt sent again, the language of every text.
 */
@inject()
export default class FarmerMenu {
  constructor(
    private totals: CollectionTotalsService,
    private prices: MilkPriceService,
    private receipts: ReceiptService,
    private runs: PayoutRunService,
    private guard: PinGuard
  ) {}

  async render(walk: Walk, farmer: Farmer): Promise<Screen> {
    const organisation = await Organisation.findOrFail(farmer.cooperativeId)
    const t = walk.t
    if (farmer.status === 'pending') return end(t.pendingApproval(clip(organisation.name, 40)))
    if (farmer.status === 'suspended') return end(t.suspended)

    const main = walk.choose(t.farmerMenu(clip(organisation.name, 28), clip(farmer.name, 28)), 6)
    if (isScreen(main)) return main
    const locale = farmer.locale
    const { day, period } = this.totals.today()
    switch (main.choice) {
      case 1: {
        const counts = await this.#counts(farmer, { collected_on: day })
        const total = await this.totals.dayTotal(farmer.id, day)
        return end(
          t.today(shortDate(locale, day), litres(locale, total), counts.accepted, counts.rejected)
        )
      }
      case 2: {
        const counts = await this.#counts(farmer, { period })
        const total = await this.totals.periodTotal(farmer.id, period)
        return end(
          t.month(
            monthName(locale, period),
            litres(locale, total),
            counts.accepted,
            counts.rejected
          )
        )
      }
      case 3: {
        const denied = await this.guard.check(walk, farmer.phone)
        if (denied) return denied
        const cooperative = await Cooperative.findOrFail(farmer.cooperativeId)
        const pay = await this.prices.expectedPay(cooperative, farmer, period)
        if (!pay) return end(t.noPrice(monthName(locale, period)))
        return end(
          t.expectedPay(
            monthName(locale, period),
            litres(locale, pay.totalLitres),
            formatMoney(pay.amount, pay.currency, locale)
          )
        )
      }
      case 4: {
        const denied = await this.guard.check(walk, farmer.phone)
        if (denied) return denied
        const paid = await this.runs.lastPayouts(farmer)
        if (paid.length === 0) return end(t.noPayouts)
        return end(
          t.payouts(
            paid.map((line) =>
              t.payoutLine(
                monthName(locale, line.$extras.run_period),
                formatMoney(line.payout.amount, line.payout.currency, locale),
                line.payout.status === 'sent'
                  ? 'sent'
                  : line.payout.status === 'failed' || line.payout.status === 'cancelled'
                    ? 'failed'
                    : 'waiting',
                line.payout.providerReceipt
              )
            )
          )
        )
      }
      case 5:
        return this.#resend(walk, farmer)
      default:
        return this.#language(walk, farmer)
    }
  }

  async #resend(walk: Walk, farmer: Farmer): Promise<Screen> {
    const t = walk.t
    const recent = await MilkCollection.query()
      .where({ farmer_id: farmer.id, kind: 'collection' })
      .where('collected_at', '>', DateTime.now().minus({ days: 7 }).toJSDate())
      .orderBy('collected_at', 'desc')
      .limit(4)
    if (recent.length === 0) return end(t.noCollections)
    const lines = recent.map(
      (c, index) =>
        `${index + 1}. ${shortDate(farmer.locale, c.collectedOn.toISODate()!)} ${SHIFT_NAMES[farmer.locale][c.shift]} ${litres(farmer.locale, c.quantityLitres)} L`
    )
    const picked = walk.choose(t.pickReceipt(lines), recent.length)
    if (isScreen(picked)) return picked
    const collection = recent[picked.choice - 1]
    return walk.once(picked.input, async () => {
      await this.receipts.send(collection.id, { resend: true })
      return t.receiptResent(collection.reference)
    })
  }

  async #language(walk: Walk, farmer: Farmer): Promise<Screen> {
    const denied = await this.guard.check(walk, farmer.phone)
    if (denied) return denied
    const picked = walk.choose(walk.t.pickLanguage, 3)
    if (isScreen(picked)) return picked
    const locale: Locale = (['en', 'sw', 'fr'] as const)[picked.choice - 1]
    return walk.once(picked.input, async () => {
      farmer.locale = LOCALES.includes(locale) ? locale : farmer.locale
      await farmer.save()
      return USSD_TEXTS[farmer.locale].languageSet
    })
  }

  /** Collections not reversed (a correction's new record counts, the one it replaced not). */
  async #counts(farmer: Farmer, where: Record<string, string>) {
    const rows = await MilkCollection.query()
      .where({ farmer_id: farmer.id, kind: 'collection', ...where })
      .whereNotExists((reversal) =>
        reversal
          .from('milk_collections as reversal')
          .whereColumn('reversal.reverses_id', 'milk_collections.id')
      )
      .select('outcome')
    return {
      accepted: rows.filter((row) => row.outcome === 'accepted').length,
      rejected: rows.filter((row) => row.outcome === 'rejected').length,
    }
  }
}
