import vine from '@vinejs/vine'

export const orderLedgerValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
})
