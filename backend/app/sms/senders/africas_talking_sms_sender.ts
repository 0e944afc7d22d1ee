import type { AfricasTalkingConfig } from '#sms/sms_config'
import type SmsSender from '#sms/sms_sender'
import type { SmsResult } from '#sms/sms_sender'

/** Per-recipient codes Africa's Talking uses for "taken for delivery". */
const ACCEPTED_STATUS_CODES = new Set([100, 101, 102])

interface AfricasTalkingRecipient {
  statusCode: number
  number: string
  status: string
  cost?: string
  messageId?: string
}

interface AfricasTalkingResponse {
  SMSMessageData?: { Message?: string; Recipients?: AfricasTalkingRecipient[] }
}

/**
 * Africa's Talking bulk SMS: POST /version1/messaging, form-encoded,
 * authenticated by the `apiKey` header. One request for all recipients;
 * the answer lists a status per recipient.
 */
export default class AfricasTalkingSmsSender implements SmsSender {
  readonly name = 'africastalking'

  constructor(
    private config: AfricasTalkingConfig,
    private fetchFn: typeof fetch = fetch
  ) {}

  async send(to: string[], body: string): Promise<SmsResult[]> {
    const form = new URLSearchParams({
      username: this.config.username,
      to: to.join(','),
      message: body,
    })
    if (this.config.senderId) form.set('from', this.config.senderId)

    let response: Response
    try {
      response = await this.fetchFn(
        `${this.config.baseUrl.replace(/\/+$/, '')}/version1/messaging`,
        {
          method: 'POST',
          headers: {
            'apiKey': this.config.apiKey,
            'Accept': 'application/json',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: form.toString(),
          signal: AbortSignal.timeout(15_000),
        }
      )
    } catch (error) {
      return failAll(to, `Africa's Talking unreachable: ${(error as Error).message}`)
    }

    const text = await response.text()
    if (!response.ok) {
      return failAll(to, `Africa's Talking HTTP ${response.status}: ${text.slice(0, 200)}`)
    }

    let payload: AfricasTalkingResponse
    try {
      payload = JSON.parse(text)
    } catch {
      return failAll(to, `Africa's Talking answered with non-JSON: ${text.slice(0, 200)}`)
    }

    const recipients = payload.SMSMessageData?.Recipients ?? []
    return to.map((phone) => {
      const recipient = recipients.find((r) => r.number === phone)
      if (!recipient) {
        return {
          to: phone,
          status: 'rejected',
          accepted: false,
          error: payload.SMSMessageData?.Message ?? 'Recipient missing from the response',
        }
      }
      const accepted = ACCEPTED_STATUS_CODES.has(Number(recipient.statusCode))
      return {
        to: phone,
        status: recipient.status,
        accepted,
        providerMessageId:
          recipient.messageId && recipient.messageId !== 'None' ? recipient.messageId : undefined,
        cost: recipient.cost,
        error: accepted ? undefined : `${recipient.statusCode} ${recipient.status}`,
      }
    })
  }
}

function failAll(to: string[], error: string): SmsResult[] {
  return to.map((phone) => ({ to: phone, status: 'failed', accepted: false, error }))
}
