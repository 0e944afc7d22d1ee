/** A client-credentials token, fetched one request at a time and renewed `renewEarlySeconds` before it expires. */
export default class CachedToken {
  #token: { value: string; expiresAt: number } | null = null
  #fetching: Promise<string> | null = null

  constructor(
    private fetchToken: () => Promise<{ accessToken: string; expiresIn: unknown }>,
    private defaults: { expiresInSeconds: number; renewEarlySeconds: number }
  ) {}

  async get(): Promise<string> {
    if (this.#token && Date.now() < this.#token.expiresAt) return this.#token.value
    this.#fetching ??= this.#fetch().finally(() => (this.#fetching = null))
    return this.#fetching
  }

  /** The provider refused the token: the next call fetches a new one. */
  clear() {
    this.#token = null
  }

  async #fetch() {
    const { accessToken, expiresIn } = await this.fetchToken()
    // expires_in comes as a string ("180") from most providers, a number from some.
    const seconds = Number(expiresIn) || this.defaults.expiresInSeconds
    const lifetime = Math.max(seconds - this.defaults.renewEarlySeconds, 1)
    this.#token = { value: accessToken, expiresAt: Date.now() + lifetime * 1000 }
    return accessToken
  }
}
