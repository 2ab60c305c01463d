import type { Role } from '../../../shared/contract/index.ts';

// The sample café people can load to try Apron. Its PINs are printed on the login screen
// of a sample café only, so nobody mistakes it for a real one.
// The demo catalogue joins this list when the till lands (issue 3).

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
