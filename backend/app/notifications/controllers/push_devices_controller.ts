import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import notificationsConfig from '#config/notifications'
import type { z } from '#core/contract/response_schema'
import type {
  pushConfigSchema,
  pushDeviceSchema,
} from '#notifications/transformers/notification_schemas'
import PushDeviceService from '#notifications/services/push_device_service'
import {
  forgetDeviceValidator,
  registerDeviceValidator,
} from '#notifications/validators/notification'

/** Devices of the signed-in user that receive push. */
@inject()
export default class PushDevicesController {
  constructor(private devices: PushDeviceService) {}

  /** GET /api/v1/push/config: what the PWA needs to ask the browser for a token (public values). */
  async config(): Promise<z.infer<typeof pushConfigSchema>> {
    const { transport, web } = notificationsConfig.push
    return { transport, firebase: web.config, vapidKey: web.vapidKey }
  }

  /** POST /api/v1/push/devices { token, platform? } */
  async store({ auth, request, response }: HttpContext): Promise<z.infer<typeof pushDeviceSchema>> {
    const { token, platform } = await request.validateUsing(registerDeviceValidator)
    const device = await this.devices.register(
      auth.getUserOrFail(),
      token,
      platform ?? 'web',
      request.header('user-agent')?.slice(0, 255) ?? null
    )
    response.status(201)
    return { id: device.id, platform: device.platform }
  }

  /** DELETE /api/v1/push/devices { token } */
  async destroy({ auth, request, response }: HttpContext) {
    const { token } = await request.validateUsing(forgetDeviceValidator)
    await this.devices.forget(auth.getUserOrFail(), token)
    response.status(204)
  }
}
