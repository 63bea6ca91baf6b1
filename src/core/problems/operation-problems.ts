import { DOCS } from './docs-links';
import type { ProblemDefinition } from './problem-definition';

/** Problems of the connect and disconnect operations themselves. */
export const OPERATION_PROBLEMS = [
  {
    code: 'BIND_REFUSED',
    title: 'Not connected',
    message: 'Nothing was changed: {reason}.',
    fix: {
      summary: 'Put right the checks marked above, then try again.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'BIND_CALL_FAILED',
    title: 'Power BI did not assign the storage',
    message: 'Power BI did not accept the assignment: {reason}.',
    fix: {
      summary:
        'Run the checks again: they usually show what Power BI objects to. If they all pass, try again in a few minutes.',
      docsUrl: DOCS.assignApi,
    },
  },
  {
    code: 'BIND_NOT_VERIFIED',
    title: 'Connection not confirmed',
    message: 'Power BI accepted the assignment, but the bot could not confirm it: {details}.',
    fix: {
      summary:
        'Open Workspace settings → Azure connections to see the storage in use; if a lake read failed, give yourself a Storage Blob Data role.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'WORKSPACE_BUSY',
    title: 'Workspace busy',
    message: 'Another connect or disconnect for this workspace is still running.',
    fix: {
      summary: 'Wait until it has finished, then try again.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'DETACH_REFUSED',
    title: 'Not disconnected',
    message: 'Nothing was changed: {reason}.',
    fix: {
      summary: 'Put right the checks marked above, then try again.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'DETACH_CALL_FAILED',
    title: 'Power BI did not detach the storage',
    message: 'Power BI did not accept the detach: {reason}.',
    fix: {
      summary:
        'Check that the workspace has no dataflows and that you are its admin, then try again.',
      docsUrl: DOCS.assignApi,
    },
  },
  {
    code: 'DETACH_NOT_VERIFIED',
    title: 'Disconnection not confirmed',
    message: 'Power BI accepted the detach, but the bot could not confirm it: {details}.',
    fix: {
      summary: 'Open Workspace settings → Azure connections to see the storage in use.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'INVALID_REQUEST',
    title: 'Incomplete request',
    message: 'The request is missing {field}.',
    fix: {
      summary: 'Start again from the bot’s latest card.',
      docsUrl: DOCS.integration,
    },
  },
] as const satisfies readonly ProblemDefinition[];
