/**
 * PostgreSQL's unique_violation (23505): two requests wrote the same unique
 * value at the same moment. With `constraint`, only that index's violation.
 */
export function isUniqueViolation(error: unknown, constraint?: string) {
  const e = error as { code?: string; constraint?: string }
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint)
}
