import type { Category } from "../consent/codes";
import { NOTE_CATEGORY } from "./clinicianNote";

/**
 * Adding notes and reading clinical notes go together: on chain a share's kinds are what its
 * holder reads and, with writing allowed, what it may add, so a note (filed under clinical notes)
 * can be added only by a share that includes clinical notes. Found in the first walk of the
 * sharing story: "They may add notes to my records" next to lab results alone let nobody add a note.
 */
export function withWriting<T extends { categories: Category[]; write: boolean; notesForWriting?: boolean }>(
  value: T,
  on: boolean,
): T {
  if (on) {
    const added = !value.categories.includes(NOTE_CATEGORY);
    return {
      ...value,
      write: true,
      categories: added ? [...value.categories, NOTE_CATEGORY] : value.categories,
      notesForWriting: added,
    };
  }
  // Clinical notes that came in only with adding notes go out with it (review T1).
  return {
    ...value,
    write: false,
    categories: value.notesForWriting
      ? value.categories.filter((c) => c !== NOTE_CATEGORY)
      : value.categories,
    notesForWriting: false,
  };
}

/** Takes a kind in or out; taking clinical notes out also takes adding notes away. */
export function withCategory<T extends { categories: Category[]; write: boolean; notesForWriting?: boolean }>(
  value: T,
  category: Category,
  on: boolean,
): T {
  const categories = on
    ? value.categories.includes(category)
      ? value.categories
      : [...value.categories, category]
    : value.categories.filter((c) => c !== category);
  // A kind the patient picks is theirs: clinical notes picked here stay when notes are turned off.
  return {
    ...value,
    categories,
    write: value.write && categories.includes(NOTE_CATEGORY),
    notesForWriting: category === NOTE_CATEGORY ? false : value.notesForWriting,
  };
}
