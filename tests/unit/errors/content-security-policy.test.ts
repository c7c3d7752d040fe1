// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../vite.config';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

describe('the Content Security Policy of the built page', () => {
  const policy = directives(contentSecurityPolicy('/api/incidents'));

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ])('sets %s to %s', (name, sources) => {
    expect(policy.get(name)).toBe(sources);
  });

  it('allows no inline script, no eval and no inline style', () => {
    expect(contentSecurityPolicy('/api/incidents')).not.toMatch(/unsafe-|nonce-|sha256-|\*/);
  });

  it.each([
    ['/api/incidents', "'self'"],
    ['api/incidents.json', "'self'"],
    ['https://api.example.org/v1/incidents?x=1', "'self' https://api.example.org"],
    ['http://127.0.0.1:8080/incidents', "'self' http://127.0.0.1:8080"],
    ['//data.example.org/incidents', "'self' data.example.org"],
    ['javascript:alert(1)', "'self'"],
    ['data:application/json,{}', "'self'"],
  ])('lets the page connect to the endpoint %s with connect-src %s', (endpoint, sources) => {
    expect(directives(contentSecurityPolicy(endpoint)).get('connect-src')).toBe(sources);
  });
});
