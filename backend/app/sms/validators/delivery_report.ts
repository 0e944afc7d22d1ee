import vine from '@vinejs/vine'

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
  id: vine.string().trim().minLength(1).maxLength(200),
  status: vine.enum(AT_DELIVERY_STATUSES),
  phoneNumber: vine.string().trim().maxLength(20).optional(),
  networkCode: vine.string().trim().maxLength(10).optional(),
  failureReason: vine.string().trim().maxLength(60).optional(),
  retryCount: vine.number().optional(),
})

export const deliveryReportQueryValidator = vine.create({
  token: vine.string().maxLength(200).optional(),
})
