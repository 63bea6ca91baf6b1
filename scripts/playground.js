#!/usr/bin/env node
'use strict';
/*
 * Starts the Microsoft 365 Agents Playground (a local Teams stand-in) against the bot.
 *
 *   npm run playground [-- extra playground options]
 *
 * BOT_ENDPOINT    the bot's messages URL (default http://127.0.0.1:3978/api/messages); the bot
 *                 must run without app credentials, as in sandbox mode, because the playground
 *                 sends no Bot Framework token.
 * TEAMSAPPTESTER_PORT   port of the playground page (default 56150; the playground picks a free
 *                 one when that is taken, and this script prints the one it got).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(
  path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')),
  'cli.js',
);
const logFile =
  process.env.M365_AGENTS_PLAYGROUND_LOGFILE || path.join(os.tmpdir(), 'lakelink-playground.log');

const env = {
  ...process.env,
  BOT_ENDPOINT: process.env.BOT_ENDPOINT || 'http://127.0.0.1:3978/api/messages',
  TEAMSAPPTESTER_BROWSER: 'none',
  // Without these the playground reads the config from, and writes its log under, the cwd.
  M365_AGENTS_PLAYGROUND_CONFIG_PATH:
    process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH || path.join(root, '.m365agentsplayground.yml'),
  M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
};

console.log(`Starting the Microsoft 365 Agents Playground for ${env.BOT_ENDPOINT}`);
console.log(`Config: ${env.M365_AGENTS_PLAYGROUND_CONFIG_PATH}`);
console.log(`Log: ${logFile}`);

// Piped, the playground writes only "Listening on <port>" to stdout and the rest to its log.
const child = spawn(process.execPath, [cli, '--disable-telemetry', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});

let announced = false;
let pending = '';
child.stdout.on('data', (chunk) => {
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop();
  for (const line of lines) {
    const listening = /^Listening on (\d+)/.exec(line.trim());
    if (listening && !announced) {
      announced = true;
      console.log(`\nOpen http://localhost:${listening[1]} in a browser. Ctrl+C stops the playground.`);
    } else if (!listening && line.trim()) {
      console.log(line);
    }
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  if (code !== 0 && signal === null) {
    console.error(`The playground stopped with exit code ${code}. Last lines of ${logFile}:`);
    console.error(lastLines(logFile, 15));
  }
  process.exitCode = code ?? 0;
});

function lastLines(file, count) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no log written)';
  }
}
