import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessages } from '../core/api/error-messages';
import { OfflineActions } from './actions/offline-actions';

/** What waits for the network, and what the server refused when it was replayed. */
@Component({
  selector: 'njia-pending-actions',
  imports: [TranslocoPipe],
  template: `
    @if (actions.pending().length) {
      <section class="njia-card pending" aria-live="polite" data-testid="pending-list">
        <h2>{{ 'driver.pending.title' | transloco }}</h2>
        <ol>
          @for (action of actions.pending(); track action.id) {
            <li>
              {{
                'driver.pending.' + action.label
                  | transloco: { order: action.orderName ?? ('driver.pending.aJob' | transloco) }
              }}
            </li>
          }
        </ol>
      </section>
    }
    @for (rejection of actions.rejections(); track $index) {
      <div class="njia-alert" role="alert" data-testid="rejection">
        <p>
          {{ 'driver.pending.refused' | transloco }}
          {{
            'driver.pending.' + rejection.action.label
              | transloco
                : { order: rejection.action.orderName ?? ('driver.pending.aJob' | transloco) }
          }}
        </p>
        @for (error of rejection.errors; track $index) {
          <p class="njia-error">{{ messages.text(error) }}</p>
        }
        <button
          type="button"
          class="njia-button secondary"
          (click)="actions.dismissRejection(rejection)"
        >
          {{ 'driver.pending.dismiss' | transloco }}
        </button>
      </div>
    }
  `,
  styles: `
    .pending h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .pending ol {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingActions {
  protected readonly actions = inject(OfflineActions);
  protected readonly messages = inject(ErrorMessages);
}
