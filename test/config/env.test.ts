import { ConfigError, readConfig } from '../../src/config/env';

describe('readConfig', () => {
  it('runs in sandbox mode on loopback when no MicrosoftAppId is set', () => {
    const config = readConfig({});
    expect(config.cloud.mode).toBe('sandbox');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
  });

  it('treats an empty PORT as unset, not as port 0 (regression)', () => {
    expect(readConfig({ PORT: '' }).port).toBe(3978);
  });

  it('treats an empty MicrosoftAppId as sandbox mode', () => {
    expect(readConfig({ MicrosoftAppId: '  ' }).cloud.mode).toBe('sandbox');
  });

  it('names the variable when PORT is not a number', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty' });
    } catch (error) {
      expect((error as ConfigError).variable).toBe('PORT');
    }
  });

  it('refuses to leave the sandbox without an app password', () => {
    expect(() => readConfig({ MicrosoftAppId: 'app', POWERBI_HOME_REGION: 'westeurope' })).toThrow(
      /MicrosoftAppPassword/,
    );
  });

  it('requires a tenant id for single-tenant bots', () => {
    const env = {
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'fake-secret',
      MicrosoftAppType: 'SingleTenant',
      POWERBI_HOME_REGION: 'westeurope',
    };
    expect(() => readConfig(env)).toThrow(/MicrosoftAppTenantId/);
  });

  it('requires the Power BI home region outside the sandbox', () => {
    const env = { MicrosoftAppId: 'app', MicrosoftAppPassword: 'fake-secret' };
    expect(() => readConfig(env)).toThrow(/POWERBI_HOME_REGION/);
  });

  it('reads the Azure settings with their defaults', () => {
    const config = readConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'fake-secret',
      POWERBI_HOME_REGION: 'WestEurope',
      POWERBI_WORKSPACE_STORAGE_ALLOWED: 'false',
    });
    expect(config.host).toBe('0.0.0.0');
    expect(config.cloud).toMatchObject({
      mode: 'azure',
      armEndpoint: 'https://management.azure.com',
      homeRegion: 'westeurope',
      workspaceStorageAllowed: false,
      tenantStorageAccountName: null,
    });
  });

  it('refuses a Data Lake URL template without the account placeholder', () => {
    expect(() => readConfig({ DATALAKE_URL_TEMPLATE: 'https://lake.example' })).toThrow(
      /DATALAKE_URL_TEMPLATE/,
    );
  });

  it('refuses a non-https Power BI URL', () => {
    expect(() => readConfig({ POWERBI_API_URL: 'http://api.powerbi.com' })).toThrow(
      /POWERBI_API_URL/,
    );
  });
});
