import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '../api/api-error';
import { AccountApi } from './account-api';

/** The API's answer to a sensitive action after an old sign-in. */
export const RECENT_SIGN_IN_REQUIRED = 'E_RECENT_SIGN_IN_REQUIRED';

/**
 * Beside a refused sensitive action (suspend, reveal a phone, decide a
 * dispute) when the sign-in is too old: signs out and back in with a code,
 * returning to this page, where the action can be retried.
 */
@Component({
  selector: 'njia-sign-in-again',
  imports: [TranslocoPipe],
  template: `
    @if (needed()) {
      <button type="button" data-testid="sign-in-again" (click)="signInAgain()">
        {{ 'signIn.again' | transloco }}
      </button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInAgain {
  private readonly accounts = inject(AccountApi);
  private readonly router = inject(Router);
  readonly error = input<ApiError | null>(null);
  protected readonly needed = computed(
    () => this.error()?.formErrors.some((e) => e.code === RECENT_SIGN_IN_REQUIRED) ?? false,
  );

  protected signInAgain(): void {
    void this.accounts.signOut(this.router.url);
  }
}
