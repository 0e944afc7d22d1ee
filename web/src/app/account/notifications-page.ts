import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { accountTranslations } from './account-i18n';
import { AppNotification, Notifications } from './notifications';

/** Everything the server notified this user of, live from the socket; a tap opens what it is about. */
@Component({
  selector: 'njia-notifications-page',
  imports: [TranslocoPipe],
  providers: [accountTranslations],
  template: `
    <section class="account njia-card" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{{ 'account.notifications.title' | transloco }}</h1>
      @if (notifications.unread()) {
        <div class="actions">
          <button type="button" class="njia-button secondary" (click)="notifications.markAllRead()">
            {{ 'account.notifications.markRead' | transloco }}
          </button>
        </div>
      }
      <ul role="list" aria-live="polite" data-testid="notifications">
        @for (n of notifications.list(); track n.id) {
          <li class="notification" [class.unread]="!n.read">
            <button type="button" class="notification-open" (click)="open(n)">
              <strong>{{ n.title }}</strong>
              @if (n.body) {
                <span class="notification-body">{{ n.body }}</span>
              }
              <span class="muted">
                <time [attr.datetime]="n.receivedAt">{{ when(n.receivedAt) }}</time>
                @if (!n.read) {
                  · {{ 'account.notifications.new' | transloco }}
                }
              </span>
            </button>
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
  private readonly router = inject(Router);

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current(), { dateStyle: 'short', timeStyle: 'short' });
  }

  protected async open(n: AppNotification): Promise<void> {
    void this.notifications.markRead(n.id);
    if (n.link && n.link !== '/notifications') await this.router.navigateByUrl(n.link);
  }
}
