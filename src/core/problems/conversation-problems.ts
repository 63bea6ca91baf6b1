import { DOCS } from './docs-links';
import type { ProblemDefinition } from './problem-definition';

/** Problems of the conversation itself: reading lists, stale or malformed cards. */
export const CONVERSATION_PROBLEMS = [
  {
    code: 'LIST_CALL_FAILED',
    title: 'Could not read the list',
    message: 'The bot could not read {what}: {reason}.',
    fix: {
      summary:
        'A 403 means your account may not read it: ask for at least Reader on the subscription or resource group, or membership of the workspace. A 401 means the service did not accept your identity (in the sandbox: you are not a user of its world). Otherwise try again in a minute.',
      docsUrl: DOCS.roleAssignmentsCli,
    },
  },
  {
    code: 'CHOICE_NOT_AVAILABLE',
    title: 'Not available to you',
    message: 'That {what} is not among the ones you can use any more.',
    fix: {
      summary: 'Start over to see the current lists.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'STALE_CARD',
    title: 'This card is out of date',
    message: 'This card belongs to an earlier or finished conversation, so nothing was done.',
    fix: {
      summary: 'Start over, or use the newest card in the chat.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'INVALID_CARD_INPUT',
    title: 'The card sent something unexpected',
    message: 'The card sent a value the bot cannot use ({field}), so nothing was done.',
    fix: {
      summary: 'Start over. If it happens again, update Teams: an old client may send old cards.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'NO_USER_IDENTITY',
    title: 'Who are you?',
    message:
      'Teams did not say which Microsoft Entra user sent this, so the bot cannot check your rights.',
    fix: {
      summary: 'Chat with the bot from Microsoft Teams signed in with your work account.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'BOT_INTERNAL_ERROR',
    title: 'Something failed on our side',
    message: 'The bot hit an internal error (reference {reference}).',
    fix: {
      summary: 'Try again in a moment. If it persists, give the reference to whoever runs the bot.',
      docsUrl: DOCS.integration,
    },
  },
] as const satisfies readonly ProblemDefinition[];
