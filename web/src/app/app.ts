import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import {
  NavigationEnd,
  NavigationError,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { filter, first } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notifications } from './account/notifications';
import { AccountApi } from './core/auth/account-api';
import { Session } from './core/auth/session';
import { LanguageSwitcher } from './core/i18n/language-switcher';
import { Connectivity } from './core/network/connectivity';
import { UpdatePrompt } from './core/update/update-prompt';
import { consoleTabsFor } from './console/console-access';
import { removeEarlyPage } from './auth/early-sign-in';

/** The shell: a header (brand, navigation, language, sign-out) around the current page. */
@Component({
  selector: 'njia-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitcher,
    UpdatePrompt,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly session = inject(Session);
  protected readonly hasConsole = computed(() => consoleTabsFor(this.session.user()).length > 0);
  protected readonly connectivity = inject(Connectivity);
  protected readonly notifications = inject(Notifications);
  private readonly accounts = inject(AccountApi);

  constructor() {
    // The cached user renders at once; this refresh catches role or organisation changes.
    if (this.session.signedIn()) this.accounts.refreshMe().catch(() => undefined);
    this.dropEarlyPageOffSignIn();
  }

  /**
   * The server's sign-in form stands in until the app takes it over; the
   * sign-in page does that itself, any other first page (someone already
   * signed in) simply removes it.
   */
  private dropEarlyPageOffSignIn(): void {
    const document = inject(DOCUMENT);
    const router = inject(Router);
    router.events
      .pipe(
        // Not a cancel: a signed-out visitor's / is cancelled on the way to the sign-in, which adopts it.
        filter((e) => e instanceof NavigationEnd || e instanceof NavigationError),
        first(),
      )
      .subscribe(() => {
        if (!router.url.startsWith('/sign-in')) removeEarlyPage(document);
      });
  }

  protected signOut(): void {
    void this.accounts.signOut();
  }
}
