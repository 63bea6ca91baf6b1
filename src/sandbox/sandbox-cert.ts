import { generate } from 'selfsigned';

export interface SandboxCertificate {
  /** PEM of the certificate, which is also the CA clients must trust. */
  cert: string;
  /** PEM of the private key. */
  key: string;
}

/** A fresh self-signed certificate for https://127.0.0.1, made at each start. */
export async function makeSandboxCertificate(): Promise<SandboxCertificate> {
  // An EC key is generated in milliseconds, which keeps test start-up fast.
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
