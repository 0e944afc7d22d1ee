import type { HttpContext } from '@adonisjs/core/http'
import webConfig from '#config/web'
import WebConfigTransformer from '#platform/transformers/web_config_transformer'

/** GET /api/v1/config: public settings the web app needs before anyone signs in. */
export default class WebConfigController {
  async show({ response }: HttpContext) {
    response.header('Cache-Control', 'public, max-age=300')
    return WebConfigTransformer.toJSON(webConfig)
  }
}
