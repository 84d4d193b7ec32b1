/**
 * « Corriger » a line the bank saw before adding it: its category and its words (the merchant's
 * name by default). The answer and its undo live in reconciliation.tsx.
 */
import type { Category, Suggestion } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import { CategorySelect } from '../base/category-select.tsx';
import type { BankStrings } from '../i18n/bank.ts';

export function CorrectForm(props: {
  t: BankStrings;
  categories: Record<Category, string>;
  suggestion: Suggestion;
  onSave: (body: { category: Category; description: string }) => void;
  onCancel: () => void;
}) {
  const { t, categories, suggestion } = props;
  const [category, setCategory] = useState<Category>(suggestion.category);
  const [description, setDescription] = useState(suggestion.merchant);
  return (
    <form
      class="correct"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ category, description: description.trim() || suggestion.merchant });
      }}
    >
      <label>
        {t.category}
        <CategorySelect value={category} onChange={setCategory} labels={categories} />
      </label>
      <label>
        {t.description}
        <input
          type="text"
          maxLength={200}
          value={description}
          onInput={(e) => setDescription((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{t.save}</button>
      <button type="button" onClick={props.onCancel}>
        {t.cancel}
      </button>
    </form>
  );
}
