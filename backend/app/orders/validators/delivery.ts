import vine from '@vinejs/vine'
import ordersConfig from '#config/orders'
import { DISPUTE_REASONS } from '#orders/models/dispute'
import { phone } from '#core/validators/rules/phone'
import { number, textId, textNumber } from '#core/validators/rules/number'
import { textLatitude, textLongitude } from '#core/validators/rules/position'
import { dateTime } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'
import { fileSchema } from '#core/contract/json_schema'
const image = () =>
  vine
    .file({ size: ordersConfig.uploads.maxSize, extnames: ordersConfig.uploads.imageExtnames })
    .use(fileSchema())

/**
 * Multipart: `photo` and `signature` images, the receiver, where (`lat`,
 * `lng`) and when (`deliveredAt`, default now) the goods changed hands.
 */
export const proofOfDeliveryValidator = vine.create({
  params: vine.object({ id: textId() }),
  photo: image(),
  signature: image(),
  receiverName: text({ min: 2, max: 120 }),
  receiverPhone: phone(),
  lat: textLatitude().optional().requiredIfExists('lng'),
  lng: textLongitude().optional().requiredIfExists('lat'),
  deliveredAt: dateTime().optional(),
})

export const proofFileValidator = vine.create({
  params: vine.object({ id: textId(), file: vine.enum(['photo', 'signature'] as const) }),
})

export const evidenceFileValidator = vine.create({
  params: vine.object({
    id: textId(),
    index: textNumber()
      .withoutDecimals()
      .min(0)
      .max(ordersConfig.uploads.maxEvidenceFiles - 1),
  }),
})

/** Multipart (one or more `evidence` files) or JSON; the controller passes `evidence` as a list. */
export const disputeValidator = vine.create({
  params: vine.object({ id: textId() }),
  reason: vine.enum(DISPUTE_REASONS),
  description: text({ min: 10, max: 4000 }),
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
  params: vine.object({ id: textId() }),
  score: number().withoutDecimals().min(1).max(5),
  comment: text({ max: 1000 }).optional(),
})

export const ratingProfileValidator = vine.create({ params: vine.object({ id: textId() }) })
