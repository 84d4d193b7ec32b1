/**
 * A phone paired as a person of the household in local mode, in-process: what
 * `pnpm pair --person NAME` asks (POST /api/pair/codes {person}, with the pairing secret), then
 * what the phone does with the code (POST /api/pair, named « Téléphone de NAME »).
 */
import type { TestApp } from './edge-app.ts';

/** The phone's headers (its Bearer token) for the typed client's calls. */
export async function pairPerson(
  api: TestApp['api'],
  secret: string,
  person: string,
): Promise<{ headers: { authorization: string } }> {
  const codes = await api.pair.codes.$post({ json: { person } }, { headers: { 'x-pairing-secret': secret } });
  const { code } = await codes.json();
  const paired = await (await api.pair.$post({ json: { code, name: `Téléphone de ${person}` } })).json();
  return { headers: { authorization: `Bearer ${paired.token}` } };
}
