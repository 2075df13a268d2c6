// file-unreadable and file-too-large: a file that cannot be checked at all. Found
// where files are read (core/decode.ts, the command line, the server), not by a check.
import { ruleFamily } from './rule';

export const files = ruleFamily({
  name: 'files',
  rules: {
    'file-unreadable': { severity: 'error', reports: 'a file that is not UTF-8 text (a project addition)', setting: 'A file that is not UTF-8 text (command line).' },
    'file-too-large': { severity: 'error', reports: 'a file over 50 MB (a project addition)', setting: 'A draft too large to analyse.' },
  },
});
