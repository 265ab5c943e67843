// Pure rules for e-mail addresses and passwords (no database).
import { invalidField } from '../../platform/errors.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const COMMON = new Set([
  'password123', 'password1234', '1234567890', '12345678910', 'qwertyuiop', 'iloveyou123', 'administrator',
  'passw0rd123', 'welcome1234', 'letmein1234', '0123456789', 'abcdefghij', 'aaaaaaaaaa', 'gateway123', 'gateway2026',
]);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Returns why a password is unacceptable, or null. Length over composition rules, as NIST 800-63B advises. */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  if (COMMON.has(password.toLowerCase())) return 'is too common; choose another';
  if (new Set(password).size < 4) return 'needs more different characters';
  const local = normaliseEmail(email).split('@')[0] ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return 'must not contain your e-mail name';
  return null;
}

export function assertPasswordAcceptable(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw invalidField(field, problem, 'weak_password');
}
