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
    "Generate the web app's API types (web/src/app/core/api/openapi.d.ts, openapi-enums.ts) from /openapi.json"
  static options: CommandOptions = { startApp: false }

  async run() {
    // The validators need the VineJS macros (`vine.file`); the app itself is not started.
    const { default: VineJSProvider } = await import('@adonisjs/core/providers/vinejs_provider')
    new VineJSProvider(this.app).boot()
    const {
      default: OpenApiTypesService,
      WEB_API_TYPES,
      WEB_API_ENUMS,
    } = await import('#platform/services/openapi_types_service')
    const service = new OpenApiTypesService(WEB_API_TYPES)
    const files = [
      [WEB_API_TYPES, await service.generate()],
      [WEB_API_ENUMS, await service.generateEnums()],
    ]
    for (const [path, source] of files) {
      if (source === (await service.committed(path))) {
        this.logger.info(`${path} is up to date`)
        continue
      }
      await writeFile(path, source)
      this.logger.success(`Wrote ${path}`)
    }
  }
}
