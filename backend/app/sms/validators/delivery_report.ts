import vine from '@vinejs/vine'
import { textNumber } from '#core/validators/rules/number'
import { text, token } from '#core/validators/rules/text'

/** Africa's Talking's statuses, the last three final. */
export const AT_DELIVERY_STATUSES = [
  'Sent',
  'Submitted',
  'Buffered',
  'Rejected',
  'Success',
  'Failed',
] as const

/** An Africa's Talking delivery report (form fields; `id` is the send call's messageId). */
export const deliveryReportValidator = vine.create({
  id: text({ min: 1, max: 200 }),
  status: vine.enum(AT_DELIVERY_STATUSES),
  phoneNumber: text({ max: 20 }).optional(),
  networkCode: text({ max: 10 }).optional(),
  failureReason: text({ max: 60 }).optional(),
  retryCount: textNumber().withoutDecimals().min(0).max(1000).optional(),
})

export const deliveryReportQueryValidator = vine.create({
  token: token({ max: 200 }).optional(),
})
