/** Horizon's result codes of a refused submission ({ transaction, operations }), if it said. */
export function resultCodesOf(
  error: unknown
): { transaction: string; operations: string[] } | null {
  const codes = (error as { response?: { data?: { extras?: { result_codes?: any } } } })?.response
    ?.data?.extras?.result_codes
  if (!codes?.transaction) return null
  return {
    transaction: String(codes.transaction),
    operations: (codes.operations ?? []).map(String),
  }
}
