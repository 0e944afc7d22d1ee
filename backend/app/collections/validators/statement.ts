import vine from '@vinejs/vine'
import { GRADES } from '#collections/quality_rules'
import { ADJUSTMENT_KINDS } from '#collections/models/farmer_adjustment'
import { SHIFTS } from '#collections/models/collection_route'

const id = () => vine.number().positive().withoutDecimals()
const period = () => vine.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)
/** An amount in the currency's minor unit. */
const minor = () => vine.number({ strict: true }).withoutDecimals().min(0).max(100_000_000)

export const pricesQueryValidator = vine.create({
  params: vine.object({ id: id() }),
  period: period(),
})

export const setPricesValidator = vine.create({
  params: vine.object({ id: id() }),
  period: period(),
  /** Price of a litre per grade, in the minor unit (KES 52.00 is 5200). */
  prices: vine.object(
    Object.fromEntries(GRADES.map((grade) => [grade, minor().min(1).optional()]))
  ),
})

export const addAdjustmentValidator = vine.create({
  params: vine.object({ id: id() }),
  period: period(),
  kind: vine.enum(ADJUSTMENT_KINDS),
  amount: minor().min(1),
  note: vine.string().trim().maxLength(120).nullable().optional(),
})

export const statementValidator = vine.create({
  params: vine.object({ id: id() }),
  period: period(),
  format: vine.enum(['json', 'csv'] as const).optional(),
})

export const statementSmsValidator = vine.create({
  params: vine.object({ id: id() }),
  period: period(),
})

export const recordIntakeValidator = vine.create({
  params: vine.object({ id: id() }),
  date: vine.date({ formats: ['YYYY-MM-DD'] }),
  shift: vine.enum(SHIFTS),
  quantityLitres: vine.number({ strict: true }).min(1).max(50_000),
})

export const varianceValidator = vine.create({
  params: vine.object({ id: id() }),
  from: vine.date({ formats: ['YYYY-MM-DD'] }),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).afterOrSameAs('from'),
})

export const dashboardValidator = vine.create({
  params: vine.object({ id: id() }),
  from: vine.date({ formats: ['YYYY-MM-DD'] }),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).afterOrSameAs('from'),
  format: vine.enum(['json', 'csv'] as const).optional(),
})
