import vine from '@vinejs/vine'
import { phone } from '#core/validators/rules/phone'
import { LOCALES } from '#core/locales'
import { FARMER_STATUSES } from '#collections/models/farmer'

const id = () => vine.number().positive().withoutDecimals()

const fields = {
  name: vine.string().trim().minLength(2).maxLength(120),
  memberNumber: vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/),
  locale: vine.enum(LOCALES),
  /** Defaults to the farmer's phone. */
  payoutPhone: phone(),
  nationalId: vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{4,20}$/)
    .nullable(),
  stopId: id().nullable(),
}

/** A clerk registers a farmer: active at once. */
export const createFarmerValidator = vine.create({
  params: vine.object({ id: id() }),
  phone: phone(),
  name: fields.name,
  memberNumber: fields.memberNumber,
  locale: fields.locale.optional(),
  payoutPhone: fields.payoutPhone.optional(),
  nationalId: fields.nationalId.optional(),
  stopId: fields.stopId.optional(),
})

export const updateFarmerValidator = vine.create({
  params: vine.object({ id: id() }),
  name: fields.name.optional(),
  memberNumber: fields.memberNumber.optional(),
  locale: fields.locale.optional(),
  payoutPhone: fields.payoutPhone.optional(),
  nationalId: fields.nationalId.optional(),
  stopId: fields.stopId.optional(),
  status: vine.enum(FARMER_STATUSES).optional(),
})

export const listFarmersValidator = vine.create({
  params: vine.object({ id: id() }),
  status: vine.enum(FARMER_STATUSES).optional(),
  q: vine.string().trim().maxLength(60).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(500).optional(),
})

export const farmerIdValidator = vine.create({ params: vine.object({ id: id() }) })
