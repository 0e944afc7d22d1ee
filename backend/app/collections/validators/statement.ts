import vine from '@vinejs/vine'
import { GRADES } from '#collections/quality_rules'
import { MANUAL_ADJUSTMENT_KINDS } from '#collections/models/farmer_adjustment'
import { SHIFTS } from '#collections/models/collection_route'
import { number, textId } from '#core/validators/rules/number'
import { day, month as period } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'

/** An amount in the currency's minor unit. */
const minor = () => number().withoutDecimals().min(0).max(100_000_000)

export const pricesQueryValidator = vine.create({
  params: vine.object({ id: textId() }),
  period: period(),
})

export const setPricesValidator = vine.create({
  params: vine.object({ id: textId() }),
  period: period(),
  /** Price of a litre per grade, in the minor unit (KES 52.00 is 5200). */
  prices: vine.object(
    Object.fromEntries(GRADES.map((grade) => [grade, minor().min(1).optional()]))
  ),
})

export const addAdjustmentValidator = vine.create({
  params: vine.object({ id: textId() }),
  period: period(),
  kind: vine.enum(MANUAL_ADJUSTMENT_KINDS),
  amount: minor().min(1),
  note: text({ max: 120 }).nullable().optional(),
})

export const statementValidator = vine.create({
  params: vine.object({ id: textId() }),
  period: period(),
  format: vine.enum(['json', 'csv'] as const).optional(),
})

export const statementSmsValidator = vine.create({
  params: vine.object({ id: textId() }),
  period: period(),
})

export const recordIntakeValidator = vine.create({
  params: vine.object({ id: textId() }),
  date: day(),
  shift: vine.enum(SHIFTS),
  quantityLitres: number().min(1).max(50_000),
})

export const varianceValidator = vine.create({
  params: vine.object({ id: textId() }),
  from: day(),
  to: day().afterOrSameAs('from'),
})

export const dashboardValidator = vine.create({
  params: vine.object({ id: textId() }),
  from: day(),
  to: day().afterOrSameAs('from'),
  format: vine.enum(['json', 'csv'] as const).optional(),
})
