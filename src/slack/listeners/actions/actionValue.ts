/** The value a button carries, or `fallback` for an element without one. */
export const actionValue = (action: object, fallback: string): string =>
  'value' in action && typeof action.value === 'string' ? action.value : fallback;
