import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { accountTranslations } from './account-i18n';
import { Notifications } from './notifications';

/** Everything the server notified this user of, live from the socket. */
@Component({
  selector: 'njia-notifications-page',
  imports: [TranslocoPipe],
  providers: [accountTranslations],
  template: `
    <section class="account njia-card" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{{ 'account.notifications.title' | transloco }}</h1>
      @if (notifications.list().length) {
        <div class="actions">
          <button type="button" class="njia-button secondary" (click)="notifications.markAllRead()">
            {{ 'account.notifications.markRead' | transloco }}
          </button>
          <button type="button" class="njia-button secondary" (click)="notifications.clear()">
            {{ 'account.notifications.clear' | transloco }}
          </button>
        </div>
      }
      <ul role="list" aria-live="polite" data-testid="notifications">
        @for (n of notifications.list(); track n.id) {
          <li class="notification" [class.unread]="!n.read">
            <p>
              <strong>{{ n.title }}</strong>
            </p>
            @if (n.body) {
              <p>{{ n.body }}</p>
            }
            <p class="muted">
              <time [attr.datetime]="n.receivedAt">{{ when(n.receivedAt) }}</time>
              @if (n.orderId) {
                · #{{ n.orderId }}
              }
            </p>
          </li>
        } @empty {
          <li class="muted">{{ 'account.notifications.none' | transloco }}</li>
        }
      </ul>
    </section>
  `,
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  protected readonly notifications = inject(Notifications);
  private readonly language = inject(Language);

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current(), { dateStyle: 'short', timeStyle: 'short' });
  }
}
