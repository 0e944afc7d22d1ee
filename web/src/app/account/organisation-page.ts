import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Face } from '../core/face/face';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { AddMember, Country, Invitation, Organisation } from '../core/api/api-types';
import { COUNTRIES } from '../core/country';
import { errorTexts } from '../core/api/error-messages';
import { AccountApi } from '../core/auth/account-api';
import { Session } from '../core/auth/session';
import { phoneValidators } from '../core/phone-validators';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { accountTranslations } from './account-i18n';
import { Invitations } from './invitations';

type MemberRole = AddMember['role'];

/** The fields each form shows: an error the server puts on another goes to the form's top. */
const ORGANISATION_FIELDS = ['name', 'country'] as const;
const MEMBER_FIELDS = ['phone', 'name', 'role'] as const;
type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
type MemberField = (typeof MEMBER_FIELDS)[number];

/** The user's organisation: its members and adding one; or founding one. */
@Component({
  selector: 'njia-organisation-page',
  imports: [ReactiveFormsModule, TranslocoPipe, Invitations, Face],
  providers: [accountTranslations],
  templateUrl: './organisation-page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationPage {
  protected readonly session = inject(Session);
  private readonly api = inject(Api);
  private readonly accounts = inject(AccountApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly countries = COUNTRIES;

  protected readonly organisation = signal<Organisation | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly added = signal<string | null>(null);
  /** The phone just invited (it had an account: they join when they accept). */
  protected readonly invited = signal<string | null>(null);
  protected readonly sent = signal<Invitation[]>([]);
  private readonly language = inject(Language);

  /** The roles the API lets this user give a new member (accounts' one rule); none: no form. */
  protected readonly roles = computed(() => this.organisation()?.memberRoles ?? []);
  protected readonly canAdd = computed(() => this.roles().length > 0);

  protected readonly foundForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    country: this.fb.control<Country>(this.session.user()?.organisation?.country ?? 'KE', [
      Validators.required,
    ]),
  });
  protected readonly memberForm = this.fb.group({
    phone: ['', phoneValidators],
    name: ['', [Validators.maxLength(120)]],
    role: ['' as MemberRole | '', [Validators.required]],
  });

  protected readonly foundError = signal<ApiError | null>(null);
  protected readonly foundErrors = errorTexts<OrganisationField>(this.foundError);
  protected readonly memberError = signal<ApiError | null>(null);
  protected readonly memberErrors = errorTexts<MemberField>(this.memberError);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    const id = this.session.user()?.organisation?.id;
    this.loading.set(true);
    try {
      this.organisation.set(null);
      if (id !== undefined) {
        const org = await this.api.get('/api/v1/organisations/{id}', { path: { id } });
        this.organisation.set(org);
        this.memberForm.controls.role.setValue(this.roles()[0] ?? '');
        if (this.canAdd()) {
          const sent = await this.api.get('/api/v1/organisations/{id}/invitations', {
            path: { id },
          });
          this.sent.set(sent.data);
        }
      }
    } catch (error) {
      this.memberError.set(toApiError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async found(): Promise<void> {
    this.foundForm.markAllAsTouched();
    if (this.foundForm.invalid || this.busy()) return;
    const { name, country } = this.foundForm.getRawValue();
    this.busy.set(true);
    this.foundError.set(null);
    try {
      await this.api.post('/api/v1/organisations', {
        body: { name: name.trim(), country },
      });
      await this.accounts.refreshMe();
      await this.load();
    } catch (error) {
      this.foundError.set(toApiError(error, ORGANISATION_FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected async addMember(): Promise<void> {
    this.memberForm.markAllAsTouched();
    const org = this.organisation();
    if (!org || this.memberForm.invalid || this.busy()) return;
    const { phone, name, role } = this.memberForm.getRawValue();
    this.busy.set(true);
    this.memberError.set(null);
    this.added.set(null);
    this.invited.set(null);
    try {
      const answer = await this.api.post('/api/v1/organisations/{id}/members', {
        path: { id: org.id },
        body: {
          phone: phone.trim(),
          role: role as MemberRole,
          ...(name.trim() ? { name: name.trim() } : {}),
        },
      });
      if ('status' in answer) this.invited.set(answer.invitee?.phone ?? phone);
      else this.added.set(answer.phone);
      this.memberForm.reset({ phone: '', name: '', role: this.roles()[0] ?? '' });
      await this.load();
    } catch (error) {
      this.memberError.set(toApiError(error, MEMBER_FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  /** Whether the reader may leave: the API's rule (`canLeave`), the one its leave endpoint applies. */
  protected readonly canLeave = computed(() => this.organisation()?.canLeave ?? false);

  protected async leave(): Promise<void> {
    const org = this.organisation();
    const userId = this.session.user()?.id;
    if (!org || userId === undefined || this.busy()) return;
    this.busy.set(true);
    this.memberError.set(null);
    try {
      await this.api.delete('/api/v1/organisations/{id}/members/{userId}', {
        path: { id: org.id, userId },
      });
      await this.accounts.refreshMe();
      this.sent.set([]);
      await this.load();
    } catch (error) {
      this.memberError.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current(), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  }
}
