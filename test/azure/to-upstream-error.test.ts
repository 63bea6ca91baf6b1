import { AbortError } from '@azure/abort-controller';
import {
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type RawHttpHeadersInput,
} from '@azure/core-rest-pipeline';
import { errorCodeFromBody, toUpstreamError } from '../../src/azure/to-upstream-error';
import { UpstreamError } from '../../src/core/upstream-error';

const SECRET_MESSAGE = 'The client ada@contoso.example with object id aaaa does not have access';

function restError(status: number, body: string, headers: RawHttpHeadersInput = {}): RestError {
  const request = createPipelineRequest({ url: 'https://127.0.0.1/arm' });
  return new RestError(SECRET_MESSAGE, {
    statusCode: status,
    request,
    response: { status, request, headers: createHttpHeaders(headers), bodyAsText: body },
  });
}

describe('toUpstreamError', () => {
  it('takes the status and the ARM error code, never the upstream message', () => {
    const body = JSON.stringify({
      error: { code: 'AuthorizationFailed', message: SECRET_MESSAGE },
    });
    const error = toUpstreamError('arm', restError(403, body));

    expect(error).toMatchObject({ service: 'arm', status: 403, code: 'AuthorizationFailed' });
    expect(error.message).not.toContain('ada@');
    expect(error.cause).toBeInstanceOf(RestError);
  });

  it('reads the Power BI code nested under pbi.error', () => {
    const body = JSON.stringify({ error: { 'pbi.error': { code: 'PowerBIEntityNotFound' } } });
    expect(toUpstreamError('powerbi', restError(404, body)).code).toBe('PowerBIEntityNotFound');
  });

  it('prefers the storage x-ms-error-code header', () => {
    const error = restError(403, '', { 'x-ms-error-code': 'AuthorizationPermissionMismatch' });
    expect(toUpstreamError('lake', error).code).toBe('AuthorizationPermissionMismatch');
  });

  it('reports a dropped connection as status 0 with the socket error code', () => {
    const request = createPipelineRequest({ url: 'https://127.0.0.1/arm' });
    const dropped = new RestError('socket hang up', { code: 'ECONNRESET', request });

    expect(toUpstreamError('arm', dropped)).toMatchObject({ status: 0, code: 'ECONNRESET' });
  });

  it('reports an aborted call as Aborted', () => {
    expect(toUpstreamError('lake', new AbortError('stop'))).toMatchObject({
      status: 0,
      code: 'Aborted',
    });
  });

  it('reports an unparseable success body as MalformedResponse', () => {
    const request = createPipelineRequest({ url: 'https://127.0.0.1/arm' });
    const parse = new RestError('bad json', {
      code: RestError.PARSE_ERROR,
      statusCode: 200,
      request,
    });

    expect(toUpstreamError('arm', parse)).toMatchObject({ status: 200, code: 'MalformedResponse' });
  });

  it('falls back to Unknown when the body carries no code', () => {
    expect(toUpstreamError('powerbi', restError(500, '<html>oops</html>')).code).toBe('Unknown');
  });

  it('uses the class name of a non-HTTP failure such as a credential error', () => {
    class CredentialUnavailableError extends Error {
      override name = 'CredentialUnavailableError';
    }
    const error = toUpstreamError('arm', new CredentialUnavailableError(SECRET_MESSAGE));

    expect(error).toMatchObject({ status: 0, code: 'CredentialUnavailableError' });
  });

  it('passes an UpstreamError through unchanged', () => {
    const original = new UpstreamError('powerbi', 200, 'MalformedResponse');
    expect(toUpstreamError('powerbi', original)).toBe(original);
  });
});

describe('errorCodeFromBody', () => {
  it('drops a code that looks like text rather than an identifier', () => {
    const body = JSON.stringify({ error: { code: 'Access denied for ada@contoso.example' } });
    expect(errorCodeFromBody(body)).toBeUndefined();
  });

  it('ignores a body that is not JSON', () => {
    expect(errorCodeFromBody('<Error><Code>X</Code></Error>')).toBeUndefined();
  });
});
