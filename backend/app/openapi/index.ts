import type { OpenApiFragment } from '#openapi/fragment'

/** Add one import per area; order is the order of tags in /docs. */
export const fragments: OpenApiFragment[] = []
