import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PreferenceService from '#notifications/services/preference_service'
import { updatePreferencesValidator } from '#notifications/validators/notification'

/** The signed-in user's own notification preferences and quiet hours. */
@inject()
export default class NotificationPreferencesController {
  constructor(private preferences: PreferenceService) {}

  /** GET /api/v1/notifications/preferences */
  async show({ auth }: HttpContext) {
    return this.preferences.of(auth.getUserOrFail())
  }

  /** PATCH /api/v1/notifications/preferences { kinds?: {kind: {push?, sms?}}, quietHours?: {from, to} | null } */
  async update({ auth, request }: HttpContext) {
    const input = await request.validateUsing(updatePreferencesValidator)
    return this.preferences.update(auth.getUserOrFail(), input as never)
  }
}
