import { TestBed } from '@angular/core/testing';
import { vi } from 'vitest';
import { AccountApi } from './account-api';
import { ApiError } from '../api/api-error';
import { SignInAgain } from './sign-in-again';
import { provideTestApp } from '../../testing';

const refused = (code: string): ApiError => ({
  status: 403,
  fieldErrors: {},
  formErrors: [{ code, message: 'no' }],
  retryAfter: null,
});

function render(error: ApiError | null) {
  TestBed.configureTestingModule({
    providers: [...provideTestApp()],
  });
  const signOut = vi.spyOn(TestBed.inject(AccountApi), 'signOut').mockResolvedValue();
  const fixture = TestBed.createComponent(SignInAgain);
  fixture.componentRef.setInput('error', error);
  fixture.detectChanges();
  const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
    '[data-testid="sign-in-again"]',
  );
  return { button, signOut };
}

describe('SignInAgain', () => {
  it('offers to sign in again when the API asks for a recent sign-in, and comes back here after', () => {
    const { button, signOut } = render(refused('E_RECENT_SIGN_IN_REQUIRED'));
    expect(button).not.toBeNull();
    button!.click();
    expect(signOut).toHaveBeenCalledWith('/');
  });

  it('stays hidden for any other refusal', () => {
    expect(render(refused('E_AUTHORIZATION_FAILURE')).button).toBeNull();
    TestBed.resetTestingModule();
    expect(render(null).button).toBeNull();
  });
});
