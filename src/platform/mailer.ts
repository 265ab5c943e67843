// Outgoing e-mail through nodemailer. Transports: `file` (default: each message written as an .eml
// file under MAIL_DIR, for development and demos), `smtp` (SMTP_URL), `none` (dropped, for tests that
// do not read mail). Sending is never done inside a database transaction.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export type Attachment = { filename: string; content: string | Buffer; contentType: string };
export type Mail = { to: string; subject: string; text: string; attachments?: Attachment[] };
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
      const base = `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}`;
      writeFileSync(join(options.dir, `${base}.eml`), info.message as Buffer);
      // Beside the message as sent, what it says, for the operators' mail view (no MIME parsing needed).
      const { attachments, ...text } = mail;
      const names = attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType }));
      writeFileSync(join(options.dir, `${base}.json`), JSON.stringify({ ...text, ...(names ? { attachments: names } : {}), from: options.from, sentAt: new Date().toISOString() }));
      return { id };
    },
  };
}

export type StoredMail = Omit<Mail, 'attachments'> & { id: string; from: string; sentAt: string; attachments?: Array<{ filename: string; contentType: string }> };

/** The newest `limit` messages the file transport wrote (newest first); none when the folder is empty or missing. */
export function readMailFolder(dir: string, limit: number): StoredMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .sort()
    .reverse()
    .slice(0, limit)
    .map((f) => ({ id: f.slice(0, -'.json'.length), ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<StoredMail, 'id'>) }));
}
