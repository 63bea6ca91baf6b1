import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { StateStorageConfig } from '../config/env';

/**
 * Conversation state storage. In an Azure Blob container (Azurite locally) an open flow
 * survives a restart and is shared by every instance; in memory it is neither.
 */
export function createStateStorage(config: StateStorageConfig): Storage {
  if (config.kind === 'memory') return new MemoryStorage();
  return new BlobsStorage(config.connectionString, config.container);
}
