import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import { describeApis } from '#core/contract/api_description'
import { fileSchema, isoDate } from '#core/contract/json_schema'
import { pageMetaSchema, pageSchema, z } from '#core/contract/response_schema'

const widget = z.object({ id: z.number().int(), note: z.string().nullable() })
const widgetSchema = {
  type: 'object',
  properties: { id: { type: 'integer' }, note: { type: ['string', 'null'] } },
  required: ['id', 'note'],
  additionalProperties: false,
}

const describe = () =>
  describeApis([
    {
      tag: { name: 'widgets' },
      operations: {
        'GET /widgets/:id': {
          summary: 'A widget',
          request: vine.create({
            params: vine.object({ id: vine.number().withoutDecimals() }),
            full: vine.string().optional(),
          }),
          responses: { 200: { description: 'It', body: widget }, 404: 'E_NOT_FOUND' },
        },
        'POST /widgets': {
          summary: 'Add one',
          request: vine.create({
            name: vine.string().maxLength(10),
            madeOn: vine.date().use(isoDate()),
            photo: vine.any().use(fileSchema()).optional(),
          }),
          responses: { 201: { description: 'Added', body: pageSchema(widget) }, 204: 'Nothing' },
        },
      },
    },
  ])

test.group('contract: describing a route', () => {
  test('path parameters and the query come from the validator, words from the description', ({
    assert,
  }) => {
    const operation = describe().paths['/widgets/{id}'].get
    assert.equal(operation.summary, 'A widget')
    assert.deepEqual(operation.tags, ['widgets'])
    assert.deepEqual(operation.parameters, [
      { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
      { name: 'full', in: 'query', required: false, schema: { type: 'string' } },
    ])
  })

  test('the body comes from the validator; a file makes it multipart', ({ assert }) => {
    const body = describe().paths['/widgets'].post.requestBody as {
      content: Record<string, { schema: { required: string[]; properties: object } }>
    }
    const schema = body.content['multipart/form-data'].schema
    assert.deepEqual(schema.required, ['name', 'madeOn'])
    assert.deepEqual(schema.properties, {
      name: { type: 'string', maxLength: 10 },
      madeOn: { type: 'string', format: 'date' },
      photo: { type: 'string', format: 'binary' },
    })
  })

  test('a route whose files are optional also takes JSON without them', ({ assert }) => {
    const body = describe().paths['/widgets'].post.requestBody as {
      content: Record<string, { schema: { required: string[]; properties: object } }>
    }
    assert.deepEqual(Object.keys(body.content), ['application/json', 'multipart/form-data'])
    assert.deepEqual(Object.keys(body.content['application/json'].schema.properties), [
      'name',
      'madeOn',
    ])
    assert.deepEqual(body.content['application/json'].schema.required, ['name', 'madeOn'])
  })

  test('response schemas have every field required; named ones are components', ({ assert }) => {
    const described = describe()
    assert.properties(described.schemas.PageMeta, ['properties'])
    assert.deepEqual(described.schemas.PageMeta.required, [
      'total',
      'perPage',
      'currentPage',
      'lastPage',
    ])
    const responses = described.paths['/widgets/{id}'].get.responses as Record<string, unknown>
    assert.deepEqual(responses['200'], {
      description: 'It',
      content: { 'application/json': { schema: widgetSchema } },
    })
    assert.deepEqual(responses['404'], {
      description: 'E_NOT_FOUND',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } } },
    })
    const page = (described.paths['/widgets'].post.responses as Record<string, any>)['201']
    assert.deepEqual(page.content['application/json'].schema.properties, {
      data: { type: 'array', items: widgetSchema },
      meta: { $ref: '#/components/schemas/PageMeta' },
    })
    assert.exists(pageMetaSchema)
    assert.deepEqual((described.paths['/widgets'].post.responses as any)['204'], {
      description: 'Nothing',
    })
  })

  test('an outside protocol: a form body, a token in the query, text and CSV answers, a header', ({
    assert,
  }) => {
    const operation = describeApis([
      {
        tag: { name: 'hooks' },
        operations: {
          'POST /hooks/sms': {
            summary: 'A provider posts a form',
            request: [
              { query: vine.create({ token: vine.string().optional() }) },
              vine.create({ from: vine.string(), text: vine.string() }),
            ],
            requestType: 'application/x-www-form-urlencoded',
            responses: {
              200: {
                description: 'A report',
                body: widget,
                content: { 'text/csv': { type: 'string' } },
              },
              403: { description: 'Refused', content: { 'text/plain': { type: 'string' } } },
              429: { description: 'Slow down', headers: { 'Retry-After': { type: 'integer' } } },
            },
          },
        },
      },
    ]).paths['/hooks/sms'].post as any
    assert.deepEqual(operation.parameters, [
      { name: 'token', in: 'query', required: false, schema: { type: 'string' } },
    ])
    const form = operation.requestBody.content['application/x-www-form-urlencoded'].schema
    assert.deepEqual(Object.keys(form.properties), ['from', 'text'])
    assert.deepEqual(form.required, ['from', 'text'])
    assert.deepEqual(Object.keys(operation.responses['200'].content), [
      'application/json',
      'text/csv',
    ])
    assert.deepEqual(operation.responses['403'].content, {
      'text/plain': { schema: { type: 'string' } },
    })
    assert.deepEqual(operation.responses['429'].headers, {
      'Retry-After': { schema: { type: 'integer' } },
    })
    assert.deepEqual(
      operation.responses['429'].content['application/json'].schema.$ref,
      '#/components/schemas/Errors'
    )
  })

  test('a route described twice fails loudly', ({ assert }) => {
    const api = { tag: { name: 'x' }, operations: { 'GET /x': { summary: 'x', responses: {} } } }
    assert.throws(() => describeApis([api, api]), 'OpenAPI GET /x is described twice')
  })
})
