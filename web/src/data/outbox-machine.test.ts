import { describe, expect, it } from 'vitest';
import { queued } from './new-note.ts';
import {
  afterSend,
  backoffMs,
  dueNotes,
  dueOnceOnline,
  isDue,
  isPending,
  mayBeOnServer,
  type NoteProgress,
  type NoteState,
  type SendOutcome,
  serverKeptNone,
} from './outbox-machine.ts';
import { fresh, NOW, offline, ok, refused, wait } from './outbox-machine-fixtures.ts';

const result = { clientId: 'c1', status: 'saved' as const, transcript: 't', expenses: [] };
describe('afterSend', () => {
  it.each([
    ['a capture result (201 new, or 200 a repeat)', ok(result), 'done', true],
    ['no answer (a network error)', offline, 'waiting', false],
    [
      'an answer that was not the API’s (a captive portal’s 200 page)',
      { kind: 'offline', message: "not the API's answer (HTTP 200)" } as SendOutcome,
      'waiting',
      false,
    ],
    ['500', refused(500, 'internal_error'), 'waiting', false],
    ['502 from a proxy, no JSON', refused(502), 'waiting', false],
    ['503 provider_unavailable', refused(503, 'provider_unavailable', wait(30)), 'waiting', false],
    [
      '503 transcription_unavailable',
      refused(503, 'transcription_unavailable', wait(300)),
      'awaiting_transcription',
      false,
    ],
    ['409 capture_in_progress', refused(409, 'capture_in_progress', wait(5)), 'waiting', false],
    ['429 rate_limited', refused(429, 'rate_limited', wait(20)), 'waiting', false],
    ['401 token_expired', refused(401, 'token_expired'), 'waiting_for_sign_in', false],
    ['403 insufficient_scope', refused(403, 'insufficient_scope'), 'waiting_for_sign_in', false],
    ['403 forbidden', refused(403, 'forbidden'), 'waiting_for_sign_in', false],
    ['421 unknown_host', refused(421, 'unknown_host'), 'waiting', false],
    ['400 validation_failed', refused(400, 'validation_failed'), 'failed', false],
    ['413 payload_too_large', refused(413, 'payload_too_large'), 'failed', false],
    ['415 unsupported_audio', refused(415, 'unsupported_audio'), 'failed', false],
  ])('after %s the note is %s (audio dropped: %s)', (_name, outcome, state, dropAudio) => {
    const next = afterSend(fresh, outcome, NOW, 0.5);
    expect(next.state).toBe(state);
    expect(next.dropAudio).toBe(dropAudio);
    expect(next.attempts).toBe(1);
  });

  it('honours Retry-After when it is longer than the backoff', () => {
    const next = afterSend(fresh, refused(429, 'rate_limited', wait(60)), NOW, 0.5);
    expect(next.nextAttemptAt).toBe(NOW + 60_000);
  });

  it('keeps the server’s message on a refused note', () => {
    const next = afterSend(
      fresh,
      refused(400, 'validation_failed', { message: 'recordedAt: bad' }),
      NOW,
      0.5,
    );
    expect(next.lastError).toEqual({ code: 'validation_failed', message: 'recordedAt: bad' });
  });
});

describe('backoffMs', () => {
  it('doubles with each attempt, within ±20 %, up to five minutes', () => {
    expect(backoffMs(1, 0.5)).toBe(2000);
    expect(backoffMs(2, 0.5)).toBe(4000);
    expect(backoffMs(3, 0)).toBe(6400);
    expect(backoffMs(30, 0.5)).toBe(300_000);
  });
});

describe('dueNotes', () => {
  it('sends due notes oldest first, never done or failed ones', () => {
    const base = { attempts: 0, lastError: null };
    const notes = [
      {
        ...base,
        id: 'b',
        state: 'recorded' as const,
        nextAttemptAt: 0,
        recordedAt: '2026-11-24T10:02:00+01:00',
      },
      {
        ...base,
        id: 'a',
        state: 'waiting' as const,
        nextAttemptAt: NOW - 1,
        recordedAt: '2026-11-24T10:01:00+01:00',
      },
      {
        ...base,
        id: 'c',
        state: 'waiting' as const,
        nextAttemptAt: NOW + 1,
        recordedAt: '2026-11-24T10:00:00+01:00',
      },
      { ...base, id: 'd', state: 'done' as const, nextAttemptAt: 0, recordedAt: '2026-11-24T09:00:00+01:00' },
      {
        ...base,
        id: 'e',
        state: 'failed' as const,
        nextAttemptAt: Number.POSITIVE_INFINITY,
        recordedAt: '2026-11-24T09:00:00+01:00',
      },
      {
        ...base,
        id: 'f',
        state: 'recording' as const,
        nextAttemptAt: 0,
        recordedAt: '2026-11-24T09:00:00+01:00',
      },
    ];
    expect(dueNotes(notes, NOW).map((n) => n.id)).toEqual(['a', 'b']);
  });

  const due = (id: string, recordedAt: string, order: { seq?: number; createdAt?: number } = {}) => ({
    id,
    state: 'recorded' as const,
    attempts: 0,
    lastError: null,
    nextAttemptAt: 0,
    recordedAt,
    ...order,
  });
  const AT = '2026-11-24T10:00:00.000+01:00';

  it.each([
    [
      'notes of the same instant go in the order they were put in the outbox, not their ids’',
      [due('z', AT, { seq: 1 }), due('m', AT, { seq: 3 }), due('a', AT, { seq: 2 })],
      ['z', 'a', 'm'],
    ],
    [
      'a note queued before sequences existed comes first among its instant’s, by its time',
      [due('b', AT, { seq: 1 }), due('y', AT, { createdAt: 2 }), due('x', AT, { createdAt: 1 })],
      ['x', 'y', 'b'],
    ],
    [
      'the instant decides, whatever offset each was written with (a trip, a change of hour)',
      [
        due('paris', '2026-11-24T10:05:00.000+01:00', { seq: 1 }),
        due('london', '2026-11-24T09:10:00.000Z', { seq: 2 }),
      ],
      ['paris', 'london'],
    ],
  ])('%s', (_, notes, order) => {
    expect(dueNotes(notes, NOW).map((n) => n.id)).toEqual(order);
    expect(dueNotes([...notes].reverse(), NOW).map((n) => n.id)).toEqual(order);
  });
});

describe('isDue', () => {
  const at = (state: NoteState, nextAttemptAt: number): NoteProgress => ({
    state,
    attempts: 1,
    nextAttemptAt,
    lastError: null,
  });
  it.each<[NoteState, number, boolean]>([
    ['recorded', 0, true],
    ['recorded', NOW + 5000, false],
    ['waiting', NOW, true],
    ['waiting', NOW + 1, false],
    ['awaiting_transcription', NOW - 1, true],
    ['waiting_for_sign_in', NOW - 1, true],
    ['waiting_for_sign_in', NOW + 1, false],
    ['sending', 0, true],
    ['recording', 0, false],
    ['failed', 0, false],
    ['done', 0, false],
  ])('a %s item, due at %d, is due: %s', (state, nextAttemptAt, expected) => {
    expect(isDue(at(state, nextAttemptAt), NOW)).toBe(expected);
  });

  it('makes a new item due at once, or once the time it was given has come', () => {
    expect(isDue(queued(), NOW)).toBe(true);
    expect(isDue(queued(NOW + 5000), NOW)).toBe(false);
    expect(isDue(queued(NOW + 5000), NOW + 5000)).toBe(true);
  });
});

describe('dueOnceOnline', () => {
  const waiting = (code: string, state: NoteProgress['state'] = 'waiting'): NoteProgress => ({
    state,
    attempts: 6,
    nextAttemptAt: NOW + 60_000,
    lastError: { code, message: code },
  });
  it('makes a note that waited for the network due at once', () => {
    expect(dueOnceOnline(waiting('network'))).toBe(0);
  });
  it.each([
    ['a 429', waiting('rate_limited')],
    ['a 5xx', waiting('http_502')],
    ['no provider', waiting('network', 'awaiting_transcription')],
    ['a refused note', waiting('network', 'failed')],
  ])('keeps the delay after %s', (_, note) => {
    expect(dueOnceOnline(note)).toBeNull();
  });
});

describe('what each answer leaves on the note, whole', () => {
  const after = (outcome: SendOutcome, note: NoteProgress = fresh) => afterSend(note, outcome, NOW, 0.5);

  it('keeps the note, with the network named, when no answer came', () => {
    expect(after(offline, { ...fresh, attempts: 2 })).toEqual({
      state: 'waiting',
      attempts: 3,
      nextAttemptAt: NOW + backoffMs(3, 0.5),
      lastError: { code: 'network', message: 'offline' },
      result: null,
      dropAudio: false,
    });
  });

  it('waits at least 15 minutes for a transcription provider, longer when the server says so', () => {
    const none = refused(503, 'transcription_unavailable', { message: 'no key', retryAfterSeconds: 60 });
    expect(after(none)).toMatchObject({ state: 'awaiting_transcription', nextAttemptAt: NOW + 15 * 60_000 });
    const long = refused(503, 'transcription_unavailable', wait(3600));
    expect(after(long).nextAttemptAt).toBe(NOW + 3_600_000);
    expect(after(refused(503, 'transcription_unavailable')).nextAttemptAt).toBe(NOW + 15 * 60_000);
  });

  it('reads "no transcription provider" only from a 503', () => {
    expect(after(refused(500, 'transcription_unavailable')).state).toBe('waiting');
  });

  it('asks for sign-in after a 401, trying again in five minutes', () => {
    expect(after(refused(401, 'token_expired', { message: 'expired' }))).toEqual({
      state: 'waiting_for_sign_in',
      attempts: 1,
      nextAttemptAt: NOW + 5 * 60_000,
      lastError: { code: 'token_expired', message: 'expired' },
      result: null,
      dropAudio: false,
    });
  });

  it('fails a note the server refused for good, keeping its audio and the reason', () => {
    expect(after(refused(413, 'payload_too_large', { message: 'too big' }))).toEqual({
      state: 'failed',
      attempts: 1,
      nextAttemptAt: Number.POSITIVE_INFINITY,
      lastError: { code: 'payload_too_large', message: 'too big' },
      result: null,
      dropAudio: false,
    });
  });
});

describe('dueNotes and dueOnceOnline, the edges', () => {
  const note = (recordedAt: string, state: NoteState = 'recorded') => ({
    state,
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    recordedAt,
  });

  it('sends the oldest first whatever order they are stored in, ties kept in place', () => {
    const notes = [note('2026-11-24T12:00:00Z'), note('2026-11-24T09:00:00Z'), note('2026-11-24T12:00:00Z')];
    const first = notes[0];
    const sent = dueNotes(notes, NOW);
    expect(sent.map((n) => n.recordedAt)).toEqual([
      '2026-11-24T09:00:00Z',
      '2026-11-24T12:00:00Z',
      '2026-11-24T12:00:00Z',
    ]);
    expect(sent[1]).toBe(first);
    expect(dueNotes([...notes].reverse(), NOW).map((n) => n.recordedAt)[0]).toBe('2026-11-24T09:00:00Z');
  });

  it('leaves alone a waiting note with no error, or one already due', () => {
    const waiting: NoteProgress = { state: 'waiting', attempts: 1, nextAttemptAt: NOW, lastError: null };
    expect(dueOnceOnline(waiting)).toBeNull();
    const due = { ...waiting, nextAttemptAt: 0, lastError: { code: 'network', message: 'offline' } };
    expect(dueOnceOnline(due)).toBeNull();
  });

  it('counts every state but done as pending for the person', () => {
    const states: NoteState[] = ['recording', 'recorded', 'sending', 'waiting', 'failed', 'done'];
    expect(states.filter(isPending)).toEqual(['recording', 'recorded', 'sending', 'waiting', 'failed']);
  });
});

describe('a note the person deletes: may the server have it, and did its answer say it kept none', () => {
  const cases: [string, NoteProgress, boolean][] = [
    ['never sent', queued(), false],
    ['being recorded', { ...queued(), state: 'recording' }, false],
    ['on its way', { ...queued(), state: 'sending' }, true],
  ];
  it.each(cases)('%s: may be on the server %s', (_, note, may) => {
    expect(mayBeOnServer(note)).toBe(may);
  });

  const answers: [string, SendOutcome, NoteState, boolean, boolean][] = [
    // What it is left in once answered: may the server have it, and did the server say it kept none.
    ['answered', ok(result), 'done', false, false],
    ['no answer (offline, a cut answer)', offline, 'waiting', true, false],
    ['a server error', refused(500), 'waiting', true, false],
    ['the same clientId being read', refused(409, 'capture_in_progress', wait(5)), 'waiting', true, false],
    ['too many requests', refused(429, 'rate_limited', wait(30)), 'waiting', true, false],
    ['a sign-in asked', refused(401, 'token_expired'), 'waiting_for_sign_in', false, false],
    [
      'no provider to read it',
      refused(503, 'transcription_unavailable'),
      'awaiting_transcription',
      false,
      true,
    ],
    ['refused', refused(400, 'validation_failed'), 'failed', false, true],
  ];
  it.each(answers)('after %s', (_, outcome, state, may, none) => {
    const next = afterSend(fresh, outcome, NOW, 0.5);
    expect([next.state, mayBeOnServer(next), serverKeptNone(next)]).toEqual([state, may, none]);
  });
});
