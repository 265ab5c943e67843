// Outgoing e-mail through nodemailer. Transports: `file` (default: each message written as an .eml
// file under MAIL_DIR, for development and demos), `smtp` (SMTP_URL), `none` (dropped, for tests that
// do not read mail). Sending is never done inside a database transaction.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<{ id: string }> };
export type MailerOptions = { transport: 'file' | 'smtp' | 'none'; from: string; dir: string; smtpUrl: string | undefined };

export function createMailer(options: MailerOptions): Mailer {
  if (options.transport === 'none') return { send: async () => ({ id: 'dropped' }) };
  if (options.transport === 'smtp') {
    if (!options.smtpUrl) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL');
    const smtp = nodemailer.createTransport(options.smtpUrl);
    return { send: async (mail) => ({ id: (await smtp.sendMail({ from: options.from, ...mail })).messageId }) };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await stream.sendMail({ from: options.from, ...mail });
      mkdirSync(options.dir, { recursive: true });
      const id = info.messageId.replace(/[^A-Za-z0-9@._-]/g, '');
      writeFileSync(join(options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`), info.message as Buffer);
      return { id };
    },
  };
}
