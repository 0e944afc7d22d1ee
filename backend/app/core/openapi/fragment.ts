/**
 * Each area documents its own endpoints in app/openapi/<area>.ts as a
 * fragment; app/openapi/index.ts lists the fragments and the OpenAPI
 * service merges them into /openapi.json. Shared schemas (Errors, ...)
 * live in the platform fragment and are referenced with $ref.
 */
export interface OpenApiFragment {
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, unknown>>
  schemas?: Record<string, unknown>
}
