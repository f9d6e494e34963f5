#!/usr/bin/env node
import { runCli } from './cli';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a fault in the tool itself gets here; user mistakes are answered inside runCli.
    console.error(error);
    process.exitCode = 1;
  },
);
