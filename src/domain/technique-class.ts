/**
 * Technique classes: the source's free-text technique (392 spellings in version 1, 20 of them for
 * "access control") sorted into a few classes by ordered rules. The first rule whose pattern
 * matches the text decides; a text no rule matches is `other-stated`; no text is `not-stated`.
 * The source's words are kept beside the class (`Incident.technique`).
 *
 * Order matters where a text names two techniques: the more specific, or the one that let the
 * attacker in, wins. "supply chain … social engineering" is supply chain; "Flashloan Attack +
 * Reentrancy" is reentrancy (the loan only funds it); "flash-loan price manipulation" is price
 * manipulation; "leaked admin private key" is a key compromise, not access control.
 */
export const TECHNIQUE_CLASSES = [
  'key-compromise',
  'infrastructure',
  'supply-chain',
  'social-engineering',
  'insider',
  'access-control',
  'bridge-verification',
  'price-manipulation',
  'reentrancy',
  'logic-flaw',
  'arbitrary-call',
  'flash-loan',
  'other-stated',
  'not-stated',
] as const;

export type TechniqueClass = (typeof TECHNIQUE_CLASSES)[number];

export function isTechniqueClass(value: unknown): value is TechniqueClass {
  return TECHNIQUE_CLASSES.some((technique) => technique === value);
}

/** The ordered rules: `[class, pattern]`, first match wins (patterns are case-insensitive). */
export const TECHNIQUE_RULES: readonly (readonly [TechniqueClass, RegExp])[] = [
  ['not-stated', /^\s*(unknown|undisclosed|n\/?a|-+)\s*$/i],
  [
    'supply-chain',
    /supply[- ]?chain|front-?end|dns|domain hijack|malicious (code|repo)|apk|npm|dependency|contractor swapped/i,
  ],
  [
    'social-engineering',
    /social engineering|phishing|scam|address poisoning|impersonat|posed as|fake (vc|job|meeting)|malware|trojan|lure/i,
  ],
  ['insider', /insider|ex-(employee|developer)|retained admin|rug ?pull|backdoor/i],
  [
    'key-compromise',
    /private key|seed phrase|keys? (stolen|leak|compromise)|(key|mpc|multisig|signer|wallet|deployer|admin|minter|account)s?\b[^;]*compromis|compromised[^;]*(key|wallet|admin|address|account|signer)|hot wallet|cold wallet|wallet (hack|breach|theft|drain|file)|vanity|profanity|2fa|api keys?|tss|threshold-signature/i,
  ],
  [
    'bridge-verification',
    /bridge|cross-chain|signature|merkle|proof|attestation|ecrecover|validator|relayer|ibc/i,
  ],
  [
    'infrastructure',
    /server|cloud|database|aws|hosting|breach|hack|unauthori[sz]ed|api compromise|staking api|infrastructure|software vulnerability|51% attack|account takeover/i,
  ],
  ['reentrancy', /re-?entrancy|re-?entrant|callback/i],
  [
    'price-manipulation',
    /price|oracle|twap|manipulat|inflat|reserve|pair (balance|reserve)|sandwich|slippage|k[- ]value|x\*y=k|share valuation|nav\b|arbitrage|skim|sync\b|depeg/i,
  ],
  [
    'access-control',
    /access[- ]?contro|permission|unprotected|unrestricted|missing (caller|modifier|initiali|access)|initiali[sz]|ownership|owner|onlyowner|privilege|authori[sz]ation|caller check|msg\.sender|governance takeover|malicious proposal|admin/i,
  ],
  [
    'arbitrary-call',
    /arbitrary|external call|approval|allowance|delegatecall|calldata|evil contract|transferfrom/i,
  ],
  ['flash-loan', /flash ?-?loan|flash ?swap|flashmint/i],
  [
    'logic-flaw',
    /logic|precis+ion|rounding|round|overflow|underflow|math|calculat|truncat|valid|check|bug|flaw|error|incorrect|wrong|mismatch|accounting|reward|mint|burn|fee|deflationary|reflection|collision|uninitiali|misconfig|parameter|implement|exploit|vulnerab|randomness|rng|dao|loan|migration|variable|double|duplicate|replay|token|self[- ]transfer|insolvency|health ?factor|liquidat/i,
  ],
];

/** The class of a source's technique text (see {@link TECHNIQUE_RULES}). */
export function classifyTechnique(technique: string | null): TechniqueClass {
  if (technique === null || technique.trim() === '') return 'not-stated';
  for (const [techniqueClass, pattern] of TECHNIQUE_RULES) {
    if (pattern.test(technique)) return techniqueClass;
  }
  return 'other-stated';
}
