/**
 * Words every capability's description uses, so a 401 reads the same
 * everywhere. What a 403 or 404 means stays with each operation.
 */
export const unauthorized = 'E_UNAUTHORIZED_ACCESS: missing, revoked or expired token'

/**
 * What the edge (RejectHostileInputMiddleware) answers on every route that
 * keeps the API's wire rules; `describeApis` lists it for each operation
 * that does not say its own 400 (the provider protocols, exempt, do).
 */
export const hostileInput =
  'E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read'

/** A sensitive action's 403 beside the role's (RecentSignInMiddleware). */
export const recentSignInRequired =
  'E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry'

/**
 * What a route serving a stored user file answers (UploadService.send): the
 * type is what the bytes are, so besides the types the upload accepted it
 * may be any other (a stored file swapped or corrupted), then as an
 * attachment (`application/octet-stream` when the bytes are unknown).
 */
export function storedFile(types: readonly string[]) {
  const binary = { type: 'string', format: 'binary' }
  return {
    ...Object.fromEntries(types.map((type) => [type, binary])),
    '*/*': { ...binary, description: 'Any other type the stored bytes are, as an attachment' },
  }
}
