import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { notificationChannelValues } from '../core/api/openapi-enums';
import { PushRegistration } from '../core/push/push-registration';
import type { NotificationKind, NotificationPreferences } from '../core/api/api-types';
import { accountTranslations } from './account-i18n';

type Switches = NotificationPreferences['kinds'][NotificationKind];
/** The channels a person chooses (in-app is always on). */
type Channel = Exclude<keyof Switches, 'in_app'>;

/** One line of the table: a kind, its switches, whether it always arrives. */
interface KindRow {
  kind: string;
  switches: Switches;
  critical: boolean;
}

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
  protected readonly preferences = signal<NotificationPreferences | null>(null);
  protected readonly saved = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(() => this.apiError());
  /** The switchable channels (in-app is always on), from the API's enum. */
  protected readonly channels = notificationChannelValues.filter(
    (channel): channel is Channel => channel !== 'in_app',
  );

  async ngOnInit(): Promise<void> {
    try {
      this.preferences.set(await this.api.get('/api/v1/notifications/preferences'));
    } catch (error) {
      this.apiError.set(toApiError(error));
    }
  }

  protected readonly rows = computed<KindRow[]>(() => {
    const preferences = this.preferences();
    if (!preferences) return [];
    const critical = new Set<string>(preferences.critical);
    return Object.entries(preferences.kinds).map(([kind, switches]) => ({
      kind,
      switches,
      critical: critical.has(kind),
    }));
  });

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
