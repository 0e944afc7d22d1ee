/**
 * PostgreSQL's jsonb holds no NUL character (a provider's body with one
 * was refused, so the callback was lost): each is stored as U+FFFD.
 */
export function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('\0', '\uFFFD')
  if (Array.isArray(value)) return value.map(storable)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [storable(key), storable(child)])
    )
  }
  return value
}
