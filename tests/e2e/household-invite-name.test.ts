/**
 * An invite link names its household as the server holds it, as deployed (Caddy, pairing): a link
 * that writes « Famille Martin » beside a code of the « Coloc » shows « Coloc »; a code the server
 * does not know says so, and offers no way to join.
 */
import type { App } from '@voicetrack/edge/wire.ts';
import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ORIGIN } from './support/deployed.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack();

/** A household made on another device (paired as the laptop is), and its invite's code. */
async function householdOnAnotherDevice(name: string): Promise<string> {
  const deployment = e2e.stack.deployment;
  if (!deployment) throw new Error('not deployed');
  const token = await deployment.pairLaptop('Téléphone de Marie');
  const api = hc<App>(PUBLIC_ORIGIN, {
    fetch: deployment.fetch,
    headers: { authorization: `Bearer ${token}` },
  }).api;
  const res = await api.households.$post({ json: { name, memberName: 'Marie' } });
  expect(res.status).toBe(201);
  return (await res.json()).invite.code;
}

describe('an invite link’s household name', () => {
  it('is the server’s for the code, never the link’s; an unknown code offers no join', async () => {
    const code = await householdOnAnotherDevice('Coloc');
    const context = await e2e.newContext();
    const page = await context.newPage();
    await new CapturePage(page).open(e2e.stack.url);

    await page.goto('about:blank');
    await page.goto(`${e2e.stack.url}/#household=${code}&name=${encodeURIComponent('Famille Martin')}`);
    const ask = page.getByRole('dialog', { name: 'Rejoindre le foyer « Coloc » ?' });
    await ask.getByRole('button', { name: 'Rejoindre' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Famille Martin').count()).toBe(0);
    await ask.getByRole('button', { name: 'Pas maintenant' }).click();

    await page.goto('about:blank');
    await page.goto(`${e2e.stack.url}/#household=WRONG0000000&name=${encodeURIComponent('Famille Martin')}`);
    const refused = page.getByRole('dialog', { name: 'Rejoindre ce foyer ?' });
    await refused.getByRole('alert').getByText('n’est plus valable').waitFor({ timeout: 20_000 });
    expect(await refused.getByRole('button', { name: 'Rejoindre' }).count()).toBe(0);
    expect(await page.getByText('Famille Martin').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    await context.close();
  });
});
