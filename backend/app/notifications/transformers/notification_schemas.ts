import { PUSH_PLATFORMS } from '#notifications/models/push_device'
import { CHANNELS, KINDS } from '#notifications/notification_kinds'
import {
  notificationKindSchema,
  notificationSchema,
} from '#notifications/transformers/notification_transformer'
import {
  id,
  isoDateTime,
  keyedObject,
  named,
  pageMetaSchema,
  z,
} from '#core/contract/response_schema'

/** The channels a notice may go by (the web lists the switchable ones from the generated enum). */
export const notificationChannelSchema = named('NotificationChannel', z.enum(CHANNELS))

/**
 * The shapes notifications' services and controllers answer directly
 * (preferences, counts, devices, the push outbox); the services take their
 * return types from here.
 */
const clock = () =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .meta({ examples: ['21:30'] })

export const quietHoursSchema = z.object({ from: clock(), to: clock() })

export const notificationPreferencesSchema = named(
  'NotificationPreferences',
  z.object({
    kinds: keyedObject(KINDS, keyedObject(CHANNELS, z.boolean())).meta({
      description: 'Every kind on every channel (the user’s choice, else the role’s default)',
    }),
    critical: z.array(notificationKindSchema).meta({
      description: 'Kinds that always arrive (by SMS when every other channel is off)',
    }),
    quietHours: quietHoursSchema.nullable(),
    timeZone: z.string().meta({ examples: ['Africa/Nairobi'] }),
  })
)
export type Preferences = z.infer<typeof notificationPreferencesSchema>

export const unreadCountSchema = z.object({ unread: z.number().int().min(0) })

export const notificationPageSchema = z.object({
  data: z.array(notificationSchema),
  meta: pageMetaSchema.extend({ unread: z.number().int().min(0) }),
})

export const pushDeviceSchema = z.object({
  id: id(),
  platform: z.enum(PUSH_PLATFORMS),
})

export const pushConfigSchema = z.object({
  transport: z.enum(['log', 'fcm']),
  firebase: z.record(z.string(), z.string()).nullable(),
  vapidKey: z.string().nullable(),
})

export const loggedPushSchema = z.object({
  token: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  data: z.record(z.string(), z.string()),
  at: isoDateTime(),
})
