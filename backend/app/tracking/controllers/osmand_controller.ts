import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OsmandService from '#tracking/services/osmand_service'
import { readBody } from '#tracking/osmand_port'

@inject()
export default class OsmandController {
  constructor(private osmand: OsmandService) {}

  /** GET|POST /osmand (and any path on OSMAND_PORT): OsmAnd / Traccar Client reports. */
  async handle({ request, response }: HttpContext) {
    await this.osmand.receive({
      ip: request.ip(),
      query: request.parsedUrl.query ?? '',
      contentType: request.header('content-type'),
      // A body without a content type (some trackers POST the report raw) is left unread by the bodyparser.
      text: request.raw() ?? (request.method() === 'POST' ? await readBody(request.request) : null),
      json: request.body(),
    })
    return response.status(200).send('')
  }
}
