/**
 * Small builders every OpenAPI fragment uses, so an error response or a
 * page's meta is written once. Descriptions stay with each area: they say
 * what a 403 or 404 means there.
 */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

export const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })

export const multipart = (schema: unknown) => ({
  required: true,
  content: { 'multipart/form-data': { schema } },
})

/** A failure response: `{ errors: [...] }` (the shared Errors schema). */
export const error = (description: string) => ({ description, ...json(ref('Errors')) })

export const unauthorized = error('E_UNAUTHORIZED_ACCESS: missing, revoked or expired token')

export const nullable = (type: string, extra: Record<string, unknown> = {}) => ({
  type: [type, 'null'],
  ...extra,
})

/** The `meta` of a paginated list (Lucid's paginator, camelCased). */
export const pageMeta = {
  type: 'object',
  properties: {
    total: { type: 'integer' },
    perPage: { type: 'integer' },
    currentPage: { type: 'integer' },
    lastPage: { type: 'integer' },
  },
}
