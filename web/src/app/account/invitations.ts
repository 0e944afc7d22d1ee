import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { Invitation } from '../core/api/api-types';
import { errorTexts } from '../core/api/error-messages';
import { AccountApi } from '../core/auth/account-api';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';

/**
 * Invitations to join an organisation waiting for the user's answer: nobody
 * is put in an organisation by others, they accept or decline here (or by
 * replying to the text). Shows nothing when there is none.
 */
@Component({
  selector: 'njia-invitations',
  imports: [TranslocoPipe],
  template: `
    @if (invitations().length || answered()) {
      <section class="invitations" aria-labelledby="invitations-title" data-testid="invitations">
        <h2 id="invitations-title">{{ 'account.invitations.title' | transloco }}</h2>
        @if (errors().form.length) {
          <div class="njia-alert" role="alert">
            @for (m of errors().form; track $index) {
              <p class="njia-error">{{ m }}</p>
            }
          </div>
        }
        @if (answered(); as a) {
          <p class="saved" role="status">
            {{
              'account.invitations.' + a.status | transloco: { organisation: a.organisation.name }
            }}
          </p>
        }
        <ul role="list">
          @for (i of invitations(); track i.id) {
            <li class="invitation">
              <p>
                {{
                  'account.invitations.text'
                    | transloco
                      : {
                          organisation: i.organisation.name,
                          role: ('roles.' + i.role | transloco),
                          by: i.invitedBy?.name ?? '—',
                        }
                }}
              </p>
              <p class="muted">
                {{ 'account.invitations.until' | transloco: { until: until(i.expiresAt) } }}
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="njia-button"
                  [disabled]="busy()"
                  (click)="answer(i, 'accept')"
                >
                  {{ 'account.invitations.accept' | transloco }}
                </button>
                <button
                  type="button"
                  class="njia-button secondary"
                  [disabled]="busy()"
                  (click)="answer(i, 'decline')"
                >
                  {{ 'account.invitations.decline' | transloco }}
                </button>
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Invitations {
  private readonly api = inject(Api);
  private readonly accounts = inject(AccountApi);
  private readonly language = inject(Language);

  /** Emitted once the user joined an organisation. */
  readonly joined = output<void>();

  protected readonly invitations = signal<Invitation[]>([]);
  protected readonly answered = signal<Invitation | null>(null);
  protected readonly busy = signal(false);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts<never>(this.error);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.get('/api/v1/invitations');
      this.invitations.set(page.data);
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected until(iso: string): string {
    return formatDateTime(iso, this.language.current(), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  }

  protected async answer(invitation: Invitation, action: 'accept' | 'decline'): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const path =
        action === 'accept'
          ? '/api/v1/invitations/{id}/accept'
          : '/api/v1/invitations/{id}/decline';
      const result = await this.api.post(path, { path: { id: invitation.id } });
      this.answered.set(result);
      if (action === 'accept') {
        await this.accounts.refreshMe();
        this.joined.emit();
      }
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      await this.load();
      this.busy.set(false);
    }
  }
}
