import type { Role } from '../../../shared/contract/index.ts';
import type { VatClass } from '../../../shared/till/vat.ts';

// The sample café people can load to try Apron. Its PINs are printed on the login screen
// of a sample café only, so nobody mistakes it for a real one.

export const sampleCafe = {
  name: 'Back Yard Café (sample)',
  address: '1 Sample Street, Manchester M1 1AA',
  vatNumber: 'GB123456789',
  charityNumber: '1234567',
};

export interface SamplePerson {
  displayName: string;
  role: Role;
  pin: string;
  badge: string;
}

export const samplePeople: readonly SamplePerson[] = [
  { displayName: 'Maya Manager', role: 'manager', pin: '1111', badge: 'APRON-MAYA-0001' },
  { displayName: 'Sam Supervisor', role: 'supervisor', pin: '2222', badge: 'APRON-SAM-0002' },
  { displayName: 'Tom Trainee', role: 'trainee', pin: '3333', badge: 'APRON-TOM-0003' },
  { displayName: 'Priya Trainee', role: 'trainee', pin: '4444', badge: 'APRON-PRIYA-0004' },
  { displayName: 'Jordan Trainee', role: 'trainee', pin: '5555', badge: 'APRON-JORDAN-0005' },
];

// The sample trainees' records (Tom, Priya, Jordan, in the order of `samplePeople`), and a
// former trainee who completed and moved into work, so the skills, trainee and evidence
// screens have something to show. Days are counted back from this week's Monday.

export interface SampleRecord {
  startWeeksAgo: number;
  programme: string;
  referralSource: 'day_centre' | 'probation' | 'mental_health_service' | 'college' | 'self';
  goal: string;
  gender: 'woman' | 'man' | 'non_binary' | 'other' | 'prefer_not_to_say' | null;
}

export const sampleRecords: readonly SampleRecord[] = [
  { startWeeksAgo: 6, programme: 'Front of house and till', referralSource: 'probation', goal: 'A job on the till in a high-street café', gender: 'man' },
  { startWeeksAgo: 5, programme: 'Barista pathway', referralSource: 'mental_health_service', goal: 'A part-time barista job', gender: 'woman' },
  { startWeeksAgo: 8, programme: 'Kitchen pathway', referralSource: 'day_centre', goal: 'Kitchen porter, then a commis chef course', gender: 'prefer_not_to_say' },
];

/** Someone who trained here, completed and moved into a job: on the staff list no longer. */
export const sampleFormerTrainee = {
  displayName: 'Alex Former',
  startWeeksAgo: 30,
  completedWeeksAgo: 8,
  referralSource: 'college' as const,
  gender: 'non_binary' as const,
  outcome: { weeksAgo: 7, kind: 'paid_job' as const, employer: 'Canal Street Coffee', minutesPerWeek: 20 * 60, evidence: 'letter' as const },
};

export const sampleReadinessItems: readonly string[] = ['CV written', 'Mock interview done', 'Bank account for wages', 'Knows the journey to work', 'References arranged'];

// The sample catalogue: a small training café's menu with real-looking prices. Ids are
// stable and readable; end-to-end tests find things by name. VAT classes follow
// ../shared/domain/uk-vat-cafe.md: hot drinks and hot food standard; sandwiches, cakes and
// fruit zero when taken away cold; crisps, chocolate, cans, juice and water always standard;
// coffee beans to take home always zero. Packaged items carry barcodes with valid check digits.

export interface SampleCategory {
  id: string;
  name: string;
  colour: string;
  position: number;
}

export interface SampleModifierGroup {
  id: string;
  name: string;
  minChoices: number;
  maxChoices: number;
  options: { id: string; name: string; priceDeltaPence: number }[];
}

export interface SampleProduct {
  id: string;
  name: string;
  categoryId: string;
  pricePence: number;
  vatClass: VatClass;
  barcode?: string;
  icon: string;
  openPrice?: { maxPricePence: number };
  modifierGroupIds?: string[];
}

export interface SampleCatalogue {
  categories: SampleCategory[];
  modifierGroups: SampleModifierGroup[];
  products: SampleProduct[];
}

const coffee = ['group-milk', 'group-size', 'group-extra-shot'];

export const sampleCatalogue: SampleCatalogue = {
  categories: [
    { id: 'cat-hot-drinks', name: 'Hot drinks', colour: '#9a3412', position: 1 },
    { id: 'cat-cold-drinks', name: 'Cold drinks', colour: '#1d4ed8', position: 2 },
    { id: 'cat-food', name: 'Food', colour: '#15803d', position: 3 },
    { id: 'cat-cakes', name: 'Cakes', colour: '#be185d', position: 4 },
    { id: 'cat-snacks', name: 'Snacks', colour: '#a16207', position: 5 },
  ],
  modifierGroups: [
    {
      id: 'group-milk',
      name: 'Milk',
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: 'opt-milk-whole', name: 'Whole milk', priceDeltaPence: 0 },
        { id: 'opt-milk-semi', name: 'Semi-skimmed', priceDeltaPence: 0 },
        { id: 'opt-milk-oat', name: 'Oat milk', priceDeltaPence: 30 },
        { id: 'opt-milk-soya', name: 'Soya milk', priceDeltaPence: 30 },
      ],
    },
    {
      id: 'group-size',
      name: 'Size',
      minChoices: 0,
      maxChoices: 1,
      options: [
        { id: 'opt-size-regular', name: 'Regular', priceDeltaPence: 0 },
        { id: 'opt-size-large', name: 'Large', priceDeltaPence: 50 },
      ],
    },
    { id: 'group-extra-shot', name: 'Extra shot', minChoices: 0, maxChoices: 1, options: [{ id: 'opt-extra-shot', name: 'Extra shot', priceDeltaPence: 50 }] },
  ],
  products: [
    { id: 'prod-espresso', name: 'Espresso', categoryId: 'cat-hot-drinks', pricePence: 200, vatClass: 'standard', icon: '☕', modifierGroupIds: ['group-extra-shot'] },
    { id: 'prod-americano', name: 'Americano', categoryId: 'cat-hot-drinks', pricePence: 260, vatClass: 'standard', icon: '☕', modifierGroupIds: ['group-size', 'group-extra-shot'] },
    { id: 'prod-flat-white', name: 'Flat white', categoryId: 'cat-hot-drinks', pricePence: 320, vatClass: 'standard', icon: '☕', modifierGroupIds: ['group-milk', 'group-extra-shot'] },
    { id: 'prod-cappuccino', name: 'Cappuccino', categoryId: 'cat-hot-drinks', pricePence: 320, vatClass: 'standard', icon: '☕', modifierGroupIds: coffee },
    { id: 'prod-latte', name: 'Latte', categoryId: 'cat-hot-drinks', pricePence: 330, vatClass: 'standard', icon: '☕', modifierGroupIds: coffee },
    { id: 'prod-mocha', name: 'Mocha', categoryId: 'cat-hot-drinks', pricePence: 350, vatClass: 'standard', icon: '☕', modifierGroupIds: coffee },
    { id: 'prod-hot-chocolate', name: 'Hot chocolate', categoryId: 'cat-hot-drinks', pricePence: 300, vatClass: 'standard', icon: '🍫', modifierGroupIds: ['group-milk', 'group-size'] },
    { id: 'prod-tea', name: 'Pot of tea', categoryId: 'cat-hot-drinks', pricePence: 180, vatClass: 'standard', icon: '🫖' },

    { id: 'prod-cola', name: 'Cola (can)', categoryId: 'cat-cold-drinks', pricePence: 120, vatClass: 'standard', icon: '🥤', barcode: '5012345000015' },
    { id: 'prod-still-water', name: 'Still water', categoryId: 'cat-cold-drinks', pricePence: 100, vatClass: 'standard', icon: '💧', barcode: '5012345000022' },
    { id: 'prod-orange-juice', name: 'Orange juice', categoryId: 'cat-cold-drinks', pricePence: 180, vatClass: 'standard', icon: '🧃', barcode: '5012345000039' },

    { id: 'prod-cheese-sandwich', name: 'Cheese sandwich', categoryId: 'cat-food', pricePence: 450, vatClass: 'cold_takeaway_zero', icon: '🥪' },
    { id: 'prod-ham-cheese-sandwich', name: 'Ham and cheese sandwich', categoryId: 'cat-food', pricePence: 495, vatClass: 'cold_takeaway_zero', icon: '🥪' },
    { id: 'prod-falafel-wrap', name: 'Falafel wrap', categoryId: 'cat-food', pricePence: 495, vatClass: 'cold_takeaway_zero', icon: '🌯' },
    { id: 'prod-fruit-pot', name: 'Fruit pot', categoryId: 'cat-food', pricePence: 250, vatClass: 'cold_takeaway_zero', icon: '🍓' },
    { id: 'prod-banana', name: 'Banana', categoryId: 'cat-food', pricePence: 60, vatClass: 'cold_takeaway_zero', icon: '🍌' },
    { id: 'prod-soup', name: 'Soup of the day', categoryId: 'cat-food', pricePence: 450, vatClass: 'standard', icon: '🍲' },
    { id: 'prod-cheese-toastie', name: 'Cheese toastie', categoryId: 'cat-food', pricePence: 500, vatClass: 'standard', icon: '🧀' },

    { id: 'prod-flapjack', name: 'Flapjack', categoryId: 'cat-cakes', pricePence: 220, vatClass: 'cold_takeaway_zero', icon: '🍪' },
    { id: 'prod-brownie', name: 'Chocolate brownie', categoryId: 'cat-cakes', pricePence: 250, vatClass: 'cold_takeaway_zero', icon: '🍫' },
    { id: 'prod-carrot-cake', name: 'Carrot cake', categoryId: 'cat-cakes', pricePence: 325, vatClass: 'cold_takeaway_zero', icon: '🍰' },
    { id: 'prod-scone', name: 'Scone with jam', categoryId: 'cat-cakes', pricePence: 275, vatClass: 'cold_takeaway_zero', icon: '🥯' },
    { id: 'prod-cake-of-the-day', name: 'Cake of the day', categoryId: 'cat-cakes', pricePence: 300, vatClass: 'cold_takeaway_zero', icon: '🎂', openPrice: { maxPricePence: 400 } },

    { id: 'prod-crisps-ready-salted', name: 'Crisps (ready salted)', categoryId: 'cat-snacks', pricePence: 110, vatClass: 'standard', icon: '🥔', barcode: '5012345000046' },
    { id: 'prod-crisps-cheese-onion', name: 'Crisps (cheese and onion)', categoryId: 'cat-snacks', pricePence: 110, vatClass: 'standard', icon: '🥔', barcode: '5012345000053' },
    { id: 'prod-chocolate-bar', name: 'Chocolate bar', categoryId: 'cat-snacks', pricePence: 120, vatClass: 'standard', icon: '🍫', barcode: '5012345000060' },
    { id: 'prod-coffee-beans', name: 'Coffee beans 250g', categoryId: 'cat-snacks', pricePence: 650, vatClass: 'zero', icon: '🫘', barcode: '5012345000077' },
  ],
};
