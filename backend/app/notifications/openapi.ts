import type { ApiDescription } from '#core/contract/api_description'
import { listSchema } from '#core/contract/response_schema'
import { unauthorized } from '#core/contract/words'
import {
  loggedPushSchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  pushConfigSchema,
  pushDeviceSchema,
  unreadCountSchema,
} from '#notifications/transformers/notification_schemas'
import {
  forgetDeviceValidator,
  listNotificationsValidator,
  markReadValidator,
  registerDeviceValidator,
  updatePreferencesValidator,
} from '#notifications/validators/notification'

const e422 = 'E_VALIDATION: a field is missing, out of range or malformed (`field` names it)'

export const notificationsApi: ApiDescription = {
  tag: {
    name: 'notifications',
    description:
      'What each person was told, in their language: the in-app list (also live as the socket event `notification`), preferences and quiet hours, and the devices that receive push.',
  },
  operations: {
    'GET /api/v1/notifications': {
      summary: 'My notifications, newest first, with the unread count',
      description: '`unread=true` lists only the unread ones; `perPage` is at most 100.',
      request: listNotificationsValidator,
      responses: {
        200: { description: 'A page of notifications', body: notificationPageSchema },
        401: unauthorized,
        422: e422,
      },
    },
    'GET /api/v1/notifications/unread-count': {
      summary: 'How many of my notifications are unread (the bell)',
      responses: {
        200: { description: 'The count', body: unreadCountSchema },
        401: unauthorized,
      },
    },
    'POST /api/v1/notifications/read': {
      summary: 'Mark some or all of my notifications read',
      description:
        'Either `ids` (at most 200) or `all: true`. Ids of other people’s notifications are ignored. Answers the unread count left.',
      request: markReadValidator,
      responses: {
        200: { description: 'Unread count', body: unreadCountSchema },
        401: unauthorized,
        422: e422,
      },
    },
    'GET /api/v1/notifications/preferences': {
      summary: 'My preferences: each kind on each channel, quiet hours, my time zone',
      responses: {
        200: { description: 'Preferences', body: notificationPreferencesSchema },
        401: unauthorized,
      },
    },
    'PATCH /api/v1/notifications/preferences': {
      summary: 'Change some preferences and/or the quiet hours (null: none)',
      description:
        'In-app is always on. A critical kind turned off on every channel still arrives by SMS; quiet hours never hold a critical notice back.',
      request: updatePreferencesValidator,
      responses: {
        200: { description: 'Preferences now', body: notificationPreferencesSchema },
        401: unauthorized,
        422: e422,
      },
    },
    'POST /api/v1/push/devices': {
      summary: 'Register this device’s FCM token for push',
      description:
        'A token belongs to whoever registered it last (a shared phone moves to the new user). `platform` defaults to web.',
      request: registerDeviceValidator,
      responses: {
        201: { description: 'Registered', body: pushDeviceSchema },
        401: unauthorized,
        422: e422,
      },
    },
    'DELETE /api/v1/push/devices': {
      summary: 'Forget one of my device tokens (sign-out, push turned off)',
      request: { body: forgetDeviceValidator },
      responses: {
        204: 'Forgotten (or was not mine)',
        401: unauthorized,
        422: e422,
      },
    },
    'GET /api/v1/push/config': {
      summary: 'What the web app needs to ask the browser for a push token (public values)',
      security: [],
      responses: {
        200: { description: 'Push configuration', body: pushConfigSchema },
      },
    },
    'GET /api/v1/dev/outbox/push': {
      summary: 'Pushes the log push transport kept, newest first',
      description: 'Only with PUSH_TRANSPORT=log outside production; 404 otherwise.',
      tags: ['dev'],
      security: [],
      responses: {
        200: { description: 'Pushes', body: listSchema(loggedPushSchema) },
        404: 'E_NOT_FOUND: outbox disabled',
      },
    },
  },
}
