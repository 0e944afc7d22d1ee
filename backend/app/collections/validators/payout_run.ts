import vine from '@vinejs/vine'
import { textId } from '#core/validators/rules/number'
import { month as period } from '#core/validators/rules/date'

export const prepareRunValidator = vine.create({
  params: vine.object({ id: textId() }),
  /** The month to pay (`YYYY-MM`), once it is over. */
  period: period(),
})

export const runIdValidator = vine.create({ params: vine.object({ id: textId() }) })

export const retryRunLineValidator = vine.create({
  params: vine.object({ id: textId(), lineId: textId() }),
})
