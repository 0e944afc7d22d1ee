import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PushRegistration } from '../core/push/push-registration';
import { accountTranslations } from './account-i18n';

/**
 * The one place the app asks for push, with why: shown where an answer is
 * awaited (a posted load waiting for bids, a job on the road), not on the
 * first visit. "Not now" hides it for good; the profile can turn it on later.
 */
@Component({
  selector: 'njia-push-prompt',
  imports: [TranslocoPipe],
  providers: [accountTranslations],
  template: `
    @if (push.shouldOffer()) {
      <aside
        class="njia-card push-prompt"
        role="region"
        [attr.aria-label]="'account.push.title' | transloco"
        data-testid="push-prompt"
      >
        <p>
          <strong>{{ 'account.push.title' | transloco }}</strong>
        </p>
        <p>{{ 'account.push.why.' + reason() | transloco }}</p>
        <div class="actions">
          <button
            type="button"
            class="njia-button"
            [disabled]="push.busy()"
            (click)="push.enable()"
          >
            {{ 'account.push.enable' | transloco }}
          </button>
          <button type="button" class="njia-button secondary" (click)="push.dismiss()">
            {{ 'account.push.notNow' | transloco }}
          </button>
        </div>
      </aside>
    }
  `,
  styles: `
    .push-prompt p {
      margin: 0 0 0.5rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PushPrompt {
  /** What the user is waiting for: `bids` (a shipper's open load) or `job` (a driver on a job). */
  readonly reason = input<'bids' | 'job'>('bids');
  protected readonly push = inject(PushRegistration);
}
