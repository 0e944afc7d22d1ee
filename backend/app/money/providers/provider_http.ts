/**
 * What the providers' HTTP clients share: their JSON answers read the same
 * careful way (and an OAuth token kept until shortly before it expires,
 * `CachedToken`).
 */

/**
 * A provider's JSON answer: an unreadable success is an unknown outcome
 * (it throws, so nothing is decided on it), an unreadable error is `{}`.
 */
export async function readJsonAnswer(response: Response, provider: string): Promise<any> {
  const text = await response.text()
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    if (response.ok) throw new Error(`${provider} answered ${response.status} unreadably`)
    return {}
  }
}
