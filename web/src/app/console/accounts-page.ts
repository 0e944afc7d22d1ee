import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrganisationPanel } from './organisation-panel';
import { Api, Body, Query } from '../core/api/api-client';
import { AdminUser } from '../core/api/api-types';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { SignInAgain } from '../core/auth/sign-in-again';
import { Face } from '../core/face/face';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';

type UserQuery = NonNullable<Query<'/api/v1/admin/users', 'get'>>;
type NewUser = Body<'/api/v1/admin/users', 'post'>;
type Action = 'suspend' | 'reinstate' | 'reveal-phone';

/**
 * Accounts: find anyone by name or phone (masked until revealed, and the
 * reveal is logged), see an organisation's members, vehicles and ratings, suspend and reinstate
 * (with a reason), and create dispatchers and admins.
 */
@Component({
  selector: 'njia-accounts-page',
  imports: [TranslocoPipe, SignInAgain, OrganisationPanel, Face],
  templateUrl: './accounts-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly words = signal('');
  protected readonly organisation = signal<{ id: number; name: string } | null>(null);
  protected readonly users = signal<AdminUser[]>([]);
  protected readonly total = signal(0);
  protected readonly revealed = signal<Record<number, string>>({});
  /** The account an action is being confirmed for, with its reason. */
  protected readonly pending = signal<{ user: AdminUser; action: Action } | null>(null);
  protected readonly reason = signal('');
  protected readonly message = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly actionErrors = errorTexts<'reason'>(this.actionError);

  protected readonly newUser = signal<NewUser>({ phone: '', name: '', role: 'dispatcher' });
  protected readonly createError = signal<ApiError | null>(null);
  protected readonly createErrors = errorTexts<'phone' | 'name' | 'role'>(this.createError);

  constructor() {
    void this.load();
  }

  protected search(): void {
    this.organisation.set(null);
    void this.load();
  }

  protected membersOf(user: AdminUser): void {
    const org = user.organisation;
    if (!org) return;
    this.organisation.set({ id: org.id, name: org.name });
    this.words.set('');
    void this.load();
  }

  protected async load(): Promise<void> {
    const query: UserQuery = {
      q: this.words().trim() || undefined,
      organisationId: this.organisation()?.id,
      perPage: 50,
    };
    const page = await this.api.get('/api/v1/admin/users', { query });
    this.users.set(page.data);
    this.total.set(page.meta.total);
  }

  protected ask(user: AdminUser, action: Action): void {
    this.pending.set({ user, action });
    this.reason.set('');
    this.actionError.set(null);
    this.message.set(null);
  }

  protected async confirm(): Promise<void> {
    const pending = this.pending();
    if (!pending) return;
    const options = { path: { id: pending.user.id }, body: { reason: this.reason().trim() } };
    try {
      if (pending.action === 'reveal-phone') {
        const { phone } = await this.api.post('/api/v1/admin/users/{id}/reveal-phone', options);
        this.revealed.update((all) => ({ ...all, [pending.user.id]: phone }));
      } else {
        const changed =
          pending.action === 'suspend'
            ? await this.api.post('/api/v1/admin/users/{id}/suspend', options)
            : await this.api.post('/api/v1/admin/users/{id}/reinstate', options);
        this.users.update((all) => all.map((u) => (u.id === changed.id ? changed : u)));
        this.message.set(`console.accounts.done.${pending.action}`);
      }
      this.pending.set(null);
    } catch (error) {
      this.actionError.set(toApiError(error, ['reason']));
    }
  }

  protected setNew(field: keyof NewUser, value: string): void {
    this.newUser.update((user) => ({ ...user, [field]: value }));
  }

  protected async create(): Promise<void> {
    this.createError.set(null);
    try {
      const user = await this.api.post('/api/v1/admin/users', { body: this.newUser() });
      this.newUser.set({ phone: '', name: '', role: 'dispatcher' });
      this.message.set('console.accounts.created');
      this.words.set(user.name ?? '');
      await this.load();
    } catch (error) {
      this.createError.set(toApiError(error, ['phone', 'name', 'role']));
    }
  }

  protected since(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current(), { dateStyle: 'medium' });
  }
}
