/**
 * The twelve categories as a select, each in the person's words: the edit dialog, a recurring
 * rule's form and the bank's « Corriger » show the same list in the same order. Its label is the
 * caller's (a wrapping <label>, or `labelledBy` where the words sit in a span of their own).
 */
import { CATEGORIES, type Category } from '@voicetrack/shared';

export function CategorySelect(props: {
  value: Category;
  onChange: (category: Category) => void;
  labels: Readonly<Record<Category, string>>;
  name?: string;
  labelledBy?: string;
}) {
  return (
    <select
      name={props.name}
      aria-labelledby={props.labelledBy}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as Category)}
    >
      {CATEGORIES.map((c) => (
        <option key={c} value={c} selected={c === props.value}>
          {props.labels[c]}
        </option>
      ))}
    </select>
  );
}
