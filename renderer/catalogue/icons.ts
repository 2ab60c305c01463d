// Icons for product buttons: a short list of food and drink emoji with the words a screen
// reader says for each. A manager can also type any short emoji or text.

export interface IconChoice {
  icon: string;
  name: string;
}

export const iconChoices: readonly IconChoice[] = [
  { icon: '☕', name: 'Hot drink' },
  { icon: '🫖', name: 'Teapot' },
  { icon: '🍵', name: 'Tea cup' },
  { icon: '🍫', name: 'Chocolate' },
  { icon: '🥛', name: 'Milk' },
  { icon: '🥤', name: 'Cold drink' },
  { icon: '🧃', name: 'Juice' },
  { icon: '💧', name: 'Water' },
  { icon: '🥪', name: 'Sandwich' },
  { icon: '🌯', name: 'Wrap' },
  { icon: '🥗', name: 'Salad' },
  { icon: '🍲', name: 'Soup' },
  { icon: '🧀', name: 'Cheese' },
  { icon: '🍳', name: 'Breakfast' },
  { icon: '🥐', name: 'Croissant' },
  { icon: '🍞', name: 'Bread' },
  { icon: '🥯', name: 'Bagel or scone' },
  { icon: '🍪', name: 'Biscuit' },
  { icon: '🍰', name: 'Cake slice' },
  { icon: '🧁', name: 'Cupcake' },
  { icon: '🎂', name: 'Whole cake' },
  { icon: '🍩', name: 'Doughnut' },
  { icon: '🍓', name: 'Fruit' },
  { icon: '🍌', name: 'Banana' },
  { icon: '🥔', name: 'Crisps' },
  { icon: '🫘', name: 'Beans' },
];

export function iconName(icon: string): string | undefined {
  return iconChoices.find((c) => c.icon === icon)?.name;
}
