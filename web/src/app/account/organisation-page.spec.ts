import { TestBed } from '@angular/core/testing';
import { Api } from '../core/api/api-client';
import type { Organisation, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { provideTestApp } from '../testing';
import { OrganisationPage } from './organisation-page';

const carrier = { id: 7, name: 'Sahel Freight', kind: 'carrier', country: 'KE' } as const;

const user: Me = {
  id: 3,
  phone: '+254712345678',
  name: 'Amina',
  role: 'dispatcher',
  capabilities: ['watch_fleet'],
  locale: 'en',
  country: 'KE',
  organisation: carrier,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** The page over an API that answers the organisation with the roles it offers this reader. */
async function render(memberRoles: Organisation['memberRoles'], canLeave = false) {
  const organisation: Organisation = {
    ...carrier,
    ownerId: 99,
    createdAt: '2026-01-01T00:00:00.000Z',
    members: [],
    memberRoles,
    canLeave,
  };
  const get = vi.fn(async (path: string) =>
    path === '/api/v1/organisations/{id}' ? organisation : { data: [] },
  );
  TestBed.configureTestingModule({
    imports: [OrganisationPage],
    providers: [
      ...provideTestApp(),
      { provide: Api, useValue: { get, post: vi.fn(), delete: vi.fn() } },
    ],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user });
  const fixture = TestBed.createComponent(OrganisationPage);
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }
  const element = fixture.nativeElement as HTMLElement;
  return {
    get,
    roles: () =>
      [...element.querySelectorAll<HTMLOptionElement>('#member-role option')].map((o) => o.value),
    form: () => element.querySelector('#member-role'),
    leave: () =>
      [...element.querySelectorAll('button')].find((b) => /leave/i.test(b.textContent ?? '')) ??
      null,
  };
}

describe('OrganisationPage', () => {
  it('offers exactly the roles the API says this reader may give, and no others', async () => {
    // The page has no rule of its own: what the API lists is what it offers.
    expect((await render(['driver', 'dispatcher'])).roles()).toEqual(['driver', 'dispatcher']);
    TestBed.resetTestingModule();
    expect((await render(['driver'])).roles()).toEqual(['driver']);
  });

  it('shows no form to add members when the API offers no role', async () => {
    const page = await render([]);
    expect(page.form()).toBeNull();
    expect(page.get).not.toHaveBeenCalledWith(
      '/api/v1/organisations/{id}/invitations',
      expect.anything(),
    );
  });

  it('offers to leave exactly when the API says the reader may', async () => {
    // The reader is not the owner (99) in both answers: only the API's canLeave decides.
    expect((await render([], true)).leave()).not.toBeNull();
    TestBed.resetTestingModule();
    expect((await render([], false)).leave()).toBeNull();
  });
});
