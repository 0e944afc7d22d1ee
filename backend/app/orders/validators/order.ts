import vine from '@vinejs/vine'
import { CURRENCIES, ORDER_STATUSES, PAYMENT_METHODS } from '#orders/models/order'
import { DRIVER_STATUS_MOVES } from '#orders/order_state_machine'
import { phone } from '#core/validators/rules/phone'
import ordersConfig from '#config/orders'
import { fileSchema, isoDateTime, jsonSchema } from '#core/contract/json_schema'

const id = () => vine.number().positive().withoutDecimals()
const isoDate = () => vine.date({ formats: ['iso8601'] }).use(isoDateTime())
export const latitude = () => vine.number().min(-90).max(90)
export const longitude = () => vine.number().min(-180).max(180)

/** `{ lat, lng }` in WGS 84 degrees. */
export const point = () => vine.object({ lat: latitude(), lng: longitude() })

const place = () =>
  vine.object({
    lat: latitude(),
    lng: longitude(),
    address: vine.string().trim().minLength(3).maxLength(300),
    contactName: vine.string().trim().minLength(1).maxLength(120).optional(),
    contactPhone: phone().optional(),
    windowStart: isoDate().optional(),
    windowEnd: isoDate().afterField('windowStart').optional(),
  })

const cargo = () =>
  vine.object({
    kind: vine.string().trim().minLength(2).maxLength(80),
    weightKg: vine.number().withoutDecimals().min(0).max(100_000),
    volumeM3: vine.number().min(0).max(500).decimal([0, 2]).optional(),
    count: vine.number().withoutDecimals().min(1).max(1_000_000).optional(),
    fragile: vine.boolean().optional(),
    refrigerated: vine.boolean().optional(),
  })

export const orderIdValidator = vine.create({ params: vine.object({ id: id() }) })

/**
 * A draft. `priceAmount` is in the currency's minor unit; leave it out and
 * set `openToBids` to let carriers name the price.
 */
export const createOrderValidator = vine.create({
  pickup: place(),
  dropoff: place(),
  cargo: cargo(),
  requiredVehicleTypeId: id().optional(),
  priceAmount: vine.number().withoutDecimals().min(1).max(1e12).optional(),
  currency: vine.enum(CURRENCIES),
  openToBids: vine.boolean().optional(),
  paymentMethod: vine.enum(PAYMENT_METHODS),
  notes: vine.string().trim().maxLength(2000).optional(),
})

/** Any subset of the draft; a place or cargo given is replaced as a whole. */
export const updateOrderValidator = vine.create({
  params: vine.object({ id: id() }),
  pickup: place().optional(),
  dropoff: place().optional(),
  cargo: cargo().optional(),
  requiredVehicleTypeId: id().nullable().optional(),
  priceAmount: vine.number().withoutDecimals().min(1).max(1e12).nullable().optional(),
  currency: vine.enum(CURRENCIES).optional(),
  openToBids: vine.boolean().optional(),
  paymentMethod: vine.enum(PAYMENT_METHODS).optional(),
  notes: vine.string().trim().maxLength(2000).nullable().optional(),
})

/**
 * "lat,lng" as one query parameter, e.g. `near=14.6928,-17.4467`. The query
 * string parser splits on commas, so a two-item list is accepted too.
 */
const nearRule = vine.createRule((value, _options, field) => {
  const text = Array.isArray(value) ? value.join(',') : value
  const parts = typeof text === 'string' ? text.split(',').map((part) => part.trim()) : []
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
    .optional() as unknown as ReturnType<ReturnType<typeof point>['optional']>,
  radiusKm: vine.number().min(0.1).max(2000).optional(),
  vehicleType: vine.string().trim().maxLength(40).optional(),
  minCapacityKg: vine.number().withoutDecimals().min(0).optional(),
  status: vine.enum(ORDER_STATUSES).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

const driverStatuses = Object.keys(DRIVER_STATUS_MOVES) as (keyof typeof DRIVER_STATUS_MOVES)[]

/** Multipart when a cargo photo is attached at pickup, JSON otherwise. */
export const statusValidator = vine.create({
  params: vine.object({ id: id() }),
  status: vine.enum(driverStatuses),
  position: point().optional(),
  /** Only with picked_up. */
  photo: vine
    .file({ size: ordersConfig.uploads.maxSize, extnames: ordersConfig.uploads.imageExtnames })
    .use(fileSchema())
    .optional(),
})

/** Multipart `photo`: a picture of the cargo, added by the shipper before assignment. */
export const cargoPhotoValidator = vine.create({
  params: vine.object({ id: id() }),
  photo: vine
    .file({ size: ordersConfig.uploads.maxSize, extnames: ordersConfig.uploads.imageExtnames })
    .use(fileSchema()),
})

export const cargoPhotoFileValidator = vine.create({
  params: vine.object({ id: id(), index: vine.number().withoutDecimals().min(0) }),
})

export const reasonValidator = vine.create({
  params: vine.object({ id: id() }),
  reason: vine.string().trim().minLength(3).maxLength(500),
})
