import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import router from '@adonisjs/core/services/router'
import type { ApiResponse } from '@japa/api-client'
import OpenApiService from '#platform/services/openapi_service'
import { toOpenApiPath } from '#core/contract/api_description'

/**
 * Every response a functional test receives is checked against
 * /openapi.json (by method, route pattern and status): a status the
 * document does not list for that route, or a JSON body its schema refuses,
 * fails the test that made the request. So the document cannot drift from
 * what the code answers. Only operations generated from validators and
 * transformers are checked; capabilities still described by hand are not
 * (yet).
 */
class ContractChecker {
  readonly #service = new OpenApiService()
  readonly #document = this.#service.document() as {
    paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>
  }
  readonly #described = this.#service.describedOperations()
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true })
  readonly #validators = new Map<string, ValidateFunction>()

  constructor() {
    addFormats.default(this.#ajv)
    this.#ajv.addSchema(this.#document, 'openapi')
  }

  check(method: string, endpoint: string, status: number, contentType: string, body: unknown) {
    const url = new URL(endpoint, 'http://localhost')
    const matched = router.match(url.pathname, method, false)
    if (!matched) return
    const key = `${method} ${matched.route.pattern}`
    if (!this.#described.has(key)) return

    const path = toOpenApiPath(matched.route.pattern)
    const responses = this.#document.paths[path][method.toLowerCase()].responses
    const response = responses[status]
    if (!response) {
      throw new Error(
        `Contract: ${key} answered ${status}, which its description does not list ` +
          `(${Object.keys(responses).join(', ')}). Body: ${JSON.stringify(body)}`
      )
    }
    if (!/json/.test(contentType)) return
    if (!response.content?.['application/json']) {
      throw new Error(`Contract: ${key} ${status} answered JSON; its description says no JSON body`)
    }
    const validate = this.#validatorOf(path, method.toLowerCase(), status)
    if (!validate(body)) {
      const errors = this.#ajv.errorsText(validate.errors, { separator: '\n  ', dataVar: 'body' })
      throw new Error(`Contract: ${key} ${status} does not match its schema:\n  ${errors}`)
    }
  }

  #validatorOf(path: string, method: string, status: number) {
    const pointer = [
      'paths',
      path,
      method,
      'responses',
      String(status),
      'content',
      'application/json',
      'schema',
    ]
      .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'))
      .join('/')
    const ref = `openapi#/${pointer}`
    let validate = this.#validators.get(ref)
    if (!validate) {
      validate = this.#ajv.compile({ $ref: ref })
      this.#validators.set(ref, validate)
    }
    return validate
  }
}

interface ResponseObject {
  content?: Record<string, unknown>
}

let checker: ContractChecker | undefined

/** The ApiClient teardown hook (tests/bootstrap.ts). */
export function checkContract(response: ApiResponse) {
  checker ??= new ContractChecker()
  const { method, endpoint } = response.request.config
  checker.check(
    method.toUpperCase(),
    endpoint,
    response.status(),
    String(response.header('content-type') ?? ''),
    response.body()
  )
}
