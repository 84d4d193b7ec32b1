/**
 * Token scopes in local mode (issue 28.6): a token made for a Shortcut or n8n is `capture`-scoped —
 * it sends notes and reads its own device, nothing else, and a refusal is 403; a phone paired
 * with a code is `full`; only a full device makes tokens or revokes devices. A leaked Shortcut
 * token can neither mint another nor revoke the owner's phone.
 */
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';

const SECRET = 'c'.repeat(64);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ env: { PAIRING: 'required' }, pairingSecret: SECRET });
});
afterAll(() => t.close());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const errorOf = async (res: Response) => v.parse(ErrorBodySchema, await res.json()).error;

async function pairPhone(name = 'Pixel') {
  const codeRes = await t.api.pair.codes.$post(
    { json: { name } },
    { headers: { 'x-pairing-secret': SECRET } },
  );
  const { code } = await codeRes.json();
  const res = await t.api.pair.$post({ json: { code } });
  expect(res.status).toBe(201);
  return res.json();
}

describe('token scopes', () => {
  it('gives a paired phone a full token, and a token made in the panel capture by default', async () => {
    const phone = await pairPhone('Pixel de Marie');
    expect(phone.scope).toBe('full');
    const made = await t.api.devices.$post({ json: { name: 'Raccourci Siri' } }, bearer(phone.token));
    expect(made.status).toBe(201);
    const shortcut = await made.json();
    expect(shortcut.scope).toBe('capture');
    const { devices } = await (await t.api.devices.$get({}, bearer(phone.token))).json();
    expect(devices.map((d) => [d.name, d.scope])).toEqual(
      expect.arrayContaining([
        ['Pixel de Marie', 'full'],
        ['Raccourci Siri', 'capture'],
      ]),
    );
  });

  it('lets a capture token send notes and read its own device, and refuses it everything else with 403', async () => {
    const phone = await pairPhone();
    const shortcut = await (
      await t.api.devices.$post({ json: { name: 'n8n', scope: 'capture' } }, bearer(phone.token))
    ).json();
    const saved = await t.api.text.$post({ json: textNote('4 € de café') }, bearer(shortcut.token));
    expect(saved.status).toBe(201);
    // The same note again answers its stored result: the capture's own status.
    const note = textNote('5 € de pain');
    expect((await t.api.text.$post({ json: note }, bearer(shortcut.token))).status).toBe(201);
    expect((await t.api.text.$post({ json: note }, bearer(shortcut.token))).status).toBe(200);
    const me = await t.api.devices.current.$get({}, bearer(shortcut.token));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      id: shortcut.deviceId,
      name: 'n8n',
      scope: 'capture',
      current: true,
    });

    const refused: [string, Response | Promise<Response>][] = [
      ['list expenses', t.api.expenses.$get({ query: {} }, bearer(shortcut.token))],
      ['export', t.app.request('/api/export.json', bearer(shortcut.token))],
      ['list devices', t.api.devices.$get({}, bearer(shortcut.token))],
      ['mint', t.api.devices.$post({ json: { name: 'more' } }, bearer(shortcut.token))],
      [
        'revoke the phone',
        t.api.devices[':id'].$delete({ param: { id: phone.deviceId } }, bearer(shortcut.token)),
      ],
      ['stream ticket', t.api.events.ticket.$post({}, bearer(shortcut.token))],
      ['budgets', t.api.budgets.$get({ query: { month: '2026-11' } }, bearer(shortcut.token))],
    ];
    for (const [what, pending] of refused) {
      const res = await pending;
      expect(res.status, what).toBe(403);
      expect((await errorOf(res)).code, what).toBe('insufficient_scope');
    }
    // The phone it tried to revoke still works.
    expect((await t.api.expenses.$get({ query: {} }, bearer(phone.token))).status).toBe(200);
  });

  it('makes a full token only when a full device asks, and refuses an unknown scope', async () => {
    const phone = await pairPhone();
    const laptop = await (
      await t.api.devices.$post({ json: { name: 'Portable', scope: 'full' } }, bearer(phone.token))
    ).json();
    expect(laptop.scope).toBe('full');
    expect((await t.api.devices.$get({}, bearer(laptop.token))).status).toBe(200);
    const bad = await t.app.request('/api/devices', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${phone.token}` },
      body: JSON.stringify({ name: 'x', scope: 'admin' }),
    });
    expect(bad.status).toBe(400);
  });

  it('lets only full devices revoke, and a revoked Shortcut leaves no token behind', async () => {
    const phone = await pairPhone();
    const shortcut = await (
      await t.api.devices.$post({ json: { name: 'Leaked' } }, bearer(phone.token))
    ).json();
    const before = (await (await t.api.devices.$get({}, bearer(phone.token))).json()).devices.length;
    // What the leaked token tries changes nothing.
    await t.api.devices.$post({ json: { name: 'persist' } }, bearer(shortcut.token));
    await t.api.devices[':id'].$delete({ param: { id: phone.deviceId } }, bearer(shortcut.token));
    expect((await (await t.api.devices.$get({}, bearer(phone.token))).json()).devices).toHaveLength(before);
    const gone = await t.api.devices[':id'].$delete(
      { param: { id: shortcut.deviceId } },
      bearer(phone.token),
    );
    expect(gone.status).toBe(204);
    expect((await t.api.text.$post({ json: textNote('1 €') }, bearer(shortcut.token))).status).toBe(401);
  });
});
