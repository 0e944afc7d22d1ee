import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import OpenApiService from '#platform/services/openapi_service'

/** Where the web app reads its API types from. */
export const WEB_API_TYPES = app.makePath('../web/src/app/core/api/openapi.d.ts')

/**
 * The web app's typed API client is generated from /openapi.json: this
 * turns the document into TypeScript (openapi-typescript), formatted with
 * the web app's Prettier settings so `make fmt` leaves it unchanged.
 * `node ace openapi:types` writes it; a unit test fails when the committed
 * file no longer matches the document.
 */
export default class OpenApiTypesService {
  constructor(private readonly outputPath: string) {}

  async generate(document: object = new OpenApiService().document()): Promise<string> {
    // Development tools only: loaded on demand, never by the running API.
    const { default: openapiTS, astToString } = await import('openapi-typescript')
    const prettier = await import('prettier')
    const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], {
      alphabetize: true,
      // A free-form object (`type: object` with no properties) is any JSON object, not an empty one.
      emptyObjectsUnknown: true,
    })
    const source = [
      '/**',
      " * Generated from the API's OpenAPI document (backend/app/openapi) by",
      ' * `cd backend && node ace openapi:types`. Do not edit by hand: a backend unit',
      ' * test fails when this file and the document disagree.',
      ' */',
      '',
      astToString(ast),
    ].join('\n')
    const options = await prettier.resolveConfig(this.outputPath)
    return prettier.format(source, { ...options, filepath: this.outputPath })
  }

  async committed(): Promise<string | null> {
    return readFile(this.outputPath, 'utf8').catch(() => null)
  }
}
