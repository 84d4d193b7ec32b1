/**
 * The month against the bank: « Rapproché à 94 % » and the « Rapprochement » view — the counts,
 * what the bank saw that was not said (add it, correct it first, or ignore it, each with an undo;
 * a line several expenses fit asks which one it is: candidate-choice.tsx; one said at another
 * amount can be paired too: said-choice.tsx), the expenses the bank
 * did not see, and what is not an expense (money in, cash withdrawals).
 */
import {
  type CandidateExpense,
  type Category,
  formatPercent,
  type MatchedPair,
  type Reconciliation,
  type Suggestion,
} from '@voicetrack/shared';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answer } from '../data/api/answer.ts';
import type { ApiClient } from '../data/api/client.ts';
import { statementsApi } from '../data/api/statements.ts';
import type { BankStrings } from '../i18n/bank.ts';
import { formatAmount, formatDay } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { CandidateChoice } from './candidate-choice.tsx';
import { CorrectForm } from './correct-form.tsx';
import { MatchedPairs } from './matched-pairs.tsx';
import { SaidChoice } from './said-choice.tsx';
import './bank.css';

interface Props {
  t: BankStrings;
  lang: Lang;
  categories: Record<Category, string>;
  api: ApiClient;
  month: string;
  /** Bumped by an import: read the month again. */
  version: number;
}

type Undo = { text: string; undo: () => void };

export function ReconciliationPanel({ t, lang, categories, api, month, version }: Props) {
  const [data, setData] = useState<Reconciliation | null>(null);
  const [open, setOpen] = useState(false);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<Undo | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  // The line whose « Dit 40,00 €, la banque 44,00 € » is asked: its own answers wait meanwhile.
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const bank = useMemo(() => statementsApi(api.routes), [api]);

  useEffect(() => {
    let live = true;
    void bank.reconciliation(month).then((r) => live && setData(r));
    return () => {
      live = false;
    };
  }, [bank, month, version, reload]);

  // Someone who never imported a statement has nothing to reconcile: the month stays as it was,
  // and « Relevé bancaire » in the data section is where it starts.
  if (!data || (data.lastStatementDate === null && data.suggestions.length === 0)) return null;
  const suggestions = data.suggestions.filter((s) => !hidden.has(s.id));
  const hide = (id: string, on: boolean) =>
    setHidden((h) => {
      const next = new Set(h);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const accept = async (s: Suggestion, body: { category?: Category; description?: string } = {}) => {
    hide(s.id, true);
    setCorrecting(null);
    const got = await bank.acceptSuggestion(s.id, body);
    if (got.kind !== 'ok') {
      hide(s.id, false);
      setError(t.failed(got));
      return;
    }
    const expenseId = got.value.id;
    setUndo({
      text: t.added(got.value.description),
      undo: async () => {
        setUndo(null);
        await bank.deleteExpense(expenseId);
        hide(s.id, false);
        setReload((n) => n + 1);
      },
    });
    setReload((n) => n + 1);
  };
  // Pairing and ignoring: the line hides at once (back, with why, if refused); undo takes it back.
  // A pairing changes the month's figures (readAgain); an ignore does not.
  // `line`: the suggestion to hide meanwhile (none for a confirmed pairing taken apart).
  const settle = async (
    line: string | null,
    send: () => Promise<Answer<unknown>>,
    text: string,
    takeBack: () => Promise<Answer<unknown>>,
    readAgain: boolean,
  ) => {
    if (line) hide(line, true);
    const got = await send();
    if (got.kind !== 'ok') {
      if (line) hide(line, false);
      setError(t.failed(got));
      return;
    }
    setUndo({
      text,
      undo: async () => {
        setUndo(null);
        const back = await takeBack();
        if (back.kind !== 'ok') setError(t.failed(back));
        if (line) hide(line, false);
        setReload((n) => n + 1);
      },
    });
    if (readAgain) setReload((n) => n + 1);
  };
  // `bankAmount`: an expense said at another amount takes the bank's (the person saw it first); the undo gives it back.
  const pair = (s: Suggestion, e: CandidateExpense, bankAmount: string | null = null) =>
    settle(
      s.id,
      () => bank.pairSuggestion(s.id, e.id, bankAmount !== null),
      bankAmount === null
        ? t.paired(e.description || categories[e.category])
        : t.pairedAt(e.description || categories[e.category], formatAmount(bankAmount, e.currency, lang)),
      () => bank.unpairSuggestion(s.id),
      true,
    );
  // A confirmed pairing taken apart (the matcher will not pair them again); its undo pairs them again,
  // at the bank's amount if that is what they had.
  const unpairMatched = (p: MatchedPair) =>
    settle(
      null,
      () => bank.unpairSuggestion(p.line.id),
      t.unpaired(p.expense.description || categories[p.expense.category]),
      () => bank.pairSuggestion(p.line.id, p.expense.id, true),
      true,
    );
  const ignore = (s: Suggestion) =>
    settle(
      s.id,
      () => bank.ignoreSuggestion(s.id),
      t.ignored(s.merchant),
      () => bank.unignoreSuggestion(s.id),
      false,
    );
  const unmatched = data.unmatchedExpenses;
  const notSeen = unmatched.filter((e) => e.notSeenByBank).length;

  return (
    <section class="reconciliation" aria-labelledby="reconciliation-title">
      <h3 id="reconciliation-title">{t.reconciliationTitle}</h3>
      <p class="reconciled">
        {data.percent !== null ? (
          <strong>{t.reconciled(formatPercent(data.percent, lang))}</strong>
        ) : (
          <span>{suggestions.length > 0 ? t.toAdd(suggestions.length) : t.noPercent}</span>
        )}
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.closeReconciliation : t.openReconciliation}
        </button>
      </p>
      {open && (
        <div class="reconciliation-view">
          {data.lastStatementDate === null && <p class="hint">{t.noStatement}</p>}
          <p>{t.counts(data.matched, suggestions.length, notSeen)}</p>
          {suggestions.length > 0 && (
            <>
              <h4>{t.suggestionsTitle}</h4>
              <ul class="suggestions">
                {suggestions.map((s) => (
                  <li key={s.id}>
                    {s.candidateExpenses.length > 0 ? (
                      <CandidateChoice
                        t={t}
                        lang={lang}
                        categories={categories}
                        suggestion={s}
                        onPair={(e) => pair(s, e)}
                        onAccept={() => accept(s)}
                        onIgnore={() => ignore(s)}
                        waiting={asking === s.id}
                      />
                    ) : (
                      <>
                        <p>
                          {t.suggestion(
                            formatAmount(s.amount, s.currency, lang),
                            s.merchant,
                            formatDay(s.date, lang),
                          )}
                        </p>
                        <p class="hint">
                          {s.label} · {categories[s.category]}
                        </p>
                        {correcting === s.id ? (
                          <CorrectForm
                            t={t}
                            categories={categories}
                            suggestion={s}
                            onCancel={() => setCorrecting(null)}
                            onSave={(b) => accept(s, b)}
                          />
                        ) : asking === s.id ? null : (
                          <div class="actions">
                            <button
                              type="button"
                              aria-label={t.on(t.accept, s.merchant)}
                              onClick={() => accept(s)}
                            >
                              {t.accept}
                            </button>
                            <button
                              type="button"
                              aria-label={t.on(t.correct, s.merchant)}
                              onClick={() => setCorrecting(s.id)}
                            >
                              {t.correct}
                            </button>
                            <button
                              type="button"
                              aria-label={t.on(t.ignore, s.merchant)}
                              onClick={() => ignore(s)}
                            >
                              {t.ignore}
                            </button>
                          </div>
                        )}
                      </>
                    )}
                    <SaidChoice
                      t={t}
                      lang={lang}
                      categories={categories}
                      suggestion={s}
                      onPair={(e, bankAmount) => pair(s, e, bankAmount)}
                      onAsking={(on) => setAsking(on ? s.id : null)}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
          {unmatched.length > 0 && (
            <>
              <h4>{t.unmatchedTitle}</h4>
              <ul class="unmatched">
                {unmatched.map((e) => (
                  <li key={e.id}>
                    {formatDay(e.date, lang)} · {e.description || categories[e.category]} ·{' '}
                    {formatAmount(e.amount, e.currency, lang)} —{' '}
                    <em>{e.notSeenByBank ? t.notSeen : t.notYet}</em>
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.notExpenses.length > 0 && (
            <>
              <h4>{t.notExpensesTitle(data.notExpenses.length)}</h4>
              <ul class="not-expenses">
                {data.notExpenses.map((l) => (
                  <li key={l.id}>
                    {formatDay(l.date, lang)} · {l.label} · {formatAmount(l.amount, l.currency, lang)} —{' '}
                    <em>{l.kind === 'credit' ? t.credit : t.withdrawal}</em>
                  </li>
                ))}
              </ul>
            </>
          )}
          {suggestions.length === 0 && unmatched.length === 0 && (
            <p>{data.matched > 0 ? t.allReconciled : t.nothing}</p>
          )}
          <MatchedPairs
            t={t}
            lang={lang}
            categories={categories}
            pairs={data.matchedPairs}
            onUnpair={unpairMatched}
          />
        </div>
      )}
      {undo && (
        <p role="status" class="undo">
          {undo.text}{' '}
          <button type="button" onClick={undo.undo}>
            {t.undo}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
