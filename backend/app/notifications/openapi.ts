import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, json, pageMeta, ref, unauthorized } from '#core/openapi/shared'
import { CHANNELS, KINDS } from '#notifications/notification_kinds'

const e422 = error('E_VALIDATION: a field is missing, out of range or malformed (`field` names it)')
const query = (name: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  schema,
})
const clock = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '21:30' }
const switches = {
  type: 'object',
  properties: Object.fromEntries(CHANNELS.map((channel) => [channel, { type: 'boolean' }])),
}

export const notificationsOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'notifications',
      description:
        'What each person was told, in their language: the in-app list (also live as the socket event `notification`), preferences and quiet hours, and the devices that receive push.',
    },
    { name: 'webhooks', description: 'Calls from outside providers (no access token)' },
  ],
  paths: {
    '/api/v1/notifications': {
      get: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, with the unread count',
        parameters: [
          query('page', { type: 'integer', minimum: 1, default: 1 }),
          query('perPage', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
          query('unread', { type: 'boolean', description: 'Only the unread ones' }),
        ],
        responses: {
          200: {
            description: 'A page of notifications',
            ...json({
              type: 'object',
              required: ['data', 'meta'],
              properties: {
                data: { type: 'array', items: ref('Notification') },
                meta: {
                  type: 'object',
                  properties: { ...pageMeta.properties, unread: { type: 'integer' } },
                },
              },
            }),
          },
          401: unauthorized,
          422: e422,
        },
      },
    },
    '/api/v1/notifications/unread-count': {
      get: {
        tags: ['notifications'],
        summary: 'How many of my notifications are unread (the bell)',
        responses: {
          200: {
            description: 'The count',
            ...json({ type: 'object', properties: { unread: { type: 'integer' } } }),
          },
          401: unauthorized,
        },
      },
    },
    '/api/v1/notifications/read': {
      post: {
        tags: ['notifications'],
        summary: 'Mark some or all of my notifications read',
        description:
          'Ids of other people’s notifications are ignored. Answers the unread count left.',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            properties: {
              ids: { type: 'array', items: { type: 'integer', minimum: 1 }, maxItems: 200 },
              all: { type: 'boolean', enum: [true] },
            },
          }),
        },
        responses: {
          200: {
            description: 'Unread count',
            ...json({ type: 'object', properties: { unread: { type: 'integer' } } }),
          },
          401: unauthorized,
          422: e422,
        },
      },
    },
    '/api/v1/notifications/preferences': {
      get: {
        tags: ['notifications'],
        summary: 'My preferences: each kind on each channel, quiet hours, my time zone',
        responses: {
          200: { description: 'Preferences', ...json(ref('NotificationPreferences')) },
          401: unauthorized,
        },
      },
      patch: {
        tags: ['notifications'],
        summary: 'Change some preferences and/or the quiet hours (null: none)',
        description:
          'In-app is always on. A critical kind turned off on every channel still arrives by SMS; quiet hours never hold a critical notice back.',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            properties: {
              kinds: {
                type: 'object',
                properties: Object.fromEntries(KINDS.map((kind) => [kind, switches])),
              },
              quietHours: {
                type: ['object', 'null'],
                properties: { from: clock, to: clock },
                required: ['from', 'to'],
              },
            },
          }),
        },
        responses: {
          200: { description: 'Preferences now', ...json(ref('NotificationPreferences')) },
          401: unauthorized,
          422: e422,
        },
      },
    },
    '/api/v1/push/devices': {
      post: {
        tags: ['notifications'],
        summary: 'Register this device’s FCM token for push',
        description:
          'A token belongs to whoever registered it last (a shared phone moves to the new user).',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['token'],
            properties: {
              token: { type: 'string', minLength: 20, maxLength: 4096 },
              platform: { type: 'string', enum: ['web', 'android', 'ios'], default: 'web' },
            },
          }),
        },
        responses: {
          201: {
            description: 'Registered',
            ...json({
              type: 'object',
              properties: { id: { type: 'integer' }, platform: { type: 'string' } },
            }),
          },
          401: unauthorized,
          422: e422,
        },
      },
      delete: {
        tags: ['notifications'],
        summary: 'Forget one of my device tokens (sign-out, push turned off)',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['token'],
            properties: { token: { type: 'string' } },
          }),
        },
        responses: {
          204: { description: 'Forgotten (or was not mine)' },
          401: unauthorized,
          422: e422,
        },
      },
    },
    '/api/v1/push/config': {
      get: {
        tags: ['notifications'],
        summary: 'What the web app needs to ask the browser for a push token (public values)',
        responses: {
          200: {
            description: 'Push configuration',
            ...json({
              type: 'object',
              properties: {
                transport: { type: 'string', enum: ['log', 'fcm'] },
                firebase: { type: ['object', 'null'], additionalProperties: { type: 'string' } },
                vapidKey: { type: ['string', 'null'] },
              },
            }),
          },
        },
      },
    },
    '/api/v1/dev/outbox/push': {
      get: {
        tags: ['dev'],
        summary: 'Pushes the log push transport kept, newest first',
        description: 'Only with PUSH_TRANSPORT=log outside production; 404 otherwise.',
        responses: {
          200: {
            description: 'Pushes',
            ...json({
              type: 'object',
              properties: {
                data: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      token: { type: 'string' },
                      title: { type: 'string' },
                      body: { type: 'string' },
                      link: { type: 'string' },
                      data: { type: 'object', additionalProperties: { type: 'string' } },
                      at: { type: 'string', format: 'date-time' },
                    },
                  },
                },
              },
            }),
          },
          404: error('E_NOT_FOUND: outbox disabled'),
        },
      },
    },
    '/api/v1/webhooks/africastalking/sms-delivery-reports': {
      post: {
        tags: ['webhooks'],
        summary: 'Africa’s Talking SMS delivery report',
        description:
          'Form-encoded, as Africa’s Talking posts it. Stored on the message it names (`id` = the messageId of the send); a final status is never replaced by a late intermediate one. With SMS_DELIVERY_REPORT_TOKEN set, the URL must carry `?token=`.',
        parameters: [query('token', { type: 'string' })],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['id', 'status'],
                properties: {
                  id: { type: 'string', example: 'ATXid_0f9b3e0c1f8e5e6e0b7b6a0f7c2d1e3a' },
                  status: {
                    type: 'string',
                    enum: ['Sent', 'Submitted', 'Buffered', 'Rejected', 'Success', 'Failed'],
                  },
                  phoneNumber: { type: 'string' },
                  networkCode: { type: 'string' },
                  failureReason: { type: 'string' },
                  retryCount: { type: 'integer' },
                },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Stored',
            ...json({
              type: 'object',
              properties: {
                ok: { type: 'boolean' },
                smsId: { type: 'integer' },
                deliveryStatus: { type: 'string' },
              },
            }),
          },
          401: error('E_UNAUTHORIZED: the delivery report token is missing or wrong'),
          404: error('E_NOT_FOUND: no message of ours has this id'),
          422: e422,
        },
      },
    },
  },
  schemas: {
    Notification: {
      type: 'object',
      required: ['id', 'kind', 'title', 'body', 'count', 'critical', 'read', 'link', 'createdAt'],
      properties: {
        id: { type: 'integer' },
        kind: { type: 'string', enum: KINDS },
        title: { type: 'string', description: 'In the reader’s language' },
        body: { type: 'string', description: 'In the reader’s language; also the SMS text' },
        orderId: { type: ['integer', 'null'] },
        count: { type: 'integer', description: 'Events it tells of (a burst of bids is one)' },
        critical: { type: 'boolean' },
        read: { type: 'boolean' },
        link: {
          type: 'string',
          description: 'The web app page it is about',
          example: '/orders/12',
        },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    NotificationPreferences: {
      type: 'object',
      properties: {
        kinds: {
          type: 'object',
          properties: Object.fromEntries(KINDS.map((kind) => [kind, switches])),
        },
        critical: { type: 'array', items: { type: 'string', enum: KINDS } },
        quietHours: {
          type: ['object', 'null'],
          properties: { from: clock, to: clock },
        },
        timeZone: { type: 'string', example: 'Africa/Nairobi' },
      },
    },
  },
}
