import type { TwilioConfig } from '#sms/sms_config'
import type SmsSender from '#sms/sms_sender'
import type { SmsResult } from '#sms/sms_sender'

interface TwilioMessage {
  sid?: string
  status?: string
  error_code?: number | null
  error_message?: string | null
}

interface TwilioError {
  code?: number
  message?: string
  status?: number
}

/** Twilio Programmable Messaging: one POST .../Messages.json per recipient. */
export default class TwilioSmsSender implements SmsSender {
  readonly name = 'twilio'

  constructor(
    private config: TwilioConfig,
    private fetchFn: typeof fetch = fetch
  ) {}

  async send(to: string[], body: string): Promise<SmsResult[]> {
    const results: SmsResult[] = []
    for (const phone of to) results.push(await this.sendOne(phone, body))
    return results
  }

  private async sendOne(to: string, body: string): Promise<SmsResult> {
    const { accountSid, authToken, from, baseUrl } = this.config
    const url = `${baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`
    const credentials = Buffer.from(`${accountSid}:${authToken}`).toString('base64')

    let response: Response
    try {
      response = await this.fetchFn(url, {
        method: 'POST',
        headers: {
          'Authorization': `Basic ${credentials}`,
          'Accept': 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
        signal: AbortSignal.timeout(15_000),
      })
    } catch (error) {
      return {
        to,
        status: 'failed',
        accepted: false,
        error: `Twilio unreachable: ${(error as Error).message}`,
      }
    }

    const text = await response.text()
    let payload: TwilioMessage & TwilioError
    try {
      payload = JSON.parse(text)
    } catch {
      return {
        to,
        status: 'failed',
        accepted: false,
        error: `Twilio HTTP ${response.status}: ${text.slice(0, 200)}`,
      }
    }

    if (!response.ok) {
      return {
        to,
        status: 'failed',
        accepted: false,
        error: `${payload.code ?? response.status} ${payload.message ?? 'Twilio refused the message'}`,
      }
    }

    const status = payload.status ?? 'queued'
    const accepted = !['failed', 'undelivered', 'canceled'].includes(status) && !payload.error_code
    return {
      to,
      status,
      accepted,
      providerMessageId: payload.sid,
      error: accepted
        ? undefined
        : `${payload.error_code ?? ''} ${payload.error_message ?? status}`.trim(),
    }
  }
}
