import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import OpenApiService from '#platform/services/openapi_service'

/** Where the web app reads its API types from. */
export const WEB_API_TYPES = app.makePath('../web/src/app/core/api/openapi.d.ts')
/** And the values of the document's named enums (a `.d.ts` holds no values). */
export const WEB_API_ENUMS = app.makePath('../web/src/app/core/api/openapi-enums.ts')

type Document = {
  components: {
    schemas: Record<string, { 'type'?: unknown; 'enum'?: unknown; 'x-facts'?: unknown }>
  }
}

const HEADER = [
  '/**',
  " * Generated from the API's OpenAPI document (backend/app/<capability>/openapi.ts) by",
  ' * `cd backend && node ace openapi:types`. Do not edit by hand: a backend unit',
  ' * test fails when this file and the document disagree.',
  ' */',
  '',
]

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
    const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], {
      alphabetize: true,
      // A free-form object (`type: object` with no properties) is any JSON object, not an empty one.
      emptyObjectsUnknown: true,
    })
    return this.#format([...HEADER, astToString(ast)].join('\n'), this.outputPath)
  }

  /**
   * The values of every named string enum of the document, as constants
   * typed by it (`auditActionValues`): what the web app lists (a filter's
   * choices) comes from the API, so a value added or removed there changes
   * here and the compiler shows what no longer fits. An enum whose schema
   * carries `x-facts` (what the API knows about each value: a currency's
   * minor unit and country) also gets them, keyed by value (`currencyFacts`).
   */
  async generateEnums(
    document: object = new OpenApiService().document(),
    outputPath = WEB_API_ENUMS
  ): Promise<string> {
    const schemas = (document as Document).components.schemas
    const constants = Object.entries(schemas)
      .filter(([, schema]) => schema.type === 'string' && Array.isArray(schema.enum))
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([name, schema]) => {
        const constant = `${name[0].toLowerCase()}${name.slice(1)}`
        const values = `export const ${constant}Values = ${JSON.stringify(schema.enum)} as const satisfies readonly Schemas['${name}'][];`
        if (schema['x-facts'] === undefined) return [values]
        // What the API knows about each value (a currency's minor unit), keyed by it.
        return [
          values,
          `export const ${constant}Facts = ${JSON.stringify(schema['x-facts'])} as const satisfies Readonly<Record<Schemas['${name}'], unknown>>;`,
        ]
      })
    const source = [
      ...HEADER,
      "import type { components } from './openapi';",
      '',
      "type Schemas = components['schemas'];",
      '',
      ...constants,
    ].join('\n')
    return this.#format(source, outputPath)
  }

  async committed(path = this.outputPath): Promise<string | null> {
    return readFile(path, 'utf8').catch(() => null)
  }

  async #format(source: string, filepath: string) {
    const prettier = await import('prettier')
    const options = await prettier.resolveConfig(filepath)
    return prettier.format(source, { ...options, filepath })
  }
}
