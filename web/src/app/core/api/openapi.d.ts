/**
 * Generated from the API's OpenAPI document (backend/app/<capability>/openapi.ts) by
 * `cd backend && node ace openapi:types`. Do not edit by hand: a backend unit
 * test fails when this file and the document disagree.
 */

export interface paths {
  '/api/v1/admin/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the audit log, newest first (admins)
     * @description `subjectType`: one of AuditSubjectType; `q`: words in the actor’s name or the reason (any case), or a subject id; `to` is exclusive. 50 a page unless `perPage` says otherwise.
     */
    get: {
      parameters: {
        query?: {
          action?:
            | 'paper.verified'
            | 'paper.rejected'
            | 'dispute.resolved'
            | 'user.created'
            | 'user.updated'
            | 'user.suspended'
            | 'user.reinstated'
            | 'user.phone_revealed'
            | 'audit.exported'
            | 'payout.retried'
            | 'payout.cancelled'
            | 'payout.marked_sent'
            | 'payout.marked_failed'
            | 'payout.refunded_by_hand'
            | 'payout.reversed'
            | 'payout_number.changed'
            | 'payout_rail.changed'
            | 'refund.requested'
            | 'payment.unwanted'
            | 'payment.checked'
            | 'payment.closed'
            | 'payouts.paused'
            | 'payouts.resumed'
            | 'vehicle_type.created'
            | 'vehicle_type.updated'
            | 'payout_run.approved'
            | 'payout_run.approval_refused';
          actorId?: number;
          from?: string;
          page?: number;
          perPage?: number;
          q?: string;
          subjectId?: string;
          subjectType?:
            | 'user'
            | 'organisation'
            | 'document'
            | 'order'
            | 'payment'
            | 'payout'
            | 'payouts'
            | 'farmer_payout_run'
            | 'vehicle_type'
            | 'audit';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of audit events */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['AuditEvent'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only admins read the audit log */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: an unknown action or subject type, a malformed date or number (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/audit-events/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log as CSV, newest first (admins; the export is itself recorded)
     * @description `subjectType`: one of AuditSubjectType; `q`: words in the actor’s name or the reason (any case), or a subject id; `to` is exclusive.
     */
    get: {
      parameters: {
        query?: {
          action?:
            | 'paper.verified'
            | 'paper.rejected'
            | 'dispute.resolved'
            | 'user.created'
            | 'user.updated'
            | 'user.suspended'
            | 'user.reinstated'
            | 'user.phone_revealed'
            | 'audit.exported'
            | 'payout.retried'
            | 'payout.cancelled'
            | 'payout.marked_sent'
            | 'payout.marked_failed'
            | 'payout.refunded_by_hand'
            | 'payout.reversed'
            | 'payout_number.changed'
            | 'payout_rail.changed'
            | 'refund.requested'
            | 'payment.unwanted'
            | 'payment.checked'
            | 'payment.closed'
            | 'payouts.paused'
            | 'payouts.resumed'
            | 'vehicle_type.created'
            | 'vehicle_type.updated'
            | 'payout_run.approved'
            | 'payout_run.approval_refused';
          actorId?: number;
          from?: string;
          q?: string;
          subjectId?: string;
          subjectType?:
            | 'user'
            | 'organisation'
            | 'document'
            | 'order'
            | 'payment'
            | 'payout'
            | 'payouts'
            | 'farmer_payout_run'
            | 'vehicle_type'
            | 'audit';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description RFC 4180 CSV with a header line: id, occurredAt, actorId, actorRole, actorName, ip, action, subjectType, subjectId, subjectName, reason, before, after (before and after as JSON) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only admins read the audit log */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: an unknown action or subject type, a malformed date or number (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Disputes, open ones oldest first (decided ones newest first); admins and platform dispatchers */
    get: {
      parameters: {
        query?: {
          page?: number;
          perPage?: number;
          status?: 'open' | 'resolved' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of disputes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['DisputeCase'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins and platform dispatchers only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: unknown status, or a page out of range */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/disputes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dispute with its order, parties, evidence and what escrow holds now; admins and platform dispatchers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The case */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DisputeCaseDetails'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins and platform dispatchers only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such dispute */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/disputes/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide an open dispute: pay the carrier, refund the shipper, or split
     * @description The escrow moves through the ledger in the same transaction as the order’s move, the dispute’s record and one audit row (`dispute.resolved`): `pay_carrier` gives it all to the carrier less the commission and resolves the order; `refund_shipper` makes it all a refund payable to the shipper and cancels the order; `split` gives `carrierAmount` (minor units, more than 0 and less than what escrow holds) to the carrier, less the commission on it, and refunds the rest. A cash order can only be decided for the carrier (the platform holds nothing). Both parties are told in their language. A second decision is 409 and moves nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            carrierAmount?: number;
            /** @enum {unknown} */
            decision: 'pay_carrier' | 'refund_shipper' | 'split';
            note: string;
          };
        };
      };
      responses: {
        /** @description The decided case */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DisputeCaseDetails'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such dispute */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_DISPUTE_DECIDED: already decided · E_CASH_ORDER: paid in cash, nothing to refund · E_NOTHING_IN_ESCROW · E_INVALID_STATE */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: unknown decision, a split without carrierAmount, a note shorter than 3 · E_SPLIT_OUT_OF_RANGE: the carrier’s share is not between 0 and what escrow holds */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ledger/totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ledger totals per currency and account purpose (admins)
     * @description Each purpose’s accounts summed on their normal side: what escrow holds, what carriers are owed, payouts in flight, refunds owed, the platform’s commission, cash carriers hold. Minor units with their currency.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Totals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['LedgerTotal'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ledger/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the ledger now (admins)
     * @description Recomputes every account’s balance from its entries and checks every invariant (each journal balanced per currency and with two entries or more, entries in their account’s currency, guarded accounts not negative, the trial balance zero), as `node ace ledger:verify` does. `sound` when no problem is found.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The verification */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerVerification'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Operations: health, the job queue’s depth and recent failures, the day’s figures (admins and platform dispatchers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The overview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Operations'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only admins and platform dispatchers */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/operations/jobs/{queue}/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a failed job again (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          queue: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Queued again */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only admins */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no failed job with this id in this queue */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a malformed queue name or job id */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/orders/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every ledger journal of one order, with its entries (admins)
     * @description Oldest first: the payment into escrow, the settlement or the dispute’s decision, payouts and refunds. An unknown order has no journals.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Journals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['LedgerJournal'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/orders/{id}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund a paid order to the number that paid it (admins)
     * @description Moves `amount` (minor units; the whole escrow when absent) from the order’s escrow to refund payable and sends it by M-Pesa B2C. Partial refunds are allowed up to what escrow holds. The same `key` refunds once: a repeat answers 200 with the first refund. Audited.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount?: number;
            key: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description The refund this key already made */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description The refund, queued */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_LEDGER_REFUSED: a concurrent refund took the money first */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_REFUND_REFUSED: nothing held, more than held, above the per-transaction limit, no payer number (in the admin’s language) · E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask the provider about a pending pay-in now (admins, with a reason)
     * @description What the provider answers is applied once (received: the money goes into escrow), and stored as a reconciliation check. Audited as payment.checked.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The pay-in and the check */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              check: components['schemas']['PaymentReconciliation'];
              payment: components['schemas']['Payment'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: no longer pending */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a reason is required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop waiting for a pending pay-in (admins, with a reason)
     * @description Money the provider took is applied as received; else the attempt is closed at the provider, or failed as unreachable when the provider never named it, and the shipper may pay again. A payment reported later is still taken once (returned if the order cannot take it). Audited as payment.closed.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The pay-in and the check */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              check: components['schemas']['PaymentReconciliation'];
              payment: components['schemas']['Payment'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: no longer pending */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a reason is required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/pending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pay-ins still waiting for their provider, oldest first (admins)
     * @description `stuck=true` for those pending past PAYMENT_RECONCILE_AFTER_MINUTES, which reconciliation asks about; each with its age, its provider, whether the provider named it, and the last check reconciliation made of it.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          perPage?: number;
          stuck?: '1' | 1 | 'true' | true | 'on' | '0' | 0 | 'false' | false;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of pending pay-ins */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['PendingPayment'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/reconciliations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What reconciliation found, newest first (admins)
     * @description One row per pay-in asked about, by the job (`checkedBy` null) or an operator: its outcome, and why it could not be settled. `unsettled=true` for those only; `paymentId` for one pay-in.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          paymentId?: number;
          perPage?: number;
          unsettled?: '1' | 1 | 'true' | true | 'on' | '0' | 0 | 'false' | false;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of checks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['PaymentReconciliation'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payout-number-alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Money alerts not sent: replaced payout numbers not warned yet (admins)
     * @description Each confirmed payout number whose SMS to the number it replaced has not gone, oldest first, whether its job still retries or gave up (read from the numbers, not the job queue, so none is lost among other failed jobs). Numbers masked.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Unsent alerts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['PayoutNumberAlert'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payout-number-alerts/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an unsent payout number alert now (admins)
     * @description Sends the warning SMS in the owner’s language; once however often this is asked (the number records the message sent, and then leaves the list).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @constant */
              sent: true;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such unsent alert */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_SMS_FAILED: the SMS provider refused it again */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Payouts and refunds, newest first (admins)
     * @description Filters: `status`, `kind`, `orderId`, and `attention=true` for what needs an operator (failed, or sent longer than PAYOUT_STUCK_AFTER_MINUTES ago with no result). Reasons are in the reader’s language; `outcomeUnknown` says money may have left (retry reuses the key, cancel is refused).
     */
    get: {
      parameters: {
        query?: {
          attention?: '1' | 1 | 'true' | true | 'on' | '0' | 0 | 'false' | false;
          kind?: 'carrier' | 'refund' | 'farmer';
          orderId?: number;
          page?: number;
          perPage?: number;
          status?: 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'reversed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of payouts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Payout'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give up a payout that surely did not leave; its money goes back (admins)
     * @description A carrier payout’s money returns to the carrier’s payable, a refund’s to the order’s escrow. Refused while the outcome is unknown. Audited.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The payout, cancelled */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYOUT_OUTCOME_UNKNOWN: money may have left · E_INVALID_STATE */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a reason is required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/{id}/mark-failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a payout of unknown outcome did not leave (admins)
     * @description Once the provider’s records show nothing left for the current key: the payout fails for good (`not_sent`), so a retry gets a new key and it may be cancelled. Refused when the outcome is known. Audited; needs a recent sign-in.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The payout, failed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the outcome is known */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a reason is required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/{id}/mark-sent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payout the provider confirmed as paid, with its receipt (admins)
     * @description For a payout whose result never came (or was wrong) once the provider’s own records show it arrived: it settles once, as a result callback would, and the carrier is told. Only a payout that was sent and is not sent or cancelled already. Audited; needs a recent sign-in.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            receipt: string;
          };
        };
      };
      responses: {
        /** @description The payout, sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: not sent yet, already sent or cancelled */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a receipt and a reason are required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/{id}/refunded-by-hand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a refund returned to the payer by hand (admins)
     * @description For a refund no provider can send from here (its pay-in’s provider pays nothing out in that currency: `failureReason` `manual_return`), or one that failed for good: once an operator has given the money back outside Njia (the provider’s merchant portal, say), it settles once (`refund_payout_returned_by_hand` journal: refund payable -> provider clearing) with the transfer’s reference if any, and the payer is told. Refused for anything but a failed refund with nothing in flight. Audited with the reason; needs a recent sign-in.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            receipt?: string;
          };
        };
      };
      responses: {
        /** @description The refund, sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: not a refund, not failed, or its outcome is unknown */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a reason is required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a failed or stuck payout again (admins, with a reason)
     * @description After a final failure the new try gets a new OriginatorConversationID (attempt + 1); after an unknown outcome (timeout, unreachable, stuck) it reuses the same one, so the provider refuses it if the first went through. Audited.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The payout, queued */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payout'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: already sent or cancelled */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a reason is required */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/switch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The payout kill switch (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The switch */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutSwitch'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    /**
     * Pause or resume all outgoing money (admins, with a reason)
     * @description Paused, payouts and refunds wait in the queue (nothing is lost) and leave when resumed. PAYOUTS_PAUSED=true in the environment pauses too, and only a deploy resumes it. Audited.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            paused: boolean;
            reason: string;
          };
        };
      };
      responses: {
        /** @description The switch */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutSwitch'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: admins only · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAUSED_BY_ENVIRONMENT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List users (admins)
     * @description `q`: part of a name (any case), or three or more digits of a phone. 20 a page unless `perPage` says otherwise.
     */
    get: {
      parameters: {
        query?: {
          organisationId?: number;
          page?: number;
          perPage?: number;
          q?: string;
          role?: 'shipper' | 'driver' | 'dispatcher' | 'admin' | 'clerk' | 'grader';
          suspended?: '1' | 1 | 'true' | true | 'on' | '0' | 0 | 'false' | false;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of users */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['AdminUser'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Create a user with any role (how admins and platform dispatchers are made)
     * @description Dispatchers and admins without organisationId join the platform organisation. The role must fit the organisation kind (carrier: driver, dispatcher; shipper: shipper; platform: dispatcher, admin).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            name: string;
            organisationId?: number;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            phone: string;
            /** @enum {unknown} */
            role: 'shipper' | 'driver' | 'dispatcher' | 'admin' | 'clerk' | 'grader';
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PHONE_TAKEN */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION, including an unknown organisationId or one whose kind does not fit the role */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's name, role, language or organisation (admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            name?: string;
            organisationId?: number | null;
            /** @enum {unknown} */
            role?: 'shipper' | 'driver' | 'dispatcher' | 'admin' | 'clerk' | 'grader';
          };
        };
      };
      responses: {
        /** @description User */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AdminUser'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such user */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_OWN_ROLE: admins cannot change their own role */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/users/{id}/photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account’s photo (admins), when `hasPhoto` */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such user, or no photo */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a suspended account (admins); it signs in again with a new code; audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The reinstated user */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AdminUser'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such user */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: not suspended */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}/reveal-phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show a user's full phone number (admins); every reveal is in the audit log */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The phone */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example +254712345678 */
              phone: string;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such user */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend an account (admins): no sign-in, every token and open socket ends at once; their open bids are withdrawn, the loads they drive that are not yet picked up go back to the board, and their milk routes lose their driver (a load already picked up keeps them); audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The suspended user */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AdminUser'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not an admin · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such user */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_OWN_ACCOUNT (yourself) or E_INVALID_STATE (already suspended) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the token used for this request */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked; later use answers 401 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/otp/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a 6-digit sign-in code by SMS
     * @description Any earlier code of the phone stops working. The text is in the user's language (or the country's: fr for Senegal, sw for Tanzania, en otherwise). Limits: 5 per phone and source address per 15 minutes, 60 per address per 10 minutes.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            phone: string;
          };
        };
      };
      responses: {
        /** @description Code sent */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeSent'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_TOO_MANY_REQUESTS: rate limit per phone or per address reached; Retry-After gives the seconds to wait */
        429: {
          headers: {
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_SMS_FAILED: the SMS provider did not take the text; try again */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/otp/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with the code; returns an access token
     * @description Creates the user on first sign-in, taking `name` and `role` (shipper or driver; default shipper). Later sign-ins ignore `role`. Dispatchers and admins are made by an admin: asking for them is a 422. A code burns after 5 wrong tries. Every failed check answers the same 400 E_INVALID_CODE, whether the code is wrong, expired, used, burnt or was never asked for. Limits: 10 per phone and source address per 15 minutes, 120 per address per 10 minutes.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            name?: string;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            phone: string;
            /** @enum {unknown} */
            role?: 'shipper' | 'driver';
          };
        };
      };
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SignedIn'];
          };
        };
        /** @description E_INVALID_CODE, whatever the reason (wrong, expired, used, burnt, superseded or no code) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_ACCOUNT_SUSPENDED: an admin suspended this account */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_TOO_MANY_REQUESTS: rate limit per phone or per address reached; Retry-After gives the seconds to wait */
        429: {
          headers: {
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bids': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your carrier's bids on every order, newest first (drivers and dispatchers of a carrier) */
    get: {
      parameters: {
        query?: {
          page?: number;
          perPage?: number;
          status?: 'open' | 'accepted' | 'rejected' | 'withdrawn';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of bids */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Bid'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only carriers bid */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection-routes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A route (its cooperative’s members, its driver) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Route */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionRoute'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a route (manager); stops given replace the list, farmers keep a stop that stays */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            driverId?: number | null;
            name?: string;
            shifts?: {
              days: number[];
              /** @enum {unknown} */
              shift: 'am' | 'pm';
            }[];
            stops?: {
              centreId?: number;
              /** @enum {unknown} */
              kind: 'farm_gate' | 'centre';
              location?: {
                lat: number;
                lng: number;
              };
              name?: string;
            }[];
            vehicleId?: number | null;
          };
        };
      };
      responses: {
        /** @description Route */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionRoute'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_DRIVER_SUSPENDED (the driver is suspended by an admin), E_VEHICLE_NOT_ELIGIBLE (the truck’s or its driver’s papers: missing, pending, rejected or expired; reasons in the message), E_DRIVER_NOT_ELIGIBLE (a driver without a truck: their licence) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/collection-routes/{id}/intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The route’s bulk milk weighed in at the cooler for a day and shift (members); once per route, day and shift */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            quantityLitres: number;
            /** @enum {unknown} */
            shift: 'am' | 'pm';
          };
        };
      };
      responses: {
        /** @description Intake */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RouteIntake'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INTAKE_EXISTS: this route, day and shift was already weighed in */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection-routes/{id}/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Today’s run of a route: its stops in order with their farmers, and the cooperative’s thresholds
     * @description Only the route’s assigned driver and its cooperative’s manager, clerks and graders read it; anyone else gets 404. The phone keeps it to work offline.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Route run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RouteRun'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection-routes/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The routes the caller drives */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Routes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['CollectionRoute'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collections/{id}/correct': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct a collection: it is reversed and the new values recorded; the farmer gets a receipt naming the corrected reference
     * @description `id` in the body is the new collection’s, made on the device: sending it again answers the same.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            alcoholPassed?: boolean | null;
            cans: number;
            fatPct?: number | null;
            id: string;
            lactometer?: number | null;
            quantityLitres?: number;
            rejectedForOther?: boolean;
            snfPct?: number | null;
            temperatureC?: number | null;
            weightKg?: number;
          };
        };
      };
      responses: {
        /** @description The new collection */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MilkCollection'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_ALREADY_CORRECTED / E_PERIOD_CLOSED / E_INVALID_STATE (a reversal) / E_ID_CONFLICT (the new id is another collection’s) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collections/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sync collections recorded on the phone (members of the farmer’s cooperative, the route’s driver)
     * @description A result per collection. The whole batch is refused (422) only when its shape is wrong; a collection the rules refuse (a farmer not found or not active, a route, stop or centre of another cooperative, a closed period, too many litres, a missing alcohol test, a time in the future or more than 14 days old) is `refused` and the others are stored. Sending a collection again answers `duplicate` and stores nothing; each stored collection queues one receipt SMS. A collection gives `quantityLitres` or `weightKg` (converted by the cooperative’s milkDensity); `rejectedForOther`: refused for what the tests do not show (smell, colour, dirt).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            collections: {
              alcoholPassed?: boolean | null;
              cans: number;
              centreId?: number | null;
              /**
               * @description Epoch milliseconds, or ISO 8601 with a zone
               * @example 2026-11-23T08:15:00+03:00
               */
              collectedAt: string | number;
              farmerId: number;
              fatPct?: number | null;
              id: string;
              lactometer?: number | null;
              position?: {
                lat: number;
                lng: number;
              } | null;
              quantityLitres?: number;
              rejectedForOther?: boolean;
              routeId?: number | null;
              /** @enum {unknown} */
              shift: 'am' | 'pm';
              snfPct?: number | null;
              stopId?: number | null;
              temperatureC?: number | null;
              weightKg?: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Results, in the order sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: components['schemas']['CollectionSyncResult'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Public settings for the web app
     * @description Needs no token; cached by browsers for 5 minutes.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebConfig'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a cooperative with its first manager (admins)
     * @description The manager becomes its owner (a dispatcher of it).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            alcoholTestRequired?: boolean;
            carrierOrganisationId?: number | null;
            code: string;
            /** @enum {unknown} */
            country: 'KE' | 'TZ' | 'UG';
            lactometerMax?: number;
            lactometerMin?: number;
            manager: {
              name: string;
              /**
               * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
               * @example +254712345678
               */
              phone: string;
            };
            maxLitres?: number;
            maxTemperatureC?: number;
            milkDensity?: number;
            minFatPct?: number | null;
            minSnfPct?: number | null;
            name: string;
            varianceThresholdPct?: number;
          };
        };
      };
      responses: {
        /** @description Cooperative */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Cooperative'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_CODE_TAKEN: another cooperative has this code */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cooperative (its members and admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Cooperative */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Cooperative'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change thresholds or close a period (manager); change the transporter (admins)
     * @description A month whose pay is approved stays closed: `closedThrough` before its last day is refused (409 `E_PERIOD_CLOSED`).
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            alcoholTestRequired?: boolean;
            carrierOrganisationId?: number | null;
            /** Format: date */
            closedThrough?: string | null;
            lactometerMax?: number;
            lactometerMin?: number;
            maxLitres?: number;
            maxTemperatureC?: number;
            milkDensity?: number;
            minFatPct?: number | null;
            minSnfPct?: number | null;
            varianceThresholdPct?: number;
          };
        };
      };
      responses: {
        /** @description Cooperative */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Cooperative'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PERIOD_CLOSED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/centres': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Collection centres */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Centres */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['CollectionCentre'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /** Add a collection centre (manager) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            location: {
              lat: number;
              lng: number;
            };
            name: string;
          };
        };
      };
      responses: {
        /** @description Centre */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionCentre'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/collections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Collections and reversals, newest first */
    get: {
      parameters: {
        query?: {
          date?: string;
          farmerId?: number;
          page?: number;
          period?: string;
          perPage?: number;
          routeId?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Collections */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['MilkCollection'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cooperative’s dashboard (members): litres per route, centre and day, refusals and their reasons, farmers without collections; CSV with format=csv */
    get: {
      parameters: {
        query: {
          format?: 'json' | 'csv';
          from: string;
          to: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Dashboard (or CSV with format=csv) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionsDashboard'];
            'text/csv': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/farmers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Farmers, by member number
     * @description `q`: name, member number or part of the phone.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          perPage?: number;
          q?: string;
          status?: 'pending' | 'active' | 'suspended';
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Farmers */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Farmer'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a farmer (members of the cooperative); active at once
     * @description `locale` defaults to the phone’s country’s, `payoutPhone` to `phone`. A phone typed without + is read in the caller’s country.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            memberNumber: string;
            name: string;
            nationalId?: string | null;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            payoutPhone?: string;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            phone: string;
            stopId?: number | null;
          };
        };
      };
      responses: {
        /** @description Farmer */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Farmer'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PHONE_TAKEN / E_MEMBER_NUMBER_TAKEN */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/payout-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cooperative’s payout runs, newest period first (manager) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Runs */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['FarmerPayoutRun'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Prepare the farmers’ pay for a period that is over (manager)
     * @description One line per farmer with milk or adjustments in the period, from their statement (the rate chart, deductions and bonuses). Preparing a draft again recomputes it.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            period: string;
          };
        };
      };
      responses: {
        /** @description The draft run with its lines */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FarmerPayoutRunDetail'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PERIOD_NOT_OVER / E_NO_PRICES (set the period’s prices first) / E_RUN_APPROVED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/prices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rate chart of a period: the price of a litre per grade (minor unit) */
    get: {
      parameters: {
        query: {
          period: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Prices */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RateChart'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    /**
     * Set the price of a litre per grade for a period (manager); grades left out keep theirs
     * @description A period whose pay is approved keeps its prices (409 `E_PERIOD_CLOSED`).
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            period: string;
            prices: {
              A?: number;
              B?: number;
            };
          };
        };
      };
      responses: {
        /** @description Prices */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RateChart'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PERIOD_CLOSED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/routes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Milk routes with their stops in order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Routes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['CollectionRoute'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Add a route (manager)
     * @description A centre stop takes its name and place from `centreId`; a farm gate gives its `name` and `location`. The vehicle is the transporter’s, the driver one assigned to that vehicle; both must be eligible as for an order (valid papers, the driver not suspended).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            driverId?: number | null;
            name: string;
            shifts: {
              days: number[];
              /** @enum {unknown} */
              shift: 'am' | 'pm';
            }[];
            stops: {
              centreId?: number;
              /** @enum {unknown} */
              kind: 'farm_gate' | 'centre';
              location?: {
                lat: number;
                lng: number;
              };
              name?: string;
            }[];
            vehicleId?: number | null;
          };
        };
      };
      responses: {
        /** @description Route */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionRoute'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_DRIVER_SUSPENDED (the driver is suspended by an admin), E_VEHICLE_NOT_ELIGIBLE (the truck’s or its driver’s papers: missing, pending, rejected or expired; reasons in the message), E_DRIVER_NOT_ELIGIBLE (a driver without a truck: their licence) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/{id}/variance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per route, driver, day and shift: farm collections against the intake, flagged beyond the cooperative’s threshold */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Variance */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['RouteVariance'][];
              thresholdPct: number;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cooperatives/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cooperative the caller works for */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Cooperative */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Cooperative'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/checkout/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A simulated Wave or Orange Money payment page (make dev)
     * @description The launch URL the Wave and Orange Money simulators give: an HTML page in the payer’s language with the amount, the merchant, Pay and Decline. 404 in production and when the provider is not its simulator.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such payment page, or its provider is not a development simulator */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Pay or decline on a simulated payment page
     * @description The simulator sends its provider’s callback (Wave: signed checkout webhook; Orange Money: notification with its notif_token), asynchronously and sometimes twice, instead of its automatic answer; then back to the order page.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            /** @enum {unknown} */
            answer: 'pay' | 'decline';
          };
        };
      };
      responses: {
        /** @description Answered: back to the order page */
        303: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such payment page, or its provider is not a development simulator */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_CONFLICT: the payment page was already answered */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: `answer` is not pay or decline */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Texts the log SMS transport kept, newest first
     * @description Only when SMS_TRANSPORT=log and NODE_ENV is not production; 404 otherwise. Demos and end-to-end tests read sign-in codes here.
     */
    get: {
      parameters: {
        query?: {
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Messages */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['SmsOutboxMessage'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: outbox disabled */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: `to` is not a phone number */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/outbox/push': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pushes the log push transport kept, newest first
     * @description Only with PUSH_TRANSPORT=log outside production; 404 otherwise.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Pushes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                /** Format: date-time */
                at: string;
                body: string;
                data: {
                  [key: string]: string;
                };
                link: string;
                title: string;
                token: string;
              }[];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: outbox disabled */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The development phone: simulator prompts waiting on a phone
     * @description A developer tool (English only): an HTML page with each pending M-Pesa and Airtel Money prompt and its buttons, and a link to each pending Wave and Orange Money payment page. Only providers that are their simulator are listed; 404 in production and when none is.
     */
    get: {
      parameters: {
        query: {
          phone: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no provider is its development simulator */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: `phone` is not a phone number */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/phone/payments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The development phone of a payment’s prompt
     * @description Where the web app’s Pay step links in make dev: redirects to the development phone of the number this payment’s prompt (or payment page) is on. 404 in production, when there is no such prompt, or when its provider is not the simulator.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description To the phone page */
        303: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no simulated prompt for this payment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/phone/prompts/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a simulated phone prompt (pay, wrong PIN, cancel)
     * @description The M-Pesa or Airtel Money simulator calls back in its provider’s format (Daraja result code 0, 2001 or 1032; Airtel TS or TF with its response code), asynchronously and sometimes twice, instead of its automatic answer; then back to the phone page.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            /** @enum {unknown} */
            answer: 'pay' | 'wrong_pin' | 'cancel';
          };
        };
      };
      responses: {
        /** @description Answered: back to the phone page */
        303: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such prompt, or its provider is not a development simulator */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_CONFLICT: the prompt was already answered */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: `answer` is not pay, wrong_pin or cancel */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dispatch/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Long stops and trucks off their planned corridor, newest first
     * @description The same records the fleet rooms’ `exception` event carries. `open`: true for unresolved only, false for resolved only; `limit` defaults to 100.
     */
    get: {
      parameters: {
        query?: {
          kind?: 'long_stop' | 'off_route';
          limit?: number;
          open?: '1' | 1 | 'true' | true | 'on' | '0' | 0 | 'false' | false;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['TrackingException'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not a dispatcher, carrier owner or admin */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List papers
     * @description A carrier's owner and dispatchers see its vehicles' papers and its drivers' licences; its drivers see the vehicles' papers and their own licence; admins and platform dispatchers see all (`?status=pending` is the admins' review queue). `organisationId` is the carrier, `country` the carrier's country, `expiringWithinDays` keeps papers expiring from today to that many days ahead; `sort` is newest uploads first (the default), oldest first (the review queue) or soonest expiry first. Shippers: 403.
     */
    get: {
      parameters: {
        query?: {
          country?: 'KE' | 'SN' | 'TZ' | 'UG';
          driverId?: number;
          expiringWithinDays?: number;
          kind?: 'registration_card' | 'insurance' | 'driving_licence';
          organisationId?: number;
          page?: number;
          perPage?: number;
          sort?: 'newest' | 'oldest' | 'expiry';
          status?: 'pending' | 'verified' | 'rejected';
          vehicleId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description In the order `sort` asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['FleetDocument'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Upload a registration card, insurance certificate or driving licence
     * @description Registration cards and insurance need vehicleId (carrier owner/dispatcher or admin). A driving licence takes driverId, or is the signed-in driver's own. `expiresOn` is YYYY-MM-DD, today or later. It starts pending until an admin verifies it. At most 5 MB. The bytes are checked, not the name: anything else is 422 E_VALIDATION (size/extension) or E_INVALID_FILE (content), and nothing is stored.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            driverId?: number;
            /** Format: date */
            expiresOn: string;
            /** Format: binary */
            file: string;
            /** @enum {unknown} */
            kind: 'registration_card' | 'insurance' | 'driving_licence';
            number: string;
            vehicleId?: number;
          };
        };
      };
      responses: {
        /** @description Stored, pending review */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FleetDocument'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: the vehicle or driver does not exist or is another carrier’s */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: the whole multipart body is over 20 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (past expiry, unknown kind, file too large or wrong extension...), E_INVALID_FILE (content is not an image or PDF), E_DOCUMENT_OWNER_MISMATCH (kind vs vehicleId/driverId) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FleetDocument'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scanned file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, inline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'application/pdf': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a pending or verified document (admin)
     * @description The reason is shown to the carrier in the vehicle’s eligibility.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Rejected */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FleetDocument'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: already rejected */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a pending document (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Verified */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FleetDocument'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: not pending (the message names its status); E_DOCUMENT_EXPIRED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drivers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A driver of my fleet, named with their truck
     * @description For a live position from a driver the first picture (`/drivers/nearby`) did not hold. Admins and platform dispatchers may read any driver; a carrier’s dispatchers and owner, the drivers in their carrier now.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The driver, their name and truck */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FleetDriver'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not a dispatcher, carrier owner or admin */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such driver in your fleet */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: the id is not a number */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drivers/me/duty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Go on or off duty (only on-duty drivers appear in nearby searches) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            onDuty: boolean;
          };
        };
      };
      responses: {
        /** @description Duty now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Duty'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_A_DRIVER: only drivers do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: onDuty must be a boolean */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drivers/nearby': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * On-duty drivers with a fresh position near a point, nearest first
     * @description Admins and platform dispatchers see every carrier; a carrier’s dispatchers and owner see their own drivers. Fresh = last point within TRACKING_FRESH_SECONDS. `radiusKm` defaults to 25, `limit` to 20; `vehicleType` is a code (e.g. flatbed_10t).
     */
    get: {
      parameters: {
        query: {
          lat: number;
          limit?: number;
          lng: number;
          minCapacityKg?: number;
          radiusKm?: number;
          vehicleType?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Nearest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['NearbyDriver'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not a dispatcher, carrier owner or admin */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: bad coordinates or filters */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/earnings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My carrier’s earnings: balances and one line per settled order (owner or dispatcher)
     * @description Read from the ledger. `payable`: owed to the carrier; `payingOut`: sent, result not known yet; `cashCommissionOwed`: the commission on cash orders the carrier collected. Lines newest first; `period` (YYYY-MM, UTC) narrows them to a month; `format=csv` answers the lines as `text/csv` (amounts in minor units).
     */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'csv';
          period?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Earnings (or CSV with format=csv) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Earnings'];
            'text/csv': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only the owner or a dispatcher of a carrier */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: period is not YYYY-MM, or an unknown format */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/farmers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a farmer (members of the cooperative) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            memberNumber?: string;
            name?: string;
            nationalId?: string | null;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            payoutPhone?: string;
            /** @enum {unknown} */
            status?: 'pending' | 'active' | 'suspended';
            stopId?: number | null;
          };
        };
      };
      responses: {
        /** @description Farmer */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Farmer'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_MEMBER_NUMBER_TAKEN */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/farmers/{id}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A deduction (transport, advance, inputs, other) or a bonus on a farmer’s pay (manager)
     * @description `amount` in the minor unit, positive: a bonus adds it, the rest take it off.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            /** @enum {unknown} */
            kind: 'transport' | 'advance' | 'inputs' | 'bonus' | 'other';
            note?: string | null;
            period: string;
          };
        };
      };
      responses: {
        /** @description Adjustment */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FarmerAdjustment'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PERIOD_CLOSED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/farmers/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a farmer who registered by USSD */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Farmer */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Farmer'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: not waiting for approval */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/farmers/{id}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A farmer’s statement for a period (members of the cooperative): JSON, or CSV with format=csv */
    get: {
      parameters: {
        query: {
          format?: 'json' | 'csv';
          period: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Statement (or CSV with format=csv) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FarmerStatement'];
            'text/csv': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/farmers/{id}/statement/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Text the farmer the one-SMS summary of their statement (members of the cooperative) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            period: string;
          };
        };
      };
      responses: {
        /** @description Sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The text sent */
              body: string;
              sent: boolean;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fleet/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A driver’s checklist to a first bid: carrier, truck, papers, verification
     * @description For the calling driver: the carrier they drive for, the truck nearest to bidding, the state of each paper a bid needs (missing, pending, rejected, expired, verified), whether they may bid, and how long verification usually takes.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Where the driver stands */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FleetReadiness'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: drivers only */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your invitations waiting for an answer (not expired), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Pending invitations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Invitation'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: join the organisation in the invited role */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The invitation, accepted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Invitation'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such invitation of yours */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVITATION_EXPIRED, E_INVITATION_ANSWERED (accepted or declined before), E_ALREADY_IN_ORGANISATION (leave yours first), E_ROLE_CONFLICT (your role changed since) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an invitation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The invitation, declined */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Invitation'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such invitation of yours */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVITATION_EXPIRED, E_INVITATION_ANSWERED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description You, with your `capabilities` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your name or language */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            locale?: 'en' | 'fr' | 'sw';
            name?: string;
          };
        };
      };
      responses: {
        /** @description You, with your `capabilities` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your photo */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: you have no photo */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Set your photo (replaces the one before)
     * @description Multipart `photo`: a JPEG, PNG or WebP image of at most 2 MB (the app resizes it on the phone first). The bytes decide, not the name: anything else is 422 and nothing changes. Those who may see you (the shipper of a job you drive, your organisation) see it.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            photo: string;
          };
        };
      };
      responses: {
        /** @description You, `hasPhoto` true */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: the whole body is too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (missing, too large, wrong extension), E_INVALID_FILE (content); nothing stored */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_TOO_MANY_REQUESTS: too many uploads from this account (10 an hour); Retry-After gives the seconds to wait, nothing stored */
        429: {
          headers: {
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    /**
     * Remove your photo
     * @description Nobody sees it any more. Removing when there is none is not an error.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description You, `hasPhoto` false */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My notifications, newest first, with the unread count
     * @description `unread=true` lists only the unread ones; `perPage` is at most 100.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          perPage?: number;
          unread?: '1' | 1 | 'true' | true | 'on' | '0' | 0 | 'false' | false;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of notifications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Notification'][];
              meta: {
                currentPage: number;
                lastPage: number;
                perPage: number;
                total: number;
                unread: number;
              };
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My preferences: each kind on each channel, quiet hours, my time zone */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Preferences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPreferences'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change some preferences and/or the quiet hours (null: none)
     * @description In-app is always on. A critical kind turned off on every channel still arrives by SMS; quiet hours never hold a critical notice back.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kinds?: {
              bid_accepted?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              bid_placed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              bid_rejected?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              chat_message?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              delivered?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              dispute_resolved?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              driver_arrived?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              driver_heading_to_pickup?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              job_assigned?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              order_assigned?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              order_cancelled?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              order_completed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              order_disputed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              order_released?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              order_unassigned?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              organisation_invitation?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              paper_expiring?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              paper_rejected?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              paper_verified?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              payment_failed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              payment_received?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              payout_failed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              payout_reversed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              payout_sent?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              picked_up?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              refund_reversed?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
              refund_sent?: {
                in_app?: boolean;
                push?: boolean;
                sms?: boolean;
              };
            };
            quietHours?: {
              from: string;
              to: string;
            } | null;
          };
        };
      };
      responses: {
        /** @description Preferences now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPreferences'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark some or all of my notifications read
     * @description Either `ids` (at most 200) or `all: true`. Ids of other people’s notifications are ignored. Answers the unread count left.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            all?: unknown;
            ids?: number[];
          };
        };
      };
      responses: {
        /** @description Unread count */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of my notifications are unread (the bell) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The count */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Own orders, or the load board with ?near=
     * @description Without `near`: shippers see their organisation's orders, carrier dispatchers the orders assigned to their carrier, drivers the orders assigned to them, platform dispatchers and admins all. With `near` (drivers, carriers, platform staff): posted and bidding orders whose pickup is within `radiusKm` (default 50), nearest first with `distanceM`. `vehicleType` (an id or code) keeps orders requiring it or no type; `minCapacityKg` keeps cargo weighing at most that; `status` filters own orders.
     */
    get: {
      parameters: {
        query?: {
          minCapacityKg?: number;
          near?: string;
          page?: number;
          perPage?: number;
          radiusKm?: number;
          status?:
            | 'draft'
            | 'posted'
            | 'bidding'
            | 'assigned'
            | 'pickup_pending'
            | 'picked_up'
            | 'in_transit'
            | 'delivered'
            | 'completed'
            | 'cancelled'
            | 'disputed'
            | 'resolved';
          vehicleType?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of orders */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Order'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: the load board is for drivers, carriers and platform staff */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: near is not "lat,lng" within range, unknown vehicleType, … */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Create a draft (shippers)
     * @description Prices are in the minor unit of the currency (XOF has none, KES has cents). Leave `priceAmount` out with `openToBids` (the default then) to let carriers name the price.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cargo: {
              count?: number;
              fragile?: boolean;
              kind: string;
              refrigerated?: boolean;
              volumeM3?: number;
              weightKg: number;
            };
            /** @enum {unknown} */
            currency: 'XOF' | 'KES' | 'TZS' | 'UGX';
            dropoff: {
              address: string;
              contactName?: string;
              /**
               * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
               * @example +254712345678
               */
              contactPhone?: string;
              lat: number;
              lng: number;
              /** Format: date-time */
              windowEnd?: string;
              /** Format: date-time */
              windowStart?: string;
            };
            notes?: string;
            openToBids?: boolean;
            /** @enum {unknown} */
            paymentMethod: 'mobile_money' | 'cash';
            pickup: {
              address: string;
              contactName?: string;
              /**
               * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
               * @example +254712345678
               */
              contactPhone?: string;
              lat: number;
              lng: number;
              /** Format: date-time */
              windowEnd?: string;
              /** Format: date-time */
              windowStart?: string;
            };
            priceAmount?: number;
            requiredVehicleTypeId?: number;
          };
        };
      };
      responses: {
        /** @description The draft */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only shippers create orders */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a draft (shipper side); a place or cargo given replaces the whole object
     * @description null clears the price, the vehicle type or the notes.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cargo?: {
              count?: number;
              fragile?: boolean;
              kind: string;
              refrigerated?: boolean;
              volumeM3?: number;
              weightKg: number;
            };
            /** @enum {unknown} */
            currency?: 'XOF' | 'KES' | 'TZS' | 'UGX';
            dropoff?: {
              address: string;
              contactName?: string;
              /**
               * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
               * @example +254712345678
               */
              contactPhone?: string;
              lat: number;
              lng: number;
              /** Format: date-time */
              windowEnd?: string;
              /** Format: date-time */
              windowStart?: string;
            };
            notes?: string | null;
            openToBids?: boolean;
            /** @enum {unknown} */
            paymentMethod?: 'mobile_money' | 'cash';
            pickup?: {
              address: string;
              contactName?: string;
              /**
               * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
               * @example +254712345678
               */
              contactPhone?: string;
              lat: number;
              lng: number;
              /** Format: date-time */
              windowEnd?: string;
              /** Format: date-time */
              windowStart?: string;
            };
            priceAmount?: number | null;
            requiredVehicleTypeId?: number | null;
          };
        };
      };
      responses: {
        /** @description The draft */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orders/{id}/accept-bid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a bid (shipper side, platform staff): assigns the bid's driver and vehicle at its price and rejects the other bids. Of two simultaneous accepts exactly one wins; the other gets 409. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bidId: number;
          };
        };
      };
      responses: {
        /** @description Assigned */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE (already assigned, …), E_BID_NOT_OPEN, E_BIDDER_SUSPENDED (who placed the bid is suspended by an admin), E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_SUSPENDED, E_DRIVER_BUSY */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dispatcher assignment: posted/bidding → assigned, or reassign before pickup
     * @description Platform dispatchers and admins use any carrier's crew; a carrier's dispatcher uses its own fleet and takes a posted order only at its offered price (409 E_PRICE_REQUIRED otherwise). Open bids are rejected.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            driverId: number;
            priceAmount?: number;
            vehicleId: number;
          };
        };
      };
      responses: {
        /** @description Assigned */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE (picked up or later), E_PRICE_REQUIRED, E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_SUSPENDED, E_DRIVER_BUSY */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (vehicle not in the fleet, driver not of that carrier), E_VEHICLE_UNSUITABLE */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/bids': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bids: all with carrier rating and vehicle for the shipper side and platform staff; only its own for a carrier */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Bids, cheapest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Bid'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Bid (drivers and dispatchers of a carrier). One open bid per carrier per order: a second is 409 E_BID_EXISTS — PATCH it instead. The first bid moves posted → bidding.
     * @description `amount` in the minor unit of `currency`, which must be the order's (else 422 E_CURRENCY_MISMATCH). `vehicleId`: a vehicle of your carrier that fits the cargo and has valid papers; `driverId` defaults to the bidding driver, or the vehicle's driver.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            /** @enum {unknown} */
            currency: 'XOF' | 'KES' | 'TZS' | 'UGX';
            driverId?: number;
            /** Format: date-time */
            estimatedPickupAt: string;
            note?: string;
            vehicleId: number;
          };
        };
      };
      responses: {
        /** @description The bid */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Bid'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only carriers bid */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE (order not posted/bidding), E_BID_EXISTS, E_VEHICLE_NOT_ELIGIBLE (missing/expired papers, reasons in the message), E_DRIVER_SUSPENDED (the driver is suspended by an admin) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION, E_CURRENCY_MISMATCH (field currency), E_VEHICLE_UNSUITABLE (type, capacity or refrigeration; field vehicleId) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/bids/{bidId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw your open bid */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          bidId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The withdrawn bid */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Bid'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_BID_NOT_OPEN */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update your open bid while the order is open */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          bidId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount?: number;
            /** @enum {unknown} */
            currency?: 'XOF' | 'KES' | 'TZS' | 'UGX';
            driverId?: number;
            /** Format: date-time */
            estimatedPickupAt?: string;
            note?: string | null;
            vehicleId?: number;
          };
        };
      };
      responses: {
        /** @description The bid */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Bid'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE, E_BID_NOT_OPEN, E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_SUSPENDED */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel before pickup (shipper side, platform dispatchers, admins); open bids are rejected */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Cancelled */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/cargo-photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a cargo photo (shipper side, before assignment; at most 6)
     * @description Images (JPEG, PNG, WebP) of at most 5 MB. The bytes decide, not the name: anything else is 422 (E_VALIDATION or E_INVALID_FILE) and nothing is stored.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            photo: string;
          };
        };
      };
      responses: {
        /** @description The order with its photo URLs */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: the whole body is too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (size, type, too many photos), E_INVALID_FILE; nothing stored */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/cargo-photos/{index}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cargo photo (anyone who may see the order) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          index: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/chat/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The conversation, a page at a time (oldest to newest within the page)
     * @description `before` pages back (messages older than this id); `limit` defaults to 50.
     */
    get: {
      parameters: {
        query?: {
          before?: number;
          limit?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Messages */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['ChatMessage'][];
              meta: {
                /** @description Older messages remain (page back with `before`) */
                hasMore: boolean;
                /** @description The caller may read but not write: finished long enough ago that nobody may, or an admin reading a decided dispute */
                readOnly: boolean;
                receipts: components['schemas']['ChatReceipt'][];
              };
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the order but are not in its conversation */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or you may not see it (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: no conversation in this state (before assignment; an admin outside a dispute) · E_CHAT_READ_ONLY: finished more than CHAT_READ_ONLY_AFTER_DAYS ago */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION / E_INVALID_FILE: a field is missing or malformed, or the file’s bytes are not an accepted type (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Send a text (JSON), or a photo or voice note (multipart)
     * @description `clientId` is chosen by the device and kept across retries: the same send replayed answers 200 with the first message, stored once. A file’s bytes decide its type, not its name.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body?: string;
            clientId: string;
            /** @enum {unknown} */
            kind?: 'photo' | 'voice';
          };
          'multipart/form-data': {
            body?: string;
            clientId: string;
            /**
             * Format: binary
             * @description A photo (jpg, jpeg, png, webp; at most 5mb) or a voice note (webm, weba, ogg, oga, opus, m4a, mp4, aac; at most 3mb), as `kind` says
             */
            file?: string;
            /** @enum {unknown} */
            kind?: 'photo' | 'voice';
          };
        };
      };
      responses: {
        /** @description Already sent with this clientId */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChatMessage'];
          };
        };
        /** @description Sent */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChatMessage'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the order but are not in its conversation */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or you may not see it (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: no conversation in this state (before assignment; an admin outside a dispute) · E_CHAT_READ_ONLY: finished more than CHAT_READ_ONLY_AFTER_DAYS ago */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION / E_INVALID_FILE: a field is missing or malformed, or the file’s bytes are not an accepted type (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/chat/messages/{messageId}/attachment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A message’s photo or voice note */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          messageId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, with its real content type */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'audio/aac': string;
            'audio/mp4': string;
            'audio/ogg': string;
            'audio/opus': string;
            'audio/webm': string;
            'audio/x-m4a': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
            'video/mp4': string;
            'video/webm': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the order but are not in its conversation */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or you may not see it (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: no conversation in this state (before assignment; an admin outside a dispute) · E_CHAT_READ_ONLY: finished more than CHAT_READ_ONLY_AFTER_DAYS ago */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/chat/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** I have read up to this message (the others see “read”) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            upTo: number;
          };
        };
      };
      responses: {
        /** @description Stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readUpTo: number;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the order but are not in its conversation */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or you may not see it (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: no conversation in this state (before assignment; an admin outside a dispute) · E_CHAT_READ_ONLY: finished more than CHAT_READ_ONLY_AFTER_DAYS ago */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION / E_INVALID_FILE: a field is missing or malformed, or the file’s bytes are not an accepted type (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/confirm-delivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The shipper confirms delivery (delivered → completed). Unanswered deliveries with proof complete by themselves after AUTO_COMPLETE_AFTER_HOURS. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Completed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/crew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who is coming: the driver, the truck and the carrier with its rating
     * @description The order's parties once a carrier has it. The driver's phone is given to the shipper side and to those who run the job from assignment until delivery, so they can call; to others, and before or after, it is null.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The crew */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderCrew'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/crew/photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The driver's photo
     * @description For exactly those who may read the crew (the shipper side, the crew and those who run it, platform dispatchers, admins), once a carrier has the order.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed); or the driver has no photo */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/dispute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest dispute of the order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Dispute */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Dispute'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * The shipper disputes a delivery (delivered → disputed), with evidence files
     * @description Multipart with up to 5 `evidence` files (images or PDF, 5 MB each), or JSON without files.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
            /** @enum {unknown} */
            reason:
              'damaged' | 'missing_items' | 'not_delivered' | 'late' | 'wrong_address' | 'other';
          };
          'multipart/form-data': {
            description: string;
            evidence?: string[];
            /** @enum {unknown} */
            reason:
              'damaged' | 'missing_items' | 'not_delivered' | 'late' | 'wrong_address' | 'other';
          };
        };
      };
      responses: {
        /** @description Disputed */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dispute: components['schemas']['Dispute'];
              order: components['schemas']['Order'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: the whole body is too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION, E_INVALID_FILE; nothing stored */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/dispute/evidence/{index}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One evidence file of the latest dispute (the parties to the order and platform staff). Served as its bytes say: images inline, anything else (PDF) as an attachment, sandboxed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          index: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'application/pdf': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The timeline, oldest first
     * @description A carrier reads only its own crews' periods of the order.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Events */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['OrderEvent'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The order’s payment attempts, newest first (shipper side, platform, admins)
     * @description `providers`: the mobile money providers that collect the order’s currency (M-Pesa and Airtel for KES, Wave and Orange Money for XOF, Airtel for TZS and UGX), the choices of a new attempt.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Attempts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderPayments'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the order but its payments are the shipper side’s */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or you may not see it (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Pay the order’s price into escrow: prompts the phone (M-Pesa, Airtel) or opens a payment page (Wave, Orange Money)
     * @description Once a carrier has the order and before pickup, for a `mobile_money` order, by one of the providers GET lists for it. The phone defaults to the profile’s and is read in the order’s country; Wave lets only that number pay, in the Wave app opened by the attempt’s `checkoutUrl`. Answers 201 with the attempt: `pending` until the provider confirms (follow it live in the socket room `payments:<orderId>`, docs/realtime.md, or with GET), or `failed` at once when the provider refused the request, with the reason in the caller’s language.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            phone?: string;
            /** @enum {unknown} */
            provider: 'mpesa' | 'wave' | 'orange_money' | 'airtel' | 'cash';
          };
        };
      };
      responses: {
        /** @description The attempt */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Payment'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only the shipper side pays */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or you may not see it (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: not payable in this state · E_CASH_ORDER: paid in cash on delivery · E_PAYMENT_PENDING: an attempt waits for the phone · E_ALREADY_PAID */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: unknown provider, a provider that does not collect the order’s currency, or a phone outside the order’s country (`field` names it) · E_PROVIDER_UNAVAILABLE */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/post': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft to the load board (draft → posted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Posted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/proof-of-delivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The proof of delivery (parties to the order and platform staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Proof */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProofOfDelivery'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, not yours, or no proof yet */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Proof of delivery (the assigned driver): in transit it also marks the order delivered
     * @description `deliveredAt`: when the goods changed hands (default now; not in the future). Images (JPEG, PNG, WebP) of at most 5 MB. The bytes decide, not the name: anything else is 422 (E_VALIDATION or E_INVALID_FILE) and nothing is stored.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: date-time */
            deliveredAt?: string;
            lat?: number;
            lng?: number;
            /** Format: binary */
            photo: string;
            receiverName: string;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            receiverPhone: string;
            /** Format: binary */
            signature: string;
          };
        };
      };
      responses: {
        /** @description Delivered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              order: components['schemas']['Order'];
              proofOfDelivery: components['schemas']['ProofOfDelivery'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE (not in transit or delivered), E_POD_EXISTS */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: the whole body is too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (missing field, file too large or not an image), E_INVALID_FILE (content is not an image) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/proof-of-delivery/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The photo or signature image */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: 'photo' | 'signature';
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate the other side once the order is completed (or resolved): the shipper rates the carrier, the carrier (dispatcher or driver) rates the shipper */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            score: number;
          };
        };
      };
      responses: {
        /** @description The rating */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Rating'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE (not completed yet), E_ALREADY_RATED (your side rated this order) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The driver's moves: assigned → pickup_pending → picked_up → in_transit → delivered
     * @description JSON, or multipart with a cargo `photo` at picked_up (then `position[lat]`, `position[lng]` as fields). The carrier's dispatchers and platform dispatchers may only set pickup_pending. Images (JPEG, PNG, WebP) of at most 5 MB. The bytes decide, not the name: anything else is 422 (E_VALIDATION or E_INVALID_FILE) and nothing is stored.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            position?: {
              lat: number;
              lng: number;
            };
            /** @enum {unknown} */
            status: 'pickup_pending' | 'picked_up' | 'in_transit' | 'delivered';
          };
          'multipart/form-data': {
            /** Format: binary */
            photo?: string;
            position?: {
              lat: number;
              lng: number;
            };
            /** @enum {unknown} */
            status: 'pickup_pending' | 'picked_up' | 'in_transit' | 'delivered';
          };
        };
      };
      responses: {
        /** @description Moved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …"); E_NOT_PAID: picked up only once paid, unless cash on delivery */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Nearest free, eligible crews whose vehicle fits the cargo, by PostGIS distance from the pickup
     * @description Platform staff see every carrier; a carrier's dispatcher its own fleet. Location: the driver's fresh on-duty GPS position, else the vehicle's base. `radiusKm` defaults to 200, `limit` to 10.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          radiusKm?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Suggestions, nearest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['DispatchSuggestion'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/track': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Driven path (GeoJSON, simplified when long), planned route, last position and ETA
     * @description Readable by whoever may read the order. `from` and `to` keep the points recorded at or after, at or before.
     */
    get: {
      parameters: {
        query?: {
          from?: string | number;
          to?: string | number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The track */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderTrack'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order, or not yours to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: bad time bounds */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/unassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unassign before pickup with a reason (the carrier's dispatchers, platform staff): back to posted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Posted again */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the order's current state forbids this; the message names it (e.g. "Order 12 is assigned; …") */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Found an organisation and become its owner
     * @description For a shipper or driver without an organisation. Kind follows the role: driver → carrier, shipper → shipper.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            country: 'KE' | 'SN' | 'TZ' | 'UG';
            name: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organisation'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: dispatchers and admins do not found organisations */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_ALREADY_IN_ORGANISATION */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation you belong to, with its members */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Organisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organisation'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such organisation, or you are not a member (admins see all) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations the organisation sent in the last 30 days (owner, dispatchers, admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Invitation'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: a member who does not run the organisation */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: not your organisation */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a member by phone: a new account, or an invitation to someone who has one
     * @description An unknown phone becomes a new account in the organisation (201, the member). Someone who already has an account is never added by others: they get an invitation by SMS and in the app (202, the invitation) and join only when they accept it, before INVITATION_TTL_HOURS (72); until then the organisation sees nothing of theirs. The owner or a dispatcher adds members; only the owner (or an admin) adds dispatchers. Roles by kind: carrier → driver or dispatcher, shipper → shipper, cooperative → dispatcher, clerk or grader. The platform organisation is managed through the admin endpoints.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            phone: string;
            /** @enum {unknown} */
            role: 'driver' | 'dispatcher' | 'shipper' | 'clerk' | 'grader';
          };
        };
      };
      responses: {
        /** @description The new member (the phone had no account) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description The invitation sent (the person has an account) */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Invitation'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: a member who is neither owner nor dispatcher, or a dispatcher adding a dispatcher */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: not your organisation */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_ALREADY_IN_ORGANISATION (the person belongs to one), E_ROLE_CONFLICT (registered with another role), E_ALREADY_INVITED (an invitation waits for their answer) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION, including a role that does not fit the organisation kind */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVITATION_COOLDOWN: this organisation invited the person less than INVITATION_COOLDOWN_HOURS (24) ago; nothing is sent, and `Retry-After` says when it may ask again */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Leave the organisation (your own id) or remove a member
     * @description A member may leave (`canLeave` of the organisation); the owner removes anyone, a dispatcher anyone but dispatchers. The owner stays, and so do platform staff. The member loses the organisation at once: its rooms, orders and fleet, on every API node.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          userId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Left or removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not allowed to remove this member */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: not your organisation, or no such member of it */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_OWNER_STAYS: the owner cannot leave or be removed; E_PLATFORM_STAFF_STAY: platform staff cannot leave (admins unmake them) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/members/{userId}/photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A member’s photo (members of the organisation, admins)
     * @description The link is each member’s `photoUrl` in the organisation.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          userId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: not your organisation, no such member of it, or no photo */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payout-number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where the caller’s carrier is paid (its owner and dispatchers)
     * @description The confirmed payout number, else the owner’s sign-in phone (masked); a number waiting for its code; and until when payouts wait after a change (PAYOUT_NUMBER_COOLING_HOURS).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The payout number */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutNumber'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not the owner or a dispatcher of a carrier */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Name a new payout number: a one-time code is texted to it (the carrier’s owner)
     * @description Read in the owner’s country when typed without +. Nothing changes until the code comes back (POST /payout-number/confirm). Rate-limited like sign-in codes; needs a recent sign-in.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164
             * @example +254712345678
             */
            phone: string;
          };
        };
      };
      responses: {
        /** @description The code is sent; the number waits for it */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutNumber'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only the carrier’s owner · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_ALREADY_PAYOUT_NUMBER */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: not a phone of a supported country */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_TOO_MANY_REQUESTS */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_SMS_FAILED: the code could not be texted */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payout-number/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the new payout number with the code it received (the carrier’s owner)
     * @description From then on payouts go to it, after PAYOUT_NUMBER_COOLING_HOURS during which the carrier’s payouts wait (a stolen session cannot redirect money at once). Audited. A wrong, expired or used code is E_INVALID_CODE.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description The payout number */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutNumber'];
          };
        };
        /** @description E_INVALID_CODE */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only the carrier’s owner · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NO_PENDING_NUMBER */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payout-rail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the caller’s carrier is paid: mobile money or Stellar (its owner and dispatchers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The rail */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutRail'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: not the owner or a dispatcher of a carrier */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    /**
     * Choose how the carrier is paid (the carrier’s owner)
     * @description Stellar pays the owner’s Stellar wallet (opened now if need be) from the platform’s account, in the asset of the payout’s currency. Audited; the carrier’s payouts wait PAYOUT_NUMBER_COOLING_HOURS after a change. Needs a recent sign-in.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            rail: 'mobile_money' | 'stellar';
          };
        };
      };
      responses: {
        /** @description The rail */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayoutRail'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: only the carrier’s owner · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_STELLAR_DISABLED: the Stellar rail is off here */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_STELLAR_WALLET_NOT_READY: the wallet is not on the network yet */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_STELLAR_UNAVAILABLE: the Stellar network could not be reached */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payout-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A payout run with each farmer’s pay and payout (manager) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FarmerPayoutRunDetail'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payout-runs/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a draft run: the period closes and each farmer is paid by mobile money (manager)
     * @description In one transaction: the period closes, the ledger owes the farmers the total (cooperative_receivable → farmer_payable) and each farmer owed something gets a `farmer` payout to their payout number, sent by the payout jobs (kill switch, limits, retries). Each farmer gets their statement by SMS once their pay has left.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The approved run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FarmerPayoutRunDetail'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry · E_SECOND_APPROVER: the cooperative has two managers or more and the caller prepared the run (the two-person rule; a cooperative with one manager approves alone) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_RUN_APPROVED (approved before: nothing moves again) / E_RUN_CHANGED (prepare it again) / E_PROVIDER_UNAVAILABLE */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payout-runs/{id}/lines/{lineId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a farmer’s failed payout again (manager) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          lineId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FarmerPayoutRunDetail'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this · E_RECENT_SIGN_IN_REQUIRED: the last sign-in is older than RECENT_SIGN_IN_MINUTES (15 by default); sign in again with a code, then retry */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or another cooperative’s (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_INVALID_STATE: the payout has not failed */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search places by name (any signed-in user)
     * @description Trigram similarity on the name and its aliases, accents and case ignored ("thies" finds Thiès, "Port de Dakar" finds Port autonome de Dakar); the account's country first. When GEOCODER_URL is set and nothing matches well, the geocoder's results follow the gazetteer's.
     */
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Best match first, at most 8 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Place'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/places/nearest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The nearest place to a point (any signed-in user)
     * @description For "near Limuru" instead of numbers, and for the order editor's warnings: a pin in the sea, or far from the town its address names.
     */
    get: {
      parameters: {
        query: {
          address?: string;
          lat: number;
          lng: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The nearest place */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NearestPlace'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/price-split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a price splits into: the shipper’s total, the platform’s commission, the carrier’s net
     * @description For a price being typed before a carrier has the order (a bid, a posted price), at the commission rate of the currency’s country now; bids carry their own `split`. The rule settlement posts, so what both sides agree to is what moves.
     */
    get: {
      parameters: {
        query: {
          amount: number;
          currency: 'XOF' | 'KES' | 'TZS' | 'UGX';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The split */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PriceSplit'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: amount is not a whole number of minor units from 1, or an unknown currency */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/push/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the web app needs to ask the browser for a push token (public values) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Push configuration */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              firebase: {
                [key: string]: string;
              } | null;
              /** @enum {string} */
              transport: 'log' | 'fcm';
              vapidKey: string | null;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/push/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register this device’s FCM token for push
     * @description A token belongs to whoever registered it last (a shared phone moves to the new user). `platform` defaults to web.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            platform?: 'web' | 'android' | 'ios';
            token: string;
          };
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              /** @enum {string} */
              platform: 'web' | 'android' | 'ios';
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    /** Forget one of my device tokens (sign-out, push turned off) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Forgotten (or was not mine) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ratings/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's profile rating: average, count and the latest comments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Rating */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrganisationRating'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ratings/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user's rating (shippers without an organisation, drivers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Rating */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UserRating'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stellar-wallet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s Stellar wallet (never its secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The wallet, or publicKey null when none is open */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StellarWallet'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Open the caller’s Stellar wallet
     * @description One keypair per user, made once (a repeat answers the same wallet), its secret encrypted with the app key; on testnet funded by Friendbot (STELLAR_FRIENDBOT_URL), then trusting the assets payouts are made in. A step that fails is taken again by the next call.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The wallet */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StellarWallet'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_STELLAR_DISABLED: the Stellar rail is off here */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_STELLAR_UNAVAILABLE: the Stellar network could not be reached */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trackers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My active tracker ids */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Active trackers */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Tracker'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_A_DRIVER: only drivers do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /** Create a tracker id for OsmAnd / Traccar Client (random unless given) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            deviceId?: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Tracker'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_A_DRIVER: only drivers do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_TRACKER_TAKEN: that device id is in use */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: bad device id */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trackers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a tracker id (its reports get 404 from then on) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_A_DRIVER: only drivers do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: not one of my trackers */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tracking/positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a batch of GPS points (background sync); answered after commit
     * @description The same batch as the socket `positions` event. The whole batch is refused when any point is invalid; nothing is stored then. A resent point (same recordedAt) is stored once. `seq` is echoed as `ackedSeq`; points worse than TRACKING_MAX_ACCURACY_M are acked, not stored; `recordedAt` at most TRACKING_CLOCK_SKEW_S ahead; `orderId` is an optional check, refused (403) unless it is the driver’s active order.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            points: {
              accuracy?: number;
              altitude?: number;
              battery?: number;
              heading?: number;
              lat: number;
              lng: number;
              orderId?: number;
              /**
               * @description Epoch milliseconds, or ISO 8601 with a zone
               * @example 2026-11-23T08:15:00+03:00
               */
              recordedAt: string | number;
              seq?: number;
              speed?: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Stored (committed) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PositionAck'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description Not a driver (E_NOT_A_DRIVER), or orderId not held (E_ORDER_NOT_HELD) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION, E_FUTURE_TIMESTAMP or E_TOO_OLD; field names the point */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_RATE_LIMITED: over the driver’s points a minute; nothing stored, send again after Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_STORE_UNAVAILABLE: not stored, send again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ussd': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One step of a USSD session (Africa's Talking callback)
     * @description Africa’s Talking posts a form (`sessionId`, `serviceCode`, `phoneNumber` — the identity: a farmer, a driver, or someone to register —, `networkCode`, `text`: the whole path of answers joined by `*`, empty on the first step; `0` goes back one step, `00` to the main menu) and reads the answer as plain text. With USSD_API_KEY set the call must carry `Authorization: Bearer <USSD_API_KEY>`; USSD_ALLOWED_IPS limits where it may come from. Every screen is at most 182 characters, in the caller’s language (en, sw, fr).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            networkCode?: string | null;
            phoneNumber: string;
            serviceCode: string;
            sessionId: string;
            text?: string | null;
          };
        };
      };
      responses: {
        /** @description `CON ` and a screen waiting for an answer, or `END ` and the last screen */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description A field is missing or malformed, or the session belongs to another phone */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description Wrong key or source address */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vehicle-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List vehicle types (any signed-in user)
     * @description The types used in `country`; without it, in the caller's own country (its organisation's, else its phone's), so a fleet and a load offer only those. Admins and platform dispatchers get every type unless they name a country.
     */
    get: {
      parameters: {
        query?: {
          country?: 'KE' | 'SN' | 'TZ' | 'UG';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Smallest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['VehicleType'][];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /** Add a vehicle type (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            body:
              | 'flatbed'
              | 'box'
              | 'curtainsider'
              | 'tanker'
              | 'refrigerated'
              | 'tipper'
              | 'container'
              | 'livestock'
              | 'van'
              | 'pickup'
              | 'motorcycle';
            capacityKg: number;
            capacityM3: number;
            code: string;
            countries?: ('KE' | 'SN' | 'TZ' | 'UG')[];
            name: string;
            names?: {
              fr?: string;
              sw?: string;
            };
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleType'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VEHICLE_TYPE_EXISTS: the code is taken */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vehicle-types/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct a vehicle type (admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            body?:
              | 'flatbed'
              | 'box'
              | 'curtainsider'
              | 'tanker'
              | 'refrigerated'
              | 'tipper'
              | 'container'
              | 'livestock'
              | 'van'
              | 'pickup'
              | 'motorcycle';
            capacityKg?: number;
            capacityM3?: number;
            countries?: ('KE' | 'SN' | 'TZ' | 'UG')[];
            name?: string;
            names?: {
              fr?: string;
              sw?: string;
            };
          };
        };
      };
      responses: {
        /** @description Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleType'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/vehicles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List vehicles
     * @description Members of a carrier (owner, dispatchers, drivers) see their carrier's active vehicles; admins and platform dispatchers see all and may filter by organisationId (admins and platform dispatchers only). `plate` matches part of the plate, any spelling. Shippers: 403.
     */
    get: {
      parameters: {
        query?: {
          organisationId?: number;
          page?: number;
          perPage?: number;
          plate?: string;
          vehicleTypeId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Vehicle'][];
              meta: components['schemas']['PageMeta'];
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a vehicle (carrier owner or dispatcher, or admin)
     * @description Created in your own carrier; admins must give organisationId (a carrier). The answer includes why the new vehicle is not yet eligible (papers missing). The plate may be written any common way; it is stored and answered upper-case without spaces or dashes ("KCA123A") and is unique platform-wide.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            baseAddress?: string | null;
            baseLocation?: {
              lat: number;
              lng: number;
            } | null;
            capacityKg?: number | null;
            capacityM3?: number | null;
            make?: string | null;
            model?: string | null;
            organisationId?: number;
            plate: string;
            vehicleTypeId: number;
            year?: number | null;
          };
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleDetails'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: organisationId is not your carrier */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PLATE_TAKEN: a vehicle with this plate is already registered */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (coordinates out of range, negative capacity, bad plate...), E_UNKNOWN_VEHICLE_TYPE or E_VEHICLE_TYPE_NOT_IN_COUNTRY (vehicleTypeId: a type not used in the carrier’s country), E_NOT_A_CARRIER (organisationId) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vehicles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A vehicle with its papers, drivers and eligibility */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The vehicle */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleDetails'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, out of range or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Archive a vehicle
     * @description It leaves lists, can no longer take loads, and its drivers are unassigned. Its history stays.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Archived */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VEHICLE_BUSY: it is on an order under way (named) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Edit a vehicle (carrier owner or dispatcher, or admin)
     * @description A null override goes back to the vehicle type’s capacity.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            baseAddress?: string | null;
            baseLocation?: {
              lat: number;
              lng: number;
            } | null;
            capacityKg?: number | null;
            capacityM3?: number | null;
            make?: string | null;
            model?: string | null;
            plate?: string;
            vehicleTypeId?: number;
            year?: number | null;
          };
        };
      };
      responses: {
        /** @description Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleDetails'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: drivers and platform dispatchers only read */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PLATE_TAKEN */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION, E_UNKNOWN_VEHICLE_TYPE */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/vehicles/{id}/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign a driver of the same carrier
     * @description A vehicle may have several drivers; a driver drives one vehicle at a time (unassign first to move them). Assigning the same pair again is a no-op.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            driverId: number;
          };
        };
      };
      responses: {
        /** @description The vehicle with its drivers */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleDetails'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_DRIVER_ALREADY_ASSIGNED: the driver drives another vehicle (named) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_DRIVER_NOT_IN_CARRIER: not a driver of this carrier; E_VALIDATION */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vehicles/{id}/drivers/{driverId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unassign a driver */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          driverId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Unassigned */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such vehicle, or the driver does not drive it */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_DRIVER_BUSY: the driver hauls an order with this vehicle (named) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vehicles/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a photo (JPEG, PNG or WebP)
     * @description At most 5 MB. The bytes are checked, not the name: anything else is 422 E_VALIDATION (size/extension) or E_INVALID_FILE (content), and nothing is stored. At most 10 photos per vehicle.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            photo: string;
          };
        };
      };
      responses: {
        /** @description Stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehiclePhoto'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_TOO_MANY_PHOTOS */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: the whole multipart body is over 20 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION (missing, too large, wrong extension), E_INVALID_FILE (content) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vehicles/{id}/photos/{photoId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The photo itself */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          photoId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
            'image/jpeg': string;
            'image/png': string;
            'image/webp': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a photo */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          photoId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED_ACCESS: missing, revoked or expired token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_AUTHORIZATION_FAILURE: you can see it but your role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a value the validator refuses (each error names its field and rule) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/africastalking/sms-delivery-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Africa’s Talking SMS delivery report
     * @description Form-encoded, as Africa’s Talking posts it. Stored on the message it names (`id` = the messageId of the send); a final status is never replaced by a late intermediate one. With SMS_DELIVERY_REPORT_TOKEN set, the URL must carry `?token=`.
     */
    post: {
      parameters: {
        query?: {
          token?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            failureReason?: string;
            id: string;
            networkCode?: string;
            phoneNumber?: string;
            retryCount?: number;
            /** @enum {unknown} */
            status: 'Sent' | 'Submitted' | 'Buffered' | 'Rejected' | 'Success' | 'Failed';
          };
        };
      };
      responses: {
        /** @description Stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example Success */
              deliveryStatus: string | null;
              /** @constant */
              ok: true;
              smsId: number;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED: the delivery report token is missing or wrong */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no message of ours has this id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing or malformed (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/africastalking/sms-inbound': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Africa’s Talking incoming message: an answer to an invitation
     * @description Form-encoded, as Africa’s Talking posts incoming messages (`from`, `to`, `text`, `date`, `id`, `linkId`; only `from` and `text` are read). `YES <code>` / `NO <code>` (also OUI/NON, NDIO/HAPANA) from the invitee’s phone accepts or declines the invitation texted with that code; the invitee gets a text back. Anything else is acknowledged and ignored. With SMS_INBOUND_TOKEN set, the URL must carry `?token=`.
     */
    post: {
      parameters: {
        query?: {
          token?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            from: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Received; `handled` says whether it answered an invitation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              handled: boolean;
              ok: boolean;
            };
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNAUTHORIZED: SMS_INBOUND_TOKEN is set and the URL does not carry it */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: a field is missing, has the wrong type or format (`field` names it) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/airtel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Airtel Money’s collection callback
     * @description The callback URL registered for the Airtel Africa app. The body is Airtel’s `{"transaction":{"id","message","status_code":"TS|TF","airtel_money_id"}}`; `id` is our transaction id. When AIRTEL_CALLBACK_SECRET is set (Airtel’s callback with authentication) the body must also carry `hash`, the Base64 HMAC-SHA256 of the `transaction` object under that key; otherwise it is unsigned. It is matched to our attempt, stored once per id and status, and applied by a job only after the transaction enquiry agrees. A callback about a transaction we never started is acknowledged and changes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Received */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
            };
          };
        };
        /** @description E_BAD_CALLBACK: not an Airtel Money callback */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_BAD_SIGNATURE: AIRTEL_CALLBACK_SECRET is set and the hash is missing or does not match (logged, nothing stored) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/mpesa/b2c/{which}/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Daraja’s B2C result (`which=result`) and queue-timeout (`which=timeout`) callbacks, and the results of a Transaction Status query (`status`, `status_timeout`)
     * @description The URLs we gave Daraja for one payout; the token is its secret. The body is Daraja’s `{"Result":{...}}`. Stored once per kind and OriginatorConversationID, applied by a job: it must name the payout’s current key (a status result names it in its ResultParameters) and its amount, on success; a replay changes nothing. Answers Daraja’s acknowledgement at once.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
          which: 'result' | 'timeout' | 'status' | 'status_timeout';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accepted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ResultCode: number;
              ResultDesc: string;
            };
          };
        };
        /** @description E_BAD_CALLBACK: not a B2C result */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no payout has this token (logged, nothing stored) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: the token is malformed */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/mpesa/stk/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Daraja’s STK push callback
     * @description The URL we gave Daraja for one attempt; its token is the attempt’s secret. The body is Daraja’s `{"Body":{"stkCallback":{...}}}`. It is stored once per CheckoutRequestID and applied by a job after the STK query confirms it; a replay changes nothing. Answers Daraja’s acknowledgement at once.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accepted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ResultCode: number;
              ResultDesc: string;
            };
          };
        };
        /** @description E_BAD_CALLBACK: not an STK callback */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no attempt has this token (logged, nothing stored) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: the token is malformed */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/orange_money_cashin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Orange Money’s cash-in notification
     * @description The URL registered once with Orange’s merchant callback (`POST /api/notification/v1/merchantcallback`, with ORANGE_CASHIN_CALLBACK_API_KEY as its `apiKey`). The notification must carry `Authorization: Basic <apiKey>`; its body is the cash-in transaction (`{"transactionId","status","reference","amount":{"value","unit"},"type":"CASHIN",...}`), `reference` being our payout key. It is only a hint: stored once per reference, transaction and status, and a job asks Orange (transaction status, or the search by reference) before anything changes. A notification about a reference we never sent is acknowledged and changes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Received */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
            };
          };
        };
        /** @description E_BAD_CALLBACK: not an Orange Money cash-in notification */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_BAD_SIGNATURE: no apiKey, or not ours (logged, nothing stored) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/orange_money/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Orange Money’s payment notification
     * @description The notif_url we gave Orange for one attempt; its token is the attempt’s secret. The body is Orange’s `{"status":"SUCCESS|FAILED","notif_token":"…","txnid":"…"}`; its notif_token must be the one Orange’s web payment answer gave for this attempt. Stored once, applied by a job after the transaction status confirms it; a replay changes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Received */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
            };
          };
        };
        /** @description E_BAD_CALLBACK: not an Orange Money notification */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_FOUND: no attempt has this token (logged, nothing stored) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_VALIDATION: the token is malformed */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/wave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Wave’s webhook (checkout events)
     * @description The URL registered in Wave’s Business Portal with the signing-secret strategy. `Wave-Signature: t=<unix seconds>,v1=<hex>`, v1 = HMAC-SHA256(WAVE_WEBHOOK_SECRET, t + raw body), checked over the raw bytes; a timestamp more than 5 minutes away is refused. `checkout.session.completed` and `checkout.session.payment_failed` are stored once per event id and applied by a job after the session read confirms them; other events, and sessions we did not open, are acknowledged and change nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Received */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
            };
          };
        };
        /** @description E_BAD_CALLBACK: the body is not JSON */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_BAD_SIGNATURE: no signature, a stale timestamp, or one that does not match (logged, nothing stored) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/csp-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receives Content-Security-Policy violation reports from browsers
     * @description Logged as they come; nothing is stored.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/csp-report': Record<string, unknown>;
          'application/reports+json': Record<string, unknown>[];
        };
      };
      responses: {
        /** @description Logged */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The body is not valid JSON */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description The body is larger than 1 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description Unsupported content type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Swagger UI for this document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description HTML page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health of the API and what it depends on
     * @description Runs every registered check (database, PostGIS, Redis when configured, job queue).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every check passed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HealthReport'];
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description At least one check failed; it has status "error" */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HealthReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description Process metrics, `http_requests_total` and `http_request_duration_seconds` by method, route pattern and status. Requires `Authorization: Bearer <METRICS_TOKEN>`; open without a token only outside production when METRICS_TOKEN is unset.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Prometheus text exposition format */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description The bearer token is missing or wrong, or production has no METRICS_TOKEN */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This OpenAPI 3.1 document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': Record<string, unknown>;
          };
        };
        /** @description E_INVALID_INPUT: a NUL character, a body nested deeper than 16 or a key named like a built-in of Object (`field` names it); nothing was read */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/osmand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * OsmAnd protocol (OsmAnd app, Traccar Client, compatible trackers)
     * @description Authenticated by the tracker id alone. Also served on every path of OSMAND_PORT when set. The fields come from the query string, else from the body (a form, or the same text sent without a content type); a point refused gets the answer the socket and the HTTP batch get.
     */
    get: {
      parameters: {
        query?: {
          accuracy?: string;
          altitude?: string;
          batt?: string;
          bearing?: string;
          deviceid?: string;
          heading?: string;
          id?: string;
          lat?: string;
          location?: string;
          lon?: string;
          speed?: string;
          timestamp?: string;
          valid?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accepted (empty body); a report without a fix is acknowledged, not stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description No device id (E_OSMAND_MALFORMED), or an unknown or revoked one (E_UNKNOWN_DEVICE) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_A_DRIVER: the tracker’s user is no driver now */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description The point refused as by the socket and HTTP batch (E_VALIDATION, E_FUTURE_TIMESTAMP, E_TOO_OLD); `field` names it */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_RATE_LIMITED: over the driver’s or the tracker’s budget, or too many unknown ids from this address */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    put?: never;
    /**
     * OsmAnd protocol: the query form, a form body, or Traccar Client’s JSON
     * @description Authenticated by the tracker id alone. Also served on every path of OSMAND_PORT when set. The fields come from the query string, else from the body (a form, or the same text sent without a content type); a point refused gets the answer the socket and the HTTP batch get.
     */
    post: {
      parameters: {
        query?: {
          accuracy?: string;
          altitude?: string;
          batt?: string;
          bearing?: string;
          deviceid?: string;
          heading?: string;
          id?: string;
          lat?: string;
          location?: string;
          lon?: string;
          speed?: string;
          timestamp?: string;
          valid?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Tracker id */
            device_id: string;
            /** @description One location, or up to 500 (the SDK’s batch sync) */
            location:
              | {
                  battery?: {
                    /** @description 0..1 */
                    level?: number;
                  };
                  /** @description Absent: no fix (acknowledged, not stored) */
                  coords?: {
                    /** @description Metres */
                    accuracy?: number;
                    /** @description Metres */
                    altitude?: number;
                    /** @description Degrees; -1 unknown */
                    heading?: number;
                    latitude?: number;
                    longitude?: number;
                    /** @description m/s; -1 unknown */
                    speed?: number;
                  };
                  /** @description ISO 8601, or milliseconds since the epoch */
                  timestamp: string;
                }
              | {
                  battery?: {
                    /** @description 0..1 */
                    level?: number;
                  };
                  /** @description Absent: no fix (acknowledged, not stored) */
                  coords?: {
                    /** @description Metres */
                    accuracy?: number;
                    /** @description Metres */
                    altitude?: number;
                    /** @description Degrees; -1 unknown */
                    heading?: number;
                    latitude?: number;
                    longitude?: number;
                    /** @description m/s; -1 unknown */
                    speed?: number;
                  };
                  /** @description ISO 8601, or milliseconds since the epoch */
                  timestamp: string;
                }[];
          };
          'application/x-www-form-urlencoded': {
            /** @description Metres */
            accuracy?: string;
            /** @description Metres */
            altitude?: string;
            /** @description Battery, % */
            batt?: string;
            /** @description Degrees */
            bearing?: string;
            /** @description Alias of `id` */
            deviceid?: string;
            /** @description Alias of `bearing` */
            heading?: string;
            /** @description Tracker id (or `deviceid`); see POST /api/v1/trackers */
            id?: string;
            /** @description Latitude, degrees */
            lat?: string;
            /** @description `lat,lon` instead of lat and lon */
            location?: string;
            /** @description Longitude, degrees */
            lon?: string;
            /** @description Knots */
            speed?: string;
            /** @description Seconds or milliseconds since the epoch (below 2^31 = seconds), or ISO 8601; default now */
            timestamp?: string;
            /** @description Anything but `true`/`1`: acknowledged but not stored */
            valid?: string;
          };
        };
      };
      responses: {
        /** @description Accepted (empty body); a report without a fix is acknowledged, not stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description No device id or a malformed JSON report (E_OSMAND_MALFORMED); an unknown id in a form (E_UNKNOWN_DEVICE) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_NOT_A_DRIVER: the tracker’s user is no driver now */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNKNOWN_DEVICE: an unknown or revoked tracker id in a JSON report */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_PAYLOAD_TOO_LARGE: a raw body over 64 KB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description The point refused as by the socket and HTTP batch (E_VALIDATION, E_FUTURE_TIMESTAMP, E_TOO_OLD); `field` names it */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
        /** @description E_RATE_LIMITED: over the driver’s or the tracker’s budget, or too many unknown ids from this address */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Errors'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AdminUser: {
      /** @description The account's country: its organisation's, else its phone's. Phones typed without + are read in it. */
      country: components['schemas']['Country'];
      /** Format: date-time */
      createdAt: string;
      /** @description Whether they have a photo: their own at GET /me/photo */
      hasPhoto: boolean;
      id: number;
      locale: components['schemas']['Locale'];
      name: string | null;
      organisation: components['schemas']['OrganisationSummary'] | null;
      /**
       * @description Masked: POST /admin/users/{id}/reveal-phone shows it (and logs that)
       * @example +254•••••••78
       */
      phone: string;
      /** @description GET it (admins) for the account’s photo; null: no photo */
      photoUrl: string | null;
      role: components['schemas']['Role'];
      suspendedAt: string | null;
      suspensionReason: string | null;
    };
    /** @enum {string} */
    AuditAction:
      | 'paper.verified'
      | 'paper.rejected'
      | 'dispute.resolved'
      | 'user.created'
      | 'user.updated'
      | 'user.suspended'
      | 'user.reinstated'
      | 'user.phone_revealed'
      | 'audit.exported'
      | 'payout.retried'
      | 'payout.cancelled'
      | 'payout.marked_sent'
      | 'payout.marked_failed'
      | 'payout.refunded_by_hand'
      | 'payout.reversed'
      | 'payout_number.changed'
      | 'payout_rail.changed'
      | 'refund.requested'
      | 'payment.unwanted'
      | 'payment.checked'
      | 'payment.closed'
      | 'payouts.paused'
      | 'payouts.resumed'
      | 'vehicle_type.created'
      | 'vehicle_type.updated'
      | 'payout_run.approved'
      | 'payout_run.approval_refused';
    AuditEvent: {
      action: components['schemas']['AuditAction'];
      /** @description Who acted, as they were then; null for the system */
      actor: {
        id: number;
        name: string | null;
        role: string | null;
      } | null;
      after: {
        [key: string]: unknown;
      } | null;
      before: {
        [key: string]: unknown;
      } | null;
      id: number;
      /** @description Where the request came from */
      ip: string | null;
      /** Format: date-time */
      occurredAt: string;
      reason: string | null;
      subject: {
        id: string;
        /** @description What people call it, as it was then (a name, an order by cargo and places); for a row recorded without one, what it is called now */
        name: string | null;
        type: components['schemas']['AuditSubjectType'];
      };
    };
    /** @enum {string} */
    AuditSubjectType:
      | 'user'
      | 'organisation'
      | 'document'
      | 'order'
      | 'payment'
      | 'payout'
      | 'payouts'
      | 'farmer_payout_run'
      | 'vehicle_type'
      | 'audit';
    Bid: {
      /** @description Minor units of the currency (XOF has none, KES has cents) */
      amount: number;
      bidderId: number;
      /** @description In lists of an order’s bids */
      carrier?: components['schemas']['CarrierSummary'];
      carrierOrganisationId: number;
      /** Format: date-time */
      createdAt: string;
      currency: components['schemas']['Currency'];
      decidedAt: string | null;
      driverId: number;
      /** Format: date-time */
      estimatedPickupAt: string;
      id: number;
      note: string | null;
      orderId: number;
      split: components['schemas']['PriceSplit'];
      /** @enum {string} */
      status: 'open' | 'accepted' | 'rejected' | 'withdrawn';
      /** Format: date-time */
      updatedAt: string;
      /** @description In lists of an order’s bids */
      vehicle?: components['schemas']['VehicleSummary'];
      vehicleId: number;
    };
    /** @enum {string} */
    Capability:
      | 'post_orders'
      | 'drive'
      | 'watch_fleet'
      | 'manage_vehicles'
      | 'run_milk_routes'
      | 'work_in_cooperative'
      | 'manage_cooperative'
      | 'review_papers'
      | 'review_disputes'
      | 'decide_disputes'
      | 'administer_money'
      | 'administer_accounts'
      | 'manage_vehicle_types'
      | 'read_audit'
      | 'view_operations'
      | 'retry_jobs';
    CarrierSummary: {
      id: number;
      name: string;
      rating: components['schemas']['RatingSummary'];
    };
    ChatMessage: {
      attachment: {
        /** @description Bytes */
        size: number;
        /** @example image/jpeg */
        type: string;
        url: string;
      } | null;
      /** @description Phone numbers masked as ••• */
      body: string | null;
      /** @description Chosen by the sending device, kept across retries */
      clientId: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      /** @enum {string} */
      kind: 'text' | 'photo' | 'voice';
      orderId: number;
      sender: {
        id: number;
        name: string | null;
        /** @enum {string} */
        side: 'shipper' | 'carrier' | 'admin';
      };
    };
    ChatReceipt: {
      deliveredUpTo: number;
      readUpTo: number;
      userId: number;
    };
    CodeSent: {
      /**
       * @description Seconds
       * @example 300
       */
      expiresIn: number;
      /**
       * @description E.164
       * @example +254712345678
       */
      phone: string;
    };
    CollectionCentre: {
      cooperativeId: number;
      id: number;
      location: components['schemas']['CollectionPoint'];
      name: string;
    };
    CollectionPoint: {
      lat: number;
      lng: number;
    };
    CollectionRoute: {
      active: boolean;
      cooperativeId: number;
      driverId: number | null;
      id: number;
      name: string;
      shifts: components['schemas']['RouteShift'][];
      stops: components['schemas']['RouteStop'][];
      vehicleId: number | null;
    };
    CollectionsDashboard: {
      byCentreDay: {
        acceptedLitres: number;
        centreId: number;
        centreName: string;
        /** Format: date */
        date: string;
      }[];
      byRouteDay: {
        acceptedLitres: number;
        collections: number;
        /** Format: date */
        date: string;
        rejectedLitres: number;
        routeId: number | null;
        routeName: string | null;
      }[];
      farmersWithoutCollections: {
        id: number;
        memberNumber: string;
        name: string;
        phone: string;
      }[];
      /** Format: date */
      from: string;
      rejections: {
        collections: number;
        litres: number;
        /** @enum {string} */
        reason:
          'lactometer_low' | 'lactometer_high' | 'alcohol_positive' | 'temperature_high' | 'other';
      }[];
      /** Format: date */
      to: string;
      totals: {
        acceptedLitres: number;
        collections: number;
        rejectedLitres: number;
        rejectionRatePct: number;
      };
    };
    CollectionSyncResult: {
      /** @description When stored */
      collection?: components['schemas']['MilkCollection'];
      /** @description When refused */
      error?: components['schemas']['Error'];
      /** Format: uuid */
      id: string;
      /**
       * @description stored and duplicate: drop it from the phone’s queue; refused: nothing stored, show the error
       * @enum {string}
       */
      status: 'stored' | 'duplicate' | 'refused';
    };
    Cooperative: {
      /** @description Each collection must carry alcoholPassed */
      alcoholTestRequired: boolean;
      /** @description The transporter running its routes */
      carrierOrganisationId: number | null;
      /** @description Collections up to this day can no longer be added or corrected */
      closedThrough: string | null;
      /** @description What a farmer types to register by USSD */
      code: string;
      country: components['schemas']['Country'];
      currency: components['schemas']['Currency'];
      /** @description Its organisation’s id */
      id: number;
      /** @description Above: refused */
      lactometerMax: number;
      /** @description Below: water added, refused */
      lactometerMin: number;
      /** @description Most litres one collection may carry */
      maxLitres: number;
      /** @description Warmer milk is refused */
      maxTemperatureC: number;
      /** @description kg per litre, to convert a weighed can */
      milkDensity: number;
      /** @description Under it (when measured): grade B */
      minFatPct: number | null;
      /** @description Under it (when measured): grade B */
      minSnfPct: number | null;
      name: string;
      /** @description Intake differing from the farm collections by more than this share is flagged */
      varianceThresholdPct: number;
    };
    /**
     * @description ISO 3166-1 alpha-2, a country Njia serves
     * @enum {string}
     */
    Country: 'KE' | 'SN' | 'TZ' | 'UG';
    /** @enum {string} */
    Currency: 'XOF' | 'KES' | 'TZS' | 'UGX';
    DispatchSuggestion: {
      carrierOrganisationId: number;
      distanceM: number;
      driver: {
        id: number;
        name: string | null;
        phone: string;
      };
      /**
       * @description live: the driver's fresh on-duty GPS position; base: the vehicle's base location
       * @enum {string}
       */
      locationSource: 'live' | 'base';
      vehicle: {
        capacityKg: number;
        id: number;
        plate: string;
        typeCode: string;
      };
    };
    Dispute: {
      /** @description The carrier’s share before commission, minor units */
      carrierAmount: number | null;
      /** Format: date-time */
      createdAt: string;
      decision: components['schemas']['DisputeDecision'] | null;
      description: string;
      evidence: {
        contentType: string;
        fileName: string;
        size: number;
        /**
         * @description Download (GET, authenticated)
         * @example /api/v1/orders/12/dispute/evidence/0
         */
        url: string;
      }[];
      id: number;
      openedById: number | null;
      orderId: number;
      /** @enum {string} */
      reason: 'damaged' | 'missing_items' | 'not_delivered' | 'late' | 'wrong_address' | 'other';
      /** @description Refunded to the shipper, minor units */
      refundAmount: number | null;
      resolutionNote: string | null;
      resolvedAt: string | null;
      resolvedById: number | null;
      status: components['schemas']['DisputeStatus'];
    };
    DisputeCase: {
      /** @description The carrier’s share before commission */
      carrierAmount: number | null;
      decision: components['schemas']['DisputeDecision'] | null;
      description: string;
      evidence: {
        contentType: string;
        fileName: string;
        size: number;
        /** @example /api/v1/orders/12/dispute/evidence/0 */
        url: string;
      }[];
      id: number;
      /** Format: date-time */
      openedAt: string;
      openedBy: {
        id: number;
        name: string | null;
      } | null;
      order: {
        carrier: {
          id: number;
          name: string | null;
        } | null;
        currency: components['schemas']['Currency'];
        deliveredAt: string | null;
        dropoffAddress: string;
        id: number;
        /** @description How people name the load (Order.name) */
        name: string;
        /** @enum {string} */
        paymentMethod: 'mobile_money' | 'cash';
        pickupAddress: string;
        priceAmount: number | null;
        shipper: {
          id: number;
          name: string | null;
        };
        /** @enum {string} */
        status:
          | 'draft'
          | 'posted'
          | 'bidding'
          | 'assigned'
          | 'pickup_pending'
          | 'picked_up'
          | 'in_transit'
          | 'delivered'
          | 'completed'
          | 'cancelled'
          | 'disputed'
          | 'resolved';
      };
      /** @enum {string} */
      reason: 'damaged' | 'missing_items' | 'not_delivered' | 'late' | 'wrong_address' | 'other';
      refundAmount: number | null;
      resolutionNote: string | null;
      resolvedAt: string | null;
      resolvedBy: {
        id: number;
        name: string | null;
      } | null;
      status: components['schemas']['DisputeStatus'];
    };
    DisputeCaseDetails: {
      /** @description The carrier’s share before commission */
      carrierAmount: number | null;
      decision: components['schemas']['DisputeDecision'] | null;
      description: string;
      evidence: {
        contentType: string;
        fileName: string;
        size: number;
        /** @example /api/v1/orders/12/dispute/evidence/0 */
        url: string;
      }[];
      /** @description What escrow holds for the order now */
      held: number;
      id: number;
      /** Format: date-time */
      openedAt: string;
      openedBy: {
        id: number;
        name: string | null;
      } | null;
      order: {
        carrier: {
          id: number;
          name: string | null;
        } | null;
        currency: components['schemas']['Currency'];
        deliveredAt: string | null;
        dropoffAddress: string;
        id: number;
        /** @description How people name the load (Order.name) */
        name: string;
        /** @enum {string} */
        paymentMethod: 'mobile_money' | 'cash';
        pickupAddress: string;
        priceAmount: number | null;
        shipper: {
          id: number;
          name: string | null;
        };
        /** @enum {string} */
        status:
          | 'draft'
          | 'posted'
          | 'bidding'
          | 'assigned'
          | 'pickup_pending'
          | 'picked_up'
          | 'in_transit'
          | 'delivered'
          | 'completed'
          | 'cancelled'
          | 'disputed'
          | 'resolved';
      };
      /** @enum {string} */
      reason: 'damaged' | 'missing_items' | 'not_delivered' | 'late' | 'wrong_address' | 'other';
      refundAmount: number | null;
      resolutionNote: string | null;
      resolvedAt: string | null;
      resolvedBy: {
        id: number;
        name: string | null;
      } | null;
      status: components['schemas']['DisputeStatus'];
    };
    /** @enum {string} */
    DisputeDecision: 'pay_carrier' | 'refund_shipper' | 'split';
    /** @enum {string} */
    DisputeStatus: 'open' | 'resolved' | 'cancelled';
    /** @enum {string} */
    DocumentKind: 'registration_card' | 'insurance' | 'driving_licence';
    /** @enum {string} */
    DocumentStatus: 'pending' | 'verified' | 'rejected';
    Duty: {
      onDuty: boolean;
      /** Format: date-time */
      since: string;
    };
    Earnings: {
      balances: {
        /** @description Commission the carrier owes on cash it collected */
        cashCommissionOwed: number;
        currency: components['schemas']['Currency'];
        /** @description Owed to the carrier (minor units) */
        payable: number;
        /** @description Sent, result not known yet */
        payingOut: number;
      }[];
      lines: {
        carrierOrganisationId: number;
        commission: number;
        currency: components['schemas']['Currency'];
        gross: number;
        /** @enum {string} */
        method: 'mobile_money' | 'cash';
        net: number;
        orderId: number;
        /**
         * @description The order by cargo and places (Order.name)
         * @example maize · Industrial Area, Nairobi → Mombasa
         */
        orderName: string;
        /** @description The payout of the net (none for cash orders) */
        payout: {
          /** @description In the reader’s language */
          failureMessage: string | null;
          id: number;
          receipt: string | null;
          /** @enum {string} */
          status: 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'reversed';
        } | null;
        /** Format: date-time */
        settledAt: string;
      }[];
    };
    /** @description Whether the vehicle (with that driver) may bid and be assigned, and why not. */
    Eligibility: {
      eligible: boolean;
      reasons: {
        /**
         * @example INSURANCE_EXPIRED
         * @example REGISTRATION_CARD_MISSING
         * @example NOT_A_DRIVER
         */
        code: string;
        /** @example Vehicle KCA123A’s insurance certificate expired on 2026-10-31. */
        message: string;
        /** @description When the reason is a paper: which, and what is wrong with it */
        paper?: {
          kind: components['schemas']['DocumentKind'];
          /** @enum {string} */
          problem: 'missing' | 'rejected' | 'expired' | 'pending';
        };
      }[];
    };
    Error: {
      /**
       * @description Stable, upper-case
       * @example E_VALIDATION
       */
      code: string;
      /** @description The input field at fault, when there is one */
      field?: string;
      /** @description For humans; may change */
      message: string;
      /** @description The validation rule that failed (422 only) */
      rule?: string;
    };
    Errors: {
      errors: components['schemas']['Error'][];
    };
    Farmer: {
      cooperativeId: number;
      /** Format: date-time */
      createdAt: string;
      id: number;
      locale: components['schemas']['Locale'];
      /** @example K0042 */
      memberNumber: string;
      name: string;
      nationalId: string | null;
      payoutPhone: string;
      /** @example +254712345678 */
      phone: string;
      /** @enum {string} */
      status: 'pending' | 'active' | 'suspended';
      stopId: number | null;
    };
    FarmerAdjustment: {
      /** @description Minor unit */
      amount: number;
      /** Format: date-time */
      createdAt: string;
      farmerId: number;
      id: number;
      /** @enum {string} */
      kind: 'transport' | 'advance' | 'inputs' | 'bonus' | 'other' | 'carried';
      /** @description Its kind in the farmer’s language; a carried deduction names the month it is owed from */
      label: string;
      note: string | null;
      /** @example 2026-11 */
      period: string;
      /** @description What it does to the pay: negative for deductions */
      signedAmount: number;
    };
    FarmerPayoutLine: {
      /** @description Minor unit */
      bonuses: number;
      /** @description Minor unit */
      deductions: number;
      farmer: {
        id: number;
        memberNumber: string;
        name: string;
      };
      /** @description Minor unit */
      gross: number;
      id: number;
      /** @description Accepted litres, corrections included */
      litres: number;
      /** @description What the farmer is paid; nothing when not above zero */
      net: number;
      /** @description Once the run is approved */
      payout: components['schemas']['Payout'] | null;
      /** @description The farmer got their statement by SMS */
      statementSent: boolean;
    };
    FarmerPayoutRun: {
      approvedAt: string | null;
      approvedById: number | null;
      cooperativeId: number;
      currency: components['schemas']['Currency'];
      id: number;
      /** @example 2026-11 */
      period: string;
      preparedById: number | null;
      /**
       * @description draft: prepared, to review; approved: each farmer is being paid
       * @enum {string}
       */
      status: 'draft' | 'approved';
      /** @description Minor unit: what the farmers are paid */
      totalAmount: number;
      /** Format: date-time */
      updatedAt: string;
    };
    FarmerPayoutRunDetail: {
      approvedAt: string | null;
      approvedById: number | null;
      approvedByName: string | null;
      cooperativeId: number;
      currency: components['schemas']['Currency'];
      id: number;
      lines: components['schemas']['FarmerPayoutLine'][];
      /** @example 2026-11 */
      period: string;
      preparedById: number | null;
      preparedByName: string | null;
      /** @description The cooperative has two managers or more: who prepared the run may not approve it. With one manager, that manager approves alone. */
      secondApproverRequired: boolean;
      /**
       * @description draft: prepared, to review; approved: each farmer is being paid
       * @enum {string}
       */
      status: 'draft' | 'approved';
      /** @description Minor unit: what the farmers are paid */
      totalAmount: number;
      /** Format: date-time */
      updatedAt: string;
    };
    FarmerStatement: {
      adjustments: components['schemas']['FarmerAdjustment'][];
      collections: components['schemas']['MilkCollection'][];
      cooperative: {
        id: number;
        name: string;
      };
      currency: components['schemas']['Currency'];
      farmer: {
        id: number;
        memberNumber: string;
        name: string;
        phone: string;
      };
      /** @description Minor unit */
      gross: number;
      litresByGrade: {
        [key: string]: number;
      };
      /** @description Minor unit */
      net: number;
      /** @example 2026-11 */
      period: string;
      /** @description False until the period’s prices are set (gross and net are then 0) */
      priced: boolean;
      prices: {
        [key: string]: number;
      };
      rejectedLitres: number;
      /** @description The text POST .../statement/sms sends */
      smsSummary: string;
    };
    FleetDocument: {
      /** @description The carrier the paper belongs to */
      carrier: {
        country: components['schemas']['Country'];
        id: number;
        name: string;
      } | null;
      /** @enum {string} */
      contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
      /** Format: date-time */
      createdAt: string;
      driver: {
        id: number;
        name: string | null;
      } | null;
      /** @description Set for driving_licence */
      driverId: number | null;
      expired: boolean;
      /** Format: date */
      expiresOn: string;
      fileName: string;
      fileSize: number;
      /**
       * @description Needs the bearer token
       * @example /api/v1/documents/12/file
       */
      fileUrl: string;
      id: number;
      kind: components['schemas']['DocumentKind'];
      /** @example CG-DK-2024-0042 */
      number: string;
      organisationId: number | null;
      rejectionReason: string | null;
      reviewedAt: string | null;
      /** @description pending -> verified | rejected (by an admin). Expired or rejected counts as missing. */
      status: components['schemas']['DocumentStatus'];
      vehicle: {
        id: number;
        plate: string;
      } | null;
      /** @description Set for registration_card and insurance */
      vehicleId: number | null;
    };
    FleetDriver: {
      driverId: number;
      name: string | null;
      organisationId: number | null;
      vehicle: {
        capacityKg: number;
        id: number;
        plate: string;
        type: string;
      } | null;
    };
    /** @description A driver’s way to a first bid: carrier, truck, papers, verification */
    FleetReadiness: {
      /** @description The carrier the driver drives for; null until they found or join one */
      carrier: {
        id: number;
        name: string;
      } | null;
      mayBid: boolean;
      papers: {
        kind: components['schemas']['DocumentKind'];
        /** @enum {string} */
        state: 'missing' | 'rejected' | 'expired' | 'pending' | 'verified';
        /** @description For a truck’s paper; null for the driver’s */
        vehicleId: number | null;
      }[];
      /** @description No paper is missing, rejected or expired: the papers step is done and what is left waits for an administrator */
      papersUploaded: boolean;
      /** @description How long an administrator usually takes to verify a paper */
      reviewHours: number;
      /** @description The truck the checklist is about (the one nearest to bidding) */
      vehicle: {
        id: number;
        plate: string;
      } | null;
    };
    HealthReport: {
      /** Format: date-time */
      checkedAt: string;
      checks: {
        message: string;
        /**
         * @example database
         * @example PostGIS
         * @example redis
         */
        name: string;
        /** @enum {string} */
        status: 'ok' | 'warning' | 'error';
      }[];
      /** @enum {string} */
      status: 'ok' | 'warning' | 'error';
    };
    Invitation: {
      answeredAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      id: number;
      invitedBy: {
        id: number;
        name: string | null;
      } | null;
      /** @description Only on the organisation’s side (GET /organisations/{id}/invitations, POST .../members) */
      invitee?: components['schemas']['Member'];
      organisation: components['schemas']['OrganisationSummary'];
      role: components['schemas']['Role'];
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'declined' | 'expired';
    };
    /** @enum {string} */
    JournalKind:
      | 'payment_received'
      | 'settlement'
      | 'dispute_refund'
      | 'carrier_payout_reserved'
      | 'carrier_payout_sent'
      | 'carrier_payout_cancelled'
      | 'carrier_payout_reversed'
      | 'refund_payout_reserved'
      | 'refund_payout_sent'
      | 'refund_payout_cancelled'
      | 'refund_payout_reversed'
      | 'refund_payout_returned_by_hand'
      | 'farmer_payout_run_approved'
      | 'farmer_payout_reserved'
      | 'farmer_payout_sent'
      | 'farmer_payout_cancelled'
      | 'farmer_payout_reversed';
    LatLng: {
      /** @example 14.6928 */
      lat: number;
      /** @example -17.4467 */
      lng: number;
    };
    /** @enum {string} */
    LedgerCheck:
      | 'balance'
      | 'journal_balanced'
      | 'journal_entries'
      | 'entry_currency'
      | 'non_negative'
      | 'trial_balance';
    LedgerJournal: {
      /** Format: date-time */
      createdAt: string;
      entries: {
        /** @description Minor units: debit > 0, credit < 0 */
        amount: number;
        currency: components['schemas']['Currency'];
        /**
         * @example order:12
         * @example organisation:3
         * @example platform
         */
        owner: string;
        /** @enum {string} */
        purpose:
          | 'provider_clearing'
          | 'order_escrow'
          | 'carrier_payable'
          | 'payout_in_flight'
          | 'platform_commission'
          | 'refund_payable'
          | 'farmer_payable'
          | 'cooperative_receivable'
          | 'cash_held_by_carrier';
      }[];
      id: number;
      kind: components['schemas']['JournalKind'];
      memo: string;
    };
    LedgerTotal: {
      accounts: number;
      /** @description Minor units, on the purpose’s normal side (positive: held, owed or earned) */
      balance: number;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      purpose:
        | 'provider_clearing'
        | 'order_escrow'
        | 'carrier_payable'
        | 'payout_in_flight'
        | 'platform_commission'
        | 'refund_payable'
        | 'farmer_payable'
        | 'cooperative_receivable'
        | 'cash_held_by_carrier';
    };
    LedgerVerification: {
      /** Format: date-time */
      checkedAt: string;
      problems: {
        check: components['schemas']['LedgerCheck'];
        /** @description Which account or journal, and by how much, in English */
        detail: string;
        /** @description The same facts by name, to word in any language: `account`, `owner`, `purpose`, `currency`, `balance` and `computed` (balance); `journal`, `currency`, `total` (journal_balanced); `journal`, `entries` (journal_entries); `entry`, `currency`, `accountCurrency` (entry_currency); `account`, `owner`, `purpose`, `currency`, `balance` (non_negative); `currency`, `total` (trial_balance). Amounts in minor units. */
        values: {
          [key: string]: string | number;
        };
      }[];
      /** @description Every balance matches its entries; every invariant holds */
      sound: boolean;
    };
    /** @description GeoJSON Feature with a LineString ([lng, lat] pairs) or null geometry */
    LineFeature: {
      geometry: {
        coordinates: [number, number][];
        /** @constant */
        type: 'LineString';
      } | null;
      properties: {
        [key: string]: unknown;
      };
      /** @constant */
      type: 'Feature';
    };
    /** @enum {string} */
    Locale: 'en' | 'fr' | 'sw';
    Me: {
      /** @description What you may do, each the answer of the policy guarding the endpoints behind it; the app shows pages and menus by it, the API still checks every request */
      capabilities: components['schemas']['Capability'][];
      /** @description The account's country: its organisation's, else its phone's. Phones typed without + are read in it. */
      country: components['schemas']['Country'];
      /** Format: date-time */
      createdAt: string;
      /** @description Whether they have a photo: their own at GET /me/photo */
      hasPhoto: boolean;
      id: number;
      locale: components['schemas']['Locale'];
      name: string | null;
      organisation: components['schemas']['OrganisationSummary'] | null;
      /**
       * @description E.164
       * @example +254712345678
       */
      phone: string;
      role: components['schemas']['Role'];
    };
    Member: {
      id: number;
      name: string | null;
      /** @example +254712345678 */
      phone: string;
      /** @description GET it for the member’s photo (those who see the organisation may); null: no photo */
      photoUrl: string | null;
      role: components['schemas']['Role'];
    };
    MilkCollection: {
      alcoholPassed: boolean | null;
      cans: number;
      centreId: number | null;
      /** Format: date-time */
      collectedAt: string;
      /**
       * Format: date
       * @description The day in the cooperatives’ time zone
       */
      collectedOn: string;
      cooperativeId: number;
      /** Format: date-time */
      createdAt: string;
      farmerId: number;
      fatPct: number | null;
      grade: ('A' | 'B') | null;
      /**
       * Format: uuid
       * @description Made on the device
       */
      id: string;
      /** @enum {string} */
      kind: 'collection' | 'reversal';
      lactometer: number | null;
      /** @enum {string} */
      outcome: 'accepted' | 'rejected';
      /**
       * @description The month it is paid in
       * @example 2026-11
       */
      period: string;
      position: components['schemas']['CollectionPoint'] | null;
      /** @description Negative for a reversal */
      quantityLitres: number;
      receiptSent: boolean;
      recordedById: number | null;
      /**
       * @description Printed on the receipt SMS
       * @example MK7F3Q9A
       */
      reference: string;
      rejectionReason:
        | ('lactometer_low' | 'lactometer_high' | 'alcohol_positive' | 'temperature_high' | 'other')
        | null;
      replacesId: string | null;
      reversesId: string | null;
      routeId: number | null;
      /** @enum {string} */
      shift: 'am' | 'pm';
      snfPct: number | null;
      stopId: number | null;
      temperatureC: number | null;
    };
    NearbyDriver: {
      /** @description Order of the last point, if any */
      activeOrderId: number | null;
      /** @description Metres from the query point */
      distanceM: number;
      driverId: number;
      heading: number | null;
      lat: number;
      lng: number;
      name: string | null;
      organisationId: number | null;
      phone: string;
      /** Format: date-time */
      recordedAt: string;
      speed: number | null;
      vehicle: {
        capacityKg: number;
        id: number;
        plate: string;
        type: string;
      } | null;
    };
    NearestPlace: {
      /** @description In the water: more than about 2 km off any coast or inside a lake's shores */
      atSea: boolean;
      /** @description From the point to that place */
      distanceM: number | null;
      /** @description The town the given address names (one of its words), with its distance from the point; null without an address or when it names none */
      named: {
        /** @description ISO 3166-1 alpha-2; null when the geocoder did not say */
        country: string | null;
        distanceM: number;
        /** @description The point is too far from this town for the address to be right (farther than the configured threshold): the order editor warns */
        far: boolean;
        /** @enum {string} */
        kind: 'town' | 'port' | 'market' | 'border' | 'address';
        lat: number;
        lng: number;
        /** @example Touba */
        name: string;
        /** @example Diourbel */
        region: string | null;
        /**
         * @description The embedded gazetteer (GeoNames, curated ports and markets) or the online geocoder
         * @enum {string}
         */
        source: 'gazetteer' | 'geocoder';
      } | null;
      /** @description The nearest town, port or market */
      place: components['schemas']['Place'] | null;
    };
    Notification: {
      /** @description In the reader’s language; also the SMS text */
      body: string;
      /** @description Events it tells of (a burst of bids is one) */
      count: number;
      /** Format: date-time */
      createdAt: string;
      critical: boolean;
      id: number;
      /** @enum {string} */
      kind:
        | 'bid_placed'
        | 'bid_accepted'
        | 'bid_rejected'
        | 'order_assigned'
        | 'job_assigned'
        | 'order_unassigned'
        | 'order_released'
        | 'driver_heading_to_pickup'
        | 'driver_arrived'
        | 'picked_up'
        | 'delivered'
        | 'order_completed'
        | 'order_cancelled'
        | 'order_disputed'
        | 'dispute_resolved'
        | 'paper_verified'
        | 'paper_rejected'
        | 'paper_expiring'
        | 'payment_received'
        | 'payment_failed'
        | 'refund_sent'
        | 'refund_reversed'
        | 'payout_sent'
        | 'payout_failed'
        | 'payout_reversed'
        | 'chat_message'
        | 'organisation_invitation';
      /**
       * @description The web app page it is about
       * @example /orders/12
       */
      link: string;
      orderId: number | null;
      read: boolean;
      /** @description In the reader’s language */
      title: string;
    };
    /** @enum {string} */
    NotificationChannel: 'in_app' | 'push' | 'sms';
    NotificationPreferences: {
      /** @description Kinds that always arrive (by SMS when every other channel is off) */
      critical: (
        | 'bid_placed'
        | 'bid_accepted'
        | 'bid_rejected'
        | 'order_assigned'
        | 'job_assigned'
        | 'order_unassigned'
        | 'order_released'
        | 'driver_heading_to_pickup'
        | 'driver_arrived'
        | 'picked_up'
        | 'delivered'
        | 'order_completed'
        | 'order_cancelled'
        | 'order_disputed'
        | 'dispute_resolved'
        | 'paper_verified'
        | 'paper_rejected'
        | 'paper_expiring'
        | 'payment_received'
        | 'payment_failed'
        | 'refund_sent'
        | 'refund_reversed'
        | 'payout_sent'
        | 'payout_failed'
        | 'payout_reversed'
        | 'chat_message'
        | 'organisation_invitation'
      )[];
      /** @description Every kind on every channel (the user’s choice, else the role’s default) */
      kinds: {
        bid_accepted: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        bid_placed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        bid_rejected: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        chat_message: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        delivered: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        dispute_resolved: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        driver_arrived: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        driver_heading_to_pickup: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        job_assigned: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        order_assigned: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        order_cancelled: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        order_completed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        order_disputed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        order_released: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        order_unassigned: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        organisation_invitation: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        paper_expiring: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        paper_rejected: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        paper_verified: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        payment_failed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        payment_received: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        payout_failed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        payout_reversed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        payout_sent: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        picked_up: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        refund_reversed: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
        refund_sent: {
          in_app: boolean;
          push: boolean;
          sms: boolean;
        };
      };
      quietHours: {
        /** @example 21:30 */
        from: string;
        /** @example 21:30 */
        to: string;
      } | null;
      /** @example Africa/Nairobi */
      timeZone: string;
    };
    Operations: {
      failures:
        | {
            attempts: number;
            error: string;
            failedAt: string | null;
            id: string;
            queue: string;
          }[]
        | null;
      /** @description null: the checks did not answer within a few seconds */
      health: components['schemas']['HealthReport'] | null;
      /** @description null: the queue cannot be read now (its health check says why) */
      queues:
        | {
            active: number;
            /** @description Waiting for their start time (retries) */
            deferred: number;
            /** @description Failed jobs still kept by the queue */
            failed: number;
            /** @example money.send-payout */
            name: string;
            ready: number;
          }[]
        | null;
      today: {
        /** @description Of those, delivered before the window closed */
        deliveredOnTime: number;
        /** @description Delivered today with a drop-off window */
        deliveredWithWindow: number;
        gpsPoints: number;
        ordersAssigned: number;
        ordersDelivered: number;
        ordersPosted: number;
        paymentsFailed: number;
        paymentsReceived: number;
        /** @description received / (received + failed); null with neither */
        paymentSuccessRate: number | null;
        /**
         * Format: date-time
         * @description 00:00 UTC today
         */
        since: string;
      };
    };
    Order: {
      acceptedBidId: number | null;
      /** @description What the caller may do on this order now, given its state, the caller’s side and the facts that decide (a proof already given, a rating already left, a price for a carrier taking it): the same rules the routes apply (app/orders/order_state_machine.ts). Show buttons from this, not from the status. */
      allowedActions: components['schemas']['OrderAction'][];
      assignedAt: string | null;
      assignedDriverId: number | null;
      /** @description The assigned driver’s name, for people reading the order (null: no driver, or not named yet) */
      assignedDriverName: string | null;
      /** @description GET it for the assigned driver’s photo (the crew rule of GET /orders/:id/crew); null: no driver or no photo */
      assignedDriverPhotoUrl: string | null;
      assignedVehicleId: number | null;
      cancelledAt: string | null;
      cancelReason: string | null;
      cargo: {
        count: number | null;
        fragile: boolean;
        /** @example maize */
        kind: string;
        /** @description Cargo photos (shipper, or driver at pickup) */
        photoCount: number;
        /** @description GET each for the image */
        photoUrls: string[];
        refrigerated: boolean;
        volumeM3: number | null;
        weightKg: number;
      };
      carrierOrganisationId: number | null;
      completedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      currency: components['schemas']['Currency'];
      deliveredAt: string | null;
      /** @description Load board only: metres from `near` to the pickup (PostGIS) */
      distanceM?: number;
      dropoff: components['schemas']['OrderPlace'];
      id: number;
      /**
       * @description How people name the load: cargo and places, never the id
       * @example maize · Industrial Area, Nairobi → Mombasa
       */
      name: string;
      notes: string | null;
      openToBids: boolean;
      /** @enum {string} */
      paymentMethod: 'mobile_money' | 'cash';
      pickedUpAt: string | null;
      pickup: components['schemas']['OrderPlace'];
      postedAt: string | null;
      /** @description Minor units; the accepted bid's amount once assigned by bid */
      priceAmount: number | null;
      requiredVehicleTypeId: number | null;
      shipperId: number;
      shipperOrganisationId: number | null;
      /** @description The price split by the platform’s commission (what the shipper pays, the commission, what the carrier nets): at the rate fixed on the order once a carrier has it, else at the rate of its country now; null while there is no price */
      split: components['schemas']['PriceSplit'] | null;
      status: components['schemas']['OrderStatus'];
      /** Format: date-time */
      updatedAt: string;
    };
    /**
     * @description Something the caller may do on an order, each a route under /api/v1/orders/{id}: edit: PATCH; post: POST /post; addCargoPhoto: POST /cargo-photos; cancel: POST /cancel; bid: POST /bids, or PATCH and DELETE /bids/{bidId} for the carrier’s open bid; acceptBid: POST /accept-bid; assign and reassign: POST /assign (and GET /suggestions); unassign: POST /unassign; startPickup: POST /status {"status":"pickup_pending"}; pickUp: POST /status {"status":"picked_up"}; depart: POST /status {"status":"in_transit"}; deliver: POST /status {"status":"delivered"}; submitProof: POST /proof-of-delivery; confirmDelivery: POST /confirm-delivery; dispute: POST /dispute; resolveDispute and cancelDispute: POST /admin/disputes/{disputeId}/decision (a full refund cancels the order); rate: POST /rate.
     * @enum {string}
     */
    OrderAction:
      | 'edit'
      | 'post'
      | 'addCargoPhoto'
      | 'cancel'
      | 'bid'
      | 'acceptBid'
      | 'assign'
      | 'reassign'
      | 'unassign'
      | 'pay'
      | 'startPickup'
      | 'pickUp'
      | 'depart'
      | 'deliver'
      | 'submitProof'
      | 'confirmDelivery'
      | 'dispute'
      | 'resolveDispute'
      | 'cancelDispute'
      | 'rate';
    OrderCrew: {
      carrier: components['schemas']['CarrierSummary'] | null;
      driver: {
        id: number;
        name: string | null;
        /** @description E.164, to call the driver: for the shipper side and those who run the job, from assignment until the order is delivered; otherwise null */
        phone: string | null;
        /**
         * @description The driver's photo (GET, same access as the crew), or null when they have none
         * @example /api/v1/orders/12/crew/photo
         */
        photoUrl: string | null;
      } | null;
      vehicle: components['schemas']['VehicleSummary'] | null;
    };
    OrderEvent: {
      /** @description null: the system */
      actorId: number | null;
      /** Format: date-time */
      createdAt: string;
      /** @description from/to states and details (reason, bidId, driverId, …) */
      data: {
        [key: string]: unknown;
      };
      id: number;
      orderId: number;
      position: components['schemas']['LatLng'] | null;
      /** @description A transition (created, posted, bidding, assigned, reassigned, unassigned, pickup_pending, picked_up, in_transit, delivered, completed, auto_completed, cancelled, disputed, resolved), a bid fact (bid_placed, bid_withdrawn), proof_of_delivery, or a tracking fact (arrived_pickup, …) */
      type: string;
    };
    OrderPayments: {
      data: components['schemas']['Payment'][];
      providers: ('mpesa' | 'wave' | 'orange_money' | 'airtel' | 'cash')[];
    };
    OrderPlace: {
      address: string;
      contactName: string | null;
      /** @description E.164 */
      contactPhone: string | null;
      /** @example 14.6928 */
      lat: number;
      /** @example -17.4467 */
      lng: number;
      windowEnd: string | null;
      windowStart: string | null;
    };
    /**
     * @description Lower-case wire value of the lifecycle state
     * @enum {string}
     */
    OrderStatus:
      | 'draft'
      | 'posted'
      | 'bidding'
      | 'assigned'
      | 'pickup_pending'
      | 'picked_up'
      | 'in_transit'
      | 'delivered'
      | 'completed'
      | 'cancelled'
      | 'disputed'
      | 'resolved';
    OrderTrack: {
      /** @description Driven path; properties: points, simplified, from, to, lengthM */
      actual: components['schemas']['LineFeature'];
      eta: {
        /** Format: date-time */
        at: string;
        /** @enum {string} */
        nextStop: 'pickup' | 'dropoff';
        remainingM: number;
        seconds: number;
        /** @enum {string} */
        source: 'osrm' | 'recent_speed';
        /** @description Average over the last 10 minutes, or the default */
        speedMps: number;
      } | null;
      lastPosition: {
        driverId: number;
        heading: number | null;
        lat: number;
        lng: number;
        /** Format: date-time */
        recordedAt: string;
        speed: number | null;
      } | null;
      orderId: number;
      /** @description Planned route; properties: source (osrm | straight), distanceM, durationS */
      planned: components['schemas']['LineFeature'];
      /** @enum {string} */
      status:
        | 'draft'
        | 'posted'
        | 'bidding'
        | 'assigned'
        | 'pickup_pending'
        | 'picked_up'
        | 'in_transit'
        | 'delivered'
        | 'completed'
        | 'cancelled'
        | 'disputed'
        | 'resolved';
    };
    Organisation: {
      /** @description Whether the caller may leave this organisation now (accounts' rule, the one DELETE .../members/{their id} applies): a member who is neither its owner nor platform staff */
      canLeave: boolean;
      country: components['schemas']['Country'];
      /** Format: date-time */
      createdAt: string;
      id: number;
      /** @enum {string} */
      kind: 'carrier' | 'shipper' | 'platform' | 'cooperative';
      /** @description The roles the caller may give a new member now (accounts' rule, the one POST .../members applies); empty: the caller may not add members */
      memberRoles: ('driver' | 'dispatcher' | 'shipper' | 'clerk' | 'grader')[];
      members: components['schemas']['Member'][];
      name: string;
      ownerId: number | null;
    };
    OrganisationRating: {
      average: number | null;
      count: number;
      organisationId: number;
      recent: {
        comment: string | null;
        /** Format: date-time */
        createdAt: string;
        /** @enum {string} */
        direction: 'shipper_to_carrier' | 'carrier_to_shipper';
        score: number;
      }[];
    };
    OrganisationSummary: {
      country: components['schemas']['Country'];
      id: number;
      /** @enum {string} */
      kind: 'carrier' | 'shipper' | 'platform' | 'cooperative';
      name: string;
    };
    PageMeta: {
      currentPage: number;
      lastPage: number;
      perPage: number;
      total: number;
    };
    Payment: {
      /** @description Minor units of currency */
      amount: number;
      /** @description Where the payer approves the payment (the Wave app, Orange Money’s page) while it is pending; null for a prompt on the phone (M-Pesa) */
      checkoutUrl: string | null;
      /** Format: date-time */
      createdAt: string;
      currency: components['schemas']['Currency'];
      /** @description In the reader’s language */
      failureMessage: string | null;
      failureReason:
        | (
            | 'cancelled'
            | 'wrong_pin'
            | 'timeout'
            | 'insufficient_funds'
            | 'unreachable'
            | 'declined'
          )
        | null;
      id: number;
      orderId: number;
      /**
       * @description Masked
       * @example +254 •••• 5678
       */
      phone: string | null;
      /** @enum {string} */
      provider: 'mpesa' | 'wave' | 'orange_money' | 'airtel' | 'cash';
      /** @description The provider’s receipt number */
      receipt: string | null;
      settledAt: string | null;
      status: components['schemas']['PaymentStatus'];
    };
    PaymentReconciliation: {
      /** @description The operator who asked; null for the job */
      checkedBy: number | null;
      /** @description The error’s own words, when the check broke */
      detail: string | null;
      id: number;
      outcome: components['schemas']['ReconciliationOutcome'];
      paymentId: number;
      /** @enum {string} */
      provider: 'mpesa' | 'wave' | 'orange_money' | 'airtel' | 'cash';
      /** @description Why it could not be settled */
      reason: components['schemas']['UnsettledReason'] | null;
      /** Format: date-time */
      runAt: string;
      /** @description The pay-in is received or failed for good */
      settled: boolean;
    };
    /** @enum {string} */
    PaymentStatus: 'pending' | 'received' | 'failed' | 'returned';
    Payout: {
      /** @description What an admin may do to it now (retry, cancel, mark-sent, mark-failed); any other is refused with 409 */
      allowedActions: components['schemas']['PayoutAction'][];
      /** @description Minor units of currency */
      amount: number;
      attempt: number;
      /** Format: date-time */
      createdAt: string;
      currency: components['schemas']['Currency'];
      /** @description In the reader’s language */
      failureMessage: string | null;
      failureReason:
        | (
            | 'declined'
            | 'recipient_invalid'
            | 'provider_limit'
            | 'platform_account'
            | 'timeout'
            | 'unreachable'
            | 'not_sent'
            | 'expired'
            | 'manual_return'
            | 'over_limit'
          )
        | null;
      /** @description In the reader’s language */
      heldMessage: string | null;
      /** @description Why a queued payout waits */
      heldReason: ('paused' | 'number_cooling' | 'daily_limit') | null;
      id: number;
      /**
       * @description carrier: a carrier’s pay; refund: back to the payer
       * @enum {string}
       */
      kind: 'carrier' | 'refund' | 'farmer';
      orderId: number | null;
      organisationId: number | null;
      /** @description Money may have left: a retry reuses the key, cancelling is refused */
      outcomeUnknown: boolean;
      /**
       * @description Whom it pays: the carrier, the payer refunded, or the farmer of a payout run
       * @example Wanjiru Kamau
       */
      payee: string | null;
      /**
       * @description Masked
       * @example +254 •••• 5678
       */
      phone: string;
      /** @example mpesa */
      provider: string;
      /** @description The operator’s reason (refunds) */
      reason: string | null;
      /** @description The provider’s receipt number */
      receipt: string | null;
      requestedAt: string | null;
      settledAt: string | null;
      /** @enum {string} */
      status: 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'reversed';
    };
    /** @enum {string} */
    PayoutAction: 'retry' | 'cancel' | 'markSent' | 'markFailed' | 'refundedByHand';
    PayoutNumber: {
      /** @description False while payouts go to the owner’s sign-in phone */
      confirmed: boolean;
      confirmedAt: string | null;
      /** @description Payouts wait until then after a change of number */
      coolingUntil: string | null;
      /** @description A number waiting for the code texted to it */
      pending: {
        /** Format: date-time */
        expiresAt: string;
        phone: string;
      } | null;
      /**
       * @description Where payouts go, masked: the confirmed payout number, else the owner’s phone
       * @example +254 •••• 5678
       */
      phone: string;
    };
    PayoutNumberAlert: {
      /** Format: date-time */
      confirmedAt: string;
      /** @description The payout number’s id */
      id: number;
      organisation: {
        id: number;
        name: string;
      };
      /** @description The new payout number, masked */
      phone: string;
      /**
       * @description The number to warn, masked
       * @example +254 •••• 0000
       */
      replacedPhone: string;
    };
    PayoutRail: {
      /** @description Payouts wait until then after a change of rail */
      coolingUntil: string | null;
      /**
       * @description How the carrier is paid
       * @enum {string}
       */
      rail: 'mobile_money' | 'stellar';
      /** @description The owner’s Stellar account payouts go to, when chosen */
      stellarAccount: string | null;
      /** @description Whether the Stellar rail is on here */
      stellarOffered: boolean;
      /** @description The caller owns the carrier: its Stellar wallet is the one payouts go to */
      yours: boolean;
    };
    PayoutSwitch: {
      /** @description Paused by PAYOUTS_PAUSED: only a deploy resumes it */
      byEnvironment: boolean;
      changedAt: string | null;
      changedBy: number | null;
      paused: boolean;
      /** @description Payouts waiting to leave */
      queued: number;
      reason: string | null;
    };
    PendingPayment: {
      /** @description The provider named the attempt */
      acknowledged: boolean;
      /** @description Minutes since the attempt started */
      ageMinutes: number;
      lastCheck: components['schemas']['PaymentReconciliation'] | null;
      payment: components['schemas']['Payment'];
      /** @description Pending past PAYMENT_RECONCILE_AFTER_MINUTES: reconciliation asks about it */
      stuck: boolean;
    };
    Place: {
      /** @description ISO 3166-1 alpha-2; null when the geocoder did not say */
      country: string | null;
      /** @enum {string} */
      kind: 'town' | 'port' | 'market' | 'border' | 'address';
      lat: number;
      lng: number;
      /** @example Touba */
      name: string;
      /** @example Diourbel */
      region: string | null;
      /**
       * @description The embedded gazetteer (GeoNames, curated ports and markets) or the online geocoder
       * @enum {string}
       */
      source: 'gazetteer' | 'geocoder';
    };
    PositionAck: {
      accepted: number;
      /** @description Highest seq of the batch: everything up to it is stored */
      ackedSeq: number | null;
      /** @description Already received (resent after a lost ack) */
      duplicates: number;
      /** @description Too inaccurate to store */
      skipped: number;
    };
    /** @description A price split by the platform’s commission, at the rate fixed on the order once a carrier has it, else at the rate of its country now */
    PriceSplit: {
      /** @description The platform’s commission rate (1000 = 10 %) */
      basisPoints: number;
      /** @description The platform’s commission, minor units */
      commission: number;
      /** @description What the carrier receives, minor units */
      net: number;
      /** @description What the shipper pays, minor units */
      total: number;
    };
    ProofOfDelivery: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deliveredAt: string;
      id: number;
      orderId: number;
      photoUrl: string;
      position: components['schemas']['LatLng'] | null;
      receiverName: string;
      /** @description E.164 */
      receiverPhone: string;
      signatureUrl: string;
      submittedById: number | null;
    };
    RateChart: {
      currency: components['schemas']['Currency'];
      data: {
        /** @enum {string} */
        grade: 'A' | 'B';
        /** @description Minor unit */
        pricePerLitre: number;
      }[];
      /** @example 2026-11 */
      period: string;
    };
    Rating: {
      comment: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @enum {string} */
      direction: 'shipper_to_carrier' | 'carrier_to_shipper';
      id: number;
      orderId: number;
      ratedOrganisationId: number | null;
      ratedUserId: number | null;
      score: number;
    };
    RatingSummary: {
      average: number | null;
      count: number;
    };
    /** @enum {string} */
    ReconciliationOutcome: 'received' | 'failed' | 'pending' | 'error';
    /** @enum {string} */
    Role: 'shipper' | 'driver' | 'dispatcher' | 'admin' | 'clerk' | 'grader';
    RouteFarmer: {
      id: number;
      memberNumber: string;
      name: string;
    };
    RouteIntake: {
      /** Format: date */
      date: string;
      driverId: number | null;
      id: number;
      quantityLitres: number;
      recordedById: number | null;
      routeId: number;
      /** @enum {string} */
      shift: 'am' | 'pm';
    };
    RouteRun: {
      /** @description Its acceptance thresholds included */
      cooperative: components['schemas']['Cooperative'];
      /**
       * Format: date
       * @description Today, in the cooperative’s time zone
       */
      day: string;
      route: components['schemas']['CollectionRoute'];
      /** @description The shifts the route runs today */
      shifts: ('am' | 'pm')[];
      stops: {
        centreId: number | null;
        /** @description Active, by member number */
        farmers: components['schemas']['RouteFarmer'][];
        id: number;
        /** @enum {string} */
        kind: 'farm_gate' | 'centre';
        location: components['schemas']['CollectionPoint'];
        name: string;
        position: number;
      }[];
    };
    RouteShift: {
      /** @description ISO weekdays, 1 = Monday */
      days: number[];
      /** @enum {string} */
      shift: 'am' | 'pm';
    };
    RouteStop: {
      centreId: number | null;
      id: number;
      /** @enum {string} */
      kind: 'farm_gate' | 'centre';
      location: components['schemas']['CollectionPoint'];
      name: string;
      position: number;
    };
    RouteVariance: {
      /** @description Accepted farm collections, corrections included */
      collectedLitres: number;
      /** Format: date */
      date: string;
      driverId: number | null;
      flagged: boolean;
      intakeLitres: number | null;
      routeId: number;
      routeName: string;
      /** @enum {string} */
      shift: 'am' | 'pm';
      /** @description Intake minus collected */
      varianceLitres: number | null;
      variancePct: number | null;
    };
    SignedIn: {
      /**
       * @description Bearer token
       * @example njia_…
       */
      token: string;
      user: components['schemas']['Me'];
    };
    SmsOutboxMessage: {
      body: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      /**
       * @example logged
       * @example sent
       * @example failed
       */
      status: string;
      to: string;
      /**
       * @example log
       * @example africastalking
       * @example twilio
       */
      transport: string;
    };
    StellarWallet: {
      /** @description What the wallet holds of each payout asset; null until it is funded, or when the network cannot be read now */
      balances:
        | {
            /** @description Minor units */
            amount: number;
            /** @enum {string} */
            currency: 'XOF' | 'KES' | 'TZS' | 'UGX';
          }[]
        | null;
      /** @description Whether Stellar wallets are offered here (STELLAR_ENABLED) */
      enabled: boolean;
      /** @description The account exists on the network */
      funded: boolean;
      /** @enum {string} */
      network: 'testnet' | 'public';
      /** @description The account id (G...); null until the wallet is opened */
      publicKey: string | null;
      /** @description Funded and trusting the assets payouts are made in */
      ready: boolean;
    };
    Tracker: {
      /** Format: date-time */
      createdAt: string;
      /** @description Put this in OsmAnd / Traccar Client as the device identifier */
      deviceId: string;
      id: number;
      lastSeenAt: string | null;
      name: string | null;
    };
    TrackingException: {
      /** @description long_stop: stoppedMinutes, since; off_route: distanceM, corridorM; once resolved, resolution (moved_on, back_on_route, order_ended, driver_changed) */
      details: {
        [key: string]: unknown;
      };
      driverId: number;
      /** @description null: the driver has not given a name */
      driverName: string | null;
      id: number;
      /** @enum {string} */
      kind: 'long_stop' | 'off_route';
      lat: number | null;
      lng: number | null;
      /** Format: date-time */
      openedAt: string;
      orderId: number | null;
      organisationId: number | null;
      resolvedAt: string | null;
    };
    /** @enum {string} */
    UnsettledReason: 'not_acknowledged' | 'provider_pending' | 'error';
    User: {
      /** @description The account's country: its organisation's, else its phone's. Phones typed without + are read in it. */
      country: components['schemas']['Country'];
      /** Format: date-time */
      createdAt: string;
      /** @description Whether they have a photo: their own at GET /me/photo */
      hasPhoto: boolean;
      id: number;
      locale: components['schemas']['Locale'];
      name: string | null;
      organisation: components['schemas']['OrganisationSummary'] | null;
      /**
       * @description E.164
       * @example +254712345678
       */
      phone: string;
      role: components['schemas']['Role'];
    };
    UserRating: {
      average: number | null;
      count: number;
      userId: number;
    };
    Vehicle: {
      baseAddress: string | null;
      /** @description Where the vehicle is usually parked; dispatch suggestions use it until live GPS positions exist */
      baseLocation: components['schemas']['VehicleBaseLocation'] | null;
      /** @description Effective: the override or the type’s */
      capacityKg: number;
      capacityKgOverride: number | null;
      /** @description Effective: the override or the type’s */
      capacityM3: number;
      capacityM3Override: number | null;
      /** Format: date-time */
      createdAt: string;
      drivers: {
        id: number;
        name: string | null;
        /** @example +254700000022 */
        phone: string;
      }[];
      /** @description The vehicle on its own (papers, archived); drivers in VehicleDetails */
      eligibility?: components['schemas']['Eligibility'];
      id: number;
      make: string | null;
      model: string | null;
      /** @description The carrier that owns it */
      organisationId: number;
      photos: components['schemas']['VehiclePhoto'][];
      /** @example KCA123A */
      plate: string;
      /** Format: date-time */
      updatedAt: string;
      vehicleType: components['schemas']['VehicleType'];
      year: number | null;
    };
    VehicleBaseLocation: {
      lat: number;
      lng: number;
    };
    /** @enum {string} */
    VehicleBody:
      | 'flatbed'
      | 'box'
      | 'curtainsider'
      | 'tanker'
      | 'refrigerated'
      | 'tipper'
      | 'container'
      | 'livestock'
      | 'van'
      | 'pickup'
      | 'motorcycle';
    VehicleDetails: {
      baseAddress: string | null;
      /** @description Where the vehicle is usually parked; dispatch suggestions use it until live GPS positions exist */
      baseLocation: components['schemas']['VehicleBaseLocation'] | null;
      /** @description Effective: the override or the type’s */
      capacityKg: number;
      capacityKgOverride: number | null;
      /** @description Effective: the override or the type’s */
      capacityM3: number;
      capacityM3Override: number | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The vehicle's papers, newest first */
      documents: components['schemas']['FleetDocument'][];
      drivers: {
        /** @description This vehicle driven by this driver */
        eligibility: components['schemas']['Eligibility'];
        id: number;
        name: string | null;
        /** @example +254700000022 */
        phone: string;
      }[];
      /** @description The vehicle on its own (papers, archived); drivers in VehicleDetails */
      eligibility?: components['schemas']['Eligibility'];
      id: number;
      make: string | null;
      model: string | null;
      /** @description The carrier that owns it */
      organisationId: number;
      photos: components['schemas']['VehiclePhoto'][];
      /** @example KCA123A */
      plate: string;
      /** Format: date-time */
      updatedAt: string;
      vehicleType: components['schemas']['VehicleType'];
      year: number | null;
    };
    VehiclePhoto: {
      /** @enum {string} */
      contentType: 'image/jpeg' | 'image/png' | 'image/webp';
      /** Format: date-time */
      createdAt: string;
      fileSize: number;
      id: number;
      /**
       * @description Needs the bearer token
       * @example /api/v1/vehicles/3/photos/7
       */
      url: string;
    };
    VehicleSummary: {
      capacityKg: number | null;
      id: number;
      make: string | null;
      model: string | null;
      plate: string;
      type: {
        /** @enum {string} */
        body:
          | 'flatbed'
          | 'box'
          | 'curtainsider'
          | 'tanker'
          | 'refrigerated'
          | 'tipper'
          | 'container'
          | 'livestock'
          | 'van'
          | 'pickup'
          | 'motorcycle';
        code: string;
        id: number;
        name: string;
        /** @description The name in each language (the English name where none was given) */
        names: {
          en: string;
          fr: string;
          sw: string;
        };
      } | null;
    };
    VehicleType: {
      body: components['schemas']['VehicleBody'];
      capacityKg: number;
      capacityM3: number;
      /** @example flatbed_10t */
      code: string;
      /**
       * @description The countries the type is used in (ISO 3166-1 alpha-2)
       * @example [
       *       "KE",
       *       "TZ",
       *       "UG"
       *     ]
       */
      countries: components['schemas']['Country'][];
      id: number;
      /** @example Flatbed 10 t */
      name: string;
      /** @description The name in each language (the English name where none was given) */
      names: {
        en: string;
        fr: string;
        sw: string;
      };
    };
    WebConfig: {
      /**
       * @description ISO 3166-1 alpha-2 country assumed for phone numbers and maps (DEFAULT_COUNTRY)
       * @example KE
       */
      defaultCountry: string;
      /** @description Interface languages */
      locales: components['schemas']['Locale'][];
      /** @description Pay-in providers that are their development simulator (make dev; never in production): the Pay step links to the development phone for them */
      paymentSimulators: ('mpesa' | 'wave' | 'orange_money' | 'airtel' | 'cash')[];
      /**
       * @description Leaflet tile URL template with {s}, {z}, {x}, {y} placeholders (MAP_TILE_URL)
       * @example https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png
       */
      tileUrl: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
