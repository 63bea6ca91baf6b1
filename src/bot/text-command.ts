export type TextCommand = 'connect' | 'help' | 'cancel' | 'unknown';

const COMMANDS: Record<string, TextCommand> = {
  connect: 'connect',
  start: 'connect',
  help: 'help',
  '?': 'help',
  cancel: 'cancel',
  stop: 'cancel',
};

/** The command a chat message asks for; mentions must already be removed. */
export function parseCommand(text: string): TextCommand {
  const word = text.trim().toLowerCase().split(/\s+/)[0] ?? '';
  return COMMANDS[word] ?? 'unknown';
}
