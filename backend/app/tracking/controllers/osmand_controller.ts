import type { HttpContext } from '@adonisjs/core/http'
import OsmandService from '#tracking/services/osmand_service'

export default class OsmandController {
  /** GET|POST /osmand (and any path on OSMAND_PORT): OsmAnd / Traccar Client reports. */
  async handle({ request, response }: HttpContext) {
    await OsmandService.receive(request.qs(), request.body())
    return response.status(200).send('')
  }
}
