/**
 * AWS Signature Version 4 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html)
 * for the providers on an AWS API (Route 53), signed by mhart/aws4, the field's kept signer;
 * checked against AWS's published SigV4 test suite (tests/electron/engine/ddns/sign/aws.test.ts).
 * Pure: the time it signs at is given (a stamp of the wall clock, as AWS asks).
 */
import aws4 from 'aws4';

export interface AwsRequest {
  method: string;
  url: string;
  /** The headers to sign and send beside the signature (a body's content type). */
  headers?: Record<string, string>;
  body?: string;
}

export interface AwsKey {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

/** The signing time as SigV4 writes it (20150830T123600Z). */
export const amzDate = (at: Date): string => at.toISOString().replace(/[-:]|\.\d{3}/g, '');

/**
 * The headers to send with `req` signed by `key` at `at`: its own headers, X-Amz-Date and
 * Authorization. Signed: Host (the URL's host and port, as the HTTP client sends it), the
 * request's own headers and X-Amz-Date, as AWS's test suite signs them; nothing aws4 would add
 * on its own (a Content-Length the client writes, a form content type).
 */
export function signAws(req: AwsRequest, key: AwsKey, at: Date): Record<string, string> {
  const url = new URL(req.url);
  const headers: Record<string, string> = { Host: url.host, ...req.headers, 'X-Amz-Date': amzDate(at) };
  const signer = new aws4.RequestSigner(
    {
      host: url.host,
      path: `${url.pathname}${url.search}`,
      method: req.method,
      headers,
      ...(req.body === undefined ? {} : { body: req.body }),
      service: key.service,
      region: key.region,
      doNotModifyHeaders: true,
    },
    { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
  );
  // With the headers left as given, aws4 takes the time from here, not from X-Amz-Date.
  signer.datetime = headers['X-Amz-Date'];
  const signed = signer.sign();
  const out: Record<string, string> = { ...req.headers, 'x-amz-date': headers['X-Amz-Date']! };
  out.authorization = String(signed.headers?.Authorization ?? '');
  return out;
}
