import vine from '@vinejs/vine'
import { phone } from '#core/validators/rules/phone'
import { LOCALES } from '#core/locales'
import { id, page, perPage, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'
import { FARMER_STATUSES } from '#collections/models/farmer'

const fields = {
  name: text({ min: 2, max: 120 }),
  memberNumber: text({ max: 20 }).regex(/^[A-Za-z0-9-]{1,20}$/),
  locale: vine.enum(LOCALES),
  /** Defaults to the farmer's phone. */
  payoutPhone: phone(),
  nationalId: text({ max: 20 })
    .regex(/^[A-Za-z0-9]{4,20}$/)
    .nullable(),
  stopId: id().nullable(),
}

/** A clerk registers a farmer: active at once. */
export const createFarmerValidator = vine.create({
  params: vine.object({ id: textId() }),
  phone: phone(),
  name: fields.name,
  memberNumber: fields.memberNumber,
  locale: fields.locale.optional(),
  payoutPhone: fields.payoutPhone.optional(),
  nationalId: fields.nationalId.optional(),
  stopId: fields.stopId.optional(),
})

export const updateFarmerValidator = vine.create({
  params: vine.object({ id: textId() }),
  name: fields.name.optional(),
  memberNumber: fields.memberNumber.optional(),
  locale: fields.locale.optional(),
  payoutPhone: fields.payoutPhone.optional(),
  nationalId: fields.nationalId.optional(),
  stopId: fields.stopId.optional(),
  status: vine.enum(FARMER_STATUSES).optional(),
})

export const listFarmersValidator = vine.create({
  params: vine.object({ id: textId() }),
  status: vine.enum(FARMER_STATUSES).optional(),
  q: text({ max: 60 }).optional(),
  page: page().optional(),
  perPage: perPage(500).optional(),
})

export const farmerIdValidator = vine.create({ params: vine.object({ id: textId() }) })
