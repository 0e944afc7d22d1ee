import vine from '@vinejs/vine'
import { CHANNELS, KINDS } from '#notifications/notification_kinds'
import { PUSH_PLATFORMS } from '#notifications/models/push_device'
import { id, page, perPage } from '#core/validators/rules/number'
import { text, token } from '#core/validators/rules/text'
import { boolean, textBoolean } from '#core/validators/rules/boolean'

export const listNotificationsValidator = vine.create({
  page: page().optional(),
  perPage: perPage(100).optional(),
  unread: textBoolean().optional(),
})

/** Either some ids or `all: true`. */
export const markReadValidator = vine.create({
  ids: vine.array(id('bigint')).minLength(1).maxLength(200).optional().requiredIfMissing('all'),
  all: vine.accepted().optional(),
})

const clock = () => token({ max: 5 }).regex(/^([01]\d|2[0-3]):[0-5]\d$/)

const channelSwitches = vine.object(
  Object.fromEntries(CHANNELS.map((channel) => [channel, boolean().optional()]))
)

export const updatePreferencesValidator = vine.create({
  kinds: vine
    .object(Object.fromEntries(KINDS.map((kind) => [kind, channelSwitches.clone().optional()])))
    .optional(),
  quietHours: vine.object({ from: clock(), to: clock() }).nullable().optional(),
})

export const registerDeviceValidator = vine.create({
  token: text({ min: 20, max: 4096 }),
  platform: vine.enum(PUSH_PLATFORMS).optional(),
})

export const forgetDeviceValidator = vine.create({
  token: text({ min: 1, max: 4096 }),
})
