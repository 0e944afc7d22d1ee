/**
 * Announced by accounts when what a user may see can have shrunk, so the
 * capabilities holding live views (realtime's rooms) check them again.
 * Emitted after the change is committed.
 */
export interface UserAccessChanged {
  userId: number
}

export interface AccessTokenRevoked {
  userId: number
  tokenId: number
}

declare module '@adonisjs/core/types' {
  interface EventsList {
    /** The user's role, organisation or standing in it changed. */
    'user:access-changed': UserAccessChanged
    /** This access token stops working now (logout). */
    'user:token-revoked': AccessTokenRevoked
  }
}
