// The sample café's people and PINs, shown on the login screen of a sample café only
// (cafe.status().sample). They mirror electron/core/cafe/sample.ts, which the renderer
// may not import; a sample café is for trying Apron, so its PINs are no secret.

export const samplePins: readonly { name: string; role: string; pin: string }[] = [
  { name: 'Maya Manager', role: 'manager', pin: '1111' },
  { name: 'Sam Supervisor', role: 'supervisor', pin: '2222' },
  { name: 'Tom Trainee', role: 'trainee', pin: '3333' },
  { name: 'Priya Trainee', role: 'trainee', pin: '4444' },
  { name: 'Jordan Trainee', role: 'trainee', pin: '5555' },
];
