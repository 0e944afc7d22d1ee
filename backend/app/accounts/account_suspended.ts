import DomainException from '#core/exceptions/domain_exception'

/** The one refusal of a suspended account, whatever it tried (signing in, sending positions). */
export function accountSuspended() {
  return new DomainException('This account is suspended; contact Njia support.', {
    status: 403,
    code: 'E_ACCOUNT_SUSPENDED',
  })
}
