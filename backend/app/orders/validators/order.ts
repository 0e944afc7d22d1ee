import vine from '@vinejs/vine'
import { CURRENCIES, ORDER_STATUSES, PAYMENT_METHODS } from '#orders/models/order'
import { DRIVER_STATUS_MOVES } from '#orders/order_state_machine'
import { phone } from '#core/validators/rules/phone'
import { id, number, page, perPage, textId, textNumber } from '#core/validators/rules/number'
import { latitude, longitude, textPoint } from '#core/validators/rules/position'
import { dateTime } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'
import ordersConfig from '#config/orders'
import { fileSchema, jsonSchema } from '#core/contract/json_schema'
import { boolean } from '#core/validators/rules/boolean'

const place = () =>
  vine.object({
    lat: latitude(),
    lng: longitude(),
    address: text({ min: 3, max: 300 }),
    contactName: text({ min: 1, max: 120 }).optional(),
    contactPhone: phone().optional(),
    windowStart: dateTime().optional(),
    windowEnd: dateTime().afterField('windowStart').optional(),
  })

const cargo = () =>
  vine.object({
    kind: text({ min: 2, max: 80 }),
    weightKg: number().withoutDecimals().min(0).max(100_000),
    volumeM3: number().min(0).max(500).decimal([0, 2]).optional(),
    count: number().withoutDecimals().min(1).max(1_000_000).optional(),
    fragile: boolean().optional(),
    refrigerated: boolean().optional(),
  })

export const orderIdValidator = vine.create({ params: vine.object({ id: textId() }) })

/**
 * A draft. `priceAmount` is in the currency's minor unit; leave it out and
 * set `openToBids` to let carriers name the price.
 */
export const createOrderValidator = vine.create({
  pickup: place(),
  dropoff: place(),
  cargo: cargo(),
  requiredVehicleTypeId: id().optional(),
  priceAmount: number().withoutDecimals().min(1).max(1e12).optional(),
  currency: vine.enum(CURRENCIES),
  openToBids: boolean().optional(),
  paymentMethod: vine.enum(PAYMENT_METHODS),
  notes: text({ max: 2000 }).optional(),
})

/** Any subset of the draft; a place or cargo given is replaced as a whole. */
export const updateOrderValidator = vine.create({
  params: vine.object({ id: textId() }),
  pickup: place().optional(),
  dropoff: place().optional(),
  cargo: cargo().optional(),
  requiredVehicleTypeId: id().nullable().optional(),
  priceAmount: number().withoutDecimals().min(1).max(1e12).nullable().optional(),
  currency: vine.enum(CURRENCIES).optional(),
  openToBids: boolean().optional(),
  paymentMethod: vine.enum(PAYMENT_METHODS).optional(),
  notes: text({ max: 2000 }).nullable().optional(),
})

/**
 * "lat,lng" as one query parameter, e.g. `near=14.6928,-17.4467`. The query
 * string parser splits on commas, so a two-item list is accepted too.
 */
const nearRule = vine.createRule((value, _options, field) => {
  const written = Array.isArray(value) ? value.join(',') : value
  const parts = typeof written === 'string' ? written.split(',').map((part) => part.trim()) : []
  const [lat, lng] = parts.map(Number)
  if (
    parts.length !== 2 ||
    parts.some((part) => part === '') ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lng) ||
    Math.abs(lat) > 90 ||
    Math.abs(lng) > 180
  ) {
    field.report(
      'The {{ field }} field must be "lat,lng" with -90 ≤ lat ≤ 90 and -180 ≤ lng ≤ 180',
      'near',
      field
    )
    return
  }
  field.mutate({ lat, lng }, field)
})

export const listOrdersValidator = vine.create({
  near: vine
    .any()
    .use(nearRule())
    .use(
      jsonSchema({
        type: 'string',
        examples: ['14.6928,-17.4467'],
        description: '"lat,lng": switches to the load board',
      })
    )
    .optional() as unknown as ReturnType<ReturnType<typeof textPoint>['optional']>,
  radiusKm: textNumber().min(0.1).max(2000).optional(),
  vehicleType: text({ max: 40 }).optional(),
  minCapacityKg: textNumber().withoutDecimals().min(0).max(1_000_000).optional(),
  status: vine.enum(ORDER_STATUSES).optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

const driverStatuses = Object.keys(DRIVER_STATUS_MOVES) as (keyof typeof DRIVER_STATUS_MOVES)[]

/** Multipart when a cargo photo is attached at pickup, JSON otherwise. */
export const statusValidator = vine.create({
  params: vine.object({ id: textId() }),
  status: vine.enum(driverStatuses),
  /** Text when the move is multipart (with a photo). */
  position: textPoint().optional(),
  /** Only with picked_up. */
  photo: vine
    .file({ size: ordersConfig.uploads.maxSize, extnames: ordersConfig.uploads.imageExtnames })
    .use(fileSchema())
    .optional(),
})

/** Multipart `photo`: a picture of the cargo, added by the shipper before assignment. */
export const cargoPhotoValidator = vine.create({
  params: vine.object({ id: textId() }),
  photo: vine
    .file({ size: ordersConfig.uploads.maxSize, extnames: ordersConfig.uploads.imageExtnames })
    .use(fileSchema()),
})

export const cargoPhotoFileValidator = vine.create({
  params: vine.object({ id: textId(), index: textNumber().withoutDecimals().min(0).max(100) }),
})

export const reasonValidator = vine.create({
  params: vine.object({ id: textId() }),
  reason: text({ min: 3, max: 500 }),
})
