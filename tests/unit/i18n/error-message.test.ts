import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { describe, expect, it } from 'vitest';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { errorMessage } from '../../../src/app/error-message';
import { fetchIncidents } from '../../../src/data/fetch-incidents';
import { IncidentsError } from '../../../src/data/incidents-error';
import { formattersFor } from '../../../src/lib/format';
import { en } from '../../../src/lib/i18n/messages-en';
import { fr } from '../../../src/lib/i18n/messages-fr';

const ENDPOINT = INCIDENTS_PATH;
const text = (body: string, status = 200, type = 'text/plain') =>
  new HttpResponse(body, { status, headers: { 'Content-Type': type } });
const never: HttpResponseResolver = async () => {
  await delay('infinite');
  return text('too late');
};

/** The error the data layer throws for an answer, with the time limit it was given. */
async function errorFor(resolver: HttpResponseResolver, timeoutMs?: number): Promise<Error> {
  server.use(http.get(INCIDENTS_PATH, resolver));
  const error: unknown = await fetchIncidents(INCIDENTS_PATH, { timeoutMs }).then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof Error)) throw new Error('the request did not fail');
  return error;
}

/** An answer, the time limit, and the whole French message for it. */
const FRENCH: [string, HttpResponseResolver, number | undefined, string][] = [
  [
    'HTTP 500',
    () => text('', 500),
    undefined,
    `Le point d’accès ${ENDPOINT} a échoué sur une erreur serveur (HTTP 500). Réessayez dans un moment.`,
  ],
  [
    'HTTP 503',
    () => text('', 503),
    undefined,
    `Le point d’accès ${ENDPOINT} est indisponible pour l’instant (HTTP 503). Réessayez dans un moment.`,
  ],
  [
    'HTTP 404',
    () => text('', 404),
    undefined,
    `Le point d’accès ${ENDPOINT} est introuvable (HTTP 404). Vérifiez VITE_INCIDENTS_URL.`,
  ],
  [
    'HTTP 403',
    () => text('', 403),
    undefined,
    `Le point d’accès ${ENDPOINT} a refusé l’accès (HTTP 403). Vérifiez que le tableau de bord a le droit de le lire.`,
  ],
  [
    'HTTP 429',
    () => text('', 429),
    undefined,
    `Le point d’accès ${ENDPOINT} refuse les requêtes pour l’instant : trop ont été envoyées (HTTP 429). Attendez une minute, puis réessayez.`,
  ],
  [
    'HTTP 418',
    () => text('', 418),
    undefined,
    `Le point d’accès ${ENDPOINT} a répondu HTTP 418 au lieu des incidents. Vérifiez VITE_INCIDENTS_URL et les journaux du serveur.`,
  ],
  [
    'a refused connection',
    () => HttpResponse.error(),
    undefined,
    `Impossible de joindre le point d’accès ${ENDPOINT} : la connexion a échoué. Vérifiez votre connexion, ou que le serveur tourne, puis réessayez.`,
  ],
  [
    'an empty body',
    () => text('', 200, 'application/json'),
    undefined,
    `Le point d’accès ${ENDPOINT} a répondu un corps vide au lieu des incidents. Vérifiez la sortie du serveur, ou réessayez dans un moment.`,
  ],
  [
    'an HTML page',
    () => text('<!doctype html><p>app</p>', 200, 'text/html'),
    undefined,
    `Le point d’accès ${ENDPOINT} a répondu une page HTML au lieu de JSON : en général la page de repli d’un hébergeur statique, ou une page de connexion. Vérifiez que VITE_INCIDENTS_URL désigne les données et non l’application, ou rechargez si le service worker de simulation démarrait encore.`,
  ],
  [
    'invalid JSON',
    () => text('{"incidents": [', 200, 'application/json'),
    undefined,
    `Le point d’accès ${ENDPOINT} a répondu un texte qui n’est pas du JSON valide. Vérifiez la sortie du serveur.`,
  ],
  [
    'JSON of the wrong shape (zod’s English words kept inside)',
    () => HttpResponse.json([]),
    undefined,
    'Le point d’accès a répondu du JSON de la mauvaise forme (the body must be an object, not a list or a single value). Il doit répondre { incidents: [...], meta: {...} } comme le décrit docs/api.md.',
  ],
  [
    'a time-out of 50 ms',
    never,
    50,
    `Le point d’accès ${ENDPOINT} n’a pas répondu dans le délai de 50 ms : la requête a été arrêtée. Le serveur est peut-être surchargé ou votre connexion lente ; réessayez dans un moment.`,
  ],
];

describe('errorMessage in French', () => {
  it.each(FRENCH)('says in French what went wrong for %s', async (_what, resolver, ms, french) => {
    const error = await errorFor(resolver, ms);
    expect(errorMessage(error, fr, formattersFor('fr')).replace(/\s/g, ' ')).toBe(
      french.replace(/\s/g, ' '),
    );
  });

  it.each<[number, string]>([
    [1_000, '1 seconde'],
    [1_500, '1,5 secondes'],
    [15_000, '15 secondes'],
  ])('writes a time limit of %i ms as “%s”', (timeoutMs, duration) => {
    const error = new IncidentsError('timeout', 'English words', null, {
      url: ENDPOINT,
      timeoutMs,
    });
    expect(errorMessage(error, fr, formattersFor('fr'))).toContain(
      `dans le délai de ${duration} :`,
    );
  });

  it.each<[string, IncidentsError]>([
    ['an HTTP error without its status', new IncidentsError('http', 'English words', null, {})],
    ['a time-out without its limit', new IncidentsError('timeout', 'English words', null, {})],
    ['a shape error without its issue', new IncidentsError('shape', 'English words')],
    ['a network error without its URL', new IncidentsError('network', 'English words')],
  ])('falls back to the English message for %s', (_what, error) => {
    expect(errorMessage(error, fr, formattersFor('fr'))).toBe('English words');
  });

  it('gives the message of an error the data layer did not describe as it is', () => {
    expect(errorMessage(new TypeError('x is undefined'), fr, formattersFor('fr'))).toBe(
      'x is undefined',
    );
  });
});

describe('errorMessage in English', () => {
  it.each(FRENCH)('gives the data layer’s own message for %s', async (_what, resolver, ms) => {
    const error = await errorFor(resolver, ms);
    expect(error.message).toMatch(/^(The data endpoint|Could not reach the data endpoint)/);
    expect(errorMessage(error, en, formattersFor('en'))).toBe(error.message);
  });

  it('gives the message of any other error as it is', () => {
    expect(errorMessage(new TypeError('x is undefined'), en, formattersFor('en'))).toBe(
      'x is undefined',
    );
  });
});
