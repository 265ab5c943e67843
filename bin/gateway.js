#!/usr/bin/env node
// `npx gateway <command>`: runs the CLI from source (TypeScript through tsx), so it works right after
// `npm install` without a build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
