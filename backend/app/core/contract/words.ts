/**
 * Words every capability's description uses, so a 401 reads the same
 * everywhere. What a 403 or 404 means stays with each operation.
 */
export const unauthorized = 'E_UNAUTHORIZED_ACCESS: missing, revoked or expired token'
