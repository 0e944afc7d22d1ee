import type { HttpContext } from '@adonisjs/core/http'
import webConfig from '#config/web'

/** GET /api/v1/config: public settings the web app needs before anyone signs in. */
export default class WebConfigController {
  async show({ response }: HttpContext) {
    response.header('Cache-Control', 'public, max-age=300')
    return {
      tileUrl: webConfig.tileUrl,
      defaultCountry: webConfig.defaultCountry,
      locales: webConfig.locales,
    }
  }
}
