import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { PushRegistration } from '../core/push/push-registration';
import { accountTranslations } from './account-i18n';

type Preferences = Response<'/api/v1/notifications/preferences', 'get'>;
type Channel = 'push' | 'sms';

/**
 * The profile's notification settings: push on this device, each kind of
 * notice on push and SMS (critical ones always arrive), and quiet hours in
 * the user's own time zone.
 */
@Component({
  selector: 'njia-notification-settings',
  imports: [TranslocoPipe],
  providers: [accountTranslations],
  templateUrl: './notification-settings.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettings implements OnInit {
  private readonly api = inject(Api);
  protected readonly push = inject(PushRegistration);
  protected readonly preferences = signal<Preferences | null>(null);
  protected readonly saved = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(() => this.apiError());
  protected readonly channels: Channel[] = ['push', 'sms'];

  async ngOnInit(): Promise<void> {
    try {
      this.preferences.set(await this.api.get('/api/v1/notifications/preferences'));
    } catch (error) {
      this.apiError.set(toApiError(error));
    }
  }

  protected kinds(): string[] {
    return Object.keys(this.preferences()?.kinds ?? {});
  }

  protected on(kind: string, channel: Channel): boolean {
    const kinds = (this.preferences()?.kinds ?? {}) as Record<string, Record<string, boolean>>;
    return kinds[kind]?.[channel] ?? false;
  }

  protected critical(kind: string): boolean {
    return (this.preferences()?.critical ?? []).includes(kind as never);
  }

  protected async toggle(kind: string, channel: Channel, enabled: boolean): Promise<void> {
    await this.save({ kinds: { [kind]: { [channel]: enabled } } });
  }

  protected async quiet(from: string, to: string): Promise<void> {
    await this.save({ quietHours: from && to ? { from, to } : null });
  }

  private async save(body: object): Promise<void> {
    this.saved.set(false);
    this.apiError.set(null);
    try {
      this.preferences.set(await this.api.patch('/api/v1/notifications/preferences', { body }));
      this.saved.set(true);
    } catch (error) {
      this.apiError.set(toApiError(error));
    }
  }
}
