import vine from '@vinejs/vine'
import { CURRENCIES } from '#orders/models/order'
import { textAmount } from '#orders/validators/bid'

/** A price being typed (a bid, an order's price), in minor units of `currency`, from the query. */
export const priceSplitValidator = vine.create({
  amount: textAmount(),
  currency: vine.enum(CURRENCIES),
})
