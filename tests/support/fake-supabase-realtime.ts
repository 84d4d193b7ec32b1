/**
 * A local stand-in for Supabase Realtime's `postgres_changes`, for the real supabase-js client:
 * the Phoenix protocol that realtime-js speaks (serializer 2.0.0: `[join_ref, ref, topic, event,
 * payload]` over a WebSocket at `/realtime/v1/websocket`, on the fake Auth's origin as on a
 * project's), and delivery decided as Realtime decides it: a changed row of `public.expenses` or
 * a new one of `public.settlements` (the tables of the `supabase_realtime` publication, heard from
 * the database's own change notifications, `voicetrack_expenses`) reaches a
 * subscription when its event and its `column=eq.value` filter match and the row can be read
 * under the policies as the subscriber: `role authenticated` with the claims of the access token
 * the channel joined with (verified against the project's JWKS), as Realtime's RLS check runs.
 *
 * What it does not model: DELETE events (Realtime sends them unfiltered by RLS; the PWA does not
 * subscribe to them), broadcast and presence, other tables, the `system` message that says the
 * subscription is ready (it is ready once joined here), and the replication slot (notifications
 * are heard after commit, as Realtime reads the WAL after commit).
 */
import type { Server } from 'node:http';
import * as jose from 'jose';
import postgres from 'postgres';
import { type WebSocket, WebSocketServer } from 'ws';

interface Binding {
  id: number;
  event: string;
  schema: string;
  table: string;
  filter?: string;
}

interface Channel {
  topic: string;
  joinRef: string;
  claims: jose.JWTPayload;
  bindings: Binding[];
}

export interface FakeSupabaseRealtime {
  /** Every join: its topic, the user it joined as, and its filters (or its refusal). */
  joins: { topic: string; userId: string | null; filters: string[]; refused?: string }[];
  /** Rows delivered: to whom, which row of which table, by which filters. */
  deliveries: { userId: string; table: string; id: string; type: string; filters: string[] }[];
  close(): Promise<void>;
}

type Message = [string | null, string | null, string, string, Record<string, unknown>];

export async function startFakeSupabaseRealtime(options: {
  /** The fake Auth's server: Realtime answers on the project's origin. */
  server: Server;
  /** The project's JWKS (`<auth>/auth/v1/.well-known/jwks.json`). */
  jwksUrl: string;
  /** The database, as a role that may `set role authenticated` (Supabase's postgres). */
  databaseUrl: string;
}): Promise<FakeSupabaseRealtime> {
  const jwks = jose.createRemoteJWKSet(new URL(options.jwksUrl));
  const sql = postgres(options.databaseUrl, { max: 2, onnotice: () => {} });
  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Map<WebSocket, Map<string, Channel>>();
  const joins: FakeSupabaseRealtime['joins'] = [];
  const deliveries: FakeSupabaseRealtime['deliveries'] = [];
  let nextBindingId = 1;
  // The column types Realtime sends beside a record (realtime-js converts the values by them).
  const columnsOf = async (table: string) =>
    (
      await sql<{ name: string; type: string }[]>`
        select a.attname as name, t.typname as type from pg_attribute a join pg_type t on t.oid = a.atttypid
        where a.attrelid = ${`public.${table}`}::regclass and a.attnum > 0 and not a.attisdropped
        order by a.attnum`
    ).map((c) => ({ name: c.name, type: c.type }));
  const columns: Record<string, { name: string; type: string }[]> = {
    expenses: await columnsOf('expenses'),
    settlements: await columnsOf('settlements'),
  };

  const send = (ws: WebSocket, message: Message) => ws.send(JSON.stringify(message));

  const verify = async (token: unknown): Promise<jose.JWTPayload | null> => {
    if (typeof token !== 'string') return null;
    try {
      return (await jose.jwtVerify(token, jwks, { audience: 'authenticated' })).payload;
    } catch {
      return null;
    }
  };

  const handle = async (ws: WebSocket, raw: string) => {
    const [joinRef, ref, topic, event, payload] = JSON.parse(raw) as Message;
    const reply = (status: 'ok' | 'error', response: Record<string, unknown> = {}) =>
      send(ws, [joinRef, ref, topic, 'phx_reply', { status, response }]);
    const channels = sockets.get(ws);
    if (!channels) return;
    if (topic === 'phoenix' && event === 'heartbeat') return reply('ok');
    if (event === 'phx_join') {
      const config = (payload.config ?? {}) as { postgres_changes?: Omit<Binding, 'id'>[] };
      const claims = await verify(payload.access_token);
      const filters = (config.postgres_changes ?? []).map((b) => b.filter ?? '');
      if (!claims?.sub) {
        joins.push({ topic, userId: null, filters, refused: 'invalid token' });
        return reply('error', { reason: 'Invalid JWT: unable to parse or verify signature' });
      }
      const bindings = (config.postgres_changes ?? []).map((b) => ({ ...b, id: nextBindingId++ }));
      channels.set(topic, { topic, joinRef: joinRef ?? '', claims, bindings });
      joins.push({ topic, userId: claims.sub, filters });
      return reply('ok', { postgres_changes: bindings });
    }
    if (event === 'access_token') {
      const claims = await verify(payload.access_token);
      const channel = channels.get(topic);
      if (channel && claims && claims.sub === channel.claims.sub) channel.claims = claims;
      return;
    }
    if (event === 'phx_leave') {
      channels.delete(topic);
      return reply('ok');
    }
    reply('ok');
  };

  // The row as the subscriber may read it under the policies, or null.
  const readAs = async (claims: jose.JWTPayload, table: string, id: string) =>
    sql.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
                      set_config('role', 'authenticated', true)`;
      const [row] = await tx<{ row: Record<string, unknown> }[]>`
        select to_jsonb(r) as row from ${tx('public')}.${tx(table)} r where r.id = ${id}`;
      return row?.row ?? null;
    });

  const matches = (binding: Binding, table: string, type: string, row: Record<string, unknown>) => {
    if (binding.schema !== 'public' || binding.table !== table) return false;
    if (binding.event !== '*' && binding.event !== type) return false;
    if (!binding.filter) return true;
    const [, column, value] = /^(\w+)=eq\.(.*)$/.exec(binding.filter) ?? [];
    return column !== undefined && String(row[column]) === value;
  };

  const deliver = async (notice: { op: string; id: string; kind?: string }) => {
    const type = notice.op.toUpperCase();
    const table = notice.kind === 'settlement' ? 'settlements' : 'expenses';
    if (type === 'DELETE') return;
    for (const [ws, channels] of sockets)
      for (const channel of channels.values()) {
        const row = await readAs(channel.claims, table, notice.id);
        if (!row) continue;
        const hit = channel.bindings.filter((b) => matches(b, table, type, row));
        if (hit.length === 0) continue;
        deliveries.push({
          userId: String(channel.claims.sub),
          table,
          id: notice.id,
          type,
          filters: hit.map((b) => b.filter ?? ''),
        });
        send(ws, [
          null,
          null,
          channel.topic,
          'postgres_changes',
          {
            ids: hit.map((b) => b.id),
            data: {
              schema: 'public',
              table,
              commit_timestamp: new Date().toISOString(),
              type,
              record: row,
              old_record: type === 'UPDATE' ? { id: notice.id } : undefined,
              columns: columns[table],
              errors: null,
            },
          },
        ]);
      }
  };

  // One notification at a time, in order, as Realtime reads the WAL.
  let queue = Promise.resolve();
  const listening = await sql.listen('voicetrack_expenses', (text) => {
    const notice = JSON.parse(text) as { op: string; id: string; kind?: string };
    queue = queue.then(() => deliver(notice)).catch(() => undefined);
  });

  const onUpgrade: Parameters<Server['on']>[1] = (req, socket, head) => {
    if (!(req.url ?? '').startsWith('/realtime/v1/websocket')) return;
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(ws, new Map());
      ws.on('message', (data) => void handle(ws, data.toString()).catch(() => ws.close()));
      ws.on('close', () => sockets.delete(ws));
    });
  };
  options.server.on('upgrade', onUpgrade);

  return {
    joins,
    deliveries,
    async close() {
      options.server.off('upgrade', onUpgrade);
      for (const ws of sockets.keys()) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await listening.unlisten();
      await queue;
      await sql.end();
    },
  };
}
