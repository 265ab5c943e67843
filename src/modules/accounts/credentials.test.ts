import { describe, expect, it } from 'vitest';
import { normaliseEmail, passwordProblem } from './credentials.js';

describe('passwordProblem', () => {
  it.each([
    ['short1234', 'must be at least 10 characters'],
    ['x'.repeat(201), 'must be at most 200 characters'],
    ['Password123', 'is too common; choose another'],
    ['aaaaaaaaaaaa', 'needs more different characters'],
    ['mary.smith-rules', 'must not contain your e-mail name'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblem(password, 'Mary.Smith@example.com')).toBe(problem);
  });

  it.each(['correct horse battery', '长城长城长城长城长城 ok', 'gateway-demo'])('accepts %j', (password) => {
    expect(passwordProblem(password, 'someone@example.com')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('𠮷𠮷𠮷𠮷𠮷abcd', 'x@y.z')).toBe('must be at least 10 characters');
  });
});

it('normalises e-mail case and surrounding space', () => {
  expect(normaliseEmail('  Li.Wei@Example.COM ')).toBe('li.wei@example.com');
});
