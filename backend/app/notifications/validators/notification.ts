import vine from '@vinejs/vine'
import { CHANNELS, KINDS } from '#notifications/notification_kinds'

export const listNotificationsValidator = vine.create({
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
  unread: vine.boolean().optional(),
})

/** Either some ids or `all: true`. */
export const markReadValidator = vine.create({
  ids: vine
    .array(vine.number().positive().withoutDecimals())
    .minLength(1)
    .maxLength(200)
    .optional()
    .requiredIfMissing('all'),
  all: vine.accepted().optional(),
})

const clock = () => vine.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

const channelSwitches = vine.object(
  Object.fromEntries(CHANNELS.map((channel) => [channel, vine.boolean().optional()]))
)

export const updatePreferencesValidator = vine.create({
  kinds: vine
    .object(Object.fromEntries(KINDS.map((kind) => [kind, channelSwitches.clone().optional()])))
    .optional(),
  quietHours: vine.object({ from: clock(), to: clock() }).nullable().optional(),
})

export const registerDeviceValidator = vine.create({
  token: vine.string().trim().minLength(20).maxLength(4096),
  platform: vine.enum(['web', 'android', 'ios'] as const).optional(),
})

export const forgetDeviceValidator = vine.create({
  token: vine.string().trim().minLength(1).maxLength(4096),
})
