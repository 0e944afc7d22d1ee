import { TestBed } from '@angular/core/testing';
import { Me } from '../api/api-types';
import { Session } from './session';

const user: Me = {
  id: 1,
  phone: '+254712345678',
  name: 'Amina',
  role: 'shipper',
  capabilities: ['post_orders'],
  locale: 'sw',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('Session', () => {
  beforeEach(() => localStorage.clear());

  it('starts signed out on a fresh device', () => {
    const session = TestBed.inject(Session);
    expect(session.signedIn()).toBe(false);
    expect(session.user()).toBeNull();
    expect(session.role()).toBeNull();
  });

  it('remembers the token and user across a reload', () => {
    TestBed.inject(Session).start({ token: 'oat_abc', user });

    TestBed.resetTestingModule();
    const reloaded = TestBed.inject(Session);
    expect(reloaded.signedIn()).toBe(true);
    expect(reloaded.token()).toBe('oat_abc');
    expect(reloaded.role()).toBe('shipper');
  });

  it('forgets everything on sign-out', () => {
    const session = TestBed.inject(Session);
    session.start({ token: 'oat_abc', user });
    session.clear();
    expect(session.signedIn()).toBe(false);
    expect(localStorage.getItem('njia.token')).toBeNull();
    expect(localStorage.getItem('njia.user')).toBeNull();
  });

  it('ignores a corrupted cached user instead of crashing', () => {
    localStorage.setItem('njia.token', 'oat_abc');
    localStorage.setItem('njia.user', '{not json');
    const session = TestBed.inject(Session);
    expect(session.signedIn()).toBe(true);
    expect(session.user()).toBeNull();
  });
});
