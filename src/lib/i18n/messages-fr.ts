import type { Messages, TimelinePeriod, TimelineStack } from './messages-en';

const incidents = (count: number) => (count <= 1 ? 'incident' : 'incidents');

const stackWords: Readonly<Record<TimelineStack, string>> = {
  both: 'vols attribués à la RPDC empilés sur tous les autres',
  dprk: 'tous les vols de cette vue attribués à la RPDC',
  other: 'aucun vol de cette vue attribué à la RPDC',
};

const periodWords: Readonly<
  Record<TimelinePeriod, { each: string; one: string; many: string; the: string }>
> = {
  monthly: { each: 'chaque mois civil', one: 'mois', many: 'mois', the: 'au mois affiché' },
  quarterly: {
    each: 'chaque trimestre civil',
    one: 'trimestre',
    many: 'trimestres',
    the: 'au trimestre affiché',
  },
  yearly: { each: 'chaque année civile', one: 'année', many: 'années', the: 'à l’année affichée' },
};

export const fr: Messages = {
  app: {
    name: 'Crypto Theft Tracker',
    tagline: 'Vols et piratages de cryptomonnaies sourcés, avec leur attribution',
    aboutLink: 'À propos des données',
    dataTo: (p) => `Incidents jusqu’au ${p.to}`,
    datasetOf: (p) => `données du ${p.version}`,
    language: 'Langue',
    theme: 'Thème',
    themeSystem: 'Système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    loading: 'Chargement des incidents',
    stillWaiting: (p) =>
      `Toujours en attente du point d’accès des données (tentative ${p.attempt} sur ${p.total}).`,
    lastAttemptFailed: (p) => `La tentative précédente a échoué : ${p.reason}`,
    loadError: 'Les incidents n’ont pas pu être chargés.',
    retry: 'Réessayer',
    refreshFailed: (p) =>
      `L’actualisation des données a échoué : ${p.reason} Les chiffres ci-dessous sont ceux du dernier chargement réussi.`,
    missingIncident: 'L’incident indiqué dans le lien ne figure pas dans les données.',
    noticesLabel: 'Remarques sur ce lien',
    noticesIntro: 'Certaines parties de ce lien n’ont pas été utilisées :',
    noticesMore: (p) => `et ${p.n} autres.`,
    dismiss: 'Fermer',
    panelFailed: (p) =>
      `Le panneau « ${p.name} » n’a pas pu être affiché (${p.reason}). Les autres panneaux ne sont pas touchés.`,
    unexpectedError: 'une erreur inattendue',
    unknownAttribution: (p) =>
      `Attribution « ${p.value} » ignorée : aucun incident ne l’a, toutes les attributions sont affichées.`,
    unknownChain: (p) =>
      `Chaîne « ${p.value} » ignorée : aucun incident n’y est, elle ne restreint pas la vue.`,
    unknownTechnique: (p) =>
      `Technique « ${p.value} » ignorée : aucun incident ne l’a, toutes les techniques sont affichées.`,
  },
  errors: {
    timeout: (p) =>
      `Le point d’accès ${p.url} n’a pas répondu dans le délai de ${p.duration} : la requête a été arrêtée. Le serveur est peut-être surchargé ou votre connexion lente ; réessayez dans un moment.`,
    network: (p) =>
      `Impossible de joindre le point d’accès ${p.url} : la connexion a échoué. Vérifiez votre connexion, ou que le serveur tourne, puis réessayez.`,
    empty: (p) =>
      `Le point d’accès ${p.url} a répondu un corps vide au lieu des incidents. Vérifiez la sortie du serveur, ou réessayez dans un moment.`,
    html: (p) =>
      `Le point d’accès ${p.url} a répondu une page HTML au lieu de JSON : en général la page de repli d’un hébergeur statique, ou une page de connexion. Vérifiez que VITE_INCIDENTS_URL désigne les données et non l’application, ou rechargez si le service worker de simulation démarrait encore.`,
    invalidJson: (p) =>
      `Le point d’accès ${p.url} a répondu un texte qui n’est pas du JSON valide. Vérifiez la sortie du serveur.`,
    shape: (p) =>
      `Le point d’accès a répondu du JSON de la mauvaise forme (${p.issue}). Il doit répondre { incidents: [...], meta: {...} } comme le décrit docs/api.md.`,
    seconds: (p) => `${p.n} ${p.count <= 1 ? 'seconde' : 'secondes'}`,
    milliseconds: (p) => `${p.n} ms`,
    http: (p) =>
      p.status === 401 || p.status === 403
        ? `Le point d’accès ${p.url} a refusé l’accès (HTTP ${p.status}). Vérifiez que le tableau de bord a le droit de le lire.`
        : p.status === 404
          ? `Le point d’accès ${p.url} est introuvable (HTTP 404). Vérifiez VITE_INCIDENTS_URL.`
          : p.status === 503
            ? `Le point d’accès ${p.url} est indisponible pour l’instant (HTTP 503). Réessayez dans un moment.`
            : p.status >= 500
              ? `Le point d’accès ${p.url} a échoué sur une erreur serveur (HTTP ${p.status}). Réessayez dans un moment.`
              : p.status === 429
                ? `Le point d’accès ${p.url} refuse les requêtes pour l’instant : trop ont été envoyées (HTTP 429). Attendez une minute, puis réessayez.`
                : `Le point d’accès ${p.url} a répondu HTTP ${p.status} au lieu des incidents. Vérifiez VITE_INCIDENTS_URL et les journaux du serveur.`,
  },
  filters: {
    title: 'Filtres',
    toggle: (p) =>
      p.count === 0 ? 'Filtres' : `Filtres (${p.n} ${p.count === 1 ? 'actif' : 'actifs'})`,
    activeLabel: 'Filtres actifs',
    none: 'Aucun filtre : tous les incidents',
    remove: (p) => `Retirer le filtre : ${p.label}`,
    clear: 'Effacer les filtres',
    months: 'Mois (UTC, bornes incluses)',
    fromMonth: 'De (mois)',
    toMonth: 'À (mois)',
    monthPlaceholder: 'AAAA-MM',
    monthHint: 'Saisissez un mois : 2025-03 ou mars 2025 ; il s’applique une fois complet.',
    notAMonth: (p) =>
      `« ${p.raw} » n’est pas un mois, il n’a pas été appliqué : saisissez 2025-02 ou févr. 2025.`,
    outsideData: (p) =>
      `${p.month} est hors des données (${p.first} à ${p.last}) : il n’a pas été appliqué.`,
    swapped: (p) =>
      `Le mois de début était après le mois de fin, la période a donc été inversée : ${p.from} à ${p.to}.`,
    presets: 'Périodes prédéfinies',
    allTime: 'Toute la période',
    last12: '12 derniers mois',
    yearToDate: 'Depuis le 1er janvier',
    search: 'Rechercher des incidents',
    searchPlaceholder: 'Nom ou technique',
    minAmount: 'Montant minimum',
    minPlaceholder: 'USD',
    minInvalid: 'Saisissez un montant en dollars US, 0 ou plus (par exemple 1000000).',
    attribution: 'Attribution',
    all: 'Toutes',
    technique: 'Technique',
    allTechniques: 'Toutes les techniques',
    category: 'Catégorie',
    chain: 'Chaîne',
    chainSelected: (p) => `Chaîne (${p.count} ${p.count <= 1 ? 'choisie' : 'choisies'})`,
    withCount: (p) => `${p.label} (${p.count})`,
    withCountAndUsd: (p) => `${p.label} (${p.count} · ${p.usd})`,
    rangeFrom: (p) => `À partir de ${p.month}`,
    rangeUntil: (p) => `Jusqu’à ${p.month}`,
    chipDprk: 'Attribués à la RPDC',
    chipAttribution: (p) => `Attribution : ${p.value}`,
    chipChain: (p) => `Chaîne : ${p.value}`,
    chipTechnique: (p) => `Technique : ${p.value}`,
    chipSearch: (p) => `Recherche : « ${p.value} »`,
    chipMin: (p) => `Au moins ${p.amount}`,
    chipMax: (p) => `Au plus ${p.amount}`,
  },
  labels: {
    dprkOption: 'RPDC (tous les groupes nord-coréens)',
    dprkOptionExcluding: (p) =>
      `RPDC (tous les groupes nord-coréens ; hors ${p.n} ${p.count <= 1 ? 'soupçonné' : 'soupçonnés'})`,
    dprkUnnamed: 'RPDC, groupe non précisé',
    suspected: 'Soupçons (non comptés comme RPDC)',
    unattributed: 'Non attribué',
    unknown: 'Inconnue',
    other: 'Autres',
    otherRest: 'Autres (le reste)',
    categories: {
      'defi-protocol': 'Protocole DeFi',
      'centralized-exchange': 'Plateforme d’échange centralisée',
      bridge: 'Pont',
      wallet: 'Portefeuille',
      gaming: 'Jeu',
      other: 'Autre',
    },
    techniqueClasses: {
      'key-compromise': 'Clé privée ou portefeuille compromis',
      infrastructure: 'Intrusion dans l’infrastructure ou un compte',
      'supply-chain': 'Chaîne d’approvisionnement ou interface',
      'social-engineering': 'Hameçonnage ou ingénierie sociale',
      insider: 'Initié ou « rug pull »',
      'access-control': 'Contrôle d’accès',
      'bridge-verification': 'Faille de vérification (pont, signature)',
      'price-manipulation': 'Manipulation de prix ou d’oracle',
      reentrancy: 'Réentrance',
      'logic-flaw': 'Faille de logique ou de calcul',
      'arbitrary-call': 'Appel arbitraire ou abus d’autorisation',
      'flash-loan': 'Attaque par prêt éclair',
      'other-stated': 'Autre technique indiquée',
      'not-stated': 'Non indiquée',
    },
  },
  totals: {
    title: 'Totaux',
    totalStolen: 'Total volé',
    incidents: 'Incidents',
    largest: 'Plus gros incident',
    median: 'Incident médian',
    recovered: 'Récupéré',
    recoveredNote: 'quand une source indique des fonds restitués',
    recoveredNone: 'Aucun signalé',
    openLargest: (p) => `${p.name} : afficher l’incident et ses sources`,
    recoveredNoneNote: 'aucune source de cette vue n’indique de fonds restitués',
    netLoss: 'Perte nette',
    netLossNote: 'le montant volé moins les récupérations que rapportent les sources',
    compareWith: 'Comparer avec',
    compareKinds: {
      previous: 'La période précédente',
      'year-earlier': 'Les mêmes mois un an plus tôt',
      none: 'Aucune comparaison',
    },
    compareNeedsRange:
      'Choisissez un mois de début et un mois de fin pour comparer avec une période antérieure.',
    compareNoData: (p) =>
      `Aucune évolution affichée : les données ne couvrent pas toute la période ${p.period}.`,
    change: (p) => `${p.change} par rapport à ${p.period} : ${p.value}`,
    dprk: 'Attribué à la RPDC',
    dprkShare: (p) => `${p.share} du total`,
    excluded: (p) =>
      `Ces chiffres excluent ${p.n} ${p.count <= 1 ? 'ligne ignorée' : 'lignes ignorées'} car non valides.`,
  },
  published: {
    title: 'Chiffres publiés pour cette période',
    ours: (p) => `ces données comptent ${p.amount} sur ${p.n} ${incidents(p.count)}`,
    reported: (p) => `${p.publisher} a publié ${p.amount} pour cette période ; ${p.ours}.`,
    source: 'Source',
    publisher: 'Éditeur',
    measure: 'Mesure',
    period: 'Période',
    publishedOn: 'Publié',
    notStated: 'non précisé',
    details: 'Ce qu’il compte : la note de la curation et la citation',
    withoutOther: (p) =>
      `Sans les vols visant des particuliers et des victimes non nommées (catégorie « autre »), ces données comptent ${p.amount} sur ${p.n} ${incidents(p.count)}.`,
    note:
      'Les éditeurs ne comptent pas la même chose (piratages seuls, ou avec escroqueries et ' +
      'hameçonnage), attribuent avec une confiance variable et révisent leurs chiffres. Ces données ne ' +
      'comptent que les incidents dont une source donne un montant en dollars US ; la section À ' +
      'propos des données explique les écarts.',
  },
  charts: {
    loading: 'Chargement du graphique…',
    empty: 'Aucun incident ne correspond à ces filtres.',
    dataTable: (p) => `Tableau de données : ${p.title}`,
    tableLabel: (p) => `Données : ${p.title}`,
    exportLabel: (p) => `Exporter ${p.title}`,
    export: 'Exporter',
    png: 'Image PNG',
    svg: 'Image SVG',
    csv: 'Données CSV',
    dprk: 'Attribué à la RPDC',
    other: 'Autres',
    totalUsd: 'Total (USD)',
    amountUsd: 'Montant (USD)',
    incidents: 'Incidents',
    incidentCount: (p) => `${p.n} ${incidents(p.count)}`,
    ofTotal: (p) => `${p.share} du total`,
    stolenUsd: 'Volé (USD)',
    monthUtc: 'Mois (UTC)',
    endOf: (p) => `Fin ${p.month}`,
    inIncidents: (p) => `${p.amount} en ${p.n} ${incidents(p.count)}`,
    dprkAmount: (p) => `Attribué à la RPDC : ${p.amount}`,
    timeline: {
      title: 'Vols au fil du temps',
      perMonth: (p) => `Montant volé par mois civil (UTC), ${stackWords[p.stack]}.`,
      perYear: (p) => `Montant volé par année civile (UTC), ${stackWords[p.stack]}.`,
      perQuarter: (p) => `Montant volé par trimestre civil (UTC), ${stackWords[p.stack]}.`,
      clickMonth:
        'Cliquez sur une barre, ou appuyez sur Entrée sur le graphique, pour restreindre la vue à ce mois.',
      clickYear:
        'Cliquez sur une barre, ou appuyez sur Entrée sur le graphique, pour restreindre la vue à cette année.',
      xMonthly: 'Mois du vol (UTC)',
      clickQuarter:
        'Cliquez sur une barre, ou appuyez sur Entrée sur le graphique, pour restreindre la vue à ce trimestre.',
      xQuarterly: 'Trimestre du vol (UTC)',
      xYearly: 'Année du vol (UTC)',
      svgMonthly:
        'Graphique en barres du montant volé par mois. Les flèches passent d’un mois à l’autre ; Entrée restreint la vue au mois affiché.',
      svgQuarterly:
        'Graphique en barres du montant volé par trimestre. Les flèches passent d’un trimestre à l’autre ; Entrée restreint la vue au trimestre affiché.',
      svgYearly:
        'Graphique en barres du montant volé par année. Les flèches passent d’une année à l’autre ; Entrée restreint la vue à l’année affichée.',
      period: 'Période',
      dprkUsd: 'Attribué à la RPDC (USD)',
      otherUsd: 'Autres (USD)',
      show: (p) => `Afficher ${p.period}`,
      modeLabel: 'Période du graphique',
      monthly: 'Par mois',
      quarterly: 'Par trimestre',
      yearly: 'Par an',
      summary: (p) =>
        `Les vols ont culminé en ${p.period} avec ${p.amount} ; ${p.total} ont été volés au total.`,
    },
    cumulative: {
      title: 'Montant volé cumulé par année',
      caption:
        'Montant volé depuis le 1er janvier (UTC) à la fin de chaque mois, une ligne par année ; ' +
        'l’année la plus récente est plus épaisse et s’arrête à son dernier mois. Le tableau de données liste chaque année.',
      exportCaption:
        'Montant volé depuis le 1er janvier (UTC) à la fin de chaque mois, une ligne par année ; ' +
        'l’année la plus récente est plus épaisse et s’arrête à son dernier mois.',
      year: 'Année',
      yearsShown: 'Années affichées',
      allYears: 'Toutes les années',
      lastYears: (p) => `${p.count} dernières années`,
      svg: 'Graphique en lignes du montant volé depuis le début de chaque année, mois par mois',
      summary: (p) => `L’année où le plus a été volé est ${p.year}, avec ${p.amount}.`,
      summaryOneYear: (p) =>
        `Dans cette vue, ${p.amount} ont été volés en ${p.year}, à la fin de ${p.month}.`,
    },
    largest: {
      title: 'Plus gros incidents',
      caption: (p) =>
        `${p.count === 1 ? 'Le plus gros vol' : `Les ${p.n} plus gros vols`} avec les filtres actuels, ` +
        'par montant volé (USD à la date du vol), ceux attribués à la RPDC en rouge.' +
        (p.clickable ? ' Cliquez sur une barre pour ouvrir l’incident.' : ''),
      exportCaption:
        'Les plus gros vols avec les filtres actuels, par montant volé (USD à la date du vol), ' +
        'ceux attribués à la RPDC en rouge.',
      rank: 'Rang',
      date: 'Date',
      name: 'Nom',
      attribution: 'Attribution',
      open: (p) => `Ouvrir ${p.name}`,
      svg: 'Graphique en barres des plus gros incidents. Les flèches passent d’un incident à l’autre ; Entrée ouvre l’incident affiché.',
      summary: (p) => `Le plus gros vol est ${p.name} : ${p.amount} le ${p.date}.`,
    },
    breakdown: {
      categoryTitle: 'Par catégorie',
      categoryCaption: 'Montant volé par catégorie de victime avec les filtres actuels.',
      techniqueTitle: 'Par technique',
      techniqueCaption:
        'Montant volé par technique, telle que les sources la décrivent ; « Inconnue » quand aucune ne le dit.',
      group: 'Groupe',
      share: 'Part',
      amountStolen: 'Montant volé',
      smallerGroups: (p) => `${p.other} : les plus petits groupes`,
      svg: (p) => `Graphique en barres : ${p.title}`,
      summary: (p) => `Le plus a été volé dans « ${p.group} » : ${p.amount}, ${p.share} du total.`,
    },
  },
  table: {
    title: 'Incidents',
    count: (p) => `${p.n} incidents sur ${p.total}`,
    empty: 'Aucun incident ne correspond à ces filtres.',
    date: 'Date',
    name: 'Nom',
    amount: 'Montant (USD)',
    category: 'Catégorie',
    technique: 'Technique',
    chains: 'Chaînes',
    attribution: 'Attribution',
    returned: 'Restitué',
    sources: 'Sources',
    id: 'Identifiant',
    close: 'Fermer',
    showFullName: 'Afficher le nom complet',
    hideFullName: 'Masquer le nom complet',
    fullName: 'Nom complet',
    downloads: 'Télécharger les incidents',
    downloadCsv: 'Télécharger en CSV',
    downloadJson: 'Télécharger en JSON',
  },
  exports: {
    preparing: 'Préparation du fichier…',
    downloaded: (p) => `Téléchargé : ${p.file}`,
    failed: (p) => `L’export a échoué : ${p.reason}`,
    allIncidents: 'Tous les incidents',
    allTime: 'Toute la période',
    allTimeSpan: (p) => `Toute la période (${p.from} – ${p.to})`,
    data: (p) => `données : ${p.names}`,
    generated: (p) => `généré le ${p.on}`,
    currency: (p) => `données jusqu’au ${p.to}, exporté le ${p.on}`,
  },
  viewUrl: {
    tooMany: (p) =>
      `« ${p.key} » avait plus de ${p.max} valeurs ; seules les ${p.max} premières ont été utilisées.`,
    searchCut: (p) =>
      `La recherche est limitée à ${p.max} caractères pour tenir dans un lien ; la suite n’a pas été gardée.`,
    valuesCut: (p) =>
      `Un lien ne peut porter que ${p.max} valeurs de « ${p.key} » ; les autres n’ont pas été gardées.`,
    lengthCut: (p) => `Le lien aurait dépassé ${p.max} caractères : « ${p.key} » en a été retiré.`,
    ignored: (p) => `${p.key}=« ${p.value} » ignoré : ${p.why}.`,
    unknown: (p) => `Paramètre inconnu « ${p.key} » ignoré.`,
    repeated: (p) => `« ${p.key} » figure plusieurs fois ; la première valeur a été utilisée.`,
    reversed: (p) =>
      `La période était inversée (${p.from} après ${p.to}) ; elle a été remise dans l’ordre.`,
    tooLong: (p) => `plus de ${p.max} caractères`,
    notMonth: 'pas un mois écrit AAAA-MM',
    notAmount: 'pas un montant en dollars US',
    notOneOf: (p) => `aucune des valeurs ${p.values}`,
    useMode: 'utilisez monthly, quarterly ou yearly',
    notYear: 'pas une année écrite AAAA',
    useOneOf: (p) => `utilisez l’une des valeurs ${p.values}`,
  },
  cite: {
    button: 'Citer',
    title: 'Citer cette vue',
    shortLabel: 'Citation courte, pour une légende',
    fullLabel: 'Citation complète',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie a été refusée : sélectionnez le texte et copiez-le à la main.',
    bibtex: 'Télécharger BibTeX',
    ris: 'Télécharger RIS',
    close: 'Fermer',
    loading: 'Préparation de la citation…',
    allIncidents: 'Tous les incidents',
    shortForm: (p) => `${p.tool} (données du ${p.version})`,
    fullForm: (p) =>
      `${p.view}. ${p.tool}${p.version ? `, données du ${p.version}` : ''}${p.lastDate ? `, incidents jusqu’au ${p.lastDate}` : ''}. ${p.url} (consulté le ${p.retrieved}).`,
  },
  copyLink: {
    button: 'Copier le lien',
    copied: 'Lien copié',
    failed: 'La copie a été refusée ; copiez le lien à la main :',
    field: 'Lien vers cette vue',
  },
  skipped: {
    byReason: 'Lignes ignorées par raison',
    group: (p) => `${p.n} ${p.count <= 1 ? 'ligne' : 'lignes'} : ${p.field} ${p.reason}`,
    firstRows: (p) =>
      `Les ${p.count} premières lignes de chaque raison ; « Tout afficher » liste toutes les lignes d’une raison.`,
    showAll: (p) => `Afficher les ${p.n} lignes`,
    hideAll: 'Masquer la liste complète',
    allRows: (p) => `Les ${p.n} lignes : ${p.field} ${p.reason}`,
    rowLine: (p) => `Ligne ${p.row}${p.id} : ${p.field} ${p.reason}`,
    headline: (p) => `${p.n} incidents sur ${p.total} ont été ignorés`,
    rest: 'car ils ne sont pas valides. Aucun chiffre de cette page ne les compte.',
    show: 'Afficher les lignes ignorées',
    table: 'Lignes ignorées',
    row: 'Ligne',
    id: 'Identifiant',
    field: 'Champ',
    reason: 'Raison',
    copy: 'Copier la liste',
    copied: 'Copié.',
    copyFailed: 'Copie impossible : sélectionnez la liste et copiez-la à la main.',
  },
  metaNotices: {
    sourceLink: (p) =>
      `La source ${p.index}${p.name} est citée sans son lien, qui ${p.credentials ? 'contient un nom d’utilisateur ou un mot de passe' : 'n’est pas une URL http(s)'}.`,
    title: 'La description envoyée avec les données comportait des erreurs',
    intro:
      'Chaque incident valide est affiché ; ce que la description avait de faux a été déduit des incidents ou écarté :',
    missing: (p) => `meta ${p.reason} : le nombre et les dates ont été déduits des incidents.`,
    field: (p) =>
      `meta.${p.field} ${p.reason}` +
      (p.derived === null ? ' ; valeur écartée.' : ` ; déduit des incidents : ${p.derived}.`),
    narrow: (p) =>
      `meta.${p.field} (${p.stated}) est ${p.isLast ? 'antérieure à l’incident le plus récent' : 'postérieure à l’incident le plus ancien'} (${p.derived}) ; la période a été élargie aux incidents.`,
    source: (p) => `La source ${p.index}${p.name} a été écartée : ${p.field} ${p.reason}.`,
    estimate: (p) =>
      `L’estimation publiée ${p.index}${p.name} a été écartée : ${p.field} ${p.reason}.`,
    named: (p) => ` (« ${p.name} »)`,
    count: (p) =>
      `Les données annonçaient ${p.announced} incidents, mais ${p.received} ${p.count <= 1 ? 'ligne est arrivée' : 'lignes sont arrivées'}.`,
  },
  about: {
    title: 'À propos des données',
    summary: (p) =>
      `${p.n} incidents${p.range}. Chacun a au moins un lien vers une source ; le tableau sous les graphiques les liste.`,
    range: (p) => `, du ${p.from} au ${p.to}`,
    notLoaded:
      'Les données ne sont pas chargées : leurs sources ne peuvent pas encore être listées.',
    sources: 'Sources',
    source: 'Source',
    incidents: 'Incidents',
    caveats: 'Limites',
    caveatList: [
      'Les premières années sont incomplètes : avant 2020 seuls les plus gros vols sont listés, les totaux de ces années sont donc des minimums.',
      'Les incidents dont les sources ne donnent aucun montant en dollars US (seulement un nombre de jetons, ou rien) sont laissés de côté plutôt qu’évalués par nous ; la provenance des données liste chacun d’eux.',
      'Les montants sont en dollars US à la date du vol, tels que la source les donne. Quelques-uns sont des valeurs théoriques de jetons ; quand les sources divergent, les données gardent le chiffre d’une source et notent les autres dans leur provenance.',
      '« RPDC » couvre toute attribution commençant par DPRK (TraderTraitor, Sapphire Sleet/CryptoCore, Lazarus…), y compris quelques-unes contestées par les sources, qui le disent. Les attributions soupçonnées ne comptent pas comme RPDC.',
      'Les estimations publiées (Chainalysis, TRM Labs, MSMT et d’autres) comptent des choses différentes et sont montrées à côté de nos totaux, sans y être ajoutées.',
    ],
    corrections: 'Corrections',
    correctionsText:
      'Un montant, une date ou une attribution erronés ? Ouvrez un ticket dans le dépôt du projet avec l’identifiant de l’incident (affiché dans son panneau de détail) et le lien d’une source qui donne le bon chiffre.',
    generated: (p) => `Données générées le ${p.at}.`,
    estimates: (p) => `Estimations publiées (${p.n})`,
    estimate: (p) => `${p.publisher} : ${p.amount}, ${p.metric}, ${p.period}`,
    openScope: 'Ouvrir cette période',
  },
  exclude: {
    chip: (p) => `Hors ${p.name}`,
    action: 'Exclure des chiffres',
    actionHint:
      'Retire cet incident de tous les totaux et graphiques ; sa pastille ci-dessus le fait revenir.',
    named: (p) => `Exclure ${p.name}`,
    column: 'Exclure',
    full: (p) =>
      `Au plus ${p.max} incidents peuvent être exclus à la fois : réintégrez-en d’abord un (sa pastille ci-dessus).`,
    unknown: (p) =>
      `Incident exclu « ${p.value} » ignoré : aucun incident n’a cet identifiant, rien n’est donc retiré pour lui.`,
  },
  pinned: {
    label: 'Version du jeu de données',
    pinned: (p) =>
      `Cette vue est figée sur le jeu de données du ${p.version} ; avec le jeu de données actuel, le total est de ${p.total}.`,
    working: (p) =>
      `Cette vue est figée sur le jeu de données du ${p.version} ; le total du jeu de données actuel est en cours de calcul.`,
    noCurrent: (p) =>
      `Cette vue est figée sur le jeu de données du ${p.version} ; le jeu de données actuel n’a pas pu être chargé pour comparer : ${p.reason}`,
    live: 'Ouvrir la vue à jour',
    current: (p) =>
      `Cette vue est figée sur le jeu de données du ${p.version}, qui est le jeu actuel.`,
    unknown: (p) =>
      `Le lien demande le jeu de données du ${p.version}, qui n’est pas une version publiée (versions publiées : ${p.values}) ; le jeu de données actuel est affiché.`,
    unavailable: (p) =>
      `Le jeu de données du ${p.version} n’a pas pu être ouvert, faute d’avoir chargé la liste des versions (${p.reason}) ; le jeu de données actuel est affiché. Rechargez la page pour réessayer.`,
    notVersion: 'pas une version du jeu de données écrite AAAA-MM-JJ, comme 2026-11-29',
  },
  timelineViews: {
    measureLabel: 'Les barres montrent',
    gross: 'Montant volé',
    net: 'Net des restitutions',
    share: 'Part RPDC',
    labelsSwitch: 'Nommer les plus gros incidents',
    netCaption: (p) =>
      `Montant volé pour ${periodWords[p.mode].each} (UTC), moins les fonds qu’une source dit restitués, ${stackWords[p.stack]}. Seules les restitutions rapportées par une source sont déduites ; d’autres ont pu avoir lieu.`,
    shareCaption: (p) =>
      `Part attribuée à la RPDC du montant volé pour ${periodWords[p.mode].each} (UTC), tous les autres vols empilés au-dessus jusqu’à 100 %. Sur l’ensemble de la vue, les vols attribués à la RPDC représentent ${p.share} du total.`,
    svg: (p) =>
      `Graphique en barres ${p.measure === 'net' ? 'du montant volé net des restitutions rapportées' : 'de la part attribuée à la RPDC du montant volé'} par ${periodWords[p.mode].one}. Les flèches passent d’un${p.mode === 'yearly' ? 'e' : ''} ${periodWords[p.mode].one} à l’autre ; Entrée restreint la vue ${periodWords[p.mode].the}.`,
    netSummary: (p) =>
      `Les pertes nettes ont culminé en ${p.period} avec ${p.amount} ; ${p.total} au total, net des restitutions rapportées.`,
    shareSummary: (p) =>
      `La part attribuée à la RPDC a été la plus forte en ${p.period}, avec ${p.share}.`,
    shareAxis: 'Part RPDC',
    netAxis: 'Perte nette (USD)',
    dprkNetUsd: 'RPDC, net des restitutions (USD)',
    otherNetUsd: 'Autres, net des restitutions (USD)',
    netUsd: 'Perte nette (USD)',
    returnedUsd: 'Restitué selon les sources (USD)',
    dprkShare: 'Part attribuée à la RPDC',
    otherShare: 'Part des autres',
    tooltipNet: (p) => `Net des restitutions rapportées : ${p.amount}`,
    tooltipShare: (p) => `Part attribuée à la RPDC : ${p.share}`,
    changeDprk: 'Évolution RPDC sur un an',
    changeTotal: (p) =>
      p.measure === 'net'
        ? 'Évolution de la perte nette sur un an'
        : 'Évolution du total sur un an',
    noChange: 'non comparable',
    noChangeNote:
      'Une évolution n’est donnée que si les données couvrent les deux années entières et que la précédente compte des vols.',
    label: (p) => `${p.name} ${p.amount}`,
    labelDescription: (p) =>
      `Plus gros incident n° ${p.rank} : ${p.name}, ${p.amount}, dans la barre de ${p.period}`,
    labelsGroup: 'Plus gros incidents nommés sur le graphique',
  },
  embed: {
    menuItem: 'Intégrer',
    dialogTitle: (p) => `Intégrer « ${p.title} » dans une autre page`,
    loading: 'Préparation du code d’intégration…',
    theme: 'Thème',
    themeAuto: 'Suivre le réglage du lecteur',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    language: 'Langue',
    english: 'Anglais',
    french: 'Français',
    data: 'Données',
    live: 'En direct : toujours le jeu de données le plus récent',
    pinned: (p) => `Figé sur le jeu de données du ${p.version}`,
    noVersion:
      'Ce jeu de données n’indique pas de version : une intégration ne peut montrer que les données les plus récentes.',
    code: 'Code à coller dans votre page',
    codeHelp: (p) =>
      `Le script ajuste la hauteur du cadre à celle du graphique. Une page qui n’exécute pas de script affiche le cadre sur ${p.n} pixels de haut, avec une barre de défilement si le graphique en demande plus.`,
    copy: 'Copier le code',
    copied: 'Code copié',
    copyFailed: 'La copie n’a pas été autorisée : sélectionnez le code et copiez-le à la main.',
    close: 'Fermer',
    frameTitle: (p) => `${p.title}, d’après Crypto Theft Tracker`,
    view: (p) => `Vue : ${p.view}.`,
    source: (p) => `Données : ${p.names}${p.to === null ? '' : `, incidents jusqu’au ${p.to}`}.`,
    noSources: 'les sources indiquées dans la vue complète',
    citeAs: (p) => `Citer : ${p.value}.`,
    openFull: 'Ouvrir la vue complète',
    badChart: (p) =>
      `chart=« ${p.value} » ignoré : utilisez l’un de ${p.values}. La chronologie est affichée.`,
    badTheme: (p) => `theme=« ${p.value} » ignoré : utilisez l’un de ${p.values}.`,
    noticesLabel: 'Remarques sur ce lien',
    loadFailed: (p) => `Les données du graphique n’ont pas pu être chargées : ${p.reason}`,
    retry: 'Réessayer',
  },
  dataPackage: {
    button: 'Télécharger les données',
    choices: 'Télécharger les données en ZIP',
    view: (p) => `Filtrés : ${p.n} ${incidents(p.count)}`,
    all: (p) => `Jeu de données complet : ${p.n} ${incidents(p.count)}`,
    preparing: 'Préparation du ZIP…',
    downloaded: (p) => `${p.file} téléchargé`,
    failed: (p) =>
      `Le ZIP n’a pas pu être préparé (${p.reason}). Réessayez ; si cela échoue encore, rechargez la page ou utilisez Télécharger en CSV.`,
    title: 'Crypto Theft Tracker : paquet de données',
    scopeView: (p) => `Les incidents d’une vue : ${p.view}.`,
    scopeAll:
      'Le jeu de données complet, tous les incidents, quels que soient les filtres affichés.',
    summary: (p) => `${p.n} incidents, ${p.total} volés au total.`,
    dataset: (p) =>
      `Jeu de données du ${p.version ?? 'date non précisée'}, incidents jusqu’au ${p.lastDate ?? 'date non précisée'}.`,
    downloadedOn: (p) => `Téléchargé le ${p.on}.`,
    viewLink: (p) => `La vue dans le tableau de bord : ${p.url}`,
    insideTitle: 'Contenu',
    fileHeader: 'Fichier',
    whatHeader: 'Ce qu’il contient',
    incidentsFile:
      'Une ligne par incident, tous les champs (UTF-8 avec BOM ; une première ligne commençant par # crédite les données ; chaînes séparées par « ; », URL des sources par une espace)',
    chartFile: (p) =>
      `Les nombres que trace le graphique « ${p.title} », tels que son export CSV les donne`,
    metadataFile:
      'La vue, ses filtres, la version du jeu de données, le nombre de lignes, les colonnes et leurs unités, les citations (JSON ; son schéma est docs/data-package-metadata.schema.json dans le projet)',
    readmeFile: 'Ce fichier',
    filtersTitle: 'Filtres actifs',
    noFilters: 'Aucun : tous les incidents du jeu de données.',
    citeTitle: 'Comment citer',
    shortCitation: 'Courte, pour une légende :',
    fullCitation: 'Complète, pour une bibliographie :',
    sourcesTitle: 'Sources',
    source: (p) => `${p.name}${p.url === null ? '' : ` (${p.url})`} : ${p.n} ${incidents(p.count)}`,
    caveatsTitle: 'Mises en garde',
    columns: {
      id: 'Identifiant stable de l’incident',
      date: 'Jour du vol (UTC)',
      name: 'Ce qui a été volé, tel que les sources le nomment',
      amount_usd: 'Montant volé, en dollars US au moment du vol',
      category: 'Type de cible (plateforme d’échange, protocole DeFi, pont…)',
      technique: 'Comment le vol a été commis, selon la source ; vide si aucune source ne le dit',
      technique_class: 'La classe de la technique, déduite de la technique',
      chains: 'Blockchains concernées, séparées par « ; »',
      attribution: 'À qui une source publique attribue le vol ; vide si non attribué',
      returned_usd: 'Fonds qu’une source dit restitués, en dollars US ; vide si aucun',
      source_urls: 'Liens vers les sources, séparés par une espace',
      period: 'Le mois, le trimestre ou l’année de la barre',
      dprk_usd: 'Volé lors de vols attribués à la RPDC, en dollars US',
      other_usd: 'Volé lors de tous les autres vols, en dollars US',
      total_usd: 'Total volé, en dollars US',
      incident_count: 'Nombre d’incidents',
      group: 'La catégorie ou la classe de technique de la barre',
      year: 'L’année de la courbe',
      month: 'Le mois du point',
      cumulative_usd: 'Volé du 1er janvier de l’année à la fin du mois, en dollars US',
      rank: 'Rang par montant volé, 1 pour le plus grand',
    },
  },
  imageExport: {
    citeAs: (p) => `Citer : ${p.citation}`,
    stillDrawing: 'Le graphique est encore en cours de dessin ; réessayez dans un instant.',
    notDrawn:
      'Le graphique n’a pas pu être dessiné à cette taille ; réessayez, ou exportez-le tel qu’à l’écran.',
    pngWeb: 'PNG, web 16:9 (1200 × 675)',
    pngSquare: 'PNG, carré (1080 × 1080)',
    pngPrint: 'PNG, impression (largeur A4, 300 dpi)',
    transparent: 'Fond transparent (PNG)',
    copyImage: 'Copier l’image',
    copied: 'Image copiée dans le presse-papiers.',
    copyRefused: 'Votre navigateur a refusé le presse-papiers ; téléchargez plutôt le PNG.',
    downloadPng: 'Télécharger le PNG',
    share: 'Partager…',
    shared: 'Partagé.',
    linkCopied:
      'Ce navigateur n’a pas de menu de partage ; le lien vers cette vue a été copié à la place.',
    shareRefused:
      'Ce navigateur n’a pas de menu de partage et a refusé le presse-papiers ; copiez le lien de la barre d’adresse.',
    cite: 'Citer…',
  },
};
