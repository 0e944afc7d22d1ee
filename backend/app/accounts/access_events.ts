/**
 * Accounts' events. Emitted after the change they announce is committed.
 *
 * `user:access-changed` is the one event of a membership or role change
 * (joining, leaving, being removed, a new role or organisation): what the
 * user may see, and what others may see of them, can have changed, so the
 * capabilities holding live views or cached standings (realtime's rooms,
 * tracking's driver contexts) drop them at once.
 */
export interface UserAccessChanged {
  userId: number
  /**
   * `suspended`: an admin stopped the account (its tokens are gone);
   * `reinstated`: an admin lifted the suspension;
   * `assignment`: a route was given to or taken from them (collections).
   */
  change: 'joined' | 'left' | 'removed' | 'role' | 'suspended' | 'reinstated' | 'assignment'
}

export interface AccessTokenRevoked {
  userId: number
  tokenId: number
}

/**
 * An admin suspended the account (emitted after the commit, before
 * `user:access-changed`): the capabilities that gave the user work take it
 * back (orders: open bids, loads not yet picked up; collections: milk routes).
 * Awaited by the suspension, so its answer shows the work released.
 */
export interface UserSuspended {
  userId: number
  /** The admin who suspended them. */
  actorId: number
}

/** An organisation invited someone who has an account (notifications tell them in the app). */
export interface OrganisationInvited {
  invitationId: number
  userId: number
  organisationId: number
}

declare module '@adonisjs/core/types' {
  interface EventsList {
    /** The user's role, organisation or standing in it changed. */
    'user:access-changed': UserAccessChanged
    /** An admin suspended the account: its work under way is released. */
    'user:suspended': UserSuspended
    /** This access token stops working now (logout). */
    'user:token-revoked': AccessTokenRevoked
    'organisation:invited': OrganisationInvited
  }
}
