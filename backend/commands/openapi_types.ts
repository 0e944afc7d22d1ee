import { writeFile } from 'node:fs/promises'
import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace openapi:types`: writes the web app's API types
 * (web/src/app/core/api/openapi.d.ts) from the OpenAPI document. Run it
 * after documenting or changing an endpoint, and commit the result.
 */
export default class OpenApiTypes extends BaseCommand {
  static commandName = 'openapi:types'
  static description =
    "Generate the web app's API types (web/src/app/core/api/openapi.d.ts) from /openapi.json"
  static options: CommandOptions = { startApp: false }

  async run() {
    // The validators need the VineJS macros (`vine.file`); the app itself is not started.
    const { default: VineJSProvider } = await import('@adonisjs/core/providers/vinejs_provider')
    new VineJSProvider(this.app).boot()
    const { default: OpenApiTypesService, WEB_API_TYPES } =
      await import('#platform/services/openapi_types_service')
    const service = new OpenApiTypesService(WEB_API_TYPES)
    const source = await service.generate()
    if (source === (await service.committed())) {
      this.logger.info(`${WEB_API_TYPES} is up to date`)
      return
    }
    await writeFile(WEB_API_TYPES, source)
    this.logger.success(`Wrote ${WEB_API_TYPES}`)
  }
}
