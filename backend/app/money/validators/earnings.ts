import vine from '@vinejs/vine'
import { month } from '#core/validators/rules/date'

export const earningsValidator = vine.create({
  period: month().optional(),
  format: vine.enum(['json', 'csv'] as const).optional(),
})
