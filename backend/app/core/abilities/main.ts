/*
|--------------------------------------------------------------------------
| Bouncer abilities
|--------------------------------------------------------------------------
|
| Rules that are not about one kind of record would live here. Every rule
| today is about a record and is a policy in app/policies.
|
*/

export {}
