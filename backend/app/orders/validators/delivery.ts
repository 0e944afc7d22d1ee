import vine from '@vinejs/vine'
import ordersConfig from '#config/orders'
import { DISPUTE_REASONS } from '#orders/models/dispute'
import { phone } from '#core/validators/rules/phone'
import { latitude, longitude } from '#orders/validators/order'
import { fileSchema, isoDateTime } from '#core/contract/json_schema'

const id = () => vine.number().positive().withoutDecimals()
const image = () =>
  vine
    .file({ size: ordersConfig.uploads.maxSize, extnames: ordersConfig.uploads.imageExtnames })
    .use(fileSchema())

/**
 * Multipart: `photo` and `signature` images, the receiver, where (`lat`,
 * `lng`) and when (`deliveredAt`, default now) the goods changed hands.
 */
export const proofOfDeliveryValidator = vine.create({
  params: vine.object({ id: id() }),
  photo: image(),
  signature: image(),
  receiverName: vine.string().trim().minLength(2).maxLength(120),
  receiverPhone: phone(),
  lat: latitude().optional().requiredIfExists('lng'),
  lng: longitude().optional().requiredIfExists('lat'),
  deliveredAt: vine
    .date({ formats: ['iso8601'] })
    .use(isoDateTime())
    .optional(),
})

export const proofFileValidator = vine.create({
  params: vine.object({ id: id(), file: vine.enum(['photo', 'signature'] as const) }),
})

export const evidenceFileValidator = vine.create({
  params: vine.object({
    id: id(),
    index: vine
      .number()
      .withoutDecimals()
      .min(0)
      .max(ordersConfig.uploads.maxEvidenceFiles - 1),
  }),
})

/** Multipart (one or more `evidence` files) or JSON; the controller passes `evidence` as a list. */
export const disputeValidator = vine.create({
  params: vine.object({ id: id() }),
  reason: vine.enum(DISPUTE_REASONS),
  description: vine.string().trim().minLength(10).maxLength(4000),
  evidence: vine
    .array(
      vine
        .file({
          size: ordersConfig.uploads.maxSize,
          extnames: ordersConfig.uploads.evidenceExtnames,
        })
        .use(fileSchema())
    )
    .maxLength(ordersConfig.uploads.maxEvidenceFiles)
    .optional(),
})

export const rateValidator = vine.create({
  params: vine.object({ id: id() }),
  score: vine.number().withoutDecimals().min(1).max(5),
  comment: vine.string().trim().maxLength(1000).optional(),
})

export const ratingProfileValidator = vine.create({ params: vine.object({ id: id() }) })
