import type { ModifierGroup } from '../../shared/contract/index.ts';

// The choices dialog for one item: which options are picked in each group. A group that
// allows one choice works like radio buttons (a new pick replaces the old); a group that
// allows several refuses a pick beyond its most. Whether the picks are enough (a required
// milk) is asked of priceBasket, the same check the core makes.

export interface ChoiceState {
  /** Option ids picked, per group id. */
  picked: Record<string, string[]>;
  problem: string | null;
}

export const noChoices: ChoiceState = { picked: {}, problem: null };

export function toggleOption(state: ChoiceState, group: ModifierGroup, optionId: string): ChoiceState {
  if (!group.options.some((o) => o.id === optionId)) return state;
  const now = state.picked[group.id] ?? [];
  let next: string[];
  if (now.includes(optionId)) next = now.filter((id) => id !== optionId);
  else if (group.maxChoices === 1) next = [optionId];
  else if (now.length >= group.maxChoices) return { ...state, problem: `Choose at most ${group.maxChoices} for ${group.name.toLowerCase()}: take one off first.` };
  else next = [...now, optionId];
  return { picked: { ...state.picked, [group.id]: next }, problem: null };
}

export function isPicked(state: ChoiceState, groupId: string, optionId: string): boolean {
  return state.picked[groupId]?.includes(optionId) ?? false;
}

/** The picked option ids in the order the groups and options are shown. */
export function pickedOptionIds(state: ChoiceState, groups: readonly ModifierGroup[]): string[] {
  return groups.flatMap((g) => g.options.filter((o) => state.picked[g.id]?.includes(o.id)).map((o) => o.id));
}

/** "Choose 1", "Choose up to 2", "Optional", in words for the group's heading. */
export function groupRule(group: ModifierGroup): string {
  if (group.minChoices === 0) return group.maxChoices === 1 ? 'optional, choose 1 at most' : `optional, up to ${group.maxChoices}`;
  if (group.minChoices === group.maxChoices) return `choose ${group.minChoices}`;
  return `choose ${group.minChoices} to ${group.maxChoices}`;
}

/** Choices already on a line, back into the dialog's shape (changing an item's choices). */
export function choicesFrom(optionIds: readonly string[], groups: readonly ModifierGroup[]): ChoiceState {
  const picked: Record<string, string[]> = {};
  for (const g of groups) picked[g.id] = g.options.filter((o) => optionIds.includes(o.id)).map((o) => o.id);
  return { picked, problem: null };
}
