import vine from '@vinejs/vine'
import { textId } from '#core/validators/rules/number'

export const orderLedgerValidator = vine.create({
  params: vine.object({ id: textId() }),
})
