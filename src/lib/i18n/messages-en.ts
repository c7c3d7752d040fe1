// Every English string a person reads. `messages-fr.ts` has the same shape (`Messages`).

import type { TechniqueClass } from '../../domain/technique-class';

type N = { readonly n: string; readonly count: number };

/** Which parts of the timeline's bars hold any amount in the view. */
export type TimelineStack = 'both' | 'dprk' | 'other';

const stackWords: Readonly<Record<TimelineStack, string>> = {
  both: 'DPRK-attributed thefts stacked on all others',
  dprk: 'every theft in this view attributed to DPRK',
  other: 'none of the thefts in this view attributed to DPRK',
};

/** The chart's period, for the timeline views' sentences. */
export type TimelinePeriod = 'monthly' | 'quarterly' | 'yearly';

const periodWords: Readonly<Record<TimelinePeriod, { each: string; one: string; many: string }>> = {
  monthly: { each: 'calendar month', one: 'month', many: 'months' },
  quarterly: { each: 'calendar quarter', one: 'quarter', many: 'quarters' },
  yearly: { each: 'calendar year', one: 'year', many: 'years' },
};

export const en = {
  app: {
    name: 'Crypto Theft Tracker',
    tagline: 'Sourced crypto thefts and hacks, with attribution',
    aboutLink: 'About the data',
    dataTo: (p: { to: string }) => `Incidents to ${p.to}`,
    datasetOf: (p: { version: string }) => `dataset of ${p.version}`,
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    loading: 'Loading incidents',
    stillWaiting: (p: { attempt: number; total: number }) =>
      `Still waiting for the data endpoint (attempt ${p.attempt} of ${p.total}).`,
    lastAttemptFailed: (p: { reason: string }) => `The last attempt failed: ${p.reason}`,
    loadError: 'The incidents could not be loaded.',
    retry: 'Retry',
    refreshFailed: (p: { reason: string }) =>
      `Refreshing the data failed: ${p.reason} The figures below are from the last successful load.`,
    missingIncident: 'The incident named in the link is not in the dataset.',
    noticesLabel: 'Notices about this link',
    noticesIntro: 'Some parts of this link were not used:',
    noticesMore: (p: { n: string }) => `and ${p.n} more.`,
    dismiss: 'Dismiss',
    panelFailed: (p: { name: string; reason: string }) =>
      `The “${p.name}” panel could not be drawn (${p.reason}). The other panels are unaffected.`,
    unexpectedError: 'an unexpected error',
    unknownAttribution: (p: { value: string }) =>
      `Ignored attribution “${p.value}”: no incident has it, so all attributions are shown.`,
    unknownChain: (p: { value: string }) =>
      `Ignored chain “${p.value}”: no incident is on it, so it does not narrow the view.`,
    unknownTechnique: (p: { value: string }) =>
      `Ignored technique “${p.value}”: no incident has it, so all techniques are shown.`,
  },
  errors: {
    timeout: (p: { url: string; duration: string }) =>
      `The data endpoint ${p.url} did not answer within the time limit of ${p.duration}, so the request was stopped. The server may be overloaded or your connection slow: try again in a moment.`,
    network: (p: { url: string }) =>
      `Could not reach the data endpoint ${p.url}: the connection failed. Check your connection, or that the server is running, and try again.`,
    empty: (p: { url: string }) =>
      `The data endpoint ${p.url} answered with an empty body instead of the incidents. Check the server's output, or try again in a moment.`,
    html: (p: { url: string }) =>
      `The data endpoint ${p.url} answered with an HTML page instead of JSON: usually a static host's fallback page, or a login page. Check that VITE_INCIDENTS_URL points at the data, not at the web app, or reload if the mock service worker was still starting.`,
    invalidJson: (p: { url: string }) =>
      `The data endpoint ${p.url} answered text that is not valid JSON. Check the server's output.`,
    shape: (p: { issue: string }) =>
      `The data endpoint answered JSON of the wrong shape (${p.issue}). It must answer { incidents: [...], meta: {...} } as described in docs/api.md.`,
    seconds: (p: { n: string; count: number }) => `${p.n} ${p.count === 1 ? 'second' : 'seconds'}`,
    milliseconds: (p: { n: string }) => `${p.n} milliseconds`,
    http: (p: { url: string; status: number }) =>
      p.status === 401 || p.status === 403
        ? `The data endpoint ${p.url} refused access (HTTP ${p.status}). Check that the dashboard is allowed to read it.`
        : p.status === 404
          ? `The data endpoint ${p.url} was not found (HTTP 404). Check VITE_INCIDENTS_URL.`
          : p.status === 503
            ? `The data endpoint ${p.url} is unavailable for now (HTTP 503). Try again in a moment.`
            : p.status >= 500
              ? `The data endpoint ${p.url} failed with a server error (HTTP ${p.status}). Try again in a moment.`
              : p.status === 429
                ? `The data endpoint ${p.url} is refusing requests for now: too many were sent (HTTP 429). Wait a minute, then try again.`
                : `The data endpoint ${p.url} answered HTTP ${p.status} instead of the incidents. Check VITE_INCIDENTS_URL and the server's logs.`,
  },
  filters: {
    title: 'Filters',
    toggle: (p: { n: string; count: number }) =>
      p.count === 0 ? 'Filters' : `Filters (${p.n} active)`,
    activeLabel: 'Active filters',
    none: 'No filters: all incidents',
    remove: (p: { label: string }) => `Remove filter: ${p.label}`,
    clear: 'Clear filters',
    months: 'Months (UTC, inclusive)',
    fromMonth: 'From month',
    toMonth: 'To month',
    monthPlaceholder: 'YYYY-MM',
    monthHint: 'Type a month as 2025-03 or Mar 2025: it applies once complete.',
    notAMonth: (p: { raw: string }) =>
      `“${p.raw}” is not a month, so it was not applied: type 2025-02 or Feb 2025.`,
    outsideData: (p: { month: string; first: string; last: string }) =>
      `${p.month} is outside the data (${p.first} to ${p.last}), so it was not applied.`,
    swapped: (p: { from: string; to: string }) =>
      `From month was after To month, so the range was swapped: ${p.from} to ${p.to}.`,
    presets: 'Month presets',
    allTime: 'All time',
    last12: 'Last 12 months',
    yearToDate: 'Year to date',
    search: 'Search incidents',
    searchPlaceholder: 'Name or technique',
    minAmount: 'Minimum amount',
    minPlaceholder: 'USD',
    minInvalid: 'Enter an amount in US dollars, 0 or more (for example 1000000).',
    attribution: 'Attribution',
    all: 'All',
    technique: 'Technique',
    allTechniques: 'All techniques',
    category: 'Category',
    chain: 'Chain',
    chainSelected: (p: { count: number }) => `Chain (${p.count} selected)`,
    withCount: (p: { label: string; count: string }) => `${p.label} (${p.count})`,
    withCountAndUsd: (p: { label: string; count: string; usd: string }) =>
      `${p.label} (${p.count} · ${p.usd})`,
    rangeFrom: (p: { month: string }) => `From ${p.month}`,
    rangeUntil: (p: { month: string }) => `Until ${p.month}`,
    chipDprk: 'Attributed to DPRK',
    chipAttribution: (p: { value: string }) => `Attribution: ${p.value}`,
    chipChain: (p: { value: string }) => `Chain: ${p.value}`,
    chipTechnique: (p: { value: string }) => `Technique: ${p.value}`,
    chipSearch: (p: { value: string }) => `Search: “${p.value}”`,
    chipMin: (p: { amount: string }) => `At least ${p.amount}`,
    chipMax: (p: { amount: string }) => `At most ${p.amount}`,
  },
  labels: {
    dprkOption: 'DPRK (every DPRK cluster)',
    dprkOptionExcluding: (p: N) => `DPRK (every DPRK cluster; excludes ${p.n} suspected)`,
    dprkUnnamed: 'DPRK, cluster not named',
    suspected: 'Suspected (not counted as DPRK)',
    unattributed: 'Unattributed',
    unknown: 'Unknown',
    other: 'Other',
    otherRest: 'Other (the rest)',
    categories: {
      'defi-protocol': 'DeFi protocol',
      'centralized-exchange': 'Centralized exchange',
      bridge: 'Bridge',
      wallet: 'Wallet',
      gaming: 'Gaming',
      other: 'Other',
    },
    techniqueClasses: {
      'key-compromise': 'Private key or wallet compromise',
      infrastructure: 'Infrastructure or account breach',
      'supply-chain': 'Supply chain or front end',
      'social-engineering': 'Phishing or social engineering',
      insider: 'Insider or rug pull',
      'access-control': 'Access control',
      'bridge-verification': 'Bridge or signature verification flaw',
      'price-manipulation': 'Price or oracle manipulation',
      reentrancy: 'Reentrancy',
      'logic-flaw': 'Logic or arithmetic flaw',
      'arbitrary-call': 'Arbitrary call or approval abuse',
      'flash-loan': 'Flash-loan attack',
      'other-stated': 'Other stated technique',
      'not-stated': 'Not stated',
    } satisfies Record<TechniqueClass, string>,
  },
  totals: {
    title: 'Totals',
    totalStolen: 'Total stolen',
    incidents: 'Incidents',
    largest: 'Largest incident',
    median: 'Median incident',
    recovered: 'Recovered',
    recoveredNote: 'where a source reports funds returned',
    recoveredNone: 'None reported',
    openLargest: (p: { name: string }) => `${p.name}: show the incident and its sources`,
    recoveredNoneNote: 'no source in this view reports funds returned',
    netLoss: 'Net loss',
    netLossNote: 'stolen minus the recoveries sources report',
    compareWith: 'Compare with',
    compareKinds: {
      previous: 'Previous period',
      'year-earlier': 'Same months a year earlier',
      none: 'No comparison',
    },
    compareNeedsRange: 'Choose a From and a To month to compare with an earlier period.',
    compareNoData: (p: { period: string }) =>
      `No change shown: the dataset does not cover all of ${p.period}.`,
    change: (p: { change: string; period: string; value: string }) =>
      `${p.change} vs ${p.period}: ${p.value}`,
    dprk: 'Attributed to DPRK',
    dprkShare: (p: { share: string }) => `${p.share} of the total`,
    excluded: (p: N) =>
      `These figures exclude ${p.n} skipped ${p.count === 1 ? 'row' : 'rows'} that failed validation.`,
  },
  published: {
    title: 'Published figures for this period',
    ours: (p: { amount: string } & N) =>
      `this dataset has ${p.amount} across ${p.n} ${p.count === 1 ? 'incident' : 'incidents'}`,
    reported: (p: { publisher: string; amount: string; ours: string }) =>
      `${p.publisher} reported ${p.amount} for this period; ${p.ours}.`,
    source: 'Source',
    publisher: 'Publisher',
    measure: 'Measure',
    period: 'Period',
    publishedOn: 'Published',
    notStated: 'not stated',
    details: 'What it counts: the curator’s note and the quoted words',
    withoutOther: (p: { amount: string } & N) =>
      `Without thefts from individuals and unnamed victims (category “other”), this dataset has ${p.amount} across ${p.n} ${p.count === 1 ? 'incident' : 'incidents'}.`,
    note:
      'Publishers count different things (hacks only, or hacks plus scams and phishing), attribute ' +
      'with different confidence and revise their own figures. This dataset counts only incidents ' +
      'with a sourced US dollar figure; the About the data section explains the differences.',
  },
  charts: {
    loading: 'Loading chart…',
    empty: 'No incidents match these filters.',
    dataTable: (p: { title: string }) => `Data table: ${p.title}`,
    tableLabel: (p: { title: string }) => `${p.title} data`,
    exportLabel: (p: { title: string }) => `Export ${p.title}`,
    export: 'Export',
    png: 'PNG image',
    svg: 'SVG image',
    csv: 'CSV data',
    dprk: 'Attributed to DPRK',
    other: 'Other',
    totalUsd: 'Total (USD)',
    amountUsd: 'Amount (USD)',
    incidents: 'Incidents',
    incidentCount: (p: N) => `${p.n} ${p.count === 1 ? 'incident' : 'incidents'}`,
    ofTotal: (p: { share: string }) => `${p.share} of the total`,
    stolenUsd: 'Stolen (USD)',
    monthUtc: 'Month (UTC)',
    endOf: (p: { month: string }) => `End of ${p.month}`,
    inIncidents: (p: { amount: string; n: string; count: number }) =>
      `${p.amount} in ${p.n} ${p.count === 1 ? 'incident' : 'incidents'}`,
    dprkAmount: (p: { amount: string }) => `Attributed to DPRK: ${p.amount}`,
    timeline: {
      title: 'Thefts over time',
      /** What the bars hold: both parts stacked, or the one part there is in this view. */
      perMonth: (p: { stack: TimelineStack }) =>
        `Amount stolen per calendar month (UTC), ${stackWords[p.stack]}.`,
      perYear: (p: { stack: TimelineStack }) =>
        `Amount stolen per calendar year (UTC), ${stackWords[p.stack]}.`,
      perQuarter: (p: { stack: TimelineStack }) =>
        `Amount stolen per calendar quarter (UTC), ${stackWords[p.stack]}.`,
      clickMonth:
        'Click a bar, or press Enter on the focused chart, to narrow the view to that month.',
      clickYear:
        'Click a bar, or press Enter on the focused chart, to narrow the view to that year.',
      xMonthly: 'Month of theft (UTC)',
      clickQuarter:
        'Click a bar, or press Enter on the focused chart, to narrow the view to that quarter.',
      xQuarterly: 'Quarter of theft (UTC)',
      xYearly: 'Year of theft (UTC)',
      svgMonthly:
        'Bar chart of the amount stolen per month. Arrow keys move between months; Enter narrows the view to the month shown.',
      svgQuarterly:
        'Bar chart of the amount stolen per quarter. Arrow keys move between quarters; Enter narrows the view to the quarter shown.',
      svgYearly:
        'Bar chart of the amount stolen per year. Arrow keys move between years; Enter narrows the view to the year shown.',
      period: 'Period',
      dprkUsd: 'Attributed to DPRK (USD)',
      otherUsd: 'Other (USD)',
      show: (p: { period: string }) => `Show ${p.period}`,
      modeLabel: 'Chart period',
      monthly: 'Monthly',
      quarterly: 'Quarterly',
      yearly: 'Yearly',
      summary: (p: { period: string; amount: string; total: string }) =>
        `Thefts peaked in ${p.period} at ${p.amount}; ${p.total} was stolen in all.`,
    },
    cumulative: {
      title: 'Cumulative stolen by year',
      caption:
        'Amount stolen since 1 January (UTC) at the end of each month, one line per year; the ' +
        'latest year is drawn thicker and stops at its last month. The data table lists every year.',
      exportCaption:
        'Amount stolen since 1 January (UTC) at the end of each month, one line per year; the ' +
        'latest year is drawn thicker and stops at its last month.',
      year: 'Year',
      yearsShown: 'Years shown',
      allYears: 'All years',
      lastYears: (p: { count: number }) => `Last ${p.count} years`,
      svg: 'Line chart of the amount stolen so far in each year, by month',
      summary: (p: { year: string; amount: string }) =>
        `The year with the most stolen is ${p.year}, with ${p.amount}.`,
      summaryOneYear: (p: { year: string; amount: string; month: string }) =>
        `In this view, ${p.amount} was stolen in ${p.year}, by the end of ${p.month}.`,
    },
    largest: {
      title: 'Largest incidents',
      caption: (p: { count: number; n: string; clickable: boolean }) =>
        `The ${p.count === 1 ? 'largest theft' : `${p.n} largest thefts`} under the current filters, ` +
        'by amount stolen (USD at the time), DPRK-attributed in red.' +
        (p.clickable ? ' Click a bar to open the incident.' : ''),
      exportCaption:
        'The largest thefts under the current filters, by amount stolen (USD at the time), ' +
        'DPRK-attributed in red.',
      rank: 'Rank',
      date: 'Date',
      name: 'Name',
      attribution: 'Attribution',
      open: (p: { name: string }) => `Open ${p.name}`,
      svg: 'Bar chart of the largest incidents. Arrow keys move between incidents; Enter opens the incident shown.',
      summary: (p: { name: string; amount: string; date: string }) =>
        `The largest theft is ${p.name}, ${p.amount} on ${p.date}.`,
    },
    breakdown: {
      categoryTitle: 'By category',
      categoryCaption: 'Amount stolen per victim category under the current filters.',
      techniqueTitle: 'By technique',
      techniqueCaption:
        'Amount stolen per technique, as the sources word it; “Unknown” where no source says.',
      group: 'Group',
      share: 'Share',
      amountStolen: 'Amount stolen',
      smallerGroups: (p: { other: string }) => `${p.other}: the smaller groups`,
      svg: (p: { title: string }) => `Bar chart: ${p.title}`,
      summary: (p: { group: string; amount: string; share: string }) =>
        `The most was stolen from ${p.group}: ${p.amount}, ${p.share} of the total.`,
    },
  },
  table: {
    title: 'Incidents',
    count: (p: { n: string; total: string }) => `${p.n} of ${p.total} incidents`,
    empty: 'No incidents match these filters.',
    date: 'Date',
    name: 'Name',
    amount: 'Amount (USD)',
    category: 'Category',
    technique: 'Technique',
    chains: 'Chains',
    attribution: 'Attribution',
    returned: 'Returned',
    sources: 'Sources',
    id: 'ID',
    close: 'Close',
    showFullName: 'Show full name',
    hideFullName: 'Hide full name',
    fullName: 'Full name',
    downloads: 'Download the incidents',
    downloadCsv: 'Download CSV',
    downloadJson: 'Download JSON',
  },
  exports: {
    preparing: 'Preparing the file…',
    downloaded: (p: { file: string }) => `Downloaded ${p.file}`,
    failed: (p: { reason: string }) => `Export failed: ${p.reason}`,
    allIncidents: 'All incidents',
    allTime: 'All time',
    allTimeSpan: (p: { from: string; to: string }) => `All time (${p.from} – ${p.to})`,
    data: (p: { names: string }) => `data: ${p.names}`,
    generated: (p: { on: string }) => `generated ${p.on}`,
    currency: (p: { to: string; on: string }) => `data to ${p.to}, exported ${p.on}`,
  },
  viewUrl: {
    tooMany: (p: { key: string; max: number }) =>
      `“${p.key}” was given more than ${p.max} values; the first ${p.max} were used.`,
    searchCut: (p: { max: number }) =>
      `Search is limited to ${p.max} characters, so a link can carry it; the rest was not kept.`,
    valuesCut: (p: { key: string; max: number }) =>
      `At most ${p.max} “${p.key}” values fit in a link; the others were not kept.`,
    lengthCut: (p: { key: string; max: string }) =>
      `The link would have been longer than ${p.max} characters, so “${p.key}” was left out of it.`,
    ignored: (p: { key: string; value: string; why: string }) =>
      `Ignored ${p.key}=“${p.value}”: ${p.why}.`,
    unknown: (p: { key: string }) => `Ignored the unknown parameter “${p.key}”.`,
    repeated: (p: { key: string }) =>
      `“${p.key}” was given more than once; the first value was used.`,
    reversed: (p: { from: string; to: string }) =>
      `The month range was reversed (${p.from} after ${p.to}); it was swapped.`,
    tooLong: (p: { max: number }) => `longer than ${p.max} characters`,
    notMonth: 'not a month written YYYY-MM',
    notAmount: 'not an amount of US dollars',
    notOneOf: (p: { values: string }) => `not one of ${p.values}`,
    useMode: 'use monthly, quarterly or yearly',
    notYear: 'not a year written YYYY',
    useOneOf: (p: { values: string }) => `use one of ${p.values}`,
  },
  cite: {
    button: 'Cite',
    title: 'Cite this view',
    shortLabel: 'Short citation, for a caption',
    fullLabel: 'Full citation',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying was not allowed: select the text and copy it by hand.',
    bibtex: 'Download BibTeX',
    ris: 'Download RIS',
    close: 'Close',
    loading: 'Preparing the citation…',
    allIncidents: 'All incidents',
    shortForm: (p: { tool: string; version: string }) => `${p.tool} (dataset of ${p.version})`,
    fullForm: (p: {
      view: string;
      tool: string;
      version: string | null;
      lastDate: string | null;
      url: string;
      retrieved: string;
    }) =>
      `${p.view}. ${p.tool}${p.version ? `, dataset of ${p.version}` : ''}${p.lastDate ? `, incidents to ${p.lastDate}` : ''}. ${p.url} (retrieved ${p.retrieved}).`,
  },
  copyLink: {
    button: 'Copy link',
    copied: 'Link copied',
    failed: 'Copying was not allowed; copy the link by hand:',
    field: 'Link to this view',
  },
  skipped: {
    byReason: 'Skipped rows by reason',
    group: (p: { n: string; count: number; field: string; reason: string }) =>
      `${p.n} ${p.count === 1 ? 'row' : 'rows'}: ${p.field} ${p.reason}`,
    firstRows: (p: { count: number }) =>
      `The first ${p.count} rows of each reason; “Show all” lists every row of one reason.`,
    showAll: (p: { n: string }) => `Show all ${p.n} rows`,
    hideAll: 'Hide the full list',
    allRows: (p: { n: string; field: string; reason: string }) =>
      `All ${p.n} rows: ${p.field} ${p.reason}`,
    rowLine: (p: { row: number; id: string; field: string; reason: string }) =>
      `Row ${p.row}${p.id}: ${p.field} ${p.reason}`,
    headline: (p: { n: string; total: string }) => `${p.n} of ${p.total} incidents were skipped`,
    rest: 'because they failed validation. Every figure on this page leaves them out.',
    show: 'Show the skipped rows',
    table: 'Skipped rows',
    row: 'Row',
    id: 'Id',
    field: 'Field',
    reason: 'Reason',
    copy: 'Copy the list',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the list and copy it by hand.',
  },
  metaNotices: {
    sourceLink: (p: { index: number; name: string; credentials: boolean }) =>
      `Source ${p.index}${p.name} is listed without its link, which ${p.credentials ? 'carries a user name or password' : 'is not an http(s) URL'}.`,
    title: 'The description sent with the data had problems',
    intro:
      'Every valid incident is shown; what the description got wrong was worked out from the incidents or left out:',
    missing: (p: { reason: string }) =>
      `meta ${p.reason}: the count and dates were worked out from the incidents.`,
    field: (p: { field: string; reason: string; derived: string | null }) =>
      `meta.${p.field} ${p.reason}` +
      (p.derived === null
        ? '; it was left out.'
        : `; worked out from the incidents: ${p.derived}.`),
    narrow: (p: { field: string; stated: string; derived: string; isLast: boolean }) =>
      `meta.${p.field} (${p.stated}) is ${p.isLast ? 'earlier than the newest' : 'later than the earliest'} incident (${p.derived}); the date range was widened to the incidents.`,
    source: (p: { index: number; name: string; field: string; reason: string }) =>
      `Source ${p.index}${p.name} was left out: ${p.field} ${p.reason}.`,
    estimate: (p: { index: number; name: string; field: string; reason: string }) =>
      `Published estimate ${p.index}${p.name} was left out: ${p.field} ${p.reason}.`,
    named: (p: { name: string }) => ` (“${p.name}”)`,
    count: (p: { announced: string; received: string; count: number }) =>
      `The data announced ${p.announced} incidents but ${p.received} ${p.count === 1 ? 'row' : 'rows'} arrived.`,
  },
  about: {
    title: 'About the data',
    summary: (p: { n: string; range: string }) =>
      `${p.n} incidents${p.range}. Each one has at least one source link; the table below the charts lists them.`,
    range: (p: { from: string; to: string }) => `, ${p.from} to ${p.to}`,
    notLoaded: 'The dataset has not loaded, so its sources cannot be listed yet.',
    sources: 'Sources',
    source: 'Source',
    incidents: 'Incidents',
    caveats: 'Caveats',
    caveatList: [
      'Early years are thin: before 2020 only the largest thefts are listed, so totals for those years are lower bounds.',
      'Incidents whose sources give no US dollar figure (only a token amount, or none) are left out rather than priced by us; the dataset’s provenance lists every such row.',
      'Amounts are US dollars at the time, as the source reports them. A few are notional token values; where sources disagree the dataset keeps one source’s figure and records the others in its provenance.',
      '“DPRK” covers every attribution beginning with DPRK (TraderTraitor, Sapphire Sleet/CryptoCore, Lazarus…), including a few the sources dispute, which say so. Suspected attributions are not counted as DPRK.',
      'Published estimates (Chainalysis, TRM Labs, MSMT and others) count different things and are shown beside our totals, not merged into them.',
    ],
    corrections: 'Corrections',
    correctionsText:
      'Found a wrong figure, date or attribution? Open an issue in the project’s repository with the incident’s id (shown in its detail panel) and a link to a source that states the correct figure.',
    generated: (p: { at: string }) => `Dataset generated ${p.at}.`,
    estimates: (p: N) => `Published estimates (${p.n})`,
    estimate: (p: { publisher: string; amount: string; metric: string; period: string }) =>
      `${p.publisher}: ${p.amount}, ${p.metric}, ${p.period}`,
    openScope: 'Open this scope',
  },
  exclude: {
    /** A chip and an export caption: the incident left out of the figures. */
    chip: (p: { name: string }) => `Excluding ${p.name}`,
    action: 'Exclude from the figures',
    actionHint: 'Leaves this incident out of every total and chart; its chip above brings it back.',
    named: (p: { name: string }) => `Exclude ${p.name}`,
    column: 'Exclude',
    full: (p: { max: number }) =>
      `At most ${p.max} incidents can be excluded at once: include one again (its chip above) first.`,
    unknown: (p: { value: string }) =>
      `Ignored excluded incident “${p.value}”: no incident has this id, so nothing is left out for it.`,
  },
  pinned: {
    label: 'Dataset version',
    pinned: (p: { version: string; total: string }) =>
      `This view is pinned to the dataset of ${p.version}; with the current dataset the total is ${p.total}.`,
    working: (p: { version: string }) =>
      `This view is pinned to the dataset of ${p.version}; the current dataset’s total is being worked out.`,
    noCurrent: (p: { version: string; reason: string }) =>
      `This view is pinned to the dataset of ${p.version}; the current dataset could not be loaded to compare: ${p.reason}`,
    live: 'Open the live view',
    current: (p: { version: string }) =>
      `This view is pinned to the dataset of ${p.version}, which is the current one.`,
    unknown: (p: { version: string; values: string }) =>
      `The link asks for the dataset of ${p.version}, which is not a released version (released: ${p.values}); the current dataset is shown.`,
    unavailable: (p: { version: string; reason: string }) =>
      `The dataset of ${p.version} could not be opened because the list of versions did not load (${p.reason}); the current dataset is shown. Reload the page to try again.`,
    notVersion: 'not a dataset version written YYYY-MM-DD, such as 2026-11-29',
  },
  timelineViews: {
    measureLabel: 'Bars show',
    gross: 'Stolen',
    net: 'Net of recoveries',
    share: 'DPRK share',
    labelsSwitch: 'Label the largest incidents',
    netCaption: (p: { mode: TimelinePeriod; stack: TimelineStack }) =>
      `Amount stolen per ${periodWords[p.mode].each} (UTC) less the funds a source reports returned, ${stackWords[p.stack]}. Only recoveries a source reports are subtracted; others may have happened.`,
    shareCaption: (p: { mode: TimelinePeriod; share: string }) =>
      `DPRK-attributed share of the amount stolen in each ${periodWords[p.mode].each} (UTC), all other thefts stacked above it to 100%. Over the whole view, DPRK-attributed thefts are ${p.share} of the total.`,
    svg: (p: { mode: TimelinePeriod; measure: 'net' | 'share' }) =>
      `Bar chart of ${p.measure === 'net' ? 'the amount stolen net of reported recoveries' : 'the DPRK-attributed share of the amount stolen'} per ${periodWords[p.mode].one}. Arrow keys move between ${periodWords[p.mode].many}; Enter narrows the view to the ${periodWords[p.mode].one} shown.`,
    netSummary: (p: { period: string; amount: string; total: string }) =>
      `Net losses peaked in ${p.period} at ${p.amount}; ${p.total} net of reported recoveries in all.`,
    shareSummary: (p: { period: string; share: string }) =>
      `The DPRK-attributed share was highest in ${p.period}, at ${p.share}.`,
    shareAxis: 'DPRK share',
    netAxis: 'Net loss (USD)',
    dprkNetUsd: 'DPRK net of recoveries (USD)',
    otherNetUsd: 'Other net of recoveries (USD)',
    netUsd: 'Net loss (USD)',
    returnedUsd: 'Reported returned (USD)',
    dprkShare: 'DPRK-attributed share',
    otherShare: 'Other share',
    tooltipNet: (p: { amount: string }) => `Net of reported recoveries: ${p.amount}`,
    tooltipShare: (p: { share: string }) => `DPRK-attributed share: ${p.share}`,
    changeDprk: 'DPRK change vs previous year',
    changeTotal: (p: { measure: 'gross' | 'net' }): string =>
      p.measure === 'net' ? 'Net loss change vs previous year' : 'Total change vs previous year',
    noChange: 'not comparable',
    noChangeNote:
      'A change is shown only where the data covers both whole years and the earlier one had thefts.',
    label: (p: { name: string; amount: string }) => `${p.name} ${p.amount}`,
    labelDescription: (p: { rank: number; name: string; amount: string; period: string }) =>
      `Largest incident ${p.rank}: ${p.name}, ${p.amount}, in the bar of ${p.period}`,
    labelsGroup: 'Largest incidents named on the chart',
  },
  embed: {
    menuItem: 'Embed',
    dialogTitle: (p: { title: string }) => `Embed “${p.title}” in another page`,
    loading: 'Preparing the embed code…',
    theme: 'Theme',
    themeAuto: 'Follow the reader’s setting',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    english: 'English',
    french: 'French',
    data: 'Data',
    live: 'Live: always the latest dataset',
    pinned: (p: { version: string }) => `Pinned to the dataset of ${p.version}`,
    noVersion: 'This dataset states no version, so an embed can only show the latest data.',
    code: 'Code to paste into your page',
    codeHelp: (p: { n: string }) =>
      `The script lets the frame grow and shrink with the chart. A page that runs no script shows the frame ${p.n} pixels tall, with a scroll bar if the chart needs more.`,
    copy: 'Copy the code',
    copied: 'Code copied',
    copyFailed: 'Copying was not allowed: select the code and copy it by hand.',
    close: 'Close',
    frameTitle: (p: { title: string }) => `${p.title}, from Crypto Theft Tracker`,
    view: (p: { view: string }) => `View: ${p.view}.`,
    source: (p: { names: string; to: string | null }) =>
      `Data: ${p.names}${p.to === null ? '' : `, incidents to ${p.to}`}.`,
    noSources: 'the sources listed in the full view',
    citeAs: (p: { value: string }) => `Cite as: ${p.value}.`,
    openFull: 'Open the full view',
    badChart: (p: { value: string; values: string }) =>
      `Ignored chart=“${p.value}”: use one of ${p.values}. The timeline is shown.`,
    badTheme: (p: { value: string; values: string }) =>
      `Ignored theme=“${p.value}”: use one of ${p.values}.`,
    noticesLabel: 'Notes on this link',
    loadFailed: (p: { reason: string }) => `The chart’s data could not be loaded: ${p.reason}`,
    retry: 'Try again',
  },
  dataPackage: {
    button: 'Download data',
    choices: 'Download the data as a ZIP',
    view: (p: N) => `Filtered: ${p.n} ${p.count === 1 ? 'incident' : 'incidents'}`,
    all: (p: N) => `Whole dataset: ${p.n} ${p.count === 1 ? 'incident' : 'incidents'}`,
    preparing: 'Building the ZIP…',
    downloaded: (p: { file: string }) => `Downloaded ${p.file}`,
    failed: (p: { reason: string }) =>
      `The ZIP could not be built (${p.reason}). Try again; if it fails again, reload the page or use Download CSV.`,
    title: 'Crypto Theft Tracker: data package',
    scopeView: (p: { view: string }) => `The incidents of one view: ${p.view}.`,
    scopeAll: 'The whole dataset, every incident, whatever the filters on screen.',
    summary: (p: { n: string; total: string }) => `${p.n} incidents, ${p.total} stolen in total.`,
    dataset: (p: { version: string | null; lastDate: string | null }) =>
      `Dataset of ${p.version ?? 'an unstated date'}, incidents to ${p.lastDate ?? 'an unstated date'}.`,
    downloadedOn: (p: { on: string }) => `Downloaded ${p.on}.`,
    viewLink: (p: { url: string }) => `The view on the dashboard: ${p.url}`,
    insideTitle: 'What is inside',
    fileHeader: 'File',
    whatHeader: 'What it holds',
    incidentsFile:
      'One row per incident, every field (UTF-8 with a BOM; a first line starting with # credits the data; chains separated by “; ”, source URLs by a space)',
    chartFile: (p: { title: string }) =>
      `The numbers the chart “${p.title}” draws, as its CSV export gives them`,
    metadataFile:
      'The view, its filters, the dataset’s version, the row count, the columns and their units, the citations (JSON; its schema is docs/data-package-metadata.schema.json in the project)',
    readmeFile: 'This file',
    filtersTitle: 'Active filters',
    noFilters: 'None: every incident of the dataset.',
    citeTitle: 'How to cite',
    shortCitation: 'Short, for a caption:',
    fullCitation: 'Full, for a reference list:',
    sourcesTitle: 'Sources',
    source: (p: { name: string; url: string | null; n: string; count: number }) =>
      `${p.name}${p.url === null ? '' : ` (${p.url})`}: ${p.n} ${p.count === 1 ? 'incident' : 'incidents'}`,
    caveatsTitle: 'Caveats',
    columns: {
      id: 'Stable identifier of the incident',
      date: 'Day of the theft (UTC)',
      name: 'What was robbed, as the sources name it',
      amount_usd: 'Amount stolen, in US dollars at the time of the theft',
      category: 'Kind of target (exchange, DeFi protocol, bridge…)',
      technique: 'How the theft was done, in the source’s words; empty when no source says',
      technique_class: 'The technique’s class, derived from the technique',
      chains: 'Blockchains involved, separated by “; ”',
      attribution: 'Who a public source attributes the theft to; empty when unattributed',
      returned_usd: 'Funds a source reports as returned, in US dollars; empty when none reported',
      source_urls: 'Links to the sources, separated by a space',
      period: 'The month, quarter or year of the bar',
      dprk_usd: 'Stolen in thefts attributed to the DPRK, in US dollars',
      other_usd: 'Stolen in all other thefts, in US dollars',
      total_usd: 'Total stolen, in US dollars',
      incident_count: 'Number of incidents',
      group: 'The category or technique class of the bar',
      year: 'The year of the line',
      month: 'The month of the point',
      cumulative_usd: 'Stolen from 1 January of that year to the end of the month, in US dollars',
      rank: 'Rank by amount stolen, 1 the largest',
    },
  },
  imageExport: {
    citeAs: (p: { citation: string }) => `Cite as: ${p.citation}`,
    stillDrawing: 'The chart is still being drawn; try again in a moment.',
    notDrawn: 'The chart could not be drawn at this size; try again, or export it as on screen.',
    pngWeb: 'PNG, web 16:9 (1200 × 675)',
    pngSquare: 'PNG, square (1080 × 1080)',
    pngPrint: 'PNG, print (A4 width, 300 dpi)',
    transparent: 'Transparent background (PNG)',
    copyImage: 'Copy image',
    copied: 'Image copied to the clipboard.',
    copyRefused: 'Your browser refused the clipboard; download the PNG instead.',
    downloadPng: 'Download the PNG',
    share: 'Share…',
    shared: 'Shared.',
    linkCopied: 'This browser has no share sheet; the link to this view was copied instead.',
    shareRefused:
      'This browser has no share sheet and refused the clipboard; copy the link from the address bar.',
    cite: 'Cite…',
  },
};

export type Messages = typeof en;
