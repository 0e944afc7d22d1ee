// Sign-in by phone and one-time code, profile, organisations.
export {}
